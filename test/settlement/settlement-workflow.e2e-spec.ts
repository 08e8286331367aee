import { Role } from '../../src/core/domain/enums.js';
import { expectData, expectError, makeUser, type TestUser } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import {
  APPROVE,
  DECIDE,
  GENERATE,
  PAID,
  REJECT,
  STATEMENT,
  STATEMENTS,
  SUBMIT,
  cn,
  generate,
  insertVisit,
  moneyWorld,
  type MoneyWorld,
} from './settlement.fixtures.js';

describe('settlement: workflow, who may do what, races and immutability', () => {
  let t: TestApp;
  let w: MoneyWorld;
  let caregiverUser: TestUser;

  beforeAll(async () => {
    t = await startTestApp();
    w = await moneyWorld(t);
    caregiverUser = w.caregiver;
  });
  afterAll(() => t.close());

  let visitDay = 0;
  /** A fresh month with one clean visit and one held visit for the home: a DRAFT statement. */
  async function draft(month: string) {
    const base = { providerId: w.home.id, elderId: w.elder.id, caregiverId: w.caregiver.id, bookedBy: w.family.id };
    const day = String(1 + (visitDay++ % 27)).padStart(2, '0');
    await insertVisit(t, { ...base, startsAt: cn(`${month}-${day} 09:00`) });
    await insertVisit(t, { ...base, startsAt: cn(`${month}-${day} 14:00`), checkInFlagged: true });
    const [s] = await generate(t, w.staff, w.home.id, month);
    return s;
  }
  const status = async (id: string) => (await t.db.query(`SELECT status FROM settlement_statements WHERE id = $1`, [id]))[0].status;

  it('goes DRAFT -> SUBMITTED -> DRAFT (rejected with a reason) -> SUBMITTED -> APPROVED -> PAID, every step recorded', async () => {
    const s = await draft('2026-01');
    const held = s.lines.find((l: Record<string, any>) => l.status === 'HELD');
    expect(expectData(await t.gql(SUBMIT, { id: s.id }, w.staff.token)).submitSettlement.status).toBe('SUBMITTED');
    expectError(await t.gql(REJECT, { id: s.id, r: ' ' }, w.officer.token), 'BAD_USER_INPUT');
    expect(expectData(await t.gql(REJECT, { id: s.id, r: '请补充签到照片' }, w.officer.token)).rejectSettlement.status).toBe('DRAFT');
    expectData(await t.gql(SUBMIT, { id: s.id }, w.staff.token));
    expectData(await t.gql(DECIDE, { l: held.id, a: true, n: '核实无误' }, w.officer.token));
    expectError(await t.gql(PAID, { id: s.id, r: 'GK-1', d: '2026-02-10' }, w.officer.token), 'CONFLICT', 'INVALID_TRANSITION');
    expect(expectData(await t.gql(APPROVE, { id: s.id }, w.officer.token)).approveSettlement).toMatchObject({ status: 'APPROVED', totalFen: 8_000 });
    expectError(await t.gql(PAID, { id: s.id, r: 'GK-1', d: '2026-02-31' }, w.officer.token), 'BAD_USER_INPUT');
    expect(expectData(await t.gql(PAID, { id: s.id, r: '国库支付 GK-2026-0001', d: '2026-02-10' }, w.officer.token)).markSettlementPaid).toMatchObject({
      status: 'PAID',
      paymentReference: '国库支付 GK-2026-0001',
      paidOn: '2026-02-10',
    });
    const events = expectData(await t.gql(STATEMENT, { id: s.id }, w.staff.token)).settlementStatement.events;
    expect(events.map((e: Record<string, any>) => [e.action, e.fromStatus, e.toStatus, e.actorRole])).toEqual([
      ['GENERATE', null, 'DRAFT', 'PROVIDER_STAFF'],
      ['SUBMIT', 'DRAFT', 'SUBMITTED', 'PROVIDER_STAFF'],
      ['REJECT', 'SUBMITTED', 'DRAFT', 'CIVIL_AFFAIRS'],
      ['SUBMIT', 'DRAFT', 'SUBMITTED', 'PROVIDER_STAFF'],
      ['DECIDE_LINE', 'SUBMITTED', 'SUBMITTED', 'CIVIL_AFFAIRS'],
      ['APPROVE', 'SUBMITTED', 'APPROVED', 'CIVIL_AFFAIRS'],
      ['MARK_PAID', 'APPROVED', 'PAID', 'CIVIL_AFFAIRS'],
    ]);
    expect(events[2].note).toBe('请补充签到照片');
    expect(events[2].actorId).toBe(w.officer.id);
  });

  it('refuses every step to staff of another provider, an officer out of scope, an officer bound to the provider and a family', async () => {
    const admin = await makeUser(t, Role.ADMIN);
    const outcome = async (query: string, vars: Record<string, unknown>, user: TestUser) => {
      const res = await t.gql(query, vars, user.token);
      if (!res.errors) return 'ok';
      return res.errors[0].extensions?.code ?? 'error';
    };
    const s = await draft('2026-02');
    const held = s.lines.find((l: Record<string, any>) => l.status === 'HELD');
    const outsiders: Array<[string, TestUser]> = [
      ['other staff', w.otherStaff],
      ['officer out of scope', w.outsideOfficer],
      ['bound officer', w.boundOfficer],
      ['family', w.family],
      ['caregiver', caregiverUser],
    ];
    const got: string[] = [];
    const want: string[] = [];
    const check = async (op: string, query: string, vars: Record<string, unknown>, users: Array<[string, TestUser]>, expected: (who: string) => string) => {
      for (const [who, user] of users) {
        got.push(`${op} ${who}: ${await outcome(query, vars, user)}`);
        want.push(`${op} ${who}: ${expected(who)}`);
      }
    };
    // Roles without the operation are refused by the role check (FORBIDDEN); those with it but without the object see NOT_FOUND,
    // or FORBIDDEN when they may see the statement but not do this to it.
    const roleRefused = (who: string) => (who === 'family' || who === 'caregiver' ? 'FORBIDDEN' : null);
    await check('generate', GENERATE, { p: w.home.id, m: '2026-02' }, [...outsiders, ['admin', admin]], (who) =>
      roleRefused(who) ?? (who === 'admin' ? 'FORBIDDEN' : 'NOT_FOUND'));
    await check('submit', SUBMIT, { id: s.id }, [...outsiders, ['officer', w.officer], ['admin', admin]], (who) =>
      (who === 'other staff' ? 'NOT_FOUND' : 'FORBIDDEN'));
    expect(await status(s.id)).toBe('DRAFT');
    expectData(await t.gql(SUBMIT, { id: s.id }, w.staff.token));
    await check('decide', DECIDE, { l: held.id, a: true, n: 'x' }, [...outsiders, ['own staff', w.staff], ['admin', admin]], (who) =>
      roleRefused(who) ?? (who === 'other staff' || who === 'own staff' || who === 'admin' ? 'FORBIDDEN' : who === 'bound officer' ? 'FORBIDDEN' : 'NOT_FOUND'));
    expectData(await t.gql(DECIDE, { l: held.id, a: true, n: '核实' }, w.officer.token));
    for (const [op, query, vars] of [
      ['approve', APPROVE, { id: s.id }],
      ['reject', REJECT, { id: s.id, r: 'x' }],
    ] as const) {
      await check(op, query, vars, [...outsiders, ['own staff', w.staff], ['admin', admin]], (who) =>
        roleRefused(who) ?? (who === 'other staff' || who === 'own staff' || who === 'admin' ? 'FORBIDDEN' : who === 'bound officer' ? 'FORBIDDEN' : 'NOT_FOUND'));
    }
    expect(await status(s.id)).toBe('SUBMITTED');
    expectData(await t.gql(APPROVE, { id: s.id }, w.officer2.token));
    await check('markPaid', PAID, { id: s.id, r: 'R', d: '2026-03-01' }, [...outsiders, ['own staff', w.staff], ['admin', admin]], (who) =>
      roleRefused(who) ?? (who === 'other staff' || who === 'own staff' || who === 'admin' ? 'FORBIDDEN' : who === 'bound officer' ? 'FORBIDDEN' : 'NOT_FOUND'));
    expect(await status(s.id)).toBe('APPROVED');
    // reads: the provider's staff, officers in scope (bound ones too: reading is not deciding), admins
    const reads = async (user: TestUser) => {
      const res = await t.gql(STATEMENT, { id: s.id }, user.token);
      return res.errors ? res.errors[0].extensions?.code : res.data!.settlementStatement ? 'visible' : 'null';
    };
    expect({
      staff: await reads(w.staff),
      officer: await reads(w.officer),
      bound: await reads(w.boundOfficer),
      admin: await reads(admin),
      otherStaff: await reads(w.otherStaff),
      outside: await reads(w.outsideOfficer),
      family: await reads(w.family),
    }).toEqual({ staff: 'visible', officer: 'visible', bound: 'visible', admin: 'visible', otherStaff: 'null', outside: 'null', family: 'FORBIDDEN' });
    const listed = async (user: TestUser) =>
      expectData(await t.gql(STATEMENTS, { first: 100 }, user.token)).settlementStatements.nodes.map((n: Record<string, any>) => n.id).includes(s.id);
    expect([await listed(w.staff), await listed(w.officer), await listed(w.otherStaff), await listed(w.outsideOfficer)]).toEqual([true, true, false, false]);
    expect(got).toEqual(want);
  });

  it('two officers approving at once: exactly one wins, the ledger is written once', async () => {
    const s = await draft('2026-03');
    const held = s.lines.find((l: Record<string, any>) => l.status === 'HELD');
    expectData(await t.gql(SUBMIT, { id: s.id }, w.staff.token));
    expectData(await t.gql(DECIDE, { l: held.id, a: true, n: '核实' }, w.officer.token));
    const results = await Promise.all([w.officer, w.officer2, w.officer, w.officer2].map((o) => t.gql(APPROVE, { id: s.id }, o.token)));
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    for (const r of results.filter((x) => x.errors)) expect(r.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'INVALID_TRANSITION' });
    const [{ n, total }] = await t.db.query(`SELECT count(*)::int AS n, sum(amount_fen)::int AS total FROM settlement_ledger_entries WHERE statement_id = $1`, [s.id]);
    expect([n, total]).toEqual([2, 8_000]);
    const approvals = await t.db.query(`SELECT count(*)::int AS n FROM settlement_events WHERE statement_id = $1 AND action = 'APPROVE'`, [s.id]);
    expect(approvals[0].n).toBe(1);
  });

  it('generating twice at once makes one statement per source, with one set of lines', async () => {
    const base = { providerId: w.home.id, elderId: w.elder.id, caregiverId: w.caregiver.id, bookedBy: w.family.id };
    for (const d of ['05', '06', '07']) await insertVisit(t, { ...base, startsAt: cn(`2026-06-${d} 09:00`) });
    await insertVisit(t, { ...base, startsAt: cn('2026-06-08 09:00'), fundingSource: 'LTCI' });
    const results = await Promise.all([w.staff, w.officer, w.staff, w.officer2].map((u) => t.gql(GENERATE, { p: w.home.id, m: '2026-06' }, u.token)));
    for (const r of results) expect(r.errors).toBeUndefined();
    const rows = await t.db.query(
      `SELECT s.funding_source, count(DISTINCT s.id)::int AS statements, count(l.id)::int AS lines
         FROM settlement_statements s JOIN settlement_lines l ON l.statement_id = s.id
        WHERE s.provider_id = $1 AND s.month = '2026-06-01' GROUP BY s.funding_source ORDER BY s.funding_source`,
      [w.home.id],
    );
    expect(rows).toEqual([
      { funding_source: 'CITY', statements: 1, lines: 3 },
      { funding_source: 'LTCI', statements: 1, lines: 1 },
    ]);
  });

  it('an approved statement cannot be changed through the API or by SQL', async () => {
    const s = await draft('2026-07');
    const held = s.lines.find((l: Record<string, any>) => l.status === 'HELD');
    expectData(await t.gql(SUBMIT, { id: s.id }, w.staff.token));
    expectData(await t.gql(DECIDE, { l: held.id, a: false, n: '不予支付' }, w.officer.token));
    expectData(await t.gql(APPROVE, { id: s.id }, w.officer.token));
    // the API: generating again leaves it as it is; decisions and rejections are refused
    const base = { providerId: w.home.id, elderId: w.elder.id, caregiverId: w.caregiver.id, bookedBy: w.family.id };
    await insertVisit(t, { ...base, startsAt: cn('2026-07-28 09:00') });
    const [again] = await generate(t, w.staff, w.home.id, '2026-07');
    expect(again).toMatchObject({ id: s.id, status: 'APPROVED', totalFen: 4_000, lineCount: 2 });
    expectError(await t.gql(DECIDE, { l: held.id, a: true, n: '改判' }, w.officer.token), 'CONFLICT', 'INVALID_TRANSITION');
    expectError(await t.gql(REJECT, { id: s.id, r: '撤回' }, w.officer.token), 'CONFLICT', 'INVALID_TRANSITION');
    expectError(await t.gql(SUBMIT, { id: s.id }, w.staff.token), 'CONFLICT', 'INVALID_TRANSITION');
    // SQL: the database itself refuses
    const refused = async (sql: string, params: unknown[], why = /immutable/) => {
      await expect(t.db.query(sql, params)).rejects.toThrow(why);
    };
    await refused(`UPDATE settlement_statements SET total_fen = total_fen + 100 WHERE id = $1`, [s.id]);
    await refused(`UPDATE settlement_statements SET status = 'DRAFT' WHERE id = $1`, [s.id]);
    await refused(`DELETE FROM settlement_statements WHERE id = $1`, [s.id]);
    await refused(`UPDATE settlement_lines SET amount_fen = 99999 WHERE statement_id = $1`, [s.id]);
    await refused(`UPDATE settlement_lines SET status = 'INCLUDED' WHERE id = $1`, [held.id]);
    // the ledger entries' foreign keys refuse first for paid lines; the trigger for the others
    await refused(`DELETE FROM settlement_lines WHERE statement_id = $1`, [s.id], /immutable|settlement_ledger_entries_line_id_fkey/);
    await refused(`DELETE FROM settlement_lines WHERE id = $1`, [held.id]);
    await refused(
      `INSERT INTO settlement_lines (statement_id, position, kind, source_key, status, amount_fen) VALUES ($1, 99, 'ADJUSTMENT', 'sneaky', 'INCLUDED', 1)`,
      [s.id],
    );
    await refused(`UPDATE settlement_ledger_entries SET amount_fen = 1 WHERE statement_id = $1`, [s.id]);
    await refused(`DELETE FROM settlement_events WHERE statement_id = $1`, [s.id]);
    const [row] = await t.db.query(`SELECT status, total_fen FROM settlement_statements WHERE id = $1`, [s.id]);
    expect(row).toEqual({ status: 'APPROVED', total_fen: 4_000 });
    // recording the payment is the one change left
    expectData(await t.gql(PAID, { id: s.id, r: 'GK-7', d: '2026-08-05' }, w.officer.token));
    await refused(`UPDATE settlement_statements SET payment_reference = 'other' WHERE id = $1`, [s.id]);
  });

  it('refuses months that are not months or have not started', async () => {
    expectError(await t.gql(GENERATE, { p: w.home.id, m: '2026-13' }, w.staff.token), 'BAD_USER_INPUT', 'MONTH_INVALID');
    expectError(await t.gql(GENERATE, { p: w.home.id, m: '2099-01' }, w.staff.token), 'BAD_USER_INPUT', 'MONTH_INVALID');
    // an id that is not a UUID names no provider: refused as input, before anything runs
    expectError(await t.gql(GENERATE, { p: 'not-a-uuid', m: '2026-01' }, w.staff.token), 'BAD_USER_INPUT');
  });

  it('lists statements with their lines and events in a constant number of queries', async () => {
    const count = async (first: number) => {
      const before = t.queries.count;
      expectData(await t.gql(STATEMENTS, { first }, w.officer.token));
      return t.queries.count - before;
    };
    const one = await count(1);
    const many = await count(100);
    // The first page of one is not the last, so its totalCount takes one count statement; the page of 100 holds every
    // statement, and its total comes from the page itself.
    expect(one).toBe(many + 1);
  });
});
