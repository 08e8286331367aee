import ExcelJS from 'exceljs';
import { Role } from '../../src/core/domain/enums.js';
import { expectData, expectError, makeUser, setCapacity } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { APPROVE, DECIDE, ELDER_STATEMENT, RECORD_PAYMENT, SUBMIT, cn, generate, insertStay, insertVisit, moneyWorld, type MoneyWorld } from './settlement.fixtures.js';

const EXPORT_STATEMENT = `query($id: ID!, $f: ExportFormat!) { settlementStatementExport(id: $id, format: $f) { fileName contentType contentBase64 } }`;
const EXPORT_ELDER = `query($e: ID!, $m: String!, $f: ExportFormat!) { elderStatementExport(elderId: $e, month: $m, format: $f) { fileName contentType contentBase64 } }`;
const EXPORT_LEDGER = `query($r: String!, $a: String!, $b: String!, $f: ExportFormat!) { settlementLedgerExport(regionCode: $r, from: $a, to: $b, format: $f) { fileName contentType contentBase64 } }`;

/**
 * April 2026 (30 days) for one elder: two completed visits with a co-pay of 1,000 fen each (a cancelled one costs
 * nothing), a nursing bed at 3,000 yuan a month from 11 April 09:00 (20 days: 200,000 fen), a WeChat payment of
 * 1,500 yuan and a cash refund of 50 yuan: balance 2,000 + 200,000 - 145,000 = 57,000 fen.
 */
describe('family statements, payments and exports', () => {
  let t: TestApp;
  let w: MoneyWorld;
  let stay: string;

  beforeAll(async () => {
    t = await startTestApp();
    w = await moneyWorld(t);
    const base = { providerId: w.home.id, elderId: w.elder.id, caregiverId: w.caregiver.id, bookedBy: w.family.id };
    await insertVisit(t, { ...base, startsAt: cn('2026-04-02 09:00') });
    await insertVisit(t, { ...base, startsAt: cn('2026-04-09 09:00'), checkInFlagged: true });
    await insertVisit(t, { ...base, startsAt: cn('2026-04-12 09:00'), status: 'CANCELLED' });
    await insertVisit(t, { ...base, startsAt: cn('2026-03-31 23:00') }); // March in China time
    await setCapacity(t, w.home.id, 'NURSING', 20, 1);
    await t.db.query(`UPDATE bed_capacity SET monthly_price_fen = 300000 WHERE provider_id = $1 AND category = 'NURSING'`, [w.home.id]);
    stay = await insertStay(t, { providerId: w.home.id, elderId: w.elder.id, admittedAt: cn('2026-04-11 09:00'), governmentSupported: false, requestedBy: w.family.id });
  });
  afterAll(() => t.close());

  const pay = (amountFen: number, method: string, reference: string | null, user = w.staff) =>
    t.gql(RECORD_PAYMENT, { i: { elderId: w.elder.id, providerId: w.home.id, amountFen, method, reference, paidAt: cn('2026-04-20 15:00').toISOString() } }, user.token);

  it('records payments and refunds; the same reference is one payment', async () => {
    const first = expectData(await pay(150_000, 'WECHAT', 'wx-4200001')).recordPayment;
    expect(first).toMatchObject({ amountFen: 150_000, method: 'WECHAT', channel: 'MANUAL' });
    expect(expectData(await pay(150_000, 'WECHAT', 'wx-4200001')).recordPayment.id).toBe(first.id);
    expectError(await pay(99_000, 'WECHAT', 'wx-4200001'), 'CONFLICT', 'PAYMENT_REFERENCE_REUSED');
    expectData(await pay(-5_000, 'CASH', null));
    expectError(await pay(0, 'CASH', null), 'BAD_USER_INPUT');
    expectError(await pay(100, 'CASH', null, w.otherStaff), 'NOT_FOUND');
    expectError(await pay(100, 'CASH', null, w.family), 'FORBIDDEN');
    expectError(await pay(100, 'CASH', null, w.officer), 'FORBIDDEN');
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM elder_payments WHERE elder_id = $1`, [w.elder.id]);
    expect(n).toBe(2);
    await expect(t.db.query(`UPDATE elder_payments SET amount_fen = 1 WHERE id = $1`, [first.id])).rejects.toThrow(/immutable/);
  });

  it('co-pays, bed fees by days at the published price, payments and the balance, exact to the fen', async () => {
    const s = expectData(await t.gql(ELDER_STATEMENT, { e: w.elder.id, m: '2026-04' }, w.family.token)).elderStatement;
    expect(s).toMatchObject({ copayFen: 2_000, bedFeesFen: 200_000, paymentsFen: 145_000, balanceFen: 57_000 });
    expect(s.lines.slice(0, 3).map((l: Record<string, any>) => [l.kind, l.amountFen])).toEqual([
      ['VISIT_COPAY', 1_000],
      ['VISIT_COPAY', 1_000],
      ['BED_FEE', 200_000],
    ]);
    // payments lower the balance, a refund raises it
    expect(s.lines.slice(3).map((l: Record<string, any>) => [l.kind, l.amountFen]).sort()).toEqual([['PAYMENT', -150_000], ['PAYMENT', 5_000]]);
    expect(s.lines.find((l: Record<string, any>) => l.kind === 'BED_FEE')).toMatchObject({ reservationId: stay, days: 20 });
    const march = expectData(await t.gql(ELDER_STATEMENT, { e: w.elder.id, m: '2026-03' }, w.family.token)).elderStatement;
    expect(march).toMatchObject({ copayFen: 1_000, bedFeesFen: 0, paymentsFen: 0, balanceFen: 1_000 });
  });

  it('guardians, the provider\'s staff (their part) and officers in scope read it; nobody else', async () => {
    const otherFamily = await makeUser(t, Role.FAMILY);
    const read = async (token: string) => {
      const res = await t.gql(ELDER_STATEMENT, { e: w.elder.id, m: '2026-04' }, token);
      return res.errors ? res.errors[0].extensions?.code : res.data!.elderStatement.balanceFen;
    };
    expect({
      family: await read(w.family.token),
      staff: await read(w.staff.token),
      officer: await read(w.officer.token),
      otherFamily: await read(otherFamily.token),
      otherStaff: await read(w.otherStaff.token),
      outside: await read(w.outsideOfficer.token),
      caregiver: await read(w.caregiver.token),
    }).toEqual({ family: 57_000, staff: 57_000, officer: 57_000, otherFamily: 'NOT_FOUND', otherStaff: 'NOT_FOUND', outside: 'NOT_FOUND', caregiver: 'FORBIDDEN' });
    // staff see only their own provider's part, whatever they ask for
    const part = expectData(await t.gql(ELDER_STATEMENT, { e: w.elder.id, m: '2026-04', p: w.otherHome.id }, w.staff.token)).elderStatement;
    expect(part.providerId).toBe(w.home.id);
    const none = expectData(await t.gql(ELDER_STATEMENT, { e: w.elder.id, m: '2026-04', p: w.otherHome.id }, w.family.token)).elderStatement;
    expect(none).toMatchObject({ copayFen: 0, bedFeesFen: 0, paymentsFen: 0, balanceFen: 0 });
  });

  it('exports statements, the family statement and the ledger as XLSX and CSV with Chinese headers', async () => {
    const [s] = await generate(t, w.staff, w.home.id, '2026-04');
    const xlsx = expectData(await t.gql(EXPORT_STATEMENT, { id: s.id, f: 'XLSX' }, w.officer.token)).settlementStatementExport;
    expect(xlsx.contentType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(xlsx.fileName).toMatch(/^结算单-2026-04-CITY-.*\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(xlsx.contentBase64, 'base64') as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    expect((sheet.getRow(1).values as unknown[]).slice(1, 7)).toEqual(['序号', '类型', '状态', '暂扣原因', '金额（元）', '金额（分）']);
    expect(sheet.rowCount).toBe(1 + s.lines.length + 1);
    expect((sheet.getRow(3).values as unknown[]).slice(2, 5)).toEqual(['居家上门服务', '暂扣', '签到超出范围']);
    const csv = expectData(await t.gql(EXPORT_STATEMENT, { id: s.id, f: 'CSV' }, w.staff.token)).settlementStatementExport;
    const text = Buffer.from(csv.contentBase64, 'base64').toString('utf8');
    expect(text.startsWith('\uFEFF序号,类型,状态,暂扣原因,金额（元）,金额（分）')).toBe(true);
    expect(text.trimEnd().split('\r\n').at(-1)).toMatch(/^合计,,,,40\.00,4000,/); // the held line counts in no total
    expectError(await t.gql(EXPORT_STATEMENT, { id: s.id, f: 'CSV' }, w.otherStaff.token), 'NOT_FOUND');

    const elderCsv = Buffer.from(
      expectData(await t.gql(EXPORT_ELDER, { e: w.elder.id, m: '2026-04', f: 'CSV' }, w.family.token)).elderStatementExport.contentBase64,
      'base64',
    ).toString('utf8');
    expect(elderCsv.split('\r\n')[0]).toBe('\uFEFF时间,项目,说明,天数,金额（元）,金额（分）,服务机构');
    expect(elderCsv).toContain(',应缴余额,,,570.00,57000,');

    const held = s.lines.find((l: Record<string, any>) => l.status === 'HELD');
    expectData(await t.gql(SUBMIT, { id: s.id }, w.staff.token));
    expectData(await t.gql(DECIDE, { l: held.id, a: true, n: '核实' }, w.officer.token));
    expectData(await t.gql(APPROVE, { id: s.id }, w.officer.token));
    const ledger = expectData(await t.gql(EXPORT_LEDGER, { r: '3708', a: '2026-04', b: '2026-04', f: 'XLSX' }, w.officer.token)).settlementLedgerExport;
    const lbook = new ExcelJS.Workbook();
    await lbook.xlsx.load(Buffer.from(ledger.contentBase64, 'base64') as unknown as ArrayBuffer);
    const rows = lbook.worksheets[0].getSheetValues().filter(Boolean).map((r) => (r as unknown[]).slice(1));
    expect(rows[0]).toEqual(['月份', '资金来源', '服务机构', '金额（元）', '金额（分）']);
    expect(rows.at(-1)).toEqual(['合计', '', '', '80.00', 8_000]);
  });
});
