import { Role } from '../../src/core/domain/enums.js';
import { expectData, expectError, linkElderToProvider, makeElder, makeProvider, makeUser, type TestUser } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const RECORD = `mutation($input: CapabilityAssessmentInput!) {
  recordCapabilityAssessment(input: $input) {
    id elderId totalScore dimensionScores { selfCare mobility mentalState perceptionSocial }
    itemScores { selfCare mobility mentalState perceptionSocial }
    scoreLevel finalLevel adjustments coma dementiaDiagnosed careRiskEventsLast30Days assessedAt nextAssessmentDue
    assessor { id role displayName providerId } } }`;
const ELDER = `query($id: ID!) { elder(id: $id) { id careLevel nextAssessmentDue
  latestAssessment { id totalScore scoreLevel finalLevel }
  assessments { id finalLevel assessedAt } } }`;
const ONE = `query($id: ID!) { capabilityAssessment(id: $id) { id totalScore } }`;

/** A full-marks vector (90 points) with `drop` points taken off, item by item in order. */
function vectors(drop = 0) {
  const v = { selfCare: [4, 4, 4, 4, 4, 4, 4, 4], mobility: [4, 4, 4, 3], mentalState: [4, 4, 4, 4, 4, 4, 1, 1, 2], perceptionSocial: [2, 2, 4, 3, 4] };
  let left = drop;
  for (const items of [v.selfCare, v.mobility, v.mentalState, v.perceptionSocial]) {
    for (let i = 0; i < items.length && left > 0; i++) {
      const take = Math.min(items[i], left);
      items[i] -= take;
      left -= take;
    }
  }
  return v;
}

describe('capability assessment (GB/T 42195) through GraphQL', () => {
  let t: TestApp;
  let family: TestUser;
  let officer: TestUser;
  let farOfficer: TestUser;
  let staff: TestUser;
  let otherStaff: TestUser;
  let admin: TestUser;
  let providerId: string;

  beforeAll(async () => {
    t = await startTestApp();
    family = await makeUser(t, Role.FAMILY);
    officer = await makeUser(t, Role.CIVIL_AFFAIRS, { regionScope: '3708' });
    farOfficer = await makeUser(t, Role.CIVIL_AFFAIRS, { regionScope: '1101' });
    admin = await makeUser(t, Role.ADMIN);
    providerId = (await makeProvider(t)).id;
    staff = await makeUser(t, Role.PROVIDER_STAFF, { providerId });
    otherStaff = await makeUser(t, Role.PROVIDER_STAFF, { providerId: (await makeProvider(t)).id });
  });
  afterAll(() => t.close());

  it('an officer in scope records one: totals, both levels, adjustments, assessor, next due; the elder takes the final level', async () => {
    const elder = await makeElder(t, family);
    const res = expectData(
      await t.gql(
        RECORD,
        { input: { elderId: elder.id, ...vectors(20), dementiaDiagnosed: true, assessedAt: '2026-03-15T02:00:00Z' } },
        officer.token,
      ),
    ).recordCapabilityAssessment;
    expect(res).toMatchObject({
      totalScore: 70,
      dimensionScores: { selfCare: 12, mobility: 15, mentalState: 28, perceptionSocial: 15 },
      scoreLevel: 'MILD',
      finalLevel: 'MODERATE',
      adjustments: ['MENTAL_DISORDER'],
      dementiaDiagnosed: true,
      coma: false,
      careRiskEventsLast30Days: 0,
      assessedAt: '2026-03-15T02:00:00.000Z',
      nextAssessmentDue: '2027-03-15T02:00:00.000Z',
      assessor: { id: officer.id, role: 'CIVIL_AFFAIRS', providerId: null },
    });
    expect(res.itemScores.selfCare).toEqual(vectors(20).selfCare);
    const e = expectData(await t.gql(ELDER, { id: elder.id }, family.token)).elder;
    expect(e.careLevel).toBe('MODERATE');
    expect(e.latestAssessment).toMatchObject({ id: res.id, totalScore: 70, scoreLevel: 'MILD', finalLevel: 'MODERATE' });
    expect(e.nextAssessmentDue).toBe('2027-03-15T02:00:00.000Z');
  });

  it('refuses bad vectors with ASSESSMENT_INVALID naming each bad item', async () => {
    const elder = await makeElder(t, family);
    const v = vectors();
    const bad = await t.gql(
      RECORD,
      { input: { elderId: elder.id, ...v, mentalState: [4, 4, 4, 4, 4, 4, 2, 1, 2], mobility: [4, 4, 4, 4], selfCare: [4, 4, 4, 4, 4, 4, 4] } },
      officer.token,
    );
    const error = expectError(bad, 'BAD_USER_INPUT', 'ASSESSMENT_INVALID');
    expect(error.extensions!.fields!.map((f) => f.path)).toEqual(['input.selfCare', 'input.mobility[3]', 'input.mentalState[6]']);
    const negative = await t.gql(RECORD, { input: { elderId: elder.id, ...v, perceptionSocial: [-1, 2, 4, 3, 4] } }, officer.token);
    expect(expectError(negative, 'BAD_USER_INPUT', 'ASSESSMENT_INVALID').extensions!.fields!.map((f) => f.path)).toEqual([
      'input.perceptionSocial[0]',
    ]);
    const future = await t.gql(RECORD, { input: { elderId: elder.id, ...v, assessedAt: '2999-01-01T00:00:00Z' } }, officer.token);
    expect(expectError(future, 'BAD_USER_INPUT').extensions!.fields!.map((f) => f.path)).toEqual(['input.assessedAt']);
    const [{ count }] = await t.db.query(`SELECT count(*)::int AS count FROM capability_assessments WHERE elder_id = $1`, [elder.id]);
    expect(count).toBe(0);
  });

  it('coma and care-risk events are applied; the level never goes beyond TOTAL', async () => {
    const elder = await makeElder(t, family);
    const coma = expectData(await t.gql(RECORD, { input: { elderId: elder.id, ...vectors(), coma: true } }, officer.token)).recordCapabilityAssessment;
    expect([coma.scoreLevel, coma.finalLevel, coma.adjustments]).toEqual(['INTACT', 'TOTAL', ['COMA']]);
    const both = expectData(
      await t.gql(RECORD, { input: { elderId: elder.id, ...vectors(32), otherMentalDisorderDiagnosed: true, careRiskEventsLast30Days: 2 } }, officer.token),
    ).recordCapabilityAssessment;
    expect([both.totalScore, both.scoreLevel, both.finalLevel]).toEqual([58, 'MODERATE', 'TOTAL']);
  });

  it('keeps the history; the latest by assessment time is the elder\'s level, even when recorded out of order', async () => {
    const elder = await makeElder(t, family);
    const newer = expectData(
      await t.gql(RECORD, { input: { elderId: elder.id, ...vectors(61), assessedAt: '2026-05-01T00:00:00Z' } }, officer.token),
    ).recordCapabilityAssessment;
    expectData(await t.gql(RECORD, { input: { elderId: elder.id, ...vectors(0), assessedAt: '2026-01-01T00:00:00Z' } }, officer.token));
    const e = expectData(await t.gql(ELDER, { id: elder.id }, officer.token)).elder;
    expect(e.careLevel).toBe('TOTAL');
    expect(e.latestAssessment.id).toBe(newer.id);
    expect(e.assessments.map((a: any) => a.assessedAt)).toEqual(['2026-05-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z']);
  });

  it('two assessments recorded at once: the later-dated one wins whatever the commit order', async () => {
    const elder = await makeElder(t, family);
    const times = ['2026-02-01T00:00:00Z', '2026-04-01T00:00:00Z', '2026-03-01T00:00:00Z', '2026-01-01T00:00:00Z'];
    const results = await Promise.all(
      times.map((assessedAt, i) => t.gql(RECORD, { input: { elderId: elder.id, ...vectors(i * 20), assessedAt } }, officer.token)),
    );
    results.forEach((r) => expectData(r));
    const [row] = await t.db.query(
      `SELECT e.care_level, a.assessed_at FROM elders e JOIN capability_assessments a ON a.id = e.latest_assessment_id WHERE e.id = $1`,
      [elder.id],
    );
    expect(row.assessed_at.toISOString()).toBe('2026-04-01T00:00:00.000Z');
    expect(row.care_level).toBe('MILD'); // the 2026-04-01 assessment scored 70
  });

  it('who may assess: officers in scope and staff of a linked provider; others get NOT_FOUND', async () => {
    const elder = await makeElder(t, family);
    const input = { elderId: elder.id, ...vectors() };
    expectError(await t.gql(RECORD, { input }, farOfficer.token), 'NOT_FOUND');
    expectError(await t.gql(RECORD, { input }, staff.token), 'NOT_FOUND');
    expectError(await t.gql(RECORD, { input }, family.token), 'FORBIDDEN');
    expectError(await t.gql(RECORD, { input }, admin.token), 'FORBIDDEN');
    await linkElderToProvider(t, elder.id, providerId);
    const byStaff = expectData(await t.gql(RECORD, { input }, staff.token)).recordCapabilityAssessment;
    expect(byStaff.assessor).toMatchObject({ id: staff.id, role: 'PROVIDER_STAFF', providerId });
    expectError(await t.gql(RECORD, { input }, otherStaff.token), 'NOT_FOUND');
    // Reading the assessment follows the elder's visibility.
    expect(expectData(await t.gql(ONE, { id: byStaff.id }, family.token)).capabilityAssessment.id).toBe(byStaff.id);
    expectError(await t.gql(ONE, { id: byStaff.id }, otherStaff.token), 'NOT_FOUND');
    expectError(await t.gql(ONE, { id: byStaff.id }, farOfficer.token), 'NOT_FOUND');
  });
});
