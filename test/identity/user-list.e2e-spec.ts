import { Role } from '../../src/core/domain/enums.js';
import { expectData, expectError, makeProvider, makeUser, type TestUser } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const USERS = `query($filter: UserFilter, $first: Int, $after: String) {
  users(filter: $filter, first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { id role displayName phone disabledAt } }
}`;
const DISABLE = `mutation($id: ID!) { disableUser(userId: $id, reason: '离职') { id phone disabledAt } }`.replace(/'/g, '"');
const ME = `{ me { id phone } }`;

/** The admin's account list: who may list, what the filters find, and that phone numbers stay private. */
describe('identity: the account list (users)', () => {
  let t: TestApp;
  let admin: TestUser;
  const others: Partial<Record<Role, TestUser>> = {};

  beforeAll(async () => {
    t = await startTestApp();
    admin = await makeUser(t, Role.ADMIN, { phone: '13700000001' });
    const provider = await makeProvider(t, { regionCode: '370811' });
    others[Role.FAMILY] = await makeUser(t, Role.FAMILY, { phone: '13612345678', displayName: '陈家属' });
    others[Role.CAREGIVER] = await makeUser(t, Role.CAREGIVER, { providerId: provider.id, phone: '13612300000' });
    others[Role.PROVIDER_STAFF] = await makeUser(t, Role.PROVIDER_STAFF, { providerId: provider.id, phone: '13512345000' });
    others[Role.CIVIL_AFFAIRS] = await makeUser(t, Role.CIVIL_AFFAIRS, { regionScope: '3708', phone: '13800000002' });
  });
  afterAll(() => t.close());

  it('is refused with FORBIDDEN to every role but ADMIN, and UNAUTHENTICATED without a token', async () => {
    for (const role of [Role.FAMILY, Role.CAREGIVER, Role.PROVIDER_STAFF, Role.CIVIL_AFFAIRS]) {
      const res = await t.gql(USERS, {}, others[role]!.token);
      expectError(res, 'FORBIDDEN');
      expect(res.data?.users ?? null).toBeNull();
    }
    expectError(await t.gql(USERS, {}), 'UNAUTHENTICATED');
    const all = expectData(await t.gql(USERS, { first: 100 }, admin.token)).users;
    expect(all.totalCount).toBe(5);
    expect(all.nodes.map((n: { id: string }) => n.id)).toEqual(expect.arrayContaining([admin.id, ...Object.values(others).map((u) => u!.id)]));
  });

  it('filters by phone digits, role and status, all of them together', async () => {
    const byPhone = expectData(await t.gql(USERS, { filter: { phoneContains: '123' } }, admin.token)).users;
    expect(byPhone.nodes.map((n: { phone: string }) => n.phone).sort()).toEqual(['13512345000', '13612300000', '13612345678']);
    const familyByPhone = expectData(await t.gql(USERS, { filter: { phoneContains: '123', role: 'FAMILY' } }, admin.token)).users;
    expect(familyByPhone.nodes).toEqual([expect.objectContaining({ id: others[Role.FAMILY]!.id, displayName: '陈家属', phone: '13612345678', disabledAt: null })]);

    const provider = await makeProvider(t, { regionCode: '370811' });
    const caregiver = await makeUser(t, Role.CAREGIVER, { providerId: provider.id, phone: '13300000003' });
    expectData(await t.gql(DISABLE, { id: caregiver.id }, admin.token));
    const disabled = expectData(await t.gql(USERS, { filter: { disabled: true } }, admin.token)).users;
    expect(disabled.nodes.map((n: { id: string }) => n.id)).toEqual([caregiver.id]);
    const active = expectData(await t.gql(USERS, { filter: { disabled: false, phoneContains: '1361' } }, admin.token)).users;
    expect(active.nodes.map((n: { id: string }) => n.id).sort()).toEqual([others[Role.FAMILY]!.id, others[Role.CAREGIVER]!.id].sort());
    const notActive = expectData(await t.gql(USERS, { filter: { disabled: false, phoneContains: '13300000003' } }, admin.token)).users;
    expect(notActive).toMatchObject({ totalCount: 0, nodes: [] });
  });

  it('pages without overlap, newest first', async () => {
    const first = expectData(await t.gql(USERS, { first: 3 }, admin.token)).users;
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = expectData(await t.gql(USERS, { first: 3, after: first.pageInfo.endCursor }, admin.token)).users;
    const third = expectData(await t.gql(USERS, { first: 3, after: second.pageInfo.endCursor }, admin.token)).users;
    expect(third.nodes).toEqual([]);
    const ids = [...first.nodes, ...second.nodes, ...third.nodes].map((n: { id: string }) => n.id);
    expect(new Set(ids).size).toBe(6);
    expect(third.pageInfo.hasNextPage).toBe(false);
    const [{ id: newest }] = await t.db.query(`SELECT id FROM users ORDER BY created_at DESC, id DESC LIMIT 1`);
    expect(first.nodes[0].id).toBe(newest);
  });

  it('names a bad filter field and does not list', async () => {
    const res = await t.gql(USERS, { filter: { phoneContains: '13a', role: 'FAMILY' } }, admin.token);
    const error = expectError(res, 'BAD_USER_INPUT');
    expect(error.extensions!.fields!.map((f) => f.path)).toEqual(['filter.phoneContains']);
    expectError(await t.gql(USERS, { first: 0 }, admin.token), 'BAD_USER_INPUT');
    expectError(await t.gql(USERS, { after: 'not-a-cursor' }, admin.token), 'BAD_USER_INPUT');
  });

  it('shows phone numbers to admins and to the account itself only', async () => {
    expect(expectData(await t.gql(ME, {}, admin.token)).me.phone).toBe('13700000001');
    for (const role of [Role.FAMILY, Role.CAREGIVER, Role.PROVIDER_STAFF, Role.CIVIL_AFFAIRS]) {
      expect(expectData(await t.gql(ME, {}, others[role]!.token)).me).toEqual({ id: others[role]!.id, phone: others[role]!.phone });
    }
    // Nobody but an admin reads another account's number, here the caregiver of a visit's provider as staff see it.
    const staffView = await t.gql(`query($f: UserFilter) { users(filter: $f) { nodes { phone } } }`, {}, others[Role.PROVIDER_STAFF]!.token);
    expect(staffView.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // An officer creating a staff account gets the account back without its phone.
    const provider = await makeProvider(t, { regionCode: '370811' });
    const created = expectData(
      await t.gql(
        `mutation($input: CreateUserInput!) { createUser(input: $input) { id phone } }`,
        { input: { phone: '13900009999', password: 'secret-pass-1', displayName: '新员工', role: 'PROVIDER_STAFF', providerId: provider.id } },
        others[Role.CIVIL_AFFAIRS]!.token,
      ),
    ).createUser;
    expect(created.phone).toBeNull();
  });
});
