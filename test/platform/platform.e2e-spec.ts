import { Role } from '../../src/core/domain/enums.js';
import { expectError, makeUser } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('platform: health, IDE, limits, errors and logs', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ GRAPHQL_MAX_DEPTH: '3', GRAPHQL_MAX_COST: '200' });
  });
  afterAll(() => t.close());

  it('reports liveness and database readiness on GET /health', async () => {
    const res = await t.http().get('/health');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'ok', info: { database: { status: 'up' } } });
  });

  it('serves GraphiQL to a browser on GET /graphql with every asset local (no CDN)', async () => {
    const page = await t.http().get('/graphql').set('accept', 'text/html');
    expect(page.status).toBe(200);
    expect(page.text).toContain('GraphiQL');
    const sources = [...page.text.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(sources.length).toBeGreaterThanOrEqual(4);
    for (const source of sources) {
      expect(source.startsWith('/')).toBe(true);
      const asset = await t.http().get(source);
      expect(asset.status).toBe(200);
      expect(asset.body.length ?? asset.text.length).toBeGreaterThan(1000);
    }
    expect((await t.http().get('/graphiql/secret.txt')).status).toBe(404);
  });

  it('carries a request id on every response, and keeps a well-formed one given by the caller', async () => {
    const res = await t.http().post('/graphql').set('x-request-id', 'trace-abc-123').send({ query: '{ __typename }' });
    expect(res.headers['x-request-id']).toBe('trace-abc-123');
    const generated = await t.http().post('/graphql').send({ query: '{ __typename }' });
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses queries that are too deep, too costly or use too many aliases', async () => {
    // This app runs with a depth limit of 3 and a cost limit of 200 (see beforeAll).
    expect((await t.gql('{ providers { nodes { id } } }')).errors).toBeUndefined();
    expectError(await t.gql('{ providers { nodes { services { kind } } } }'), 'BAD_USER_INPUT');
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: provider(id: "00000000-0000-4000-8000-000000000000") { id }`).join(' ');
    expectError(await t.gql(`{ ${aliases} }`), 'BAD_USER_INPUT');
    const costly = Array.from({ length: 12 }, (_, i) => `p${i}: providers { nodes { id name kind ownership regionCode address } }`).join(' ');
    expectError(await t.gql(`{ ${costly} }`), 'BAD_USER_INPUT');
  });

  it('answers malformed operations with BAD_USER_INPUT, not a 500', async () => {
    const res = await t.http().post('/graphql').send({ query: '{ providers { ' });
    expect(res.status).toBeLessThan(500);
    expect(res.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const unknownField = await t.gql('{ nope }');
    expectError(unknownField, 'BAD_USER_INPUT');
    const wrongVariable = await t.gql('query($id: ID!) { provider(id: $id) { id } }', { id: { not: 'an id' } });
    expectError(wrongVariable, 'BAD_USER_INPUT');
  });

  it('never shows SQL or a stack trace when something fails inside', async () => {
    const admin = await makeUser(t, Role.ADMIN);
    // Not a UUID: PostgreSQL itself refuses it; the client sees a clean error either way.
    const res = await t.gql('query($id: ID!) { provider(id: $id) { id } }', { id: 'not-a-uuid' }, admin.token);
    const text = JSON.stringify(res);
    expect(text).not.toMatch(/SELECT|syntax|uuid:|stack|\.ts:\d+/i);
    if (res.errors) expect(['INTERNAL_SERVER_ERROR', 'NOT_FOUND', 'BAD_USER_INPUT']).toContain(res.errors[0].extensions?.code);
  });

  it('writes structured JSON logs with the request id and without tokens or passwords', async () => {
    const user = await makeUser(t, Role.FAMILY);
    await t.http().post('/graphql').set('authorization', `Bearer ${user.token}`).set('x-request-id', 'log-check-1')
      .send({ query: 'mutation { login(phone: "13912345678", password: "my-secret-password") { accessToken } }' });
    const lines = t.logs.join('').split('\n').filter(Boolean);
    const parsed = lines.map((line) => JSON.parse(line));
    expect(parsed.some((l) => l.requestId === 'log-check-1')).toBe(true);
    const all = lines.join('\n');
    expect(all).not.toContain(user.token);
    expect(all).not.toContain('my-secret-password');
    expect(all).not.toContain('13912345678');
  });

  it('does not log expected refusals as errors', async () => {
    const before = t.logs.length;
    expectError(await t.gql('{ me { id } }'), 'UNAUTHENTICATED');
    const family = await makeUser(t, Role.FAMILY);
    expectError(await t.gql('mutation { createUser(input: { phone: "13900000999", password: "x-password", displayName: "x", role: FAMILY }) { id } }', {}, family.token), 'FORBIDDEN');
    const errors = t.logs.slice(before).join('').split('\n').filter(Boolean).map((l) => JSON.parse(l)).filter((l) => l.level >= 50);
    expect(errors).toEqual([]);
  });
});
