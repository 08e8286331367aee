import { Role } from '../../src/core/domain/enums.js';
import { ElderService } from '../../src/modules/elder/elder.service.js';
import { SubsidyService } from '../../src/modules/subsidy/subsidy.service.js';
import {
  expectData,
  expectError,
  linkElderToProvider,
  makeElder,
  makeProvider,
  makeUser,
  validIdNumber,
  type TestUser,
} from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const CREATE = `mutation($input: CreateElderInput!) {
  createElder(input: $input) { id fullName idNumberMasked age regionCode categories verifiedCategories careLevel address phone
    guardians { userId } } }`;
const ELDER = `query($id: ID!) { elder(id: $id) { id fullName idNumberMasked address phone location { latitude } guardians { userId } } }`;
const MY = `{ myElders { id fullName } }`;

const input = (over: Record<string, unknown> = {}) => {
  const birthDate = (over.birthDate as string) ?? '1944-06-15';
  return {
    fullName: '王秀英',
    gender: 'FEMALE',
    birthDate,
    idNumber: validIdNumber(birthDate),
    regionCode: '370811',
    address: '济宁市任城区古槐路8号',
    location: { latitude: 35.41, longitude: 116.59 },
    phone: '13912345678',
    categories: ['LOW_INCOME'],
    ...over,
  };
};

describe('elders: registration, reading and the access contract', () => {
  let t: TestApp;
  let family: TestUser;
  let otherFamily: TestUser;
  let officer: TestUser;
  let farOfficer: TestUser;
  let admin: TestUser;
  let staff: TestUser;
  let providerId: string;

  beforeAll(async () => {
    t = await startTestApp();
    family = await makeUser(t, Role.FAMILY);
    otherFamily = await makeUser(t, Role.FAMILY);
    officer = await makeUser(t, Role.CIVIL_AFFAIRS, { regionScope: '3708' });
    farOfficer = await makeUser(t, Role.CIVIL_AFFAIRS, { regionScope: '1101' });
    admin = await makeUser(t, Role.ADMIN);
    providerId = (await makeProvider(t)).id;
    staff = await makeUser(t, Role.PROVIDER_STAFF, { providerId });
  });
  afterAll(() => t.close());

  it('a family registers an elder and becomes guardian; the ID number is masked and stored encrypted', async () => {
    const data = input();
    const created = expectData(await t.gql(CREATE, { input: data }, family.token)).createElder;
    // The guardian sees the last 4 only: with the birth date and region the first 4 narrowed the number to a few.
    expect(created.idNumberMasked).toBe(`**************${data.idNumber.slice(-4)}`);
    expect(created.age).toBeGreaterThanOrEqual(81);
    expect(created.categories).toEqual(['LOW_INCOME', 'ADVANCED_AGE']);
    expect(created.verifiedCategories).toEqual(['ADVANCED_AGE']);
    expect(created.guardians).toEqual([{ userId: family.id }]);
    const [row] = await t.db.query(`SELECT * FROM elders WHERE id = $1`, [created.id]);
    expect(JSON.stringify(row)).not.toContain(data.idNumber);
    expect(Buffer.from(row.id_number_cipher).toString('latin1')).not.toContain(data.idNumber);
    const my = expectData(await t.gql(MY, {}, family.token)).myElders;
    expect(my.map((e: any) => e.id)).toContain(created.id);
  });

  it('refuses a bad checksum, a birth-date mismatch and a duplicate with clear reasons', async () => {
    const good = input();
    const badSum = good.idNumber.slice(0, 17) + (good.idNumber[17] === '1' ? '2' : '1');
    const e1 = expectError(await t.gql(CREATE, { input: { ...good, idNumber: badSum } }, family.token), 'BAD_USER_INPUT', 'ID_NUMBER_INVALID');
    expect(e1.extensions!.fields!.map((f) => f.path)).toEqual(['input.idNumber']);
    const e2 = expectError(
      await t.gql(CREATE, { input: { ...good, birthDate: '1944-06-16' } }, family.token),
      'BAD_USER_INPUT',
      'ID_NUMBER_BIRTH_DATE_MISMATCH',
    );
    expect(e2.extensions!.fields!.map((f) => f.path)).toEqual(['input.birthDate']);
    expectData(await t.gql(CREATE, { input: good }, family.token));
    expectError(await t.gql(CREATE, { input: { ...good, idNumber: good.idNumber.toLowerCase() } }, otherFamily.token), 'CONFLICT', 'DUPLICATE_ELDER');
  });

  it('lets a family learn that an ID number is on record only 5 times a day (each DUPLICATE_ELDER says so)', async () => {
    const prober = await makeUser(t, Role.FAMILY);
    const known = input();
    expectData(await t.gql(CREATE, { input: known }, family.token));
    for (let i = 0; i < 5; i++) expectError(await t.gql(CREATE, { input: known }, prober.token), 'CONFLICT', 'DUPLICATE_ELDER');
    const refused = expectError(await t.gql(CREATE, { input: known }, prober.token), 'RATE_LIMITED', 'TOO_MANY_ATTEMPTS');
    expect(JSON.stringify(refused)).not.toContain('DUPLICATE');
    // A new elder of its own is refused as well until the day is over; officers are not limited.
    expectError(await t.gql(CREATE, { input: input() }, prober.token), 'RATE_LIMITED');
    expectError(await t.gql(CREATE, { input: known }, officer.token), 'CONFLICT', 'DUPLICATE_ELDER');
  });

  it('two registrations of the same person at once: exactly one wins', async () => {
    const data = input();
    const results = await Promise.all([family, otherFamily, family, otherFamily].map((u) => t.gql(CREATE, { input: data }, u.token)));
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    for (const r of results.filter((r) => r.errors)) expect(r.errors![0].extensions?.reason).toBe('DUPLICATE_ELDER');
    const [{ count }] = await t.db.query(`SELECT count(*)::int AS count FROM elders WHERE id_number_masked = $1 AND full_name = $2`, [
      `**************${data.idNumber.slice(-4)}`,
      data.fullName,
    ]);
    expect(count).toBe(1);
  });

  it('elder(id): guardians, officers in scope, linked staff and admins read it; others get NOT_FOUND', async () => {
    const elder = await makeElder(t, family);
    for (const u of [family, officer, admin]) expect(expectData(await t.gql(ELDER, { id: elder.id }, u.token)).elder.id).toBe(elder.id);
    for (const u of [otherFamily, farOfficer, staff]) expectError(await t.gql(ELDER, { id: elder.id }, u.token), 'NOT_FOUND');
    await linkElderToProvider(t, elder.id, providerId);
    expect(expectData(await t.gql(ELDER, { id: elder.id }, staff.token)).elder.id).toBe(elder.id);
    expectError(await t.gql(ELDER, { id: 'not-a-uuid' }, family.token), 'BAD_USER_INPUT');
  });

  it('contact details are hidden from an admin, shown to guardians, officers in scope and linked staff', async () => {
    const elder = await makeElder(t, family);
    await linkElderToProvider(t, elder.id, providerId);
    for (const u of [family, officer, staff]) {
      const e = expectData(await t.gql(ELDER, { id: elder.id }, u.token)).elder;
      expect(e.address).toBe(elder.address);
      expect(e.phone).toBe(elder.phone);
    }
    const asAdmin = expectData(await t.gql(ELDER, { id: elder.id }, admin.token)).elder;
    expect([asAdmin.address, asAdmin.phone, asAdmin.location, asAdmin.guardians]).toEqual([null, null, null, null]);
  });

  it('exports the contract: requireReadable, requireActable and an idempotent linkProvider', async () => {
    const service = t.app.get(ElderService);
    const elder = await makeElder(t, family, { categories: ['EXTREME_POVERTY'] });
    const actor = (u: TestUser) => ({ userId: u.id, role: u.role, providerId: u.providerId, regionScope: u.regionScope });
    const record = await service.requireReadable(actor(family), elder.id);
    expect(record).toMatchObject({ id: elder.id, regionCode: '370811', birthDate: '1945-03-01', careLevel: null, dementia: false });
    expect(record.verifiedCategories).toEqual(['ADVANCED_AGE']);
    expect(Object.keys(record).sort()).toEqual(
      ['age', 'birthDate', 'careLevel', 'dementia', 'id', 'latitude', 'longitude', 'regionCode', 'verifiedCategories'].sort(),
    );
    await expect(service.requireReadable(actor(otherFamily), elder.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await service.requireActable(actor(officer), elder.id)).id).toBe(elder.id);
    await expect(service.requireActable(actor(admin), elder.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(service.requireActable(actor(staff), elder.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await Promise.all([1, 2, 3].map(() => service.linkProvider(elder.id, providerId, 'HOME_CARE')));
    const links = await t.db.query(`SELECT source FROM provider_elder_links WHERE elder_id = $1`, [elder.id]);
    expect(links).toEqual([{ source: 'HOME_CARE' }]);
    expect((await service.requireReadable(actor(staff), elder.id)).id).toBe(elder.id);
  });

  it('eligibilityFor: the seeded defaults, from verified categories only', async () => {
    const subsidies = t.app.get(SubsidyService);
    const actor = (u: TestUser) => ({ userId: u.id, role: u.role, providerId: u.providerId, regionScope: u.regionScope });
    const declared = await makeElder(t, family, { birthDate: '1950-01-01', categories: ['EXTREME_POVERTY'] });
    const verified = await makeElder(t, officer, { birthDate: '1950-01-01', categories: ['EXTREME_POVERTY'] });
    const none = await subsidies.eligibilityFor(await t.app.get(ElderService).requireReadable(actor(officer), declared.id));
    expect(none).toMatchObject({ monthlyAllowanceFen: 0, coverageRateBp: 0, ruleId: null });
    const full = await subsidies.eligibilityFor(await t.app.get(ElderService).requireReadable(actor(officer), verified.id));
    expect(full).toMatchObject({ monthlyAllowanceFen: 120_000, coverageRateBp: 10_000, ruleCode: 'default:extreme-poverty', regionPrefix: '' });
    expect(full.ruleId).toMatch(/^[0-9a-f-]{36}$/);
    expect(full.basis).toContain('1,200');
  });
});
