import { Role } from '../../src/core/domain/enums.js';
import { expectData, expectError, makeElder, makeUser, type TestUser } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import {
  ADJUST,
  APPROVE,
  DECIDE,
  LEDGER,
  STATEMENT,
  STATEMENTS,
  SUBMIT,
  cn,
  generate,
  insertGrade,
  insertHomeBed,
  insertStay,
  insertVisit,
  moneyWorld,
  type MoneyWorld,
} from './settlement.fixtures.js';

/**
 * April 2026 (30 days) at one nursing home, crafted so that every figure can be checked by hand:
 *
 * visits (price 5,000, subsidy 4,000 fen unless said):
 *   v1 starts 1 April 00:30 China time (31 March 16:30 UTC): April, 4,000
 *   v2 starts 31 March 23:30 China time (31 March 15:30 UTC): March, no April line
 *   v3 cancelled, v4 no-show: no line
 *   v5 short: 20 of 60 minutes, repriced at check-out to 1,667 of which 1,333 subsidy: held SHORT_VISIT
 *   v6 paid by DISTRICT: 4,000 on its own statement
 * stays: s1 supported, SEVERE (1,500 yuan/month), 10 April 09:00 to 20 April 10:00: 10 days -> 50,000
 *        s2 not supported, since March: counts only as an occupied bed
 *        s3 supported, never assessed (INTACT, 800 yuan/month), from 16 April 08:00: 15 days -> 40,000
 * grade: 3 stars (150 yuan per occupied bed per month) expiring 21 April 12:00: days 1-20 pay;
 *        occupied bed-days in them: s2 20 + s1 10 + s3 5 = 35 -> 35 × 15,000 / 30 = 17,500
 * home bed: from 25 April 10:00: 6 days × 300 yuan / 30 -> 6,000
 */
describe('settlement: amounts exact to the fen on a crafted month', () => {
  let t: TestApp;
  let w: MoneyWorld;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp();
    w = await moneyWorld(t);
    const base = { providerId: w.home.id, elderId: w.elder.id, caregiverId: w.caregiver.id, bookedBy: w.family.id };
    ids.v1 = await insertVisit(t, { ...base, startsAt: cn('2026-04-01 00:30') });
    ids.v2 = await insertVisit(t, { ...base, startsAt: cn('2026-03-31 23:30'), minutes: 30, latitude: 35.415 });
    ids.v3 = await insertVisit(t, { ...base, startsAt: cn('2026-04-03 09:00'), status: 'CANCELLED' });
    ids.v4 = await insertVisit(t, { ...base, startsAt: cn('2026-04-04 09:00'), status: 'NO_SHOW' });
    ids.v5 = await insertVisit(t, {
      ...base,
      startsAt: cn('2026-04-05 09:00'),
      checkedOutAt: cn('2026-04-05 09:20'),
      priceFen: 1_667,
      subsidyFen: 1_333,
      bookedPriceFen: 5_000,
    });
    ids.v6 = await insertVisit(t, { ...base, startsAt: cn('2026-04-06 09:00'), fundingSource: 'DISTRICT' });
    const e1 = await makeElder(t, w.officer, { categories: ['EXTREME_POVERTY'] });
    const e2 = await makeElder(t, w.family);
    const e3 = await makeElder(t, w.officer, { categories: ['EXTREME_POVERTY'] });
    await t.db.query(`UPDATE elders SET care_level = 'SEVERE' WHERE id = $1`, [e1.id]);
    ids.s1 = await insertStay(t, { providerId: w.home.id, elderId: e1.id, admittedAt: cn('2026-04-10 09:00'), endedAt: cn('2026-04-20 10:00'), governmentSupported: true, requestedBy: w.officer.id });
    ids.s2 = await insertStay(t, { providerId: w.home.id, elderId: e2.id, admittedAt: cn('2026-03-01 09:00'), governmentSupported: false, requestedBy: w.family.id });
    ids.s3 = await insertStay(t, { providerId: w.home.id, elderId: e3.id, admittedAt: cn('2026-04-16 08:00'), governmentSupported: true, requestedBy: w.officer.id });
    ids.grade = await insertGrade(t, w.home.id, 3, cn('2026-01-01 09:00'), cn('2026-04-21 12:00'), w.officer.id);
    const e4 = await makeElder(t, w.family);
    ids.hb = await insertHomeBed(t, { providerId: w.home.id, elderId: e4.id, from: cn('2026-04-25 10:00'), registeredBy: w.staff.id });
  });
  afterAll(() => t.close());

  const line = (s: Record<string, any>, key: string, value: string) => s.lines.find((l: Record<string, any>) => l[key] === value);

  it('builds one statement per funding source, every line exact', async () => {
    const statements = await generate(t, w.staff, w.home.id, '2026-04');
    expect(statements.map((s) => [s.fundingSource, s.status])).toEqual([['CITY', 'DRAFT'], ['DISTRICT', 'DRAFT']]);
    const [city, district] = statements;
    const byKind = city.lines.map((l: Record<string, any>) => [l.kind, l.amountFen, l.status]);
    expect(byKind).toEqual([
      ['HOME_CARE_VISIT', 4_000, 'INCLUDED'],
      ['HOME_CARE_VISIT', 1_333, 'HELD'],
      ['INSTITUTIONAL_SUPPORT', 50_000, 'INCLUDED'],
      ['INSTITUTIONAL_SUPPORT', 40_000, 'INCLUDED'],
      ['STAR_SUBSIDY', 17_500, 'INCLUDED'],
      ['HOME_BED', 6_000, 'INCLUDED'],
    ]);
    expect(line(city, 'orderId', ids.v1)).toMatchObject({ amountFen: 4_000, visit: { priceFen: 5_000, subsidyFen: 4_000, copayFen: 1_000, bookedMinutes: 60, actualMinutes: 60 } });
    expect(line(city, 'orderId', ids.v5)).toMatchObject({ holdReasons: ['SHORT_VISIT'], visit: { bookedPriceFen: 5_000, priceFen: 1_667, actualMinutes: 20 } });
    for (const gone of [ids.v2, ids.v3, ids.v4, ids.v6]) expect(line(city, 'orderId', gone)).toBeUndefined();
    expect(line(city, 'reservationId', ids.s1)).toMatchObject({ days: 10, basis: expect.stringContaining('SEVERE') });
    expect(line(city, 'reservationId', ids.s3)).toMatchObject({ days: 15, basis: expect.stringContaining('INTACT') });
    expect(line(city, 'reservationId', ids.s2)).toBeUndefined();
    expect(line(city, 'lineKind', 'STAR_SUBSIDY')).toMatchObject({ days: 20, basis: expect.stringContaining('35 occupied bed-days') });
    expect(line(city, 'homeBedId', ids.hb)).toMatchObject({ days: 6 });
    // held lines count in no total
    expect(city).toMatchObject({ totalFen: 4_000 + 50_000 + 40_000 + 17_500 + 6_000, heldCount: 1, lineCount: 6 });
    expect(district.lines.map((l: Record<string, any>) => [l.orderId, l.amountFen])).toEqual([[ids.v6, 4_000]]);
    expect(district.totalFen).toBe(4_000);
  });

  it('the March statement has the visit of 31 March 23:30 China time', async () => {
    const [march] = await generate(t, w.staff, w.home.id, '2026-03');
    expect(march.lines.filter((l: Record<string, any>) => l.kind === 'HOME_CARE_VISIT').map((l: Record<string, any>) => l.orderId)).toEqual([ids.v2]);
  });

  it('generating again rebuilds the draft, keeps the officer\'s decision and never duplicates', async () => {
    const [city] = await generate(t, w.staff, w.home.id, '2026-04');
    const short = line(city, 'orderId', ids.v5);
    const decided = expectData(await t.gql(DECIDE, { l: short.id, a: true, n: '家属确认老人身体不适提前结束' }, w.officer.token)).decideSettlementLine;
    expect(decided).toMatchObject({ status: 'INCLUDED', decision: { accepted: true } });
    const again = await generate(t, w.staff, w.home.id, '2026-04');
    expect(again).toHaveLength(2);
    expect(again[0].id).toBe(city.id);
    expect(line(again[0], 'orderId', ids.v5)).toMatchObject({ status: 'INCLUDED', holdReasons: ['SHORT_VISIT'] });
    expect(again[0].totalFen).toBe(117_500 + 1_333);
    expect(again[0].events.map((e: Record<string, any>) => e.action)).toEqual(['GENERATE', 'REGENERATE', 'DECIDE_LINE', 'REGENERATE']);
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM settlement_statements WHERE provider_id = $1 AND month = '2026-04-01'`, [w.home.id]);
    expect(n).toBe(2);
  });

  it('an adjustment after approval is a line of a later month that references the original; the ledger equals the approved statements', async () => {
    const [city, district] = await generate(t, w.staff, w.home.id, '2026-04');
    for (const s of [city, district]) {
      expectData(await t.gql(SUBMIT, { id: s.id }, w.staff.token));
      expectData(await t.gql(APPROVE, { id: s.id }, w.officer.token));
    }
    const v1Line = line(city, 'orderId', ids.v1);
    // not into the same month, and not by someone who may not see it
    expectError(await t.gql(ADJUST, { i: { lineId: v1Line.id, amountFen: -1_000, reason: '重复计费', month: '2026-04' } }, w.officer.token), 'CONFLICT', 'ADJUSTMENT_NOT_ALLOWED');
    expectError(await t.gql(ADJUST, { i: { lineId: v1Line.id, amountFen: -1_000, reason: 'x', month: '2026-05' } }, w.outsideOfficer.token), 'NOT_FOUND');
    const adj = expectData(await t.gql(ADJUST, { i: { lineId: v1Line.id, amountFen: -1_000, reason: '服务时长核减', month: '2026-05' } }, w.officer.token)).addSettlementAdjustment;
    expect(adj).toMatchObject({ kind: 'ADJUSTMENT', status: 'INCLUDED', amountFen: -1_000, adjustsLineId: v1Line.id, orderId: ids.v1 });
    // May (31 days): s3 all month at 800 yuan, the home bed all month, the adjustment; the grade has expired; s1 has left
    const [may] = await generate(t, w.staff, w.home.id, '2026-05');
    expect(may.lines.map((l: Record<string, any>) => [l.kind, l.amountFen])).toEqual([
      ['INSTITUTIONAL_SUPPORT', 80_000],
      ['HOME_BED', 30_000],
      ['ADJUSTMENT', -1_000],
    ]);
    expect(may.totalFen).toBe(109_000);
    expectData(await t.gql(SUBMIT, { id: may.id }, w.staff.token));
    expectData(await t.gql(APPROVE, { id: may.id }, w.officer.token));

    const ledger = expectData(await t.gql(LEDGER, { r: '3708', f: '2026-03', t: '2026-05' }, w.officer.token)).settlementLedger;
    const statements = expectData(await t.gql(STATEMENTS, { f: { status: ['APPROVED', 'PAID'] }, first: 100 }, w.officer.token)).settlementStatements.nodes;
    const approvedSum = statements.reduce((a: number, s: Record<string, any>) => a + s.totalFen, 0);
    expect(approvedSum).toBe(118_833 + 4_000 + 109_000);
    expect(ledger.totalFen).toBe(approvedSum);
    expect(ledger.approvedStatementsTotalFen).toBe(approvedSum);
    expect(ledger.bySource).toEqual([{ fundingSource: 'CITY', totalFen: 118_833 + 109_000 }, { fundingSource: 'DISTRICT', totalFen: 4_000 }]);
    expect(ledger.byMonth).toEqual([{ month: '2026-04', totalFen: 122_833 }, { month: '2026-05', totalFen: 109_000 }]);
    expect(ledger.byProvider).toEqual([{ providerId: w.home.id, totalFen: approvedSum }]);
    // each statement's entries add up to it, exactly
    const rows = await t.db.query(
      `SELECT s.id, s.total_fen, (SELECT sum(amount_fen) FROM settlement_ledger_entries e WHERE e.statement_id = s.id)::int AS ledger
         FROM settlement_statements s WHERE s.status = 'APPROVED'`,
    );
    for (const r of rows) expect(r.ledger).toBe(r.total_fen);
    // March was never approved: not in the ledger
    expect(ledger.rows.some((r: Record<string, any>) => r.month === '2026-03')).toBe(false);
    // the original line is unchanged
    const original = expectData(await t.gql(STATEMENT, { id: city.id }, w.staff.token)).settlementStatement;
    expect(line(original, 'orderId', ids.v1).amountFen).toBe(4_000);
  });

  it('the ledger is for officers in scope', async () => {
    expectError(await t.gql(LEDGER, { r: '3708', f: '2026-04', t: '2026-04' }, w.outsideOfficer.token), 'FORBIDDEN');
    expectError(await t.gql(LEDGER, { r: '3708', f: '2026-04', t: '2026-04' }, w.staff.token), 'FORBIDDEN');
    expectError(await t.gql(LEDGER, { r: '3708', f: '2026-05', t: '2026-04' }, w.officer.token), 'BAD_USER_INPUT');
    const admin: TestUser = await makeUser(t, Role.ADMIN);
    expect(expectData(await t.gql(LEDGER, { r: '37', f: '2026-04', t: '2026-05' }, admin.token)).settlementLedger.totalFen).toBe(231_833);
  });
});
