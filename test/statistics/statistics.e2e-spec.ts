import { Role } from '../../src/core/domain/enums.js';
import { expectData, expectError, makeElder, makeProvider, makeUser, setCapacity, type TestUser } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const STATS = `query($regionCode: String!) { regionStatistics(regionCode: $regionCode) {
  regionCode providersByKind { kind count } beds { category total occupied reserved } nursingBedShare occupancyRate homeBeds
  starDistribution { stars count } unrated elders eldersByCareLevel { level count } eldersNotAssessed
  extremePoverty { total centralized dependent dependentCentralized dependentCentralizedRate }
  homeCareOrders { total completed cancelled noShow } } }`;

describe('regional statistics', () => {
  let t: TestApp;
  let officer: TestUser;

  beforeAll(async () => {
    t = await startTestApp();
    officer = await makeUser(t, Role.CIVIL_AFFAIRS, { regionScope: '3708' });
    const nh1 = await makeProvider(t, { regionCode: '370811', kind: 'NURSING_HOME' });
    const nh2 = await makeProvider(t, { regionCode: '370811', kind: 'NURSING_HOME' });
    await makeProvider(t, { regionCode: '370811006', kind: 'DAY_CARE_CENTRE' });
    const agency = await makeProvider(t, { regionCode: '370830', kind: 'HOME_CARE_AGENCY' });
    const foreign = await makeProvider(t, { regionCode: '110101', kind: 'NURSING_HOME' });
    await setCapacity(t, nh1.id, 'SELF_CARE', 10, 5);
    await setCapacity(t, nh1.id, 'NURSING', 30, 20, 2);
    await setCapacity(t, nh2.id, 'NURSING', 20, 10);
    await setCapacity(t, nh2.id, 'DEMENTIA', 10, 10);
    await setCapacity(t, foreign.id, 'NURSING', 500, 500);
    await t.db.query(`UPDATE providers SET current_stars = 4, current_rating_valid_until = now() + interval '1 year' WHERE id = $1`, [nh1.id]);
    await t.db.query(`UPDATE providers SET current_stars = 3, current_rating_valid_until = now() - interval '1 day' WHERE id = $1`, [nh2.id]);

    const e1 = await makeElder(t, officer, { regionCode: '370811', categories: ['EXTREME_POVERTY'] });
    const e2 = await makeElder(t, officer, { regionCode: '370811', categories: ['EXTREME_POVERTY'] });
    const e3 = await makeElder(t, officer, { regionCode: '370830' });
    await makeElder(t, officer, { regionCode: '370830' });
    await t.db.query(`UPDATE elders SET care_level = 'TOTAL', support_form = 'CENTRALIZED' WHERE id = $1`, [e1.id]);
    await t.db.query(`UPDATE elders SET care_level = 'SEVERE', support_form = 'DISPERSED' WHERE id = $1`, [e2.id]);
    await t.db.query(`UPDATE elders SET care_level = 'MILD' WHERE id = $1`, [e3.id]);

    const caregiver = await makeUser(t, Role.CAREGIVER, { providerId: agency.id });
    let n = 0;
    for (const [elder, status] of [[e1, 'COMPLETED'], [e1, 'CANCELLED'], [e3, 'NO_SHOW'], [e3, 'COMPLETED']] as const) {
      const day = ++n;
      await t.db.query(
        `INSERT INTO home_care_orders (elder_id, provider_id, service, status, starts_at, ends_at, hold_ends_at, caregiver_id,
           price_fen, subsidy_fen, copay_fen, allowance_month, visit_latitude, visit_longitude, elder_region_code, provider_region_code,
           booked_by, booked_by_role, idempotency_key, request_hash)
         VALUES ($1, $2, 'MEAL', $3, now() - make_interval(days => $4), now() - make_interval(days => $4) + interval '1 hour',
           now() - make_interval(days => $4) + interval '1 hour', $5, 3000, 0, 3000, date_trunc('month', now())::date, 35.4, 116.5, $6, '370830',
           $7, 'CIVIL_AFFAIRS', $8, 'h')`,
        [elder.id, agency.id, status, day, status === 'COMPLETED' ? caregiver.id : null, elder.regionCode, officer.id, `k${day}`],
      );
    }
  });
  afterAll(() => t.close());

  it('sums providers, beds, grades, elders, extreme-poverty support and visits of the region prefix', async () => {
    const data = expectData(await t.gql(STATS, { regionCode: '3708' }, officer.token));
    expect(data.regionStatistics).toEqual({
      regionCode: '3708',
      providersByKind: [
        { kind: 'NURSING_HOME', count: 2 },
        { kind: 'DAY_CARE_CENTRE', count: 1 },
        { kind: 'RURAL_HAPPINESS_HOME', count: 0 },
        { kind: 'HOME_CARE_AGENCY', count: 1 },
      ],
      beds: [
        { category: 'SELF_CARE', total: 10, occupied: 5, reserved: 0 },
        { category: 'NURSING', total: 50, occupied: 30, reserved: 2 },
        { category: 'DEMENTIA', total: 10, occupied: 10, reserved: 0 },
      ],
      nursingBedShare: 0.7143,
      occupancyRate: 0.6429,
      homeBeds: 0,
      starDistribution: [
        { stars: 1, count: 0 },
        { stars: 2, count: 0 },
        { stars: 3, count: 0 },
        { stars: 4, count: 1 },
        { stars: 5, count: 0 },
      ],
      unrated: 3,
      elders: 4,
      eldersByCareLevel: [
        { level: 'INTACT', count: 0 },
        { level: 'MILD', count: 1 },
        { level: 'MODERATE', count: 0 },
        { level: 'SEVERE', count: 1 },
        { level: 'TOTAL', count: 1 },
      ],
      eldersNotAssessed: 1,
      extremePoverty: { total: 2, centralized: 1, dependent: 2, dependentCentralized: 1, dependentCentralizedRate: 0.5 },
      homeCareOrders: { total: 4, completed: 2, cancelled: 1, noShow: 1 },
    });
  });

  it('narrows to a county inside the scope', async () => {
    const data = expectData(await t.gql(STATS, { regionCode: '370830' }, officer.token));
    expect(data.regionStatistics).toMatchObject({ elders: 2, homeCareOrders: { total: 2, completed: 1, cancelled: 0, noShow: 1 }, nursingBedShare: null });
    expect(data.regionStatistics.providersByKind.find((k: any) => k.kind === 'HOME_CARE_AGENCY').count).toBe(1);
  });

  it('answers NOT_FOUND for a region wider than or outside the officer\'s scope', async () => {
    expectError(await t.gql(STATS, { regionCode: '37' }, officer.token), 'NOT_FOUND');
    expectError(await t.gql(STATS, { regionCode: '1101' }, officer.token), 'NOT_FOUND');
    const beijing = await makeUser(t, Role.CIVIL_AFFAIRS, { regionScope: '1101' });
    expectError(await t.gql(STATS, { regionCode: '3708' }, beijing.token), 'NOT_FOUND');
  });

  it('lets an admin read any region, the whole country included', async () => {
    const admin = await makeUser(t, Role.ADMIN);
    const data = expectData(await t.gql(STATS, { regionCode: '' }, admin.token));
    expect(data.regionStatistics.beds.find((b: any) => b.category === 'NURSING').total).toBe(550);
  });

  it.each([Role.FAMILY, Role.CAREGIVER, Role.PROVIDER_STAFF])('is refused to %s', async (role) => {
    const p = await makeProvider(t);
    const caller = await makeUser(t, role, role === Role.FAMILY ? {} : { providerId: p.id });
    expectError(await t.gql(STATS, { regionCode: '3708' }, caller.token), 'FORBIDDEN');
    expectError(await t.gql(STATS, { regionCode: '3708' }), 'UNAUTHENTICATED');
  });

  it('refuses a region code that is not digits, naming it', async () => {
    const error = expectError(await t.gql(STATS, { regionCode: '37x8' }, officer.token), 'BAD_USER_INPUT');
    expect(error.extensions!.fields![0].path).toBe('regionCode');
  });
});
