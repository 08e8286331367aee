import { Role } from '../../src/core/domain/enums.js';
import { expectData, expectError, makeProvider, makeUser, nextPhone, TEST_PASSWORD, type TestUser } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const ME = `{ me { id role displayName providerId regionScope } }`;
const REGISTER = `mutation($input: RegisterInput!) { register(input: $input) { accessToken expiresAt user { id role displayName } } }`;
const LOGIN = `mutation($phone: String!, $password: String!) { login(phone: $phone, password: $password) { accessToken user { id role } } }`;
const CREATE_USER = `mutation($input: CreateUserInput!) { createUser(input: $input) { id role displayName providerId regionScope } }`;

describe('identity: accounts, sign-in and roles', () => {
  let t: TestApp;
  let admin: TestUser;
  let officer: TestUser;
  let providerInScope: string;
  let providerOutOfScope: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await makeUser(t, Role.ADMIN);
    officer = await makeUser(t, Role.CIVIL_AFFAIRS, { regionScope: '3708' });
    providerInScope = (await makeProvider(t, { regionCode: '370811' })).id;
    providerOutOfScope = (await makeProvider(t, { regionCode: '110101' })).id;
  });
  afterAll(() => t.close());

  it('registers a FAMILY account, signs in with it, and `me` returns it', async () => {
    const phone = nextPhone();
    const reg = expectData(await t.gql(REGISTER, { input: { phone, password: 'secret-pass-1', displayName: '陈先生' } }));
    expect(reg.register.user.role).toBe('FAMILY');
    expect(new Date(reg.register.expiresAt).getTime()).toBeGreaterThan(Date.now());
    const login = expectData(await t.gql(LOGIN, { phone, password: 'secret-pass-1' }));
    const me = expectData(await t.gql(ME, {}, login.login.accessToken));
    expect(me.me).toMatchObject({ id: reg.register.user.id, role: 'FAMILY', displayName: '陈先生' });
    const [row] = await t.db.query(`SELECT password_hash FROM users WHERE phone = $1`, [phone]);
    expect(row.password_hash).toMatch(/^\$2[aby]\$/);
    expect(row.password_hash).not.toContain('secret-pass-1');
  });

  it('refuses a second account with the same phone with CONFLICT PHONE_TAKEN', async () => {
    const phone = nextPhone();
    expectData(await t.gql(REGISTER, { input: { phone, password: 'secret-pass-1', displayName: 'A' } }));
    expectError(await t.gql(REGISTER, { input: { phone, password: 'secret-pass-2', displayName: 'B' } }), 'CONFLICT', 'PHONE_TAKEN');
  });

  it('names every invalid field of a registration', async () => {
    const res = await t.gql(REGISTER, { input: { phone: '12345', password: 'short', displayName: '' } });
    const error = expectError(res, 'BAD_USER_INPUT');
    expect(error.extensions!.fields!.map((f) => f.path).sort()).toEqual(['input.displayName', 'input.password', 'input.phone']);
  });

  it('refuses a wrong password or unknown phone alike, with UNAUTHENTICATED', async () => {
    const user = await makeUser(t, Role.FAMILY);
    const wrong = expectError(await t.gql(LOGIN, { phone: user.phone, password: 'not-the-password' }), 'UNAUTHENTICATED');
    const unknown = expectError(await t.gql(LOGIN, { phone: nextPhone(), password: TEST_PASSWORD }), 'UNAUTHENTICATED');
    expect(wrong.message).toBe(unknown.message);
  });

  it('refuses missing, forged and malformed tokens', async () => {
    expectError(await t.gql(ME), 'UNAUTHENTICATED');
    expectError(await t.gql(ME, {}, 'not-a-token'), 'UNAUTHENTICATED');
    const forged = admin.token.slice(0, -4) + 'AAAA';
    expectError(await t.gql(ME, {}, forged), 'UNAUTHENTICATED');
  });

  it('lets ADMIN create any role, with the binding each role needs', async () => {
    const staff = expectData(
      await t.gql(CREATE_USER, { input: { phone: nextPhone(), password: 'secret-pass-1', displayName: 'S', role: 'PROVIDER_STAFF', providerId: providerOutOfScope } }, admin.token),
    );
    expect(staff.createUser).toMatchObject({ role: 'PROVIDER_STAFF', providerId: providerOutOfScope });
    const ca = expectData(
      await t.gql(CREATE_USER, { input: { phone: nextPhone(), password: 'secret-pass-1', displayName: 'O', role: 'CIVIL_AFFAIRS', regionScope: '37' } }, admin.token),
    );
    expect(ca.createUser).toMatchObject({ role: 'CIVIL_AFFAIRS', regionScope: '37' });
  });

  it('refuses a staff account without a provider and an officer without a scope, naming the field', async () => {
    const staff = expectError(
      await t.gql(CREATE_USER, { input: { phone: nextPhone(), password: 'secret-pass-1', displayName: 'S', role: 'PROVIDER_STAFF' } }, admin.token),
      'BAD_USER_INPUT',
    );
    expect(staff.extensions!.fields![0].path).toBe('input.providerId');
    const ca = expectError(
      await t.gql(CREATE_USER, { input: { phone: nextPhone(), password: 'secret-pass-1', displayName: 'O', role: 'CIVIL_AFFAIRS' } }, admin.token),
      'BAD_USER_INPUT',
    );
    expect(ca.extensions!.fields![0].path).toBe('input.regionScope');
  });

  it('lets an officer create staff and caregivers of providers in scope only', async () => {
    const input = (role: string, providerId: string) => ({ input: { phone: nextPhone(), password: 'secret-pass-1', displayName: 'X', role, providerId } });
    expectData(await t.gql(CREATE_USER, input('CAREGIVER', providerInScope), officer.token));
    expectData(await t.gql(CREATE_USER, input('PROVIDER_STAFF', providerInScope), officer.token));
    expectError(await t.gql(CREATE_USER, input('PROVIDER_STAFF', providerOutOfScope), officer.token), 'NOT_FOUND');
    expectError(
      await t.gql(CREATE_USER, { input: { phone: nextPhone(), password: 'secret-pass-1', displayName: 'X', role: 'ADMIN' } }, officer.token),
      'FORBIDDEN',
    );
  });

  it.each([Role.FAMILY, Role.CAREGIVER, Role.PROVIDER_STAFF])('refuses createUser to %s', async (role) => {
    const caller = await makeUser(t, role, role === Role.FAMILY ? {} : { providerId: providerInScope });
    const res = await t.gql(CREATE_USER, { input: { phone: nextPhone(), password: 'secret-pass-1', displayName: 'X', role: 'FAMILY' } }, caller.token);
    expectError(res, 'FORBIDDEN');
  });

  it('creates the first ADMIN from ADMIN_PHONE/ADMIN_PASSWORD only when none exists', async () => {
    const phone = nextPhone();
    const other = await startTestApp({ ADMIN_PHONE: phone, ADMIN_PASSWORD: 'admin-password-1' });
    try {
      const login = expectData(await other.gql(LOGIN, { phone, password: 'admin-password-1' }));
      expect(login.login.user.role).toBe('ADMIN');
      const [{ count }] = await other.db.query(`SELECT count(*)::int AS count FROM users WHERE role = 'ADMIN'`);
      expect(count).toBe(1);
    } finally {
      await other.close();
    }
  });
});
