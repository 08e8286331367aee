import bcrypt from 'bcryptjs';
import { TokenService } from '../../src/core/auth/token.service.js';
import { Role } from '../../src/core/domain/enums.js';
import type { GraphQLResponse, TestApp } from './test-app.js';

export const TEST_PASSWORD = 'password123';
const passwordHash = bcrypt.hashSync(TEST_PASSWORD, 4);
let phoneSeq = 0;

/** A unique mainland mobile number for this test file. */
export const nextPhone = () => `139${String(++phoneSeq).padStart(8, '0')}`;

export interface TestUser {
  id: string;
  role: Role;
  phone: string;
  token: string;
  providerId: string | null;
  regionScope: string | null;
}

/** An account inserted directly (bcrypt at test cost) with a signed token, ready to call the API. */
export async function makeUser(
  t: TestApp,
  role: Role,
  opts: { providerId?: string; regionScope?: string; displayName?: string; phone?: string; elderId?: string } = {},
): Promise<TestUser> {
  const phone = opts.phone ?? nextPhone();
  const providerId = opts.providerId ?? null;
  const regionScope = opts.regionScope ?? (role === Role.CIVIL_AFFAIRS ? '3708' : null);
  const [{ id }] = await t.db.query(
    `INSERT INTO users (phone, password_hash, display_name, role, provider_id, region_scope, elder_id) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [phone, passwordHash, opts.displayName ?? `${role.toLowerCase()} ${phone.slice(-4)}`, role, providerId, regionScope, opts.elderId ?? null],
  );
  const { token } = await t.app.get(TokenService).sign({ userId: id, role, providerId, regionScope });
  return { id, role, phone, token, providerId, regionScope };
}

export interface ProviderFields {
  name: string;
  kind: string;
  ownership: string;
  regionCode: string;
  address: string;
  latitude: number;
  longitude: number;
  serviceRadiusKm: number | null;
  acceptsCareLevels: string[];
  dementiaCare: boolean;
}

let providerSeq = 0;

/** A provider inserted directly; defaults: a nursing home in Rencheng, Jining (370811). */
export async function makeProvider(t: TestApp, fields: Partial<ProviderFields> = {}): Promise<ProviderFields & { id: string }> {
  const p: ProviderFields = {
    name: `测试养老院 ${++providerSeq}`,
    kind: 'NURSING_HOME',
    ownership: 'PRIVATE',
    regionCode: '370811',
    address: '济宁市任城区测试路1号',
    latitude: 35.41,
    longitude: 116.58,
    serviceRadiusKm: 10,
    acceptsCareLevels: ['INTACT', 'MILD', 'MODERATE', 'SEVERE', 'TOTAL'],
    dementiaCare: false,
    ...fields,
  };
  const [{ id }] = await t.db.query(
    `INSERT INTO providers (name, kind, ownership, region_code, address, latitude, longitude, service_radius_km, accepts_care_levels, dementia_care)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
    [p.name, p.kind, p.ownership, p.regionCode, p.address, p.latitude, p.longitude, p.serviceRadiusKm, p.acceptsCareLevels, p.dementiaCare],
  );
  return { ...p, id };
}

/** Services and prices of a provider, replacing what it had. */
export async function setServices(t: TestApp, providerId: string, services: Array<{ kind: string; priceFen: number; unit?: string; durationMinutes?: number | null }>) {
  await t.db.query(`DELETE FROM provider_services WHERE provider_id = $1`, [providerId]);
  for (const s of services) {
    await t.db.query(`INSERT INTO provider_services (provider_id, kind, price_fen, unit, duration_minutes) VALUES ($1, $2, $3, $4, $5)`, [
      providerId,
      s.kind,
      s.priceFen,
      s.unit ?? '次',
      s.durationMinutes === undefined ? 60 : s.durationMinutes,
    ]);
  }
}

/** Bed counts of one category, set directly (version 1). */
export async function setCapacity(t: TestApp, providerId: string, category: string, total: number, occupied = 0, reserved = 0) {
  await t.db.query(
    `INSERT INTO bed_capacity (provider_id, category, total, occupied, reserved, version) VALUES ($1, $2, $3, $4, $5, 1)
     ON CONFLICT (provider_id, category) DO UPDATE SET total = $3, occupied = $4, reserved = $5, version = bed_capacity.version + 1`,
    [providerId, category, total, occupied, reserved],
  );
}

/** Asserts one error with this code (and business reason), and returns it. */
export function expectError(res: GraphQLResponse, code: string, reason?: string) {
  expect(res.errors).toBeDefined();
  const error = res.errors![0];
  expect(error.extensions?.code).toBe(code);
  if (reason) expect(error.extensions?.reason).toBe(reason);
  return error;
}

/** Asserts there are no errors, and returns the data. */
export function expectData<T = Record<string, any>>(res: GraphQLResponse<T>): T {
  expect(res.errors).toBeUndefined();
  expect(res.data).toBeDefined();
  return res.data!;
}

// ---- elders ----

let elderSeq = 0;

/** A valid GB 11643 ID number for a birth date (YYYY-MM-DD), unique within this test file. */
export function validIdNumber(birthDate: string, region = '370811'): string {
  const first17 = `${region}${birthDate.replace(/-/g, '')}${String(++elderSeq % 1000).padStart(3, '0')}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((acc, d, i) => acc + Number(d) * weights[i], 0);
  return first17 + '10X98765432'[sum % 11];
}

export interface ElderFields {
  fullName: string;
  gender: string;
  birthDate: string;
  idNumber: string;
  regionCode: string;
  address: string;
  location: { latitude: number; longitude: number };
  phone: string | null;
  categories: string[];
}

/**
 * An elder created through `createElder` by `creator` (a FAMILY user becomes guardian; a CIVIL_AFFAIRS user's
 * categories are verified). Defaults: born 1945-03-01, living in Rencheng, Jining (370811).
 */
export async function makeElder(t: TestApp, creator: TestUser, fields: Partial<ElderFields> = {}): Promise<ElderFields & { id: string }> {
  const birthDate = fields.birthDate ?? '1945-03-01';
  const e: ElderFields = {
    fullName: `测试老人 ${elderSeq + 1}`,
    gender: 'FEMALE',
    birthDate,
    idNumber: fields.idNumber ?? validIdNumber(birthDate),
    regionCode: '370811',
    address: '济宁市任城区测试街2号',
    location: { latitude: 35.415, longitude: 116.585 },
    phone: '13800000000',
    categories: [],
    ...fields,
  };
  const res = await t.gql(
    `mutation($input: CreateElderInput!) { createElder(input: $input) { id } }`,
    { input: e },
    creator.token,
  );
  if (res.errors) throw new Error(`makeElder failed: ${res.errors.map((x) => x.extensions?.reason ?? x.message).join(', ')}`);
  return { ...e, id: res.data!.createElder.id };
}

/** Records that a provider serves the elder (as booking a visit or reserving a bed would), so its staff may read it. */
export async function linkElderToProvider(t: TestApp, elderId: string, providerId: string, source = 'TEST'): Promise<void> {
  await t.db.query(
    `INSERT INTO provider_elder_links (provider_id, elder_id, source) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
    [providerId, elderId, source],
  );
}
