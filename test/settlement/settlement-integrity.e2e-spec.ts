import { Role } from '../../src/core/domain/enums.js';
import { expectData, expectError, makeUser } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { APPROVE, DECIDE, STATEMENT, SUBMIT, cn, generate, insertVisit, moneyWorld, type MoneyWorld } from './settlement.fixtures.js';

/** Each integrity check holds exactly the line that breaks it; a decision moves it into or out of the total. */
describe('settlement: integrity checks before anything is paid', () => {
  let t: TestApp;
  let w: MoneyWorld;
  const v: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp();
    w = await moneyWorld(t);
    const cg2 = await makeUser(t, Role.CAREGIVER, { providerId: w.home.id });
    const cg3 = await makeUser(t, Role.CAREGIVER, { providerId: w.home.id });
    const base = { providerId: w.home.id, elderId: w.elder.id, caregiverId: w.caregiver.id, bookedBy: w.family.id };
    // caregiver 1: one visit a day, each breaking one rule (or none)
    v.clean = await insertVisit(t, { ...base, startsAt: cn('2026-04-01 09:00') });
    v.inFlagged = await insertVisit(t, { ...base, startsAt: cn('2026-04-02 09:00'), checkInFlagged: true });
    v.outFlagged = await insertVisit(t, { ...base, startsAt: cn('2026-04-03 09:00'), checkOutFlagged: true });
    v.missing = await insertVisit(t, { ...base, startsAt: cn('2026-04-04 09:00'), status: 'IN_PROGRESS' });
    v.short = await insertVisit(t, { ...base, startsAt: cn('2026-04-05 09:00'), checkedOutAt: cn('2026-04-05 09:25') });
    v.early = await insertVisit(t, { ...base, startsAt: cn('2026-04-06 09:00'), checkedInAt: cn('2026-04-06 08:10'), checkedOutAt: cn('2026-04-06 08:55') });
    // caregiver 2: two visits overlapping in actual time, then a clean one
    v.overlapA = await insertVisit(t, { ...base, caregiverId: cg2.id, startsAt: cn('2026-04-07 09:00') });
    v.overlapB = await insertVisit(t, { ...base, caregiverId: cg2.id, startsAt: cn('2026-04-07 09:30'), elderId: w.elder.id });
    v.afterOverlap = await insertVisit(t, { ...base, caregiverId: cg2.id, startsAt: cn('2026-04-07 14:00') });
    // caregiver 3: about 33 km in 10 minutes between two homes
    v.before = await insertVisit(t, { ...base, caregiverId: cg3.id, startsAt: cn('2026-04-08 09:00') });
    v.teleport = await insertVisit(t, { ...base, caregiverId: cg3.id, startsAt: cn('2026-04-08 10:10'), latitude: 35.715 });
  });
  afterAll(() => t.close());

  it('holds exactly the lines that break a rule, with their reasons, out of the total', async () => {
    const [s] = await generate(t, w.staff, w.home.id, '2026-04');
    const reasons: Record<string, Record<string, any>> = Object.fromEntries(
      Object.entries(v).map(([name, id]) => [name, s.lines.find((l: Record<string, any>) => l.orderId === id)]),
    );
    expect(Object.fromEntries(Object.entries(reasons).map(([k, l]) => [k, l.holdReasons]))).toEqual({
      clean: [],
      inFlagged: ['CHECK_IN_FLAGGED'],
      outFlagged: ['CHECK_OUT_FLAGGED'],
      missing: ['CHECK_MISSING'],
      short: ['SHORT_VISIT'],
      early: ['CHECKED_OUT_BEFORE_START'],
      overlapA: ['OVERLAPPING_VISITS'],
      overlapB: ['OVERLAPPING_VISITS'],
      afterOverlap: [],
      before: [],
      teleport: ['IMPOSSIBLE_TRAVEL'],
    });
    for (const [name, l] of Object.entries(reasons)) expect([name, l.status]).toEqual([name, l.holdReasons.length ? 'HELD' : 'INCLUDED']);
    expect(s.heldCount).toBe(8);
    expect(s.totalFen).toBe(3 * 4_000);
  });

  it('accepting puts a line into the total, rejecting keeps it out; approval waits for every decision', async () => {
    const [s] = await generate(t, w.staff, w.home.id, '2026-04');
    const lineOf = (id: string) => s.lines.find((l: Record<string, any>) => l.orderId === id);
    expectData(await t.gql(SUBMIT, { id: s.id }, w.staff.token));
    expectError(await t.gql(APPROVE, { id: s.id }, w.officer.token), 'CONFLICT', 'SETTLEMENT_LINES_HELD');
    expectError(await t.gql(DECIDE, { l: lineOf(v.clean).id, a: true, n: 'ok' }, w.officer.token), 'CONFLICT', 'LINE_NOT_HELD');
    expectError(await t.gql(DECIDE, { l: lineOf(v.short).id, a: true, n: '  ' }, w.officer.token), 'BAD_USER_INPUT');
    expectError(await t.gql(DECIDE, { l: lineOf(v.short).id, a: true, n: 'ok' }, w.staff.token), 'FORBIDDEN');
    expectData(await t.gql(DECIDE, { l: lineOf(v.inFlagged).id, a: true, n: '小区门口签到，已电话核实' }, w.officer.token));
    let now = expectData(await t.gql(STATEMENT, { id: s.id }, w.officer.token)).settlementStatement;
    expect([now.totalFen, now.heldCount]).toEqual([4 * 4_000, 7]);
    expectData(await t.gql(DECIDE, { l: lineOf(v.teleport).id, a: false, n: '同一护理员不可能到达' }, w.officer.token));
    now = expectData(await t.gql(STATEMENT, { id: s.id }, w.officer.token)).settlementStatement;
    expect([now.totalFen, now.heldCount]).toEqual([4 * 4_000, 6]);
    expect(now.lines.find((l: Record<string, any>) => l.orderId === v.teleport)).toMatchObject({ status: 'REJECTED', decision: { accepted: false } });
    // a rejected line can be reconsidered while the statement is open
    expectData(await t.gql(DECIDE, { l: lineOf(v.teleport).id, a: true, n: '复核：GPS 漂移' }, w.officer.token));
    for (const name of ['outFlagged', 'missing', 'short', 'early', 'overlapA', 'overlapB']) {
      expectData(await t.gql(DECIDE, { l: lineOf(v[name]).id, a: name !== 'missing', n: '核实' }, w.officer.token));
    }
    const approved = expectData(await t.gql(APPROVE, { id: s.id }, w.officer.token)).approveSettlement;
    // 11 lines, one rejected (missing check-out)
    expect(approved).toMatchObject({ status: 'APPROVED', totalFen: 10 * 4_000 });
    const events = expectData(await t.gql(STATEMENT, { id: s.id }, w.officer.token)).settlementStatement.events;
    expect(events.filter((e: Record<string, any>) => e.action === 'DECIDE_LINE')).toHaveLength(9);
    expect(events.map((e: Record<string, any>) => e.action).slice(-1)).toEqual(['APPROVE']);
  });
});
