import { Role } from '../../src/core/domain/enums.js';
import { expectData, expectError, makeElder, makeUser } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { ASSIGN, CHECK_IN, CHECK_OUT, HOME, ORDER, bookInput, bookOk, buildWorld, type World } from '../home-care/home-care.fixtures.js';
import { EVIDENCE } from './settlement.fixtures.js';
import { chinaMonthOf } from '../../src/modules/settlement/settlement-month.policy.js';

const MINUTE = 60_000;

describe('visit evidence: check-ins and check-outs chained per provider', () => {
  let t: TestApp;
  let w: World;
  const month = chinaMonthOf(Date.now());

  beforeAll(async () => {
    t = await startTestApp();
    w = await buildWorld(t);
    const second = await makeElder(t, w.family, { location: HOME });
    const soon = new Date(Date.now() + 10 * MINUTE).toISOString();
    for (const [elder, cg] of [[w.elder, w.cg1], [second, w.cg2]] as const) {
      const order = await bookOk(t, w.family.token, bookInput({ provider: w.provider, elder }, { startsAt: soon }));
      expectData(await t.gql(ASSIGN, { o: order.id, c: cg.id }, w.staff.token));
      expectData(await t.gql(CHECK_IN, { o: order.id, l: HOME }, cg.token));
      expectData(await t.gql(CHECK_OUT, { o: order.id, l: { latitude: HOME.latitude + 0.004, longitude: HOME.longitude } }, cg.token));
    }
  });
  afterAll(() => t.close());

  const verify = async (token = w.officer.token) => expectData(await t.gql(EVIDENCE, { p: w.provider.id, m: month }, token)).verifyVisitEvidence;
  const records = () => t.db.query(`SELECT id::text, seq::int, kind, order_id, distance_m FROM visit_evidence WHERE provider_id = $1 ORDER BY seq`, [w.provider.id]);

  it('writes one record per check-in and check-out, each linked to the one before', async () => {
    const rows = await records();
    expect(rows.map((r: Record<string, any>) => [r.seq, r.kind])).toEqual([[1, 'CHECK_IN'], [2, 'CHECK_OUT'], [3, 'CHECK_IN'], [4, 'CHECK_OUT']]);
    expect(await verify()).toEqual({ ok: true, checkedRecords: 4, firstBrokenRecordId: null, reason: null });
    expect((await verify(w.staff.token)).ok).toBe(true);
  });

  it('is for the provider\'s staff and officers in scope', async () => {
    expectError(await t.gql(EVIDENCE, { p: w.provider.id, m: month }, w.otherStaff.token), 'NOT_FOUND');
    expectError(await t.gql(EVIDENCE, { p: w.provider.id, m: month }, w.outsideOfficer.token), 'NOT_FOUND');
    expectError(await t.gql(EVIDENCE, { p: w.provider.id, m: month }, w.family.token), 'FORBIDDEN');
  });

  it('the database refuses to change or delete a record', async () => {
    const [first] = await records();
    await expect(t.db.query(`UPDATE visit_evidence SET distance_m = 1 WHERE id = $1`, [first.id])).rejects.toThrow(/immutable/);
    await expect(t.db.query(`DELETE FROM visit_evidence WHERE id = $1`, [first.id])).rejects.toThrow(/immutable/);
  });

  it('names the first record whose order no longer says what was recorded', async () => {
    const rows = await records();
    const [{ check_in_distance_m: was }] = await t.db.query(`SELECT check_in_distance_m FROM home_care_orders WHERE id = $1`, [rows[2].order_id]);
    await t.db.query(`UPDATE home_care_orders SET check_in_distance_m = 5 WHERE id = $1`, [rows[2].order_id]);
    expect(await verify()).toEqual({ ok: false, checkedRecords: 3, firstBrokenRecordId: rows[2].id, reason: 'ORDER_CHANGED' });
    await t.db.query(`UPDATE home_care_orders SET check_in_distance_m = $2 WHERE id = $1`, [rows[2].order_id, was]);
    expect((await verify()).ok).toBe(true);
  });

  it('names the first record edited behind the trigger\'s back (an owner disabling it), and a removed one', async () => {
    const rows = await records();
    await t.db.query(`ALTER TABLE visit_evidence DISABLE TRIGGER visit_evidence_immutable`);
    try {
      await t.db.query(`UPDATE visit_evidence SET distance_m = distance_m + 100 WHERE id = $1`, [rows[1].id]);
      // the order is edited to match, as a careful forger would: the hash still gives it away
      await t.db.query(`UPDATE home_care_orders SET check_out_distance_m = check_out_distance_m + 100 WHERE id = $1`, [rows[1].order_id]);
      expect(await verify()).toEqual({ ok: false, checkedRecords: 2, firstBrokenRecordId: rows[1].id, reason: 'HASH_MISMATCH' });
      await t.db.query(`UPDATE visit_evidence SET distance_m = distance_m - 100 WHERE id = $1`, [rows[1].id]);
      await t.db.query(`UPDATE home_care_orders SET check_out_distance_m = check_out_distance_m - 100 WHERE id = $1`, [rows[1].order_id]);
      expect((await verify()).ok).toBe(true);
      await t.db.query(`DELETE FROM visit_evidence WHERE id = $1`, [rows[2].id]);
      expect(await verify()).toMatchObject({ ok: false, firstBrokenRecordId: rows[3].id, reason: 'SEQUENCE_GAP' });
    } finally {
      await t.db.query(`ALTER TABLE visit_evidence ENABLE TRIGGER visit_evidence_immutable`);
    }
  });

  it('a visit checked out early is priced for the minutes worked and gives the unspent subsidy back', async () => {
    const poor = await makeElder(t, w.officer, { location: HOME, categories: ['EXTREME_POVERTY'] });
    const order = await bookOk(t, w.officer.token, bookInput({ provider: w.otherProvider, elder: poor }, { startsAt: new Date(Date.now() + 10 * MINUTE).toISOString() }));
    expect(order).toMatchObject({ priceFen: 5_000, subsidyFen: 5_000, copayFen: 0 });
    expectData(await t.gql(ASSIGN, { o: order.id, c: w.otherCaregiver.id }, w.otherStaff.token));
    expectData(await t.gql(CHECK_IN, { o: order.id, l: HOME }, w.otherCaregiver.token));
    await t.db.query(`UPDATE home_care_orders SET checked_in_at = now() - interval '20 minutes' WHERE id = $1`, [order.id]);
    const out = expectData(await t.gql(CHECK_OUT, { o: order.id, l: HOME }, w.otherCaregiver.token)).checkOutVisit;
    // 20 of 60 minutes: price 5,000 × 20/60 half up, subsidy 5,000 × 20/60 rounded down
    expect(out).toMatchObject({ status: 'COMPLETED', priceFen: 1_667, subsidyFen: 1_666, copayFen: 1 });
    expect(out.events.at(-1).note).toMatch(/short visit: 20 of 60 minutes/);
    const [allowance] = await t.db.query(`SELECT spent_fen, booked_price_fen FROM home_care_allowances a, home_care_orders o WHERE a.elder_id = $1 AND o.id = $2`, [poor.id, order.id]);
    expect(allowance).toEqual({ spent_fen: 1_666, booked_price_fen: 5_000 });
    // a visit worked in full keeps its price
    const full = await bookOk(t, w.officer.token, bookInput({ provider: w.otherProvider, elder: poor }, { startsAt: new Date(Date.now() + 90 * MINUTE).toISOString() }));
    expectData(await t.gql(ASSIGN, { o: full.id, c: w.otherCaregiver.id }, w.otherStaff.token));
    await t.db.query(`UPDATE home_care_orders SET starts_at = now() - interval '65 minutes', ends_at = now() - interval '5 minutes', hold_ends_at = now() WHERE id = $1`, [full.id]);
    await t.db.query(`UPDATE home_care_orders SET status = 'IN_PROGRESS', checked_in_at = now() - interval '61 minutes', check_in_distance_m = 0, check_in_flagged = false WHERE id = $1`, [full.id]);
    expectData(await t.gql(CHECK_OUT, { o: full.id, l: HOME }, w.otherCaregiver.token));
    expect(expectData(await t.gql(ORDER, { id: full.id }, w.officer.token)).homeCareOrder).toMatchObject({ priceFen: 5_000, subsidyFen: 5_000 });
  });

  it('a visit\'s subsidy records its rule\'s funding source', async () => {
    const admin = await makeUser(t, Role.ADMIN);
    const res = await t.gql(
      `mutation($i: SetSubsidyRulesInput!) { setSubsidyRules(input: $i) { rules { code fundingSource } } }`,
      { i: { regionPrefix: '370811', rules: [{ code: 'ltci', anyOfCategories: ['EXTREME_POVERTY'], monthlyAllowanceFen: 100_000, coverageRateBp: 10_000, basis: '长护险试点', fundingSource: 'LTCI' }] } },
      admin.token,
    );
    expect(expectData(res).setSubsidyRules.rules).toEqual([{ code: 'ltci', fundingSource: 'LTCI' }]);
    const poor = await makeElder(t, w.officer, { location: HOME, categories: ['EXTREME_POVERTY'] });
    const order = await bookOk(t, w.officer.token, bookInput({ provider: w.otherProvider, elder: poor }, { startsAt: new Date(Date.now() + 200 * MINUTE).toISOString() }));
    const [row] = await t.db.query(`SELECT subsidy_funding_source, subsidy_fen FROM home_care_orders WHERE id = $1`, [order.id]);
    expect(row).toEqual({ subsidy_funding_source: 'LTCI', subsidy_fen: 5_000 });
    const seen = expectData(await t.gql(`query($id: ID!) { homeCareOrder(id: $id) { subsidyFundingSource bookedPriceFen priceFen } }`, { id: order.id }, w.officer.token));
    expect(seen.homeCareOrder).toEqual({ subsidyFundingSource: 'LTCI', bookedPriceFen: 5_000, priceFen: 5_000 });
  });
});
