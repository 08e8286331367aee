import { Role } from '../../src/core/domain/enums.js';
import { makeProvider, makeUser, type TestUser } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { creditCode, PROVIDER_HEADER, upload, xlsx } from '../import/import-support.js';

type Caller = 'anonymous' | 'FAMILY' | 'CAREGIVER' | 'PROVIDER_STAFF' | 'OFFICER_IN_SCOPE' | 'OFFICER_OTHER_REGION' | 'ADMIN';
const CALLERS: Caller[] = ['anonymous', 'FAMILY', 'CAREGIVER', 'PROVIDER_STAFF', 'OFFICER_IN_SCOPE', 'OFFICER_OTHER_REGION', 'ADMIN'];

/** Expected outcome per operation and caller: OK, NULL (an answer of null: not visible), or the error code. */
const MATRIX: Record<string, Record<Caller, string>> = {
  regions: { anonymous: 'OK', FAMILY: 'OK', CAREGIVER: 'OK', PROVIDER_STAFF: 'OK', OFFICER_IN_SCOPE: 'OK', OFFICER_OTHER_REGION: 'OK', ADMIN: 'OK' },
  regionStatistics: {
    anonymous: 'UNAUTHENTICATED', FAMILY: 'FORBIDDEN', CAREGIVER: 'FORBIDDEN', PROVIDER_STAFF: 'FORBIDDEN',
    OFFICER_IN_SCOPE: 'OK', OFFICER_OTHER_REGION: 'NOT_FOUND', ADMIN: 'OK',
  },
  exportReport: {
    anonymous: 'UNAUTHENTICATED', FAMILY: 'FORBIDDEN', CAREGIVER: 'FORBIDDEN', PROVIDER_STAFF: 'FORBIDDEN',
    OFFICER_IN_SCOPE: 'OK', OFFICER_OTHER_REGION: 'NOT_FOUND', ADMIN: 'OK',
  },
  importTemplate: {
    anonymous: 'UNAUTHENTICATED', FAMILY: 'FORBIDDEN', CAREGIVER: 'FORBIDDEN', PROVIDER_STAFF: 'FORBIDDEN',
    OFFICER_IN_SCOPE: 'OK', OFFICER_OTHER_REGION: 'OK', ADMIN: 'OK',
  },
  // the job of the officer in scope: visible to that officer and admins only
  importJob: {
    anonymous: 'UNAUTHENTICATED', FAMILY: 'FORBIDDEN', CAREGIVER: 'FORBIDDEN', PROVIDER_STAFF: 'FORBIDDEN',
    OFFICER_IN_SCOPE: 'OK', OFFICER_OTHER_REGION: 'NULL', ADMIN: 'OK',
  },
};

describe('officers\' data: authorization matrix', () => {
  let t: TestApp;
  const users = new Map<Caller, TestUser | null>();
  let jobId: string;

  beforeAll(async () => {
    t = await startTestApp();
    const provider = await makeProvider(t);
    users.set('anonymous', null);
    users.set('FAMILY', await makeUser(t, Role.FAMILY));
    users.set('CAREGIVER', await makeUser(t, Role.CAREGIVER, { providerId: provider.id }));
    users.set('PROVIDER_STAFF', await makeUser(t, Role.PROVIDER_STAFF, { providerId: provider.id }));
    users.set('OFFICER_IN_SCOPE', await makeUser(t, Role.CIVIL_AFFAIRS, { regionScope: '3708' }));
    users.set('OFFICER_OTHER_REGION', await makeUser(t, Role.CIVIL_AFFAIRS, { regionScope: '1101' }));
    users.set('ADMIN', await makeUser(t, Role.ADMIN));
    const row = ['颐康养老院', '养老院', creditCode(1), '民办', '370811', '任城区', 35.41, 116.58, '', '', '', '', '', '', '', '', ''];
    jobId = (await upload(t, users.get('OFFICER_IN_SCOPE')!.token, 'importProviders', await xlsx([PROVIDER_HEADER, row]), 'a.xlsx')).job.id;
  });
  afterAll(() => t.close());

  const operations: Record<string, () => [string, Record<string, unknown>]> = {
    regions: () => [`query { regions(parentCode: "3708") { code } }`, {}],
    regionStatistics: () => [`query { regionStatistics(regionCode: "3708") { name } }`, {}],
    exportReport: () => [`mutation { exportReport(kind: PROVIDERS, regionCode: "3708", format: CSV) { url } }`, {}],
    importTemplate: () => [`query { importTemplate(kind: PROVIDERS) { url } }`, {}],
    importJob: () => [`query($id: ID!) { importJob(id: $id) { id } }`, { id: jobId }],
  };

  for (const [operation, expected] of Object.entries(MATRIX)) {
    it.each(CALLERS)(`${operation} as %s`, async (caller) => {
      const [query, variables] = operations[operation]();
      const res = await t.gql(query, variables, users.get(caller)?.token);
      const outcome = res.errors?.[0]?.extensions?.code ?? (Object.values(res.data ?? {})[0] === null ? 'NULL' : 'OK');
      expect(outcome).toBe(expected[caller]);
    });
  }

  it.each(['FAMILY', 'CAREGIVER', 'PROVIDER_STAFF'] as Caller[])('importElders is refused to %s', async (caller) => {
    const res = await upload(t, users.get(caller)!.token, 'importElders', await xlsx([['姓名']]), 'e.xlsx');
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('credit code race', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('lets one of many parallel registrations with the same credit code through', async () => {
    const officer = await makeUser(t, Role.CIVIL_AFFAIRS, { regionScope: '3708' });
    const input = (i: number) => ({
      name: `并发养老院${i}`, kind: 'NURSING_HOME', ownership: 'PUBLIC', regionCode: '370811', address: '任城区',
      location: { latitude: 35.41, longitude: 116.58 }, creditCode: creditCode(99),
    });
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) => t.gql(`mutation($input: CreateProviderInput!) { createProvider(input: $input) { id } }`, { input: input(i) }, officer.token)),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors).map((r) => r.errors![0].extensions)).toEqual(Array(5).fill(expect.objectContaining({ code: 'CONFLICT', reason: 'CREDIT_CODE_TAKEN' })));
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM providers WHERE credit_code = $1`, [creditCode(99)]);
    expect(n).toBe(1);
  });
});
