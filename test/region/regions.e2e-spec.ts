import { Role } from '../../src/core/domain/enums.js';
import { expectData, expectError, makeUser, nextPhone, validIdNumber, type TestUser } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const REGIONS = `query($parentCode: String) { regions(parentCode: $parentCode) { code name level parentCode } }`;
const CREATE_PROVIDER = `mutation($input: CreateProviderInput!) { createProvider(input: $input) { id regionCode creditCode } }`;
const PROVIDER = `query($id: ID!) { provider(id: $id) { id creditCode } }`;

const provider = (fields: Record<string, unknown> = {}) => ({
  name: '任城区颐康养老院',
  kind: 'NURSING_HOME',
  ownership: 'PUBLIC',
  regionCode: '370811',
  address: '济宁市任城区健康路8号',
  location: { latitude: 35.41, longitude: 116.58 },
  ...fields,
});

describe('regions and region codes', () => {
  let t: TestApp;
  let admin: TestUser;
  let officer: TestUser;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await makeUser(t, Role.ADMIN);
    officer = await makeUser(t, Role.CIVIL_AFFAIRS, { regionScope: '3708' });
  });
  afterAll(() => t.close());

  it('lists provinces, then children with names down to townships', async () => {
    const provinces = expectData(await t.gql(REGIONS, {})).regions;
    expect(provinces).toHaveLength(31);
    expect(provinces).toContainEqual({ code: '37', name: '山东省', level: 'PROVINCE', parentCode: null });
    const jining = expectData(await t.gql(REGIONS, { parentCode: '3708' })).regions;
    expect(jining).toContainEqual({ code: '370811', name: '任城区', level: 'COUNTY', parentCode: '3708' });
    const wenshang = expectData(await t.gql(REGIONS, { parentCode: '370830' })).regions;
    expect(wenshang).toContainEqual({ code: '370830104', name: '寅寺镇', level: 'TOWNSHIP', parentCode: '370830' });
    expect(expectData(await t.gql(REGIONS, { parentCode: '370830104' })).regions).toEqual([]);
  });

  it('refuses an unknown parent code, naming it', async () => {
    const error = expectError(await t.gql(REGIONS, { parentCode: '3799' }), 'BAD_USER_INPUT');
    expect(error.extensions!.fields![0].path).toBe('parentCode');
  });

  it.each([
    ['a county that does not exist', '370899'],
    ['a township that does not exist', '370811999'],
    ['a village under an unknown township', '370811999001'],
  ])('refuses a provider in %s, naming input.regionCode', async (_what, regionCode) => {
    const error = expectError(await t.gql(CREATE_PROVIDER, { input: provider({ regionCode }) }, officer.token), 'BAD_USER_INPUT', 'UNKNOWN_REGION');
    expect(error.extensions!.fields).toEqual([expect.objectContaining({ path: 'input.regionCode' })]);
  });

  it('accepts a known township and a village under it', async () => {
    expectData(await t.gql(CREATE_PROVIDER, { input: provider({ regionCode: '370811006' }) }, officer.token));
    expectData(await t.gql(CREATE_PROVIDER, { input: provider({ regionCode: '370811006201' }) }, officer.token));
  });

  it('refuses an elder in an unknown region', async () => {
    const input = {
      fullName: '张秀英', gender: 'FEMALE', birthDate: '1945-03-01', idNumber: validIdNumber('1945-03-01'), regionCode: '370898',
      address: '任城区', location: { latitude: 35.41, longitude: 116.58 },
    };
    const error = expectError(await t.gql(`mutation($input: CreateElderInput!) { createElder(input: $input) { id } }`, { input }, officer.token), 'BAD_USER_INPUT');
    expect(error.extensions!.fields![0].path).toBe('input.regionCode');
  });

  it('refuses an officer scope that is no region', async () => {
    const input = { phone: nextPhone(), password: 'password123', displayName: '王科长', role: 'CIVIL_AFFAIRS', regionScope: '3799' };
    const error = expectError(await t.gql(`mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`, { input }, admin.token), 'BAD_USER_INPUT');
    expect(error.extensions!.fields![0].path).toBe('input.regionScope');
  });

  describe('credit code', () => {
    it('refuses a wrong check character, naming input.creditCode', async () => {
      const error = expectError(await t.gql(CREATE_PROVIDER, { input: provider({ creditCode: '91350100M000100Y44' }) }, officer.token), 'BAD_USER_INPUT');
      expect(error.extensions!.fields).toEqual([{ path: 'input.creditCode', message: expect.stringMatching(/check character/) }]);
    });

    it('is unique: a second provider with the same code is a CONFLICT', async () => {
      const created = expectData(await t.gql(CREATE_PROVIDER, { input: provider({ creditCode: '91350100m000100y43' }) }, officer.token)).createProvider;
      expect(created.creditCode).toBe('91350100M000100Y43');
      expectError(await t.gql(CREATE_PROVIDER, { input: provider({ creditCode: '91350100M000100Y43' }) }, officer.token), 'CONFLICT', 'CREDIT_CODE_TAKEN');
      const [{ count }] = await t.db.query(`SELECT count(*)::int AS count FROM providers WHERE credit_code = '91350100M000100Y43'`);
      expect(count).toBe(1);
    });

    it('is shown to officers in scope and admins, not to the public or other regions', async () => {
      const [{ id }] = await t.db.query(`SELECT id FROM providers WHERE credit_code = '91350100M000100Y43'`);
      const beijing = await makeUser(t, Role.CIVIL_AFFAIRS, { regionScope: '1101' });
      const family = await makeUser(t, Role.FAMILY);
      expect(expectData(await t.gql(PROVIDER, { id }, officer.token)).provider.creditCode).toBe('91350100M000100Y43');
      expect(expectData(await t.gql(PROVIDER, { id }, admin.token)).provider.creditCode).toBe('91350100M000100Y43');
      const staff = await makeUser(t, Role.PROVIDER_STAFF, { providerId: id });
      expect(expectData(await t.gql(PROVIDER, { id }, staff.token)).provider.creditCode).toBe('91350100M000100Y43');
      expect(expectData(await t.gql(PROVIDER, { id }, family.token)).provider.creditCode).toBeNull();
      expect(expectData(await t.gql(PROVIDER, { id }, beijing.token)).provider.creditCode).toBeNull();
      expect(expectData(await t.gql(PROVIDER, { id })).provider.creditCode).toBeNull();
    });
  });
});
