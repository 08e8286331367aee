import { Role } from '../../src/core/domain/enums.js';
import { expectData, makeElder, makeProvider, makeUser, setCapacity, type TestUser } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const FIGURES = `regionCode name unassigned elders providersByKind { kind count } beds { category total occupied reserved }
  homeBeds unrated eldersNotAssessed eldersByCareLevel { level count } extremePoverty { total centralized dependent dependentCentralized }
  homeCareOrders { total completed cancelled noShow }`;

type Stats = Record<string, any>;

/** Every count of a figures object, flattened to name → number (ratios left out: they do not add up). */
function counts(s: Stats): Record<string, number> {
  const out: Record<string, number> = { elders: s.elders, homeBeds: s.homeBeds, unrated: s.unrated, eldersNotAssessed: s.eldersNotAssessed };
  for (const k of s.providersByKind) out[`kind:${k.kind}`] = k.count;
  for (const b of s.beds) for (const f of ['total', 'occupied', 'reserved']) out[`beds:${b.category}:${f}`] = b[f];
  for (const l of s.eldersByCareLevel) out[`level:${l.level}`] = l.count;
  for (const [k, v] of Object.entries(s.extremePoverty)) out[`poverty:${k}`] = v as number;
  for (const [k, v] of Object.entries(s.homeCareOrders)) out[`orders:${k}`] = v as number;
  return out;
}
const sum = (list: Stats[]) => {
  const total: Record<string, number> = {};
  for (const s of list) for (const [k, v] of Object.entries(counts(s))) total[k] = (total[k] ?? 0) + v;
  return total;
};

describe('regional figures by township and over time', () => {
  let t: TestApp;
  let officer: TestUser;
  let admin: TestUser;

  const caregivers = new Map<string, string>();
  const order = async (elder: { id: string; regionCode: string }, providerId: string, status: string, startsAt: string, key: string) => {
    if (!caregivers.has(providerId)) caregivers.set(providerId, (await makeUser(t, Role.CAREGIVER, { providerId })).id);
    await t.db.query(
      `INSERT INTO home_care_orders (elder_id, provider_id, service, status, starts_at, ends_at, hold_ends_at, caregiver_id, price_fen, subsidy_fen, copay_fen,
         allowance_month, visit_latitude, visit_longitude, elder_region_code, provider_region_code, booked_by, booked_by_role, idempotency_key, request_hash)
       VALUES ($1, $2, 'MEAL', $3, $4::timestamptz, $4::timestamptz + interval '1 hour', $4::timestamptz + interval '1 hour', $8, 3000, 0, 3000,
         date_trunc('month', $4::timestamptz)::date, 35.4, 116.5, $5, '370811', $6, 'CIVIL_AFFAIRS', $7, 'h')`,
      [elder.id, providerId, status, startsAt, elder.regionCode, officer.id, key, status === 'COMPLETED' ? caregivers.get(providerId) : null],
    );
  };

  beforeAll(async () => {
    t = await startTestApp();
    officer = await makeUser(t, Role.CIVIL_AFFAIRS, { regionScope: '3708' });
    admin = await makeUser(t, Role.ADMIN);
  });
  afterAll(() => t.close());

  describe('children', () => {
    beforeAll(async () => {
      const a = await makeProvider(t, { regionCode: '370811006' });
      const b = await makeProvider(t, { regionCode: '370811', kind: 'DAY_CARE_CENTRE' }); // county code only
      const c = await makeProvider(t, { regionCode: '370830104', kind: 'HOME_CARE_AGENCY' });
      await makeProvider(t, { regionCode: '370832001', kind: 'RURAL_HAPPINESS_HOME' });
      await setCapacity(t, a.id, 'NURSING', 30, 12, 1);
      await setCapacity(t, b.id, 'SELF_CARE', 8, 3);
      await makeElder(t, officer, { regionCode: '370811006', categories: ['EXTREME_POVERTY'] });
      const county = await makeElder(t, officer, { regionCode: '370811' });
      const wenshang = await makeElder(t, officer, { regionCode: '370830104001' }); // a village
      await t.db.query(`UPDATE elders SET care_level = 'SEVERE' WHERE id = $1`, [wenshang.id]);
      await order(county, c.id, 'COMPLETED', '2026-02-03T02:00:00Z', 'c1');
      await order(wenshang, c.id, 'NO_SHOW', '2026-02-04T02:00:00Z', 'c2');
    });

    it('names each child, and the children add up to the parent at every level', async () => {
      const q = `query($r: String!) { regionStatistics(regionCode: $r) { ${FIGURES} children { ${FIGURES} children { ${FIGURES} } } } }`;
      const city = expectData(await t.gql(q, { r: '3708' }, officer.token)).regionStatistics;
      expect(city.name).toBe('济宁市');
      expect(city.children.map((c: Stats) => c.regionCode)).toContain('370830');
      expect(city.children.find((c: Stats) => c.regionCode === '370811').name).toBe('任城区');
      expect(sum(city.children)).toEqual(counts(city));
      const rencheng = city.children.find((c: Stats) => c.regionCode === '370811');
      expect(rencheng.elders).toBe(2);
      expect(sum(rencheng.children)).toEqual(counts(rencheng));
      expect(rencheng.children.find((c: Stats) => c.regionCode === '370811006')).toMatchObject({ name: '南张街道', elders: 1, unassigned: false });
      // what is registered to the county itself shows as its own entry, so the townships still add up
      expect(rencheng.children.find((c: Stats) => c.unassigned)).toMatchObject({ regionCode: '370811', name: '任城区（未分到下级）', elders: 1 });
      const wenshang = city.children.find((c: Stats) => c.regionCode === '370830');
      expect(wenshang.children.find((c: Stats) => c.regionCode === '370830104')).toMatchObject({ name: '寅寺镇', elders: 1, homeCareOrders: { total: 1, noShow: 1 } });
      expect(sum(wenshang.children)).toEqual(counts(wenshang));
    });

    it('costs the same number of queries however many children a region has (grouped, no query per child)', async () => {
      const q = `query($r: String!) { regionStatistics(regionCode: $r) { ${FIGURES} children { ${FIGURES} } } }`;
      const cost = async (r: string) => {
        const before = t.queries.count;
        expectData(await t.gql(q, { r }, admin.token));
        return t.queries.count - before;
      };
      const provinces = await cost(''); // 31 children
      const counties = await cost('3708'); // 11 children
      const townships = await cost('370811'); // 16 children and an unassigned entry
      expect(counties).toBe(provinces);
      expect(townships).toBe(provinces);
    });

    it('goes down from the whole country for an admin', async () => {
      const q = `query { regionStatistics(regionCode: "") { ${FIGURES} children { ${FIGURES} } } }`;
      const country = expectData(await t.gql(q, {}, admin.token)).regionStatistics;
      expect(country.name).toBe('全国');
      expect(country.children).toHaveLength(31);
      expect(sum(country.children)).toEqual(counts(country));
    });

    it('refuses an unknown region code, naming it', async () => {
      const res = await t.gql(`query { regionStatistics(regionCode: "370899") { regionCode } }`, {}, officer.token);
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ path: 'regionCode' })] });
    });
  });

  describe('monthly series', () => {
    let regionCode: string;

    beforeAll(async () => {
      // A township of its own, so that the other tests' rows stay out of these figures.
      regionCode = '370811012';
      const home = await makeProvider(t, { regionCode });
      const agency = await makeProvider(t, { regionCode, kind: 'HOME_CARE_AGENCY' });
      await t.db.query(`UPDATE providers SET created_at = '2025-12-01T00:00:00Z' WHERE id = ANY($1)`, [[home.id, agency.id]]);
      await setCapacity(t, home.id, 'NURSING', 20, 15);
      await setCapacity(t, agency.id, 'SELF_CARE', 10, 4);
      const history = `INSERT INTO bed_capacity_history (provider_id, category, changed_at, source, total_before, occupied_before, reserved_before,
          total_after, occupied_after, reserved_after, version) VALUES ($1, 'NURSING', $2, 'STAFF_UPDATE', $3, $4, 0, $5, $6, 0, 1)`;
      await t.db.query(history, [home.id, '2026-01-20T03:00:00Z', 10, 5, 20, 10]);
      await t.db.query(history, [home.id, '2026-02-25T03:00:00Z', 20, 10, 20, 15]);

      const elder = await makeElder(t, officer, { regionCode });
      const other = await makeElder(t, officer, { regionCode });
      await order(elder, agency.id, 'COMPLETED', '2026-01-05T02:00:00Z', 'm1');
      await order(elder, agency.id, 'CANCELLED', '2026-01-06T02:00:00Z', 'm2');
      await order(elder, agency.id, 'NO_SHOW', '2026-02-10T02:00:00Z', 'm3');
      // 00:30 on 1 February in China: a February visit
      await order(elder, agency.id, 'COMPLETED', '2026-01-31T16:30:00Z', 'm4');
      const reservation = `INSERT INTO bed_reservations (provider_id, elder_id, category, status, provider_region_code, elder_region_code,
          government_supported, expires_at, admitted_at, ended_at) VALUES ($1, $2, 'NURSING', $3, $4, $4, false, $5, $5, $6)`;
      await t.db.query(reservation, [home.id, elder.id, 'DISCHARGED', regionCode, '2026-02-10T02:00:00Z', '2026-03-05T02:00:00Z']);
      await t.db.query(reservation, [home.id, other.id, 'ADMITTED', regionCode, '2026-03-20T02:00:00Z', null]);
      const zeros = (n: number) => Array.from({ length: n }, () => 0);
      const assess = await t.gql(
        `mutation($input: CapabilityAssessmentInput!) { recordCapabilityAssessment(input: $input) { id } }`,
        { input: { elderId: other.id, selfCare: zeros(8), mobility: zeros(4), mentalState: zeros(9), perceptionSocial: zeros(5), assessedAt: '2026-03-15T02:00:00Z' } },
        officer.token,
      );
      expectData(assess);
    });

    it('counts visits, admissions, discharges, assessments and month-end occupancy per China month', async () => {
      const q = `query($r: String!) { regionStatistics(regionCode: $r, from: "2026-01", to: "2026-03") {
        homeCareOrders { total completed cancelled noShow }
        monthly { month homeCareOrders { total completed cancelled noShow } admissions discharges beds occupiedBeds occupancyRate assessments } } }`;
      const stats = expectData(await t.gql(q, { r: regionCode }, officer.token)).regionStatistics;
      expect(stats.monthly).toEqual([
        { month: '2026-01', homeCareOrders: { total: 2, completed: 1, cancelled: 1, noShow: 0 }, admissions: 0, discharges: 0, beds: 30, occupiedBeds: 14, occupancyRate: 0.4667, assessments: 0 },
        { month: '2026-02', homeCareOrders: { total: 2, completed: 1, cancelled: 0, noShow: 1 }, admissions: 1, discharges: 0, beds: 30, occupiedBeds: 19, occupancyRate: 0.6333, assessments: 0 },
        { month: '2026-03', homeCareOrders: { total: 0, completed: 0, cancelled: 0, noShow: 0 }, admissions: 1, discharges: 1, beds: 30, occupiedBeds: 19, occupancyRate: 0.6333, assessments: 1 },
      ]);
      // with a window, the totals cover it only
      expect(stats.homeCareOrders).toEqual({ total: 4, completed: 2, cancelled: 1, noShow: 1 });
      const feb = expectData(await t.gql(q.replace('from: "2026-01", to: "2026-03"', 'from: "2026-02", to: "2026-02"'), { r: regionCode }, officer.token)).regionStatistics;
      expect(feb.homeCareOrders).toEqual({ total: 2, completed: 1, cancelled: 0, noShow: 1 });
    });

    it('refuses a reversed window, naming it', async () => {
      const res = await t.gql(`query { regionStatistics(regionCode: "3708", from: "2026-05", to: "2026-01") { regionCode } }`, {}, officer.token);
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ path: 'from' })] });
    });
  });

  describe('care gaps', () => {
    // A crafted county, 梁山县 (370832): three townships with dependent elders at home.
    const A = { regionCode: '370832101', location: { latitude: 35.8, longitude: 116.1 } }; // 小路口镇: a home-care agency reaches them
    const B = { regionCode: '370832102', location: { latitude: 35.98, longitude: 116.1 } }; // 韩岗镇: a home with 2 free nursing beds nearby
    const C = { regionCode: '370832104', location: { latitude: 35.62, longitude: 116.1 } }; // 拳铺镇: nothing within reach

    beforeAll(async () => {
      const agency = await makeProvider(t, { regionCode: A.regionCode, kind: 'HOME_CARE_AGENCY', latitude: 35.8, longitude: 116.1, serviceRadiusKm: 5 });
      const home = await makeProvider(t, { regionCode: B.regionCode, latitude: 35.99, longitude: 116.11, serviceRadiusKm: 0 });
      const full = await makeProvider(t, { regionCode: C.regionCode, latitude: 35.62, longitude: 116.1, serviceRadiusKm: 0 });
      await setCapacity(t, home.id, 'NURSING', 10, 7, 1);
      await setCapacity(t, full.id, 'NURSING', 10, 10);
      await setCapacity(t, agency.id, 'NURSING', 0, 0);
      const dependent = async (where: typeof A, level = 'SEVERE') => {
        const e = await makeElder(t, officer, where);
        await t.db.query(`UPDATE elders SET care_level = $2 WHERE id = $1`, [e.id, level]);
        return e;
      };
      for (let i = 0; i < 3; i++) await dependent(A, 'TOTAL');
      for (let i = 0; i < 4; i++) await dependent(B);
      for (let i = 0; i < 3; i++) await dependent(C);
      await dependent(C, 'MILD'); // not dependent
      const inHome = await dependent(C, 'TOTAL'); // already in an institution
      await t.db.query(
        `INSERT INTO bed_reservations (provider_id, elder_id, category, status, provider_region_code, elder_region_code, government_supported, expires_at, admitted_at)
         VALUES ($1, $2, 'NURSING', 'ADMITTED', $3, $3, false, now(), now())`,
        [full.id, inHome.id, C.regionCode],
      );
    });

    it('ranks the county\'s townships by unmet need, with the figure explained', async () => {
      const q = `query { regionStatistics(regionCode: "370832") { careGaps { regionCode name dependentElders nursingBedsInReach homeCareReach unmetNeed rank explanation } } }`;
      const gaps = expectData(await t.gql(q, {}, officer.token)).regionStatistics.careGaps;
      expect(gaps.map((g: Stats) => [g.regionCode, g.name, g.dependentElders, g.homeCareReach, g.nursingBedsInReach, g.unmetNeed, g.rank])).toEqual([
        ['370832104', '拳铺镇', 3, 0, 0, 3, 1],
        ['370832102', '韩岗镇', 4, 0, 2, 2, 2],
        ['370832101', '小路口镇', 3, 3, 0, 0, 3],
      ]);
      expect(gaps[1].explanation).toContain('4 dependent elders');
      expect(gaps[1].explanation).toContain('2 free nursing-type beds within 10 km');
    });

    it('counts only the beds within the reach distance set for the region', async () => {
      await t.db.query(`INSERT INTO settings (key, region_prefix, value) VALUES ('statistics.careGapReachKm', '370832', '0.5')`);
      try {
        const q = `query { regionStatistics(regionCode: "370832") { careGaps { regionCode nursingBedsInReach unmetNeed } } }`;
        const gaps = expectData(await t.gql(q, {}, officer.token)).regionStatistics.careGaps;
        // 韩岗镇's home is about 1.4 km from its elders: out of a 0.5 km reach
        expect(gaps.find((g: Stats) => g.regionCode === '370832102')).toEqual({ regionCode: '370832102', nursingBedsInReach: 0, unmetNeed: 4 });
      } finally {
        await t.db.query(`DELETE FROM settings WHERE key = 'statistics.careGapReachKm'`);
      }
    });

    it('sets the policy indicators beside their targets', async () => {
      const q = `query { regionStatistics(regionCode: "370832") { nursingBedShare policyIndicators { code value target meetsTarget } } }`;
      const stats = expectData(await t.gql(q, {}, officer.token)).regionStatistics;
      expect(stats.policyIndicators[0]).toEqual({ code: 'NURSING_BED_SHARE', value: stats.nursingBedShare, target: 0.55, meetsTarget: stats.nursingBedShare >= 0.55 });
    });
  });
});
