import { Role } from '../../src/core/domain/enums.js';
import { ElderService } from '../../src/modules/elder/elder.service.js';
import { makeUser, validIdNumber, type TestUser } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const CREATE = `mutation($input: CreateElderInput!) { createElder(input: $input) { id idNumberMasked fullName } }`;

/**
 * No response, log line or error message ever contains a full ID number: every path that receives one
 * (success, each refusal, a duplicate, malformed requests, a database failure) is driven, everything the
 * client got and everything the app logged is captured, and both are searched.
 */
describe('elders: ID numbers never leave the server in clear', () => {
  let t: TestApp;
  let family: TestUser;
  let officer: TestUser;
  const sent: string[] = [];
  const received: string[] = [];

  const base = (idNumber: string, over: Record<string, unknown> = {}) => ({
    fullName: '赵桂芳',
    gender: 'FEMALE',
    birthDate: '1942-08-08',
    idNumber,
    regionCode: '370811',
    address: '济宁市任城区隐私路1号',
    location: { latitude: 35.41, longitude: 116.58 },
    ...over,
  });

  const call = async (query: string, variables: Record<string, unknown>, token?: string) => {
    const res = await t.gql(query, variables, token);
    received.push(JSON.stringify(res));
    return res;
  };

  beforeAll(async () => {
    // Debug level: the most talkative the app gets.
    t = await startTestApp({ LOG_LEVEL: 'debug' });
    family = await makeUser(t, Role.FAMILY);
    officer = await makeUser(t, Role.CIVIL_AFFAIRS, { regionScope: '3708' });
  });
  afterAll(() => t.close());

  it('drives every path that receives an ID number', async () => {
    const good = validIdNumber('1942-08-08');
    sent.push(good);
    const ok = await call(CREATE, { input: base(good, { categories: ['LOW_INCOME'] }) }, family.token);
    expect(ok.errors).toBeUndefined();

    // Duplicate (lower-case x variants normalise to the same person).
    await call(CREATE, { input: base(good) }, officer.token);
    // Bad checksum, birth-date mismatch, bad region, malformed.
    const badSum = good.slice(0, 17) + (good[17] === '1' ? '2' : '1');
    sent.push(badSum);
    await call(CREATE, { input: base(badSum) }, family.token);
    await call(CREATE, { input: base(good, { birthDate: '1942-08-09' }) }, family.token);
    const badRegion = validIdNumber('1942-08-08', '990101');
    sent.push(badRegion);
    await call(CREATE, { input: base(badRegion) }, family.token);
    const longOne = `${good}12345`;
    sent.push(longOne);
    await call(CREATE, { input: base(longOne) }, family.token);
    // Invalid other fields alongside a good number: validation errors must not echo the input.
    const other = validIdNumber('1942-08-08');
    sent.push(other);
    await call(CREATE, { input: base(other, { fullName: '', gender: 'X', location: { latitude: 500, longitude: 0 } }) }, family.token);
    // GraphQL-level coercion failure of another field: the message quotes that field's value only.
    await call(CREATE, { input: base(other, { categories: ['NOT_A_CATEGORY'] }) }, family.token);
    // Wrong role and no token at all.
    await call(CREATE, { input: base(other) }, (await makeUser(t, Role.ADMIN)).token);
    await call(CREATE, { input: base(other) });
    // Reading back every way the elder is exposed.
    const id = ok.data!.createElder.id;
    const read = await call(`query($id: ID!) { elder(id: $id) { id idNumberMasked fullName categories } }`, { id }, family.token);
    await call(`{ myElders { id idNumberMasked } }`, {}, family.token);
    await call(`{ elders(first: 100) { nodes { id idNumberMasked } } }`, {}, officer.token);
    expect(read.data!.elder.idNumberMasked).toBe(`**************${good.slice(-4)}`);
  });

  it('a failure inside the service (database down mid-request) does not leak the number either', async () => {
    const id = validIdNumber('1942-08-08');
    sent.push(id);
    const service = t.app.get(ElderService) as unknown as { create: (...args: unknown[]) => Promise<unknown> };
    const original = service.create.bind(service);
    service.create = async () => {
      throw new Error('connection terminated unexpectedly');
    };
    try {
      const res = await call(CREATE, { input: base(id) }, family.token);
      // A lost connection is an outage: retryable, and still nothing of the number in the answer.
      expect(res.errors![0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
    } finally {
      service.create = original;
    }
  });

  it('nothing captured contains a full ID number (nor its first 17 digits)', () => {
    const haystack = [...received, ...t.logs].join('\n').toUpperCase();
    expect(t.logs.length).toBeGreaterThan(0);
    for (const id of sent) {
      expect(haystack).not.toContain(id.toUpperCase());
      expect(haystack).not.toContain(id.slice(0, 17));
    }
  });

  // KNOWN LEAK, outside this module: when a required input field is missing, graphql-js rejects the variables
  // before any resolver runs with "Variable "$input" got invalid value { ...the whole input... }", and the
  // foundation's error formatter (src/core/errors/graphql-error-formatter.ts) passes that message through, full ID
  // number included. Reported to the lead; the fix belongs in the formatter (drop the quoted value). `failing`
  // keeps the suite green while the leak exists and turns red once it is fixed, to be switched to `it`.
  it('a request missing a required field does not echo the ID number back', async () => {
    const id = validIdNumber('1942-08-08');
    const { fullName: _omitted, ...missingName } = base(id);
    const res = await t.gql(CREATE, { input: missingName }, family.token);
    expect(res.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(res)).not.toContain(id);
  });
});
