import { expectData, expectError, makeElder } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { cn, generate, insertGrade, insertStay, insertVisit, moneyWorld, type MoneyWorld } from './settlement.fixtures.js';

const RULES = `query($r: String!) { settlementRules(regionCode: $r) { regionCode supportRates { careLevel monthlyFen } homeBedMonthlySubsidyFen shortVisitShareBp maxTravelKmh institutionalSupportFundingSource homeBedFundingSource } }`;
const SET_RULES = `mutation($p: String!, $i: SettlementRulesInput!) { setSettlementRules(regionPrefix: $p, input: $i) { regionCode shortVisitShareBp supportRates { careLevel monthlyFen } institutionalSupportFundingSource } }`;

describe('settlement: regional numbers through the settings', () => {
  let t: TestApp;
  let w: MoneyWorld;
  let visit: string;

  beforeAll(async () => {
    t = await startTestApp();
    w = await moneyWorld(t);
    visit = await insertVisit(t, {
      providerId: w.home.id, elderId: w.elder.id, caregiverId: w.caregiver.id, bookedBy: w.family.id,
      startsAt: cn('2026-04-02 09:00'), checkedOutAt: cn('2026-04-02 09:25'),
    });
    const supported = await makeElder(t, w.officer, { categories: ['EXTREME_POVERTY'] });
    await t.db.query(`UPDATE elders SET care_level = 'SEVERE' WHERE id = $1`, [supported.id]);
    await insertStay(t, { providerId: w.home.id, elderId: supported.id, admittedAt: cn('2026-03-01 09:00'), governmentSupported: true, requestedBy: w.officer.id });
  });
  afterAll(() => t.close());

  it('defaults, then an officer\'s override for the county changes the next generation', async () => {
    const defaults = expectData(await t.gql(RULES, { r: '370811' }, w.family.token)).settlementRules;
    expect(defaults).toMatchObject({ shortVisitShareBp: 5_000, maxTravelKmh: 60, homeBedMonthlySubsidyFen: 30_000, institutionalSupportFundingSource: 'CITY' });
    expect(defaults.supportRates).toContainEqual({ careLevel: 'SEVERE', monthlyFen: 150_000 });
    const [before] = await generate(t, w.staff, w.home.id, '2026-04');
    expect(before.lines.map((l: Record<string, any>) => [l.kind, l.amountFen, l.holdReasons])).toEqual([
      ['HOME_CARE_VISIT', 4_000, ['SHORT_VISIT']],
      ['INSTITUTIONAL_SUPPORT', 150_000, []],
    ]);
    const set = expectData(await t.gql(SET_RULES, { p: '370811', i: { shortVisitShareBp: 4_000, supportRates: [{ careLevel: 'SEVERE', monthlyFen: 160_000 }] } }, w.officer.token)).setSettlementRules;
    expect(set.shortVisitShareBp).toBe(4_000);
    // a second change keeps the first
    expectData(await t.gql(SET_RULES, { p: '370811', i: { institutionalSupportFundingSource: 'DISTRICT' } }, w.officer.token));
    const after = await generate(t, w.staff, w.home.id, '2026-04');
    const lines = after.flatMap((s) => s.lines.map((l: Record<string, any>) => [s.fundingSource, l.kind, l.amountFen, l.holdReasons]));
    expect(lines).toEqual([
      ['CITY', 'HOME_CARE_VISIT', 4_000, []],
      ['DISTRICT', 'INSTITUTIONAL_SUPPORT', 160_000, []],
    ]);
    expect(after.find((s) => s.lines.some((l: Record<string, any>) => l.orderId === visit))!.totalFen).toBe(4_000);
    // other counties keep the defaults
    expect(expectData(await t.gql(RULES, { r: '370812' }, w.family.token)).settlementRules.shortVisitShareBp).toBe(5_000);
  });

  it('a grade tier\'s funding source decides the statement its star subsidy goes to', async () => {
    const TIERS = `mutation($k: ProviderKind!, $t: [RatingSubsidyTierInput!]!, $p: String!) {
      setRatingSubsidyTiers(kind: $k, tiers: $t, regionPrefix: $p) { stars perOccupiedBedMonthlyFen fundingSource } }`;
    const set = expectData(await t.gql(TIERS, { k: 'NURSING_HOME', p: '370811', t: [{ stars: 4, perOccupiedBedMonthlyFen: 30_000, flatMonthlyFen: 0, fundingSource: 'STREET' }] }, w.admin.token));
    expect(set.setRatingSubsidyTiers).toEqual([{ stars: 4, perOccupiedBedMonthlyFen: 30_000, fundingSource: 'STREET' }]);
    await insertGrade(t, w.home.id, 4, cn('2026-05-01 00:00'), cn('2029-05-01 00:00'), w.officer.id);
    const may = await generate(t, w.staff, w.home.id, '2026-05');
    const street = may.find((s) => s.fundingSource === 'STREET')!;
    // one supported resident all May (31 days): 31 bed-days × 30,000 / 31
    expect(street.lines.map((l: Record<string, any>) => [l.kind, l.amountFen, l.days])).toEqual([['STAR_SUBSIDY', 30_000, 31]]);
  });

  it('only admins and officers in scope set them', async () => {
    expectError(await t.gql(SET_RULES, { p: '370811', i: { maxTravelKmh: 80 } }, w.outsideOfficer.token), 'BAD_USER_INPUT');
    expectError(await t.gql(SET_RULES, { p: '', i: { maxTravelKmh: 80 } }, w.officer.token), 'BAD_USER_INPUT');
    expectError(await t.gql(SET_RULES, { p: '370811', i: { maxTravelKmh: 80 } }, w.staff.token), 'FORBIDDEN');
    expectError(await t.gql(SET_RULES, { p: '370811', i: { shortVisitShareBp: 20_000 } }, w.admin.token), 'BAD_USER_INPUT');
    expect(expectData(await t.gql(SET_RULES, { p: '', i: { maxTravelKmh: 80 } }, w.admin.token)).setSettlementRules).toBeDefined();
  });
});

describe('settlement: the schema documents itself (the schema is sorted, so enum values are compared sorted)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('every settlement type, field, argument, input field and enum value has a description', async () => {
    const res = await t.gql(`{ __schema {
      types { name description fields { name description args { name description } } inputFields { name description } enumValues { name description } }
      queryType { fields { name description args { name description } } }
      mutationType { fields { name description args { name description } } } } }`);
    const schema = expectData(res).__schema;
    const ours = /^(Settlement|Ledger|ElderStatement|Payment|EvidenceCheck|RecordPaymentInput|SupportRate|ExportFormat)/;
    const ops = new Set(['settlementStatement', 'settlementStatements', 'settlementLedger', 'elderStatement', 'verifyVisitEvidence',
      'settlementStatementExport', 'elderStatementExport', 'settlementLedgerExport', 'settlementRules', 'generateSettlement',
      'decideSettlementLine', 'submitSettlement', 'approveSettlement', 'rejectSettlement', 'markSettlementPaid', 'addSettlementAdjustment',
      'recordPayment', 'setSettlementRules']);
    const missing: string[] = [];
    const blank = (d: string | null) => !d || !d.trim();
    for (const type of schema.types.filter((x: Record<string, any>) => ours.test(x.name))) {
      if (blank(type.description)) missing.push(type.name);
      for (const f of type.fields ?? []) {
        if (blank(f.description)) missing.push(`${type.name}.${f.name}`);
        for (const a of f.args) if (blank(a.description)) missing.push(`${type.name}.${f.name}(${a.name})`);
      }
      for (const f of type.inputFields ?? []) if (blank(f.description)) missing.push(`${type.name}.${f.name}`);
      for (const v of type.enumValues ?? []) if (blank(v.description)) missing.push(`${type.name}.${v.name}`);
    }
    for (const root of [schema.queryType, schema.mutationType]) {
      for (const f of root.fields.filter((x: Record<string, any>) => ops.has(x.name))) {
        if (blank(f.description)) missing.push(f.name);
        for (const a of f.args) if (blank(a.description)) missing.push(`${f.name}(${a.name})`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('has the names the clients rely on', async () => {
    const types = expectData(await t.gql(`{ __schema { types { name enumValues { name } } } }`)).__schema.types as Array<{ name: string; enumValues: Array<{ name: string }> | null }>;
    const byName = new Map(types.map((x) => [x.name, x]));
    for (const name of ['SettlementStatement', 'SettlementLine', 'SettlementEvent', 'SettlementStatementConnection', 'SettlementFilter', 'SettlementLedger',
      'ElderStatement', 'EvidenceCheck', 'Payment', 'RecordPaymentInput']) {
      expect([name, byName.has(name)]).toEqual([name, true]);
    }
    const values = (name: string) => byName.get(name)!.enumValues!.map((v) => v.name).sort();
    expect(values('SettlementStatus')).toEqual(['DRAFT', 'SUBMITTED', 'APPROVED', 'PAID'].sort());
    expect(values('SettlementLineStatus')).toEqual(['INCLUDED', 'HELD', 'REJECTED'].sort());
    expect(values('SettlementHoldReason')).toEqual(['CHECK_IN_FLAGGED', 'CHECK_OUT_FLAGGED', 'CHECK_MISSING', 'SHORT_VISIT', 'IMPOSSIBLE_TRAVEL', 'OVERLAPPING_VISITS', 'CHECKED_OUT_BEFORE_START'].sort());
    expect(values('PaymentMethod')).toEqual(['CASH', 'WECHAT', 'ALIPAY', 'BANK', 'OTHER'].sort());
  });
});
