import { JwtService } from '@nestjs/jwt';
import { SessionCleanupJob } from '../../src/core/auth/session-cleanup.job.js';
import { Role } from '../../src/core/domain/enums.js';
import { expectData, expectError, makeProvider, makeUser, nextPhone, type TestUser } from '../support/factories.js';
import { startTestApp, urlOf, type TestApp } from '../support/test-app.js';

const ME = `{ me { id role regionScope } }`;
const REGISTER = `mutation($input: RegisterInput!) { register(input: $input) { accessToken refreshToken user { id } } }`;
const LOGIN = `mutation($phone: String!, $password: String!) {
  login(phone: $phone, password: $password) { accessToken expiresAt refreshToken refreshTokenExpiresAt user { id role } } }`;
const REFRESH = `mutation($t: String!) { refreshAccessToken(refreshToken: $t) { accessToken refreshToken user { id role } } }`;
const LOGOUT = `mutation($all: Boolean) { logout(allSessions: $all) }`;
const CHANGE_PASSWORD = `mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { accessToken refreshToken } }`;
const RESET_PASSWORD = `mutation($u: ID!, $n: String!) { resetPassword(userId: $u, newPassword: $n) { id } }`;
const DISABLE = `mutation($u: ID!, $r: String!) { disableUser(userId: $u, reason: $r) { id disabledAt } }`;
const ENABLE = `mutation($u: ID!) { enableUser(userId: $u) { id disabledAt } }`;
const CHANGE_ROLE = `mutation($u: ID!, $i: ChangeUserRoleInput!) { changeUserRole(userId: $u, input: $i) { id role regionScope providerId } }`;

const PASSWORD = 'tea-and-mooncakes-26';

describe('accounts: sessions, revocation, lockout and password policy', () => {
  let t: TestApp;
  let admin: TestUser;

  /** A FAMILY account registered through the API (so it has a real password), signed in. */
  async function account(password = PASSWORD) {
    const phone = nextPhone();
    const reg = expectData(await t.gql(REGISTER, { input: { phone, password, displayName: '测试' } }));
    return { phone, password, id: reg.register.user.id as string, access: reg.register.accessToken as string, refresh: reg.register.refreshToken as string };
  }
  const login = async (phone: string, password: string) => expectData(await t.gql(LOGIN, { phone, password })).login;
  const meWorks = async (token: string) => !(await t.gql(ME, {}, token)).errors;

  beforeAll(async () => {
    t = await startTestApp({ REGISTRATIONS_PER_ADDRESS_PER_HOUR: '1000', LOGIN_MAX_FAILURES_PER_ADDRESS: '1000' });
    admin = await makeUser(t, Role.ADMIN);
  });
  afterAll(() => t.close());

  describe('tokens', () => {
    it('gives a 15-minute access token and a 30-day refresh token at sign-in', async () => {
      const a = await account();
      const l = await login(a.phone, a.password);
      const minutes = (new Date(l.expiresAt).getTime() - Date.now()) / 60_000;
      expect(minutes).toBeGreaterThan(14);
      expect(minutes).toBeLessThanOrEqual(15);
      const days = (new Date(l.refreshTokenExpiresAt).getTime() - Date.now()) / 86_400_000;
      expect(Math.round(days)).toBe(30);
      expect(await meWorks(l.accessToken)).toBe(true);
      const [row] = await t.db.query(`SELECT count(*)::int AS n FROM refresh_tokens WHERE token_hash = sha256(convert_to($1, 'UTF8'))`, [l.refreshToken]);
      expect(row.n).toBe(1);
      const clear = await t.db.query(`SELECT 1 FROM refresh_tokens WHERE encode(token_hash, 'escape') LIKE $1`, [`%${l.refreshToken}%`]);
      expect(clear).toHaveLength(0);
    });

    it('keeps refusing a token once it expires, though it was verified (and remembered) while valid; a forged copy never passes', async () => {
      const user = await makeUser(t, Role.FAMILY);
      const token = await t.app.get(JwtService).signAsync({ sub: user.id, role: 'FAMILY' }, { expiresIn: 2 });
      expect(await meWorks(token)).toBe(true);
      expect(await meWorks(token)).toBe(true);
      // The same header and signature over other claims (an officer's role): refused, though its twin is remembered.
      const [header, , signature] = token.split('.');
      const forgedClaims = Buffer.from(JSON.stringify({ sub: user.id, role: 'CIVIL_AFFAIRS', scope: '37', exp: Math.floor(Date.now() / 1000) + 600 })).toString('base64url');
      expectError(await t.gql(ME, {}, `${header}.${forgedClaims}.${signature}`), 'UNAUTHENTICATED');
      await new Promise((r) => setTimeout(r, 2_100));
      expectError(await t.gql(ME, {}, token), 'UNAUTHENTICATED');
    });

    it('rotates the refresh token: each one works once and gives a new pair', async () => {
      const a = await account();
      const first = expectData(await t.gql(REFRESH, { t: a.refresh })).refreshAccessToken;
      expect(first.refreshToken).not.toBe(a.refresh);
      expect(first.user.id).toBe(a.id);
      expect(await meWorks(first.accessToken)).toBe(true);
      const second = expectData(await t.gql(REFRESH, { t: first.refreshToken })).refreshAccessToken;
      expect(await meWorks(second.accessToken)).toBe(true);
    });

    it('ends the whole session when a used refresh token comes back (theft): the thief\'s and the owner\'s tokens alike', async () => {
      const a = await account();
      const owner = expectData(await t.gql(REFRESH, { t: a.refresh })).refreshAccessToken;
      expectError(await t.gql(REFRESH, { t: a.refresh }), 'UNAUTHENTICATED', 'REFRESH_TOKEN_REUSED');
      expect(await meWorks(owner.accessToken)).toBe(false);
      expectError(await t.gql(REFRESH, { t: owner.refreshToken }), 'UNAUTHENTICATED', 'REFRESH_TOKEN_INVALID');
      const [s] = await t.db.query(`SELECT revoked_reason FROM auth_sessions WHERE user_id = $1 ORDER BY created_at LIMIT 1`, [a.id]);
      expect(s.revoked_reason).toBe('REFRESH_TOKEN_REUSED');
      // Other sessions of the account are not touched.
      expect(await meWorks((await login(a.phone, a.password)).accessToken)).toBe(true);
    });

    it('lets one of two simultaneous refreshes with the same token win; the other is reuse and ends the session', async () => {
      const a = await account();
      const results = await Promise.all(Array.from({ length: 5 }, () => t.gql(REFRESH, { t: a.refresh })));
      expect(results.filter((r) => !r.errors)).toHaveLength(1);
      expect(results.filter((r) => r.errors?.[0].extensions?.reason === 'REFRESH_TOKEN_REUSED')).toHaveLength(4);
      const rows = await t.db.query(
        `SELECT t.used_at IS NOT NULL AS used FROM refresh_tokens t JOIN auth_sessions s ON s.id = t.session_id WHERE s.user_id = $1`,
        [a.id],
      );
      expect(rows.filter((r: { used: boolean }) => r.used)).toHaveLength(1);
      const [s] = await t.db.query(`SELECT revoked_reason FROM auth_sessions WHERE user_id = $1`, [a.id]);
      expect(s.revoked_reason).toBe('REFRESH_TOKEN_REUSED');
    });

    it('deletes refresh tokens a day past expiry and sessions left without any, and nothing live', async () => {
      const old = await account();
      const live = await account();
      await t.db.query(`UPDATE refresh_tokens t SET expires_at = now() - interval '2 days' FROM auth_sessions s WHERE s.id = t.session_id AND s.user_id = $1`, [old.id]);
      await t.db.query(`UPDATE auth_sessions SET created_at = now() - interval '31 days' WHERE user_id = ANY($1::uuid[])`, [[old.id, live.id]]);
      const done = await t.app.get(SessionCleanupJob).run();
      expect(done.tokens).toBeGreaterThanOrEqual(1);
      expect(done.sessions).toBeGreaterThanOrEqual(1);
      const left = await t.db.query(`SELECT user_id FROM auth_sessions WHERE user_id = ANY($1::uuid[])`, [[old.id, live.id]]);
      expect(left.map((r: { user_id: string }) => r.user_id)).toEqual([live.id]);
      expect(await meWorks(live.access)).toBe(true);
      expectData(await t.gql(REFRESH, { t: live.refresh }));
    });

    it('refuses an unknown or garbage refresh token', async () => {
      expectError(await t.gql(REFRESH, { t: 'not-a-token' }), 'UNAUTHENTICATED', 'REFRESH_TOKEN_INVALID');
    });
  });

  describe('revocation ends access tokens at once', () => {
    it('logout ends this session only; its refresh token dies with it', async () => {
      const a = await account();
      const other = await login(a.phone, a.password);
      expect(expectData(await t.gql(LOGOUT, {}, a.access)).logout).toBe(true);
      expect(await meWorks(a.access)).toBe(false);
      expectError(await t.gql(REFRESH, { t: a.refresh }), 'UNAUTHENTICATED');
      expect(await meWorks(other.accessToken)).toBe(true);
    });

    it('logout of all sessions ends every device', async () => {
      const a = await account();
      const other = await login(a.phone, a.password);
      expectData(await t.gql(LOGOUT, { all: true }, a.access));
      expect(await meWorks(a.access)).toBe(false);
      expect(await meWorks(other.accessToken)).toBe(false);
      expectError(await t.gql(REFRESH, { t: other.refreshToken }), 'UNAUTHENTICATED');
    });

    it('a password change ends every session and returns a new one; the old password stops working', async () => {
      const a = await account();
      const other = await login(a.phone, a.password);
      const changed = expectData(await t.gql(CHANGE_PASSWORD, { c: a.password, n: 'a-brand-new-secret-9' }, a.access)).changePassword;
      expect(await meWorks(a.access)).toBe(false);
      expect(await meWorks(other.accessToken)).toBe(false);
      expectError(await t.gql(REFRESH, { t: other.refreshToken }), 'UNAUTHENTICATED');
      expect(await meWorks(changed.accessToken)).toBe(true);
      expectError(await t.gql(LOGIN, { phone: a.phone, password: a.password }), 'UNAUTHENTICATED');
      await login(a.phone, 'a-brand-new-secret-9');
    });

    it('a password change needs the current password and a new one that passes the policy', async () => {
      const a = await account();
      const wrong = expectError(await t.gql(CHANGE_PASSWORD, { c: 'not-my-password', n: 'a-brand-new-secret-9' }, a.access), 'BAD_USER_INPUT', 'WRONG_PASSWORD');
      expect(wrong.extensions!.fields![0].path).toBe('currentPassword');
      expectError(await t.gql(CHANGE_PASSWORD, { c: a.password, n: '12345678' }, a.access), 'BAD_USER_INPUT', 'WEAK_PASSWORD');
      expect(await meWorks(a.access)).toBe(true);
    });

    it('an admin\'s password reset ends the account\'s sessions; only admins may reset', async () => {
      const a = await account();
      const officer = await makeUser(t, Role.CIVIL_AFFAIRS);
      expectError(await t.gql(RESET_PASSWORD, { u: a.id, n: 'reset-by-the-admin-1' }, officer.token), 'FORBIDDEN');
      expectError(await t.gql(RESET_PASSWORD, { u: a.id, n: 'password' }, admin.token), 'BAD_USER_INPUT', 'WEAK_PASSWORD');
      expectData(await t.gql(RESET_PASSWORD, { u: a.id, n: 'reset-by-the-admin-1' }, admin.token));
      expect(await meWorks(a.access)).toBe(false);
      expectError(await t.gql(REFRESH, { t: a.refresh }), 'UNAUTHENTICATED');
      await login(a.phone, 'reset-by-the-admin-1');
    });

    it('disabling an account ends its tokens and sign-ins; enabling lets it sign in again', async () => {
      const a = await account();
      const disabled = expectData(await t.gql(DISABLE, { u: a.id, r: 'left the family' }, admin.token)).disableUser;
      expect(disabled.disabledAt).not.toBeNull();
      expect(await meWorks(a.access)).toBe(false);
      expectError(await t.gql(REFRESH, { t: a.refresh }), 'UNAUTHENTICATED');
      expectError(await t.gql(LOGIN, { phone: a.phone, password: a.password }), 'UNAUTHENTICATED', 'ACCOUNT_DISABLED');
      // Without the password, a disabled account answers like any wrong guess.
      const guess = expectError(await t.gql(LOGIN, { phone: a.phone, password: 'wrong-guess-123' }), 'UNAUTHENTICATED');
      expect(guess.extensions?.reason).toBeUndefined();
      expect(expectData(await t.gql(ENABLE, { u: a.id }, admin.token)).enableUser.disabledAt).toBeNull();
      expect(await meWorks((await login(a.phone, a.password)).accessToken)).toBe(true);
      expect(await meWorks(a.access)).toBe(false);
    });

    it('an admin cannot disable or demote themselves; others cannot disable anyone', async () => {
      expectError(await t.gql(DISABLE, { u: admin.id, r: 'oops' }, admin.token), 'BAD_USER_INPUT', 'NOT_ON_YOURSELF');
      expectError(await t.gql(CHANGE_ROLE, { u: admin.id, i: { role: 'FAMILY' } }, admin.token), 'BAD_USER_INPUT', 'NOT_ON_YOURSELF');
      const a = await account();
      const staff = await makeUser(t, Role.PROVIDER_STAFF, { providerId: (await makeProvider(t)).id });
      expectError(await t.gql(DISABLE, { u: a.id, r: 'x' }, staff.token), 'FORBIDDEN');
      expectError(await t.gql(DISABLE, { u: '00000000-0000-4000-8000-000000000000', r: 'x' }, admin.token), 'NOT_FOUND');
    });

    it('a demoted officer loses access at once, and the next sign-in carries the new role', async () => {
      const phone = nextPhone();
      const created = expectData(await t.gql(`mutation($i: CreateUserInput!) { createUser(input: $i) { id } }`,
        { i: { phone, password: PASSWORD, displayName: '李科长', role: 'CIVIL_AFFAIRS', regionScope: '3701' } }, admin.token)).createUser;
      const session = await login(phone, PASSWORD);
      expect(expectData(await t.gql(`{ elders(first: 1) { totalCount } }`, {}, session.accessToken)).elders.totalCount).toBe(0);
      const changed = expectData(await t.gql(CHANGE_ROLE, { u: created.id, i: { role: 'FAMILY' } }, admin.token)).changeUserRole;
      expect(changed).toMatchObject({ role: 'FAMILY', regionScope: null });
      expectError(await t.gql(`{ elders(first: 1) { totalCount } }`, {}, session.accessToken), 'UNAUTHENTICATED');
      expectError(await t.gql(REFRESH, { t: session.refreshToken }), 'UNAUTHENTICATED');
      expect((await login(phone, PASSWORD)).user.role).toBe('FAMILY');
      expectError(await t.gql(CHANGE_ROLE, { u: created.id, i: { role: 'CIVIL_AFFAIRS' } }, admin.token), 'BAD_USER_INPUT');
    });

    it('a deleted account\'s token stops working', async () => {
      const a = await account();
      await t.db.query(`DELETE FROM users WHERE id = $1`, [a.id]);
      expect(await meWorks(a.access)).toBe(false);
      expectError(await t.gql(REFRESH, { t: a.refresh }), 'UNAUTHENTICATED');
    });

    it('refuses a token of an older version even for read-only queries (a cached state is cleared by the change)', async () => {
      const a = await account();
      // Warm the cache, change behind it through the API, and read again at once.
      expect(await meWorks(a.access)).toBe(true);
      expectData(await t.gql(RESET_PASSWORD, { u: a.id, n: 'reset-by-the-admin-2' }, admin.token));
      expect(await meWorks(a.access)).toBe(false);
    });
  });

  describe('password policy', () => {
    it.each([
      ['a common password', '12345678'],
      ['"password"', 'password'],
      ['eight spaces', '        '],
      ['more than 72 bytes', '养老'.repeat(13)],
    ])('refuses %s at registration, naming the field', async (_label, password) => {
      const res = await t.gql(REGISTER, { input: { phone: nextPhone(), password, displayName: 'X' } });
      const error = expectError(res, 'BAD_USER_INPUT');
      expect(error.extensions!.fields!.some((f) => f.path === 'input.password')).toBe(true);
    });

    it('refuses the phone number as password', async () => {
      const phone = nextPhone();
      expectError(await t.gql(REGISTER, { input: { phone, password: phone, displayName: 'X' } }), 'BAD_USER_INPUT', 'WEAK_PASSWORD');
    });

    it('applies to accounts an admin creates too', async () => {
      const res = await t.gql(`mutation($i: CreateUserInput!) { createUser(input: $i) { id } }`,
        { i: { phone: nextPhone(), password: 'qwertyuiop', displayName: 'X', role: 'FAMILY' } }, admin.token);
      expectError(res, 'BAD_USER_INPUT', 'WEAK_PASSWORD');
    });
  });

  describe('lockout', () => {
    it('locks an account after 5 failed sign-ins, even for the right password, and says for how long', async () => {
      const a = await account();
      for (let i = 0; i < 5; i++) expectError(await t.gql(LOGIN, { phone: a.phone, password: `wrong-${i}-password` }), 'UNAUTHENTICATED');
      const locked = expectError(await t.gql(LOGIN, { phone: a.phone, password: a.password }), 'RATE_LIMITED', 'ACCOUNT_LOCKED');
      const retryAfter = (locked.extensions as { retryAfter?: number }).retryAfter!;
      expect(retryAfter).toBeGreaterThan(800);
      expect(retryAfter).toBeLessThanOrEqual(900);
      // The tokens it already had keep working: the lock is against guessing, not against the owner's sessions.
      expect(await meWorks(a.access)).toBe(true);
    });

    it('locks an unregistered phone the same way, so the lock tells nothing about which phones have accounts', async () => {
      const phone = nextPhone();
      for (let i = 0; i < 5; i++) expectError(await t.gql(LOGIN, { phone, password: `wrong-${i}-password` }), 'UNAUTHENTICATED');
      expectError(await t.gql(LOGIN, { phone, password: 'anything-at-all' }), 'RATE_LIMITED', 'ACCOUNT_LOCKED');
    });

    it('a successful sign-in clears the count of failures', async () => {
      const a = await account();
      for (let round = 0; round < 2; round++) {
        for (let i = 0; i < 4; i++) expectError(await t.gql(LOGIN, { phone: a.phone, password: `wrong-${i}-password` }), 'UNAUTHENTICATED');
        await login(a.phone, a.password);
      }
    });

    it('keeps the counters in the shared store, keyed without phone numbers', async () => {
      const rows: Array<{ key: string }> = await t.db.query(`SELECT key FROM rate_limits`);
      expect(rows.some((r) => r.key.startsWith('login_account:'))).toBe(true);
      for (const r of rows) expect(r.key).not.toMatch(/1\d{10}/);
    });

    it('counts guesses at the current password in changePassword against the account', async () => {
      const a = await account();
      for (let i = 0; i < 5; i++) expectError(await t.gql(CHANGE_PASSWORD, { c: `wrong-${i}-password`, n: 'a-brand-new-secret-9' }, a.access), 'BAD_USER_INPUT');
      expectError(await t.gql(CHANGE_PASSWORD, { c: a.password, n: 'a-brand-new-secret-9' }, a.access), 'RATE_LIMITED', 'ACCOUNT_LOCKED');
    });
  });
});

describe('accounts: limits and revocation across two instances of the service', () => {
  let a: TestApp;
  let b: TestApp;
  const limits = { LOGIN_MAX_FAILURES_PER_ADDRESS: '8', REGISTRATIONS_PER_ADDRESS_PER_HOUR: '3' };

  beforeAll(async () => {
    a = await startTestApp(limits);
    b = await startTestApp(limits, { databaseUrl: urlOf(a.db) });
  });
  afterAll(async () => {
    await b.close();
    await a.close();
  });

  it('sees a logout made on the other instance at once, though it had the account\'s state cached', async () => {
    const phone = nextPhone();
    const reg = expectData(await a.gql(REGISTER, { input: { phone, password: PASSWORD, displayName: 'X' } })).register;
    expect((await b.gql(ME, {}, reg.accessToken)).errors).toBeUndefined();
    expectData(await a.gql(LOGOUT, {}, reg.accessToken));
    // NOTIFY is delivered asynchronously after the commit: allow it a moment, far below the cache time (5 s).
    const deadline = Date.now() + 1_000;
    let refused = false;
    while (!refused && Date.now() < deadline) {
      refused = !!(await b.gql(ME, {}, reg.accessToken)).errors;
      if (!refused) await new Promise((r) => setTimeout(r, 20));
    }
    expect(refused).toBe(true);
  });

  it('keeps what it read for a while, and forgets it when another instance announces a change', async () => {
    const phone = nextPhone();
    const reg = expectData(await a.gql(REGISTER, { input: { phone, password: PASSWORD, displayName: 'X' } })).register;
    expect((await b.gql(ME, {}, reg.accessToken)).errors).toBeUndefined();
    // Ended behind the service's back (no announcement): the instance still has the old state cached.
    await a.db.query(`UPDATE auth_sessions SET revoked_at = now() WHERE user_id = $1`, [reg.user.id]);
    expect((await b.gql(ME, {}, reg.accessToken)).errors).toBeUndefined();
    await a.db.query(`SELECT pg_notify('yiyang_account_state', $1)`, [reg.user.id]);
    const deadline = Date.now() + 1_000;
    let refused = false;
    while (!refused && Date.now() < deadline) {
      refused = !!(await b.gql(ME, {}, reg.accessToken)).errors;
      if (!refused) await new Promise((r) => setTimeout(r, 20));
    }
    expect(refused).toBe(true);
  });

  it('refuses an address after 8 failed sign-ins in total on both instances, whatever the phones', async () => {
    for (let i = 0; i < 8; i++) {
      const app = i % 2 === 0 ? a : b;
      expectError(await app.gql(LOGIN, { phone: nextPhone(), password: 'some-wrong-guess' }), 'UNAUTHENTICATED');
    }
    const refused = expectError(await a.gql(LOGIN, { phone: nextPhone(), password: 'some-wrong-guess' }), 'RATE_LIMITED', 'TOO_MANY_ATTEMPTS');
    expect((refused.extensions as { retryAfter?: number }).retryAfter).toBeGreaterThan(0);
    expectError(await b.gql(LOGIN, { phone: nextPhone(), password: 'some-wrong-guess' }), 'RATE_LIMITED', 'TOO_MANY_ATTEMPTS');
  });

  it('limits registrations per address and hour across instances', async () => {
    const results = [];
    for (let i = 0; i < 4; i++) {
      const app = i % 2 === 0 ? a : b;
      results.push(await app.gql(REGISTER, { input: { phone: nextPhone(), password: PASSWORD, displayName: 'X' } }));
    }
    // The two registrations of the tests above count as well.
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expectError(results[3], 'RATE_LIMITED', 'TOO_MANY_ATTEMPTS');
  });
});
