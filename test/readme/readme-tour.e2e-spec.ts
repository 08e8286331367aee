import { readFile } from 'node:fs/promises';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { expectedValue, substitute, tomorrowInChina, tourSteps, valueAt, type TourStep } from './readme-tour.js';

/**
 * The README's guided tour is run as written: every GraphQL example, in order, on a freshly seeded demo database, as
 * the account it names, with the ids earlier examples returned. An example that answers an error, uses a value no
 * earlier step kept, or answers something other than its `# expect` lines fails here, so the README cannot drift from
 * the API.
 */
describe('the README guided tour', () => {
  let t: TestApp;
  let steps: TourStep[];

  beforeAll(async () => {
    t = await startTestApp({ SEED_DEMO: 'true' });
    steps = tourSteps(await readFile(new URL('../../README.md', import.meta.url), 'utf8'));
  });
  afterAll(() => t?.close());

  it('has examples for the three stories, each saying who runs it', () => {
    expect(steps.length).toBeGreaterThanOrEqual(20);
    expect(steps.filter((s) => s.expects.length > 0).length).toBeGreaterThanOrEqual(steps.length / 2);
  });

  it('runs every example in order, with the values the earlier ones returned', async () => {
    const kept: Record<string, string> = { tomorrow: tomorrowInChina() };
    const tokens = new Map<string, string>();
    const tokenFor = async (as: NonNullable<TourStep['as']>) => {
      const key = `${as.phone}/${as.password}`;
      if (!tokens.has(key)) {
        const res = await t.gql(`mutation($p: String!, $w: String!) { login(phone: $p, password: $w) { accessToken } }`, { p: as.phone, w: as.password });
        if (res.errors || !res.data) throw new Error(`cannot sign in as ${as.phone}: ${JSON.stringify(res.errors)}`);
        tokens.set(key, res.data.login.accessToken);
      }
      return tokens.get(key)!;
    };

    for (const step of steps) {
      const where = `README example ${step.index} (line ${step.line})`;
      const query = substitute(step.query, kept, step);
      const res = await t.gql(query, undefined, step.as ? await tokenFor(step.as) : undefined);
      if (res.errors?.length || !res.data) throw new Error(`${where} answered errors: ${JSON.stringify(res.errors)}`);
      for (const e of step.expects) {
        const actual = valueAt(res.data, e.path);
        if (JSON.stringify(actual) !== JSON.stringify(expectedValue(e.value))) {
          throw new Error(`${where}: expected ${e.path} = ${e.value}, got ${JSON.stringify(actual)}`);
        }
      }
      for (const k of step.keeps) {
        const value = valueAt(res.data, k.path);
        if (value == null || typeof value === 'object') throw new Error(`${where}: nothing to keep at ${k.path} (${JSON.stringify(value)})`);
        kept[k.name] = String(value);
      }
    }
  });
});

describe('the tour conventions', () => {
  const md = [
    'text',
    '```graphql',
    '# as 13800000003 / demo-password',
    '# keep v = provider.capacity[category=NURSING].version',
    '# expect provider.name = 某养老院',
    'query { provider(id: "<homeId>") { name } }',
    '```',
    '```graphql',
    '# as anyone',
    '{ __typename }',
    '```',
  ].join('\n');

  it('reads who runs each example, what it keeps and what it expects', () => {
    const [first, second] = tourSteps(md);
    expect(first).toMatchObject({
      index: 1,
      line: 2,
      as: { phone: '13800000003', password: 'demo-password' },
      keeps: [{ name: 'v', path: 'provider.capacity[category=NURSING].version' }],
      expects: [{ path: 'provider.name', value: '某养老院' }],
    });
    expect(second.as).toBeNull();
  });

  it('refuses an example that does not say who runs it, or a comment it does not understand', () => {
    expect(() => tourSteps('```graphql\n{ __typename }\n```')).toThrow(/does not say who runs it/);
    expect(() => tourSteps('```graphql\n# as anyone\n# remember x\n{ __typename }\n```')).toThrow(/does not understand/);
  });

  it('finds values by index and by a field of a list item', () => {
    const data = { p: { capacity: [{ category: 'SELF_CARE', version: 1 }, { category: 'NURSING', version: 4 }] } };
    expect(valueAt(data, 'p.capacity[category=NURSING].version')).toBe(4);
    expect(valueAt(data, 'p.capacity[0].category')).toBe('SELF_CARE');
    expect(valueAt(data, 'p.missing[0].x')).toBeUndefined();
    expect(expectedValue('92')).toBe(92);
    expect(expectedValue('["OWN_BATHROOM_SHARE"]')).toEqual(['OWN_BATHROOM_SHARE']);
    expect(expectedValue('护理员 刘阿姨')).toBe('护理员 刘阿姨');
  });

  it('refuses a placeholder no earlier example kept', () => {
    const [step] = tourSteps(md);
    expect(substitute(step.query, { homeId: 'abc' }, step)).toContain('provider(id: "abc")');
    expect(() => substitute(step.query, {}, step)).toThrow(/uses <homeId>, which no earlier example keeps/);
  });

  it('counts tomorrow in China time', () => {
    expect(tomorrowInChina(new Date('2026-12-01T15:59:00Z'))).toBe('2026-12-02');
    expect(tomorrowInChina(new Date('2026-12-01T16:00:00Z'))).toBe('2026-12-03');
  });
});
