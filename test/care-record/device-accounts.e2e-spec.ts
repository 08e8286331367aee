import { expectData, expectError } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { ACK, buildCareWorld, CREATE_DEVICE, DEVICES, EMERGENCY, LOGIN, ME, RAISE, REVOKE_DEVICE, signedInDevice, type CareWorld } from './care.fixtures.js';

describe('care records: device accounts (助急 buttons bound to one elder)', () => {
  let t: TestApp;
  let w: CareWorld;

  beforeAll(async () => {
    t = await startTestApp();
    w = await buildCareWorld(t);
  });
  afterAll(() => t.close());

  it('a guardian creates a device; it signs in with the credential shown once, as DEVICE bound to the elder', async () => {
    const created = expectData(await t.gql(CREATE_DEVICE, { e: w.elder.id, l: ' 卧室紧急按钮 ' }, w.family.token)).createDeviceAccount;
    expect(created.device).toEqual({ id: expect.any(String), elderId: w.elder.id, label: '卧室紧急按钮', createdBy: w.family.id, revokedAt: null });
    expect(created.loginId).toMatch(/^D\d{15}$/);
    expect(created.secret.length).toBeGreaterThanOrEqual(32);
    const [row] = await t.db.query(`SELECT role, elder_id, password_hash FROM users WHERE id = $1`, [created.device.id]);
    expect(row).toMatchObject({ role: 'DEVICE', elder_id: w.elder.id });
    expect(row.password_hash).not.toContain(created.secret);

    const login = expectData(await t.gql(LOGIN, { p: created.loginId, w: created.secret })).login;
    expect(login.user).toEqual({ id: created.device.id, role: 'DEVICE', elderId: w.elder.id });
    expect(expectData(await t.gql(ME, {}, login.accessToken)).me.role).toBe('DEVICE');
    expectError(await t.gql(LOGIN, { p: created.loginId, w: 'wrong-secret-wrong' }), 'UNAUTHENTICATED');
  });

  it('the serving provider\'s staff create devices too; others cannot, and cannot list or revoke them', async () => {
    expectData(await t.gql(CREATE_DEVICE, { e: w.elder.id, l: '手表' }, w.staff.token));
    expectError(await t.gql(CREATE_DEVICE, { e: w.elder.id, l: 'x' }, w.otherStaff.token), 'NOT_FOUND');
    expectError(await t.gql(CREATE_DEVICE, { e: w.elder.id, l: 'x' }, w.otherFamily.token), 'NOT_FOUND');
    expectError(await t.gql(CREATE_DEVICE, { e: w.elder.id, l: 'x' }, w.caregiver.token), 'FORBIDDEN');
    expectError(await t.gql(CREATE_DEVICE, { e: w.elder.id, l: 'x' }, w.officer.token), 'FORBIDDEN');
    expectError(await t.gql(CREATE_DEVICE, { e: w.elder.id, l: 'x' }, w.admin.token), 'FORBIDDEN');
    const labels = expectData(await t.gql(DEVICES, { e: w.elder.id }, w.staff.token)).elderDevices.map((d: { label: string }) => d.label);
    expect(labels).toEqual(expect.arrayContaining(['卧室紧急按钮', '手表']));
    expectError(await t.gql(DEVICES, { e: w.elder.id }, w.otherFamily.token), 'NOT_FOUND');
    const [device] = expectData(await t.gql(DEVICES, { e: w.elder.id }, w.family.token)).elderDevices;
    expectError(await t.gql(REVOKE_DEVICE, { id: device.id }, w.otherStaff.token), 'NOT_FOUND');
    expectError(await t.gql(REVOKE_DEVICE, { id: device.id }, w.otherFamily.token), 'NOT_FOUND');
    expect((await t.db.query(`SELECT disabled_at FROM users WHERE id = $1`, [device.id]))[0].disabled_at).toBeNull();
  });

  it('refuses a bad label naming the field, and a DEVICE made any other way', async () => {
    const empty = expectError(await t.gql(CREATE_DEVICE, { e: w.elder.id, l: '  ' }, w.family.token), 'BAD_USER_INPUT');
    expect(empty.extensions?.fields).toEqual([{ path: 'label', message: expect.any(String) }]);
    const viaAdmin = await t.gql(`mutation($i: CreateUserInput!) { createUser(input: $i) { id } }`, {
      i: { phone: '13912345678', password: 'a-long-enough-password', displayName: 'x', role: 'DEVICE' },
    }, w.admin.token);
    expect(expectError(viaAdmin, 'BAD_USER_INPUT').extensions?.fields).toEqual([{ path: 'input.role', message: expect.stringMatching(/createDeviceAccount/) }]);
    const [device] = expectData(await t.gql(DEVICES, { e: w.elder.id }, w.family.token)).elderDevices;
    const toFamily = await t.gql(`mutation($u: ID!, $i: ChangeUserRoleInput!) { changeUserRole(userId: $u, input: $i) { id } }`, { u: device.id, i: { role: 'FAMILY' } }, w.admin.token);
    expectError(toFamily, 'BAD_USER_INPUT');
  });

  it('the database binds a DEVICE to exactly one elder, and only a DEVICE to an elder', async () => {
    await expect(t.db.query(`INSERT INTO users (phone, password_hash, display_name, role) VALUES ('D000000000000001', 'x', 'no elder', 'DEVICE')`)).rejects.toThrow(/users_role_binding/);
    await expect(
      t.db.query(`INSERT INTO users (phone, password_hash, display_name, role, elder_id) VALUES ('13900000001', 'x', 'family', 'FAMILY', $1)`, [w.elder.id]),
    ).rejects.toThrow(/users_role_binding/);
    await expect(
      t.db.query(`INSERT INTO users (phone, password_hash, display_name, role, elder_id) VALUES ('D000000000000002', 'x', 'ghost', 'DEVICE', gen_random_uuid())`),
    ).rejects.toThrow(/foreign key/);
  });

  it('a device raises an emergency for its own elder only, and reads that emergency\'s status', async () => {
    const device = await signedInDevice(t, w.family.token, w.elder.id);
    const raised = expectData(await t.gql(RAISE, { e: w.elder.id, k: 'FALL', l: { latitude: 35.41, longitude: 116.58 } }, device.token)).raiseEmergency;
    expect(raised).toMatchObject({ elderId: w.elder.id, providerId: w.provider.id, status: 'RAISED' });
    const [row] = await t.db.query(`SELECT raised_by, raised_by_role FROM emergencies WHERE id = $1`, [raised.id]);
    expect(row).toEqual({ raised_by: device.id, raised_by_role: 'DEVICE' });
    // the serving provider and the guardians are alerted
    const alerts = await t.db.query(`SELECT audience, recipient_id FROM care_alerts WHERE subject_id = $1 ORDER BY audience`, [raised.id]);
    expect(alerts).toEqual(expect.arrayContaining([expect.objectContaining({ audience: 'PROVIDER' }), expect.objectContaining({ audience: 'GUARDIAN', recipient_id: w.family.id })]));

    expect(expectData(await t.gql(EMERGENCY, { id: raised.id }, device.token)).emergency.status).toBe('RAISED');
    expectData(await t.gql(ACK, { id: raised.id }, w.staff.token));
    expect(expectData(await t.gql(EMERGENCY, { id: raised.id }, device.token)).emergency.status).toBe('ACKNOWLEDGED');

    expectError(await t.gql(RAISE, { e: w.otherElder.id, k: 'FALL' }, device.token), 'NOT_FOUND');
    const other = expectData(await t.gql(RAISE, { e: w.otherElder.id, k: 'ILLNESS' }, w.otherFamily.token)).raiseEmergency;
    expectError(await t.gql(EMERGENCY, { id: other.id }, device.token), 'NOT_FOUND');
    expectError(await t.gql(ACK, { id: raised.id }, device.token), 'FORBIDDEN');
    expectError(
      await t.gql(`mutation { changePassword(currentPassword: "${device.secret}", newPassword: "another-long-password") { accessToken } }`, {}, device.token),
      'FORBIDDEN',
    );
  });

  it('a revoked device stops at once: its token and its credential no longer work', async () => {
    const device = await signedInDevice(t, w.family.token, w.elder.id, '门口按钮');
    const revoked = expectData(await t.gql(REVOKE_DEVICE, { id: device.id }, w.staff.token)).revokeDeviceAccount;
    expect(revoked.revokedAt).not.toBeNull();
    expectError(await t.gql(RAISE, { e: w.elder.id, k: 'FALL' }, device.token), 'UNAUTHENTICATED');
    expectError(await t.gql(LOGIN, { p: device.loginId, w: device.secret }), 'UNAUTHENTICATED');
    const again = expectData(await t.gql(REVOKE_DEVICE, { id: device.id }, w.family.token)).revokeDeviceAccount;
    expect(again.revokedAt).toBe(revoked.revokedAt);
  });

  it('concurrent device creations for one elder all succeed with distinct credentials', async () => {
    const answers = await Promise.all(Array.from({ length: 8 }, (_, i) => t.gql(CREATE_DEVICE, { e: w.elder.id, l: `按钮 ${i}` }, w.family.token)));
    const logins = answers.map((a) => expectData(a).createDeviceAccount.loginId);
    expect(new Set(logins).size).toBe(8);
  });
});
