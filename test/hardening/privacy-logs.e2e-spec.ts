import { Role } from '../../src/core/domain/enums.js';
import { expectError, makeElder, makeUser, validIdNumber } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('hardening: privacy in logs and messages', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ LOG_LEVEL: 'debug' });
  });
  afterAll(() => t.close());

  it('writes no ID number or phone number in any log line at info or debug over a run of elder operations', async () => {
    const family = await makeUser(t, Role.FAMILY);
    const officer = await makeUser(t, Role.CIVIL_AFFAIRS, { regionScope: '3708' });
    const idNumber = validIdNumber('1944-05-06');
    const phone = '13712345678';
    const elder = await makeElder(t, family, { birthDate: '1944-05-06', idNumber, phone });
    const secrets = [idNumber, phone, idNumber.slice(0, 17)];

    // Every way the numbers travel: a duplicate, a malformed variable quoted back, a GET with variables in the URL,
    // an update, a list, a refusal.
    const dup = await t.gql(`mutation($input: CreateElderInput!) { createElder(input: $input) { id } }`, { input: { ...elder, id: undefined } }, family.token);
    expect(dup.errors).toBeDefined();
    const coercion = await t.gql(`query($id: ID!) { elder(id: $id) { id } }`, { id: { idNumber, phone } }, family.token);
    expectError(coercion, 'BAD_USER_INPUT');
    expect(JSON.stringify(coercion)).not.toContain(idNumber);
    const literal = await t.gql(`{ elder(id: ${JSON.stringify(idNumber)}) { id } }`, undefined, family.token);
    expectError(literal, 'BAD_USER_INPUT');
    expect(JSON.stringify(literal)).not.toContain(idNumber);
    const viaGet = await t
      .http()
      .get('/graphql')
      .query({ query: 'query($id: ID!) { elder(id: $id) { id } }', variables: JSON.stringify({ id: idNumber, phone }) })
      .set('accept', 'application/json')
      .set('apollo-require-preflight', 'true')
      .set('authorization', `Bearer ${family.token}`);
    expect(viaGet.status).toBeLessThan(500);
    await t.gql(`mutation($id: ID!, $input: UpdateElderInput!) { updateElder(id: $id, input: $input) { id } }`, { id: elder.id, input: { phone: '13798765432' } }, family.token);
    await t.gql(`{ elders(first: 5) { nodes { id idNumberMasked } } }`, undefined, officer.token);
    await t.gql(`query($id: ID!) { elder(id: $id) { id } }`, { id: elder.id }, (await makeUser(t, Role.FAMILY)).token);

    const lines = t.logs.join('').split('\n').filter(Boolean);
    expect(lines.length).toBeGreaterThan(10);
    expect(lines.some((l) => /"level":20/.test(l))).toBe(true); // debug lines were written and searched too
    for (const secret of [...secrets, '13798765432']) {
      expect(lines.filter((l) => l.includes(secret))).toEqual([]);
    }
    // The GET's line names the path only.
    expect(lines.filter((l) => /"url":"\/graphql\?/.test(l))).toEqual([]);
  });

  it('tells anyone only up or down on /health, never where the database is', async () => {
    const up = await t.http().get('/health');
    expect(up.status).toBe(200);
    expect(JSON.stringify(up.body)).not.toMatch(/127\.0\.0\.1|localhost|port|\d{4,5}/);

    const starved = await startTestApp({ DATABASE_POOL_SIZE: '1', DATABASE_ACQUIRE_TIMEOUT_MS: '200' });
    const held = starved.db.createQueryRunner();
    await held.connect();
    try {
      const down = await starved.http().get('/health');
      expect(down.status).toBe(503);
      expect(down.headers['retry-after']).toBeDefined();
      expect(down.body).toEqual({ status: 'error', error: { database: { status: 'down' } } });
    } finally {
      await held.release();
      await starved.close();
    }
  });
});
