import { Role } from '../../src/core/domain/enums.js';
import { expectData, expectError, makeProvider, makeUser, setCapacity, type TestUser } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const A = `id status providerId rubricVersion totalPoints scoreStars stars failedPrerequisites validUntil publishedAt supersededAt
  isCurrent expired unscoredItemCodes
  facts { caregiverCount fullyDependentResidentCount roomCount roomsWithOwnBathroomCount occupiedBeds totalBeds }
  failedPrerequisiteDetails { star code required actual met }`;
const RUBRIC = `query($kind: ProviderKind!, $version: Int) { ratingRubric(kind: $kind, version: $version) { id version kind maxPoints starThresholds
  sections { code title titleEn maxPoints items { code title titleEn maxPoints } } prerequisites { star code value description } } }`;
const START = `mutation($providerId: ID!, $facts: RatingFactsInput) { startRatingAssessment(providerId: $providerId, facts: $facts) { ${A} } }`;
const FACTS = `mutation($id: ID!, $facts: RatingFactsInput!) { recordRatingFacts(assessmentId: $id, facts: $facts) { ${A} } }`;
const SCORE = `mutation($id: ID!, $scores: [RatingItemScoreInput!]!) { scoreRatingItems(assessmentId: $id, scores: $scores) { ${A} scores { itemCode points note } } }`;
const FINALIZE = `mutation($id: ID!) { finalizeRatingAssessment(assessmentId: $id) { ${A} } }`;
const GET = `query($id: ID!) { ratingAssessment(id: $id) { ${A} provider { id name } events { at action actorId actorRole fromStatus toStatus changes { field before after } } } }`;
const HISTORY = `query($filter: RatingAssessmentFilter, $first: Int) { ratingAssessments(filter: $filter, first: $first) { totalCount
  nodes { id status stars rubricVersion provider { id } } } }`;
const PROVIDER = `query($id: ID!) { provider(id: $id) { id currentRating { stars validUntil assessmentId }
  ratingSubsidy { stars occupiedBeds monthlySubsidyFen tier { stars regionPrefix perOccupiedBedMonthlyFen flatMonthlyFen } } } }`;
const MIN_STARS = `query($min: Int!) { providers(filter: { minStars: $min, regionCode: "3708" }, first: 100) { nodes { id } } }`;
const PUBLISH = `mutation($input: PublishRatingRubricInput!) { publishRatingRubric(input: $input) { id version kind maxPoints starThresholds } }`;
const SET_TIERS = `mutation($kind: ProviderKind!, $regionPrefix: String, $tiers: [RatingSubsidyTierInput!]!) {
  setRatingSubsidyTiers(kind: $kind, regionPrefix: $regionPrefix, tiers: $tiers) { kind stars regionPrefix perOccupiedBedMonthlyFen } }`;

/** Facts that meet every default 5★ prerequisite of a nursing home. */
const GOOD_FACTS = { caregiverCount: 10, fullyDependentResidentCount: 40, roomCount: 100, roomsWithOwnBathroomCount: 95 };

type Item = { code: string; maxPoints: number };

/** Scores every item so that they add up to `total`: all at maximum, then points taken off from the first items. */
function scoresFor(items: Item[], total: number) {
  let deficit = items.reduce((s, i) => s + i.maxPoints, 0) - total;
  return items.map((i) => {
    const cut = Math.min(i.maxPoints, deficit);
    deficit -= cut;
    return { itemCode: i.code, points: i.maxPoints - cut };
  });
}

describe('star ratings of facilities', () => {
  let t: TestApp;
  let admin: TestUser;
  let officer: TestUser;
  let officer2: TestUser;
  let outsider: TestUser;
  let family: TestUser;
  const items: Record<string, Item[]> = {};

  beforeAll(async () => {
    t = await startTestApp();
    admin = await makeUser(t, Role.ADMIN);
    officer = await makeUser(t, Role.CIVIL_AFFAIRS, { regionScope: '3708' });
    officer2 = await makeUser(t, Role.CIVIL_AFFAIRS, { regionScope: '370811' });
    outsider = await makeUser(t, Role.CIVIL_AFFAIRS, { regionScope: '1101' });
    family = await makeUser(t, Role.FAMILY);
    for (const kind of ['NURSING_HOME', 'DAY_CARE_CENTRE']) {
      const r = expectData(await t.gql(RUBRIC, { kind })).ratingRubric;
      items[kind] = r.sections.flatMap((s: { items: Item[] }) => s.items);
    }
  });
  afterAll(() => t.close());

  /** A nursing home with 100 beds, `occupied` of them occupied (live capacity). */
  async function nursingHome(occupied = 50) {
    const p = await makeProvider(t, { kind: 'NURSING_HOME' });
    await setCapacity(t, p.id, 'SELF_CARE', 60, Math.min(occupied, 60));
    await setCapacity(t, p.id, 'NURSING', 40, Math.max(0, occupied - 60));
    return p;
  }

  /** Starts, scores to `total` and finalizes; returns the published assessment. */
  async function grade(providerId: string, total: number, facts: Record<string, number> = GOOD_FACTS, kind = 'NURSING_HOME') {
    const draft = expectData(await t.gql(START, { providerId, facts }, officer.token)).startRatingAssessment;
    expectData(await t.gql(SCORE, { id: draft.id, scores: scoresFor(items[kind], total) }, officer.token));
    return expectData(await t.gql(FINALIZE, { id: draft.id }, officer.token)).finalizeRatingAssessment;
  }

  describe('rubrics', () => {
    it('serves the default nursing-home rubric: 1,000 points in four sections, default thresholds and prerequisites', async () => {
      const r = expectData(await t.gql(RUBRIC, { kind: 'NURSING_HOME' })).ratingRubric;
      expect(r).toMatchObject({ version: 1, kind: 'NURSING_HOME', maxPoints: 1000, starThresholds: [600, 700, 800, 880, 940] });
      expect(r.sections.map((s: { code: string; maxPoints: number }) => [s.code, s.maxPoints])).toEqual([
        ['SAFETY', 300],
        ['SERVICE', 350],
        ['MANAGEMENT', 200],
        ['FACILITIES', 150],
      ]);
      expect(r.sections[0].items[0]).toMatchObject({ code: 'S01', title: '消防安全验收与消防设施', maxPoints: 50 });
      expect(r.prerequisites).toContainEqual({ star: 3, code: 'OWN_BATHROOM_SHARE', value: 50, description: 'rooms with own bathroom at least 50%' });
      expect(r.prerequisites).toHaveLength(13);
    });

    it('serves 500-point rubrics with rescaled thresholds to community facilities', async () => {
      for (const kind of ['DAY_CARE_CENTRE', 'RURAL_HAPPINESS_HOME']) {
        const r = expectData(await t.gql(RUBRIC, { kind })).ratingRubric;
        expect(r).toMatchObject({ maxPoints: 500, starThresholds: [300, 350, 400, 440, 470], prerequisites: [] });
      }
    });

    it('has no rubric for home-care agencies, so they cannot be graded', async () => {
      expectError(await t.gql(RUBRIC, { kind: 'HOME_CARE_AGENCY' }), 'NOT_FOUND');
      const agency = await makeProvider(t, { kind: 'HOME_CARE_AGENCY' });
      expectError(await t.gql(START, { providerId: agency.id }, officer.token), 'BAD_USER_INPUT', 'RATING_RUBRIC_MISSING');
    });
  });

  describe('authorization', () => {
    let provider: { id: string };
    let draftId: string;
    let staff: TestUser;
    let caregiver: TestUser;

    beforeAll(async () => {
      provider = await nursingHome();
      staff = await makeUser(t, Role.PROVIDER_STAFF, { providerId: provider.id });
      caregiver = await makeUser(t, Role.CAREGIVER, { providerId: provider.id });
      draftId = expectData(await t.gql(START, { providerId: provider.id }, officer.token)).startRatingAssessment.id;
    });

    it('lets no one but an officer start, score, give facts or finalize (role check)', async () => {
      for (const who of [family, staff, caregiver, admin]) {
        expectError(await t.gql(START, { providerId: provider.id }, who.token), 'FORBIDDEN');
        expectError(await t.gql(SCORE, { id: draftId, scores: [{ itemCode: 'S01', points: 1 }] }, who.token), 'FORBIDDEN');
        expectError(await t.gql(FACTS, { id: draftId, facts: { roomCount: 1 } }, who.token), 'FORBIDDEN');
        expectError(await t.gql(FINALIZE, { id: draftId }, who.token), 'FORBIDDEN');
      }
      expectError(await t.gql(START, { providerId: provider.id }), 'UNAUTHENTICATED');
    });

    it('treats a provider or assessment outside the officer\'s scope as not found', async () => {
      expectError(await t.gql(START, { providerId: provider.id }, outsider.token), 'NOT_FOUND');
      expectError(await t.gql(SCORE, { id: draftId, scores: [{ itemCode: 'S01', points: 1 }] }, outsider.token), 'NOT_FOUND');
      expectError(await t.gql(FACTS, { id: draftId, facts: { roomCount: 1 } }, outsider.token), 'NOT_FOUND');
      expectError(await t.gql(FINALIZE, { id: draftId }, outsider.token), 'NOT_FOUND');
      expectError(await t.gql(FINALIZE, { id: 'not-a-uuid' }, officer.token), 'BAD_USER_INPUT');
      expect(expectData(await t.gql(GET, { id: draftId }, outsider.token)).ratingAssessment).toBeNull();
    });

    it('changed nothing on any refused call', async () => {
      const [{ count }] = await t.db.query(`SELECT count(*)::int AS count FROM rating_item_scores WHERE assessment_id = $1`, [draftId]);
      expect(count).toBe(0);
      const rows = await t.db.query(`SELECT room_count FROM rating_assessments WHERE provider_id = $1`, [provider.id]);
      expect(rows).toEqual([{ room_count: null }]);
    });

    it('lets any officer whose scope covers the provider work on the draft', async () => {
      const data = expectData(await t.gql(SCORE, { id: draftId, scores: [{ itemCode: 'S01', points: 40 }] }, officer2.token));
      expect(data.scoreRatingItems.totalPoints).toBe(40);
    });

    it('hides drafts from the provider\'s staff and families', async () => {
      expect(expectData(await t.gql(GET, { id: draftId }, staff.token)).ratingAssessment).toBeNull();
      expect(expectData(await t.gql(HISTORY, { filter: { providerId: provider.id } }, staff.token)).ratingAssessments.totalCount).toBe(0);
      expectError(await t.gql(GET, { id: draftId }, family.token), 'FORBIDDEN');
      expectError(await t.gql(HISTORY, {}, family.token), 'FORBIDDEN');
      expect(expectData(await t.gql(HISTORY, { filter: { providerId: provider.id } }, outsider.token)).ratingAssessments.totalCount).toBe(0);
    });

    it('refuses rubric and subsidy configuration to everyone but an admin', async () => {
      for (const who of [officer, staff, family]) {
        expectError(await t.gql(PUBLISH, { input: { kind: 'DAY_CARE_CENTRE', sections: [] } }, who.token), 'FORBIDDEN');
        expectError(await t.gql(SET_TIERS, { kind: 'NURSING_HOME', tiers: [] }, who.token), 'FORBIDDEN');
      }
    });
  });

  describe('workflow', () => {
    it('starts a DRAFT on the current rubric, scores repeatedly, names bad items, then publishes a capped grade', async () => {
      const p = await nursingHome(50);
      const draft = expectData(
        await t.gql(START, { providerId: p.id, facts: { caregiverCount: 10, fullyDependentResidentCount: 40 } }, officer.token),
      ).startRatingAssessment;
      expect(draft).toMatchObject({ status: 'DRAFT', rubricVersion: 1, totalPoints: 0, stars: null, failedPrerequisites: [], validUntil: null });
      expect(draft.unscoredItemCodes).toHaveLength(31);

      let res = await t.gql(SCORE, { id: draft.id, scores: [{ itemCode: 'S01', points: 30, note: '消防验收合格' }, { itemCode: 'S08', points: 20 }] }, officer.token);
      expect(expectData(res).scoreRatingItems).toMatchObject({ totalPoints: 50 });
      res = await t.gql(SCORE, { id: draft.id, scores: [{ itemCode: 'S01', points: 45.5 }] }, officer.token);
      expect(expectData(res).scoreRatingItems.totalPoints).toBe(65.5);
      expect(expectData(res).scoreRatingItems.scores).toContainEqual({ itemCode: 'S01', points: 45.5, note: null });

      const bad = expectError(
        await t.gql(SCORE, { id: draft.id, scores: [{ itemCode: 'S02', points: 10 }, { itemCode: 'S08', points: 21 }, { itemCode: 'X99', points: 1 }] }, officer.token),
        'BAD_USER_INPUT',
        'ASSESSMENT_INVALID',
      );
      expect(bad.extensions!.fields).toEqual([
        { path: 'scores[1].points', message: expect.stringContaining('S08') },
        { path: 'scores[2].itemCode', message: expect.stringContaining('X99') },
      ]);
      const negative = expectError(await t.gql(SCORE, { id: draft.id, scores: [{ itemCode: 'F06', points: -1 }] }, officer.token), 'BAD_USER_INPUT', 'ASSESSMENT_INVALID');
      expect(negative.message).toContain('F06');
      const [{ count }] = await t.db.query(`SELECT count(*)::int AS count FROM rating_item_scores WHERE assessment_id = $1`, [draft.id]);
      expect(count).toBe(2);

      const incomplete = expectError(await t.gql(FINALIZE, { id: draft.id }, officer.token), 'BAD_USER_INPUT', 'ASSESSMENT_INVALID');
      const paths = incomplete.extensions!.fields!.map((f) => f.path);
      expect(paths).toContain('items.S02');
      expect(paths).not.toContain('items.S01');
      expect(paths).toEqual(expect.arrayContaining(['facts.roomCount', 'facts.roomsWithOwnBathroomCount']));

      // 950 points earn 5★ but only 55% of rooms have their own bathroom: 3★ (needs 50%), not 4★ (60%) or 5★ (90%).
      expectData(await t.gql(SCORE, { id: draft.id, scores: scoresFor(items.NURSING_HOME, 950) }, officer.token));
      const rooms = expectError(await t.gql(FACTS, { id: draft.id, facts: { roomCount: 10, roomsWithOwnBathroomCount: 11 } }, officer.token), 'BAD_USER_INPUT');
      expect(rooms.extensions!.fields).toEqual([{ path: 'facts.roomsWithOwnBathroomCount', message: 'cannot exceed roomCount' }]);
      expectData(await t.gql(FACTS, { id: draft.id, facts: { roomCount: 100, roomsWithOwnBathroomCount: 55 } }, officer.token));
      const before = Date.now();
      const published = expectData(await t.gql(FINALIZE, { id: draft.id }, officer.token)).finalizeRatingAssessment;
      expect(published).toMatchObject({
        status: 'PUBLISHED',
        totalPoints: 950,
        scoreStars: 5,
        stars: 3,
        failedPrerequisites: ['OWN_BATHROOM_SHARE'],
        isCurrent: true,
        expired: false,
        unscoredItemCodes: [],
        facts: { caregiverCount: 10, fullyDependentResidentCount: 40, roomCount: 100, roomsWithOwnBathroomCount: 55, occupiedBeds: 50, totalBeds: 100 },
      });
      expect(published.failedPrerequisiteDetails).toEqual([
        { star: 4, code: 'OWN_BATHROOM_SHARE', required: 60, actual: 55, met: false },
        { star: 5, code: 'OWN_BATHROOM_SHARE', required: 90, actual: 55, met: false },
      ]);
      const years = (new Date(published.validUntil).getTime() - new Date(published.publishedAt).getTime()) / (365.25 * 86400000);
      expect(years).toBeCloseTo(3, 1);
      expect(new Date(published.publishedAt).getTime()).toBeGreaterThanOrEqual(before - 5000);

      const provider = expectData(await t.gql(PROVIDER, { id: p.id })).provider;
      expect(provider.currentRating).toEqual({ stars: 3, validUntil: published.validUntil, assessmentId: draft.id });
      // default tier: 3★ nursing home 150 yuan per occupied bed per month, 50 beds occupied
      expect(provider.ratingSubsidy).toMatchObject({ stars: 3, occupiedBeds: 50, monthlySubsidyFen: 750000, tier: { perOccupiedBedMonthlyFen: 15000 } });
      const ids = (min: number) => t.gql(MIN_STARS, { min }).then((r) => expectData(r).providers.nodes.map((n: { id: string }) => n.id));
      expect(await ids(3)).toContain(p.id);
      expect(await ids(4)).not.toContain(p.id);

      const trail = expectData(await t.gql(GET, { id: draft.id }, officer.token)).ratingAssessment.events;
      expect(trail.map((e: { action: string }) => e.action)).toEqual(['START', 'SCORE', 'SCORE', 'SCORE', 'RECORD_FACTS', 'FINALIZE']);
      expect(trail.every((e: { actorId: string; actorRole: string }) => e.actorId === officer.id && e.actorRole === 'CIVIL_AFFAIRS')).toBe(true);
      expect(trail[2].changes).toEqual([{ field: 'item.S01', before: '30', after: '45.5' }]);
      expect(trail[5]).toMatchObject({ fromStatus: 'DRAFT', toStatus: 'PUBLISHED' });
      expect(trail[5].changes).toContainEqual({ field: 'stars', before: null, after: '3' });
    });

    it('caps the grade by occupancy taken from the live bed capacity', async () => {
      const p = await nursingHome(44); // 44% occupied: 3★ needs 40%, 4★ needs 45%
      const published = await grade(p.id, 1000);
      expect(published).toMatchObject({ scoreStars: 5, stars: 3, failedPrerequisites: ['OCCUPANCY'], facts: { occupiedBeds: 44, totalBeds: 100 } });
    });

    it('keeps published grades immutable, in the API and in the database', async () => {
      const p = await nursingHome();
      const published = await grade(p.id, 900);
      expect(published.stars).toBe(4);
      expectError(await t.gql(SCORE, { id: published.id, scores: [{ itemCode: 'S01', points: 0 }] }, officer.token), 'CONFLICT', 'INVALID_TRANSITION');
      expectError(await t.gql(FACTS, { id: published.id, facts: { roomCount: 1 } }, officer.token), 'CONFLICT', 'INVALID_TRANSITION');
      expectError(await t.gql(FINALIZE, { id: published.id }, officer.token), 'CONFLICT', 'INVALID_TRANSITION');
      await expect(t.db.query(`UPDATE rating_item_scores SET points = 0 WHERE assessment_id = $1`, [published.id])).rejects.toThrow(/not a draft/);
      await expect(t.db.query(`UPDATE rating_assessments SET stars = 5 WHERE id = $1`, [published.id])).rejects.toThrow(/immutable/);
    });

    it('supersedes the previous grade when a second assessment is published', async () => {
      const p = await nursingHome();
      const first = await grade(p.id, 820); // 3★
      expect(first.stars).toBe(3);
      const second = await grade(p.id, 945); // 5★
      expect(second.stars).toBe(5);

      const old = expectData(await t.gql(GET, { id: first.id }, officer.token)).ratingAssessment;
      expect(old).toMatchObject({ status: 'SUPERSEDED', isCurrent: false, stars: 3 });
      expect(old.supersededAt).not.toBeNull();
      expect(old.events.at(-1)).toMatchObject({ action: 'SUPERSEDE', fromStatus: 'PUBLISHED', toStatus: 'SUPERSEDED' });
      expect(expectData(await t.gql(PROVIDER, { id: p.id })).provider.currentRating).toMatchObject({ stars: 5, assessmentId: second.id });
      const rows = await t.db.query(`SELECT status, count(*)::int AS n FROM rating_assessments WHERE provider_id = $1 GROUP BY status ORDER BY status`, [p.id]);
      expect(rows).toEqual([
        { status: 'PUBLISHED', n: 1 },
        { status: 'SUPERSEDED', n: 1 },
      ]);

      const history = expectData(await t.gql(HISTORY, { filter: { providerId: p.id } }, officer.token)).ratingAssessments;
      expect(history.nodes.map((n: { id: string }) => n.id)).toEqual([second.id, first.id]);
      const staff = await makeUser(t, Role.PROVIDER_STAFF, { providerId: p.id });
      expect(expectData(await t.gql(HISTORY, {}, staff.token)).ratingAssessments.totalCount).toBe(2);
      expect(expectData(await t.gql(GET, { id: second.id }, staff.token)).ratingAssessment.stars).toBe(5);
    });

    it('clears the current grade when a reassessment falls below one star', async () => {
      const p = await nursingHome();
      await grade(p.id, 900);
      const failed = await grade(p.id, 500);
      expect(failed).toMatchObject({ status: 'PUBLISHED', stars: 0, scoreStars: 0, isCurrent: false });
      const provider = expectData(await t.gql(PROVIDER, { id: p.id })).provider;
      expect(provider.currentRating).toBeNull();
      expect(provider.ratingSubsidy).toMatchObject({ stars: null, monthlySubsidyFen: 0, tier: null });
    });

    it('treats an expired grade as history: not current, not in minStars, no subsidy', async () => {
      const p = await nursingHome();
      const published = await grade(p.id, 900);
      // Let 3 years pass: move the grade's dates back (the immutability trigger is lifted for this simulation only).
      await t.db.transaction(async (m) => {
        await m.query(`ALTER TABLE rating_assessments DISABLE TRIGGER rating_assessments_published_immutable`);
        await m.query(
          `UPDATE rating_assessments SET published_at = published_at - interval '3 years 1 day', valid_until = valid_until - interval '3 years 1 day' WHERE id = $1`,
          [published.id],
        );
        await m.query(`UPDATE providers SET current_rating_valid_until = current_rating_valid_until - interval '3 years 1 day' WHERE id = $1`, [p.id]);
        await m.query(`ALTER TABLE rating_assessments ENABLE TRIGGER rating_assessments_published_immutable`);
      });
      const provider = expectData(await t.gql(PROVIDER, { id: p.id })).provider;
      expect(provider.currentRating).toBeNull();
      expect(provider.ratingSubsidy).toMatchObject({ stars: null, monthlySubsidyFen: 0 });
      const ids = expectData(await t.gql(MIN_STARS, { min: 1 })).providers.nodes.map((n: { id: string }) => n.id);
      expect(ids).not.toContain(p.id);
      expect(expectData(await t.gql(GET, { id: published.id }, officer.token)).ratingAssessment).toMatchObject({
        status: 'PUBLISHED',
        isCurrent: false,
        expired: true,
      });

      const renewed = await grade(p.id, 880);
      expect(renewed).toMatchObject({ stars: 4, isCurrent: true });
      expect(expectData(await t.gql(GET, { id: published.id }, officer.token)).ratingAssessment.status).toBe('SUPERSEDED');
      expect(expectData(await t.gql(PROVIDER, { id: p.id })).provider.currentRating.stars).toBe(4);
    });

    it('grades a day-care centre on its 500-point rubric without bed or staffing prerequisites', async () => {
      const p = await makeProvider(t, { kind: 'DAY_CARE_CENTRE' });
      const published = await grade(p.id, 440, {}, 'DAY_CARE_CENTRE');
      expect(published).toMatchObject({ totalPoints: 440, stars: 4, failedPrerequisites: [] });
      expect(expectData(await t.gql(PROVIDER, { id: p.id })).provider.ratingSubsidy).toMatchObject({ stars: 4, monthlySubsidyFen: 200000 });
    });
  });

  describe('races', () => {
    it('allows one DRAFT per provider when two officers start at once', async () => {
      const p = await nursingHome();
      const results = await Promise.all([t.gql(START, { providerId: p.id }, officer.token), t.gql(START, { providerId: p.id }, officer2.token)]);
      expect(results.filter((r) => !r.errors)).toHaveLength(1);
      const loser = results.find((r) => r.errors)!;
      expectError(loser, 'CONFLICT', 'RATING_IN_PROGRESS');
      const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM rating_assessments WHERE provider_id = $1 AND status = 'DRAFT'`, [p.id]);
      expect(n).toBe(1);
    });

    it('publishes once when the same draft is finalized twice at once', async () => {
      const p = await nursingHome();
      const draft = expectData(await t.gql(START, { providerId: p.id, facts: GOOD_FACTS }, officer.token)).startRatingAssessment;
      expectData(await t.gql(SCORE, { id: draft.id, scores: scoresFor(items.NURSING_HOME, 960) }, officer.token));
      const results = await Promise.all([t.gql(FINALIZE, { id: draft.id }, officer.token), t.gql(FINALIZE, { id: draft.id }, officer2.token)]);
      expect(results.filter((r) => !r.errors)).toHaveLength(1);
      expectError(results.find((r) => r.errors)!, 'CONFLICT', 'INVALID_TRANSITION');
      const events = await t.db.query(`SELECT action FROM rating_events WHERE assessment_id = $1 AND action = 'FINALIZE'`, [draft.id]);
      expect(events).toHaveLength(1);
    });

    it('does not publish a score that races with finalization after it', async () => {
      const p = await nursingHome();
      const draft = expectData(await t.gql(START, { providerId: p.id, facts: GOOD_FACTS }, officer.token)).startRatingAssessment;
      expectData(await t.gql(SCORE, { id: draft.id, scores: scoresFor(items.NURSING_HOME, 900) }, officer.token));
      const [fin, sc] = await Promise.all([
        t.gql(FINALIZE, { id: draft.id }, officer.token),
        t.gql(SCORE, { id: draft.id, scores: [{ itemCode: 'S01', points: 0 }] }, officer2.token),
      ]);
      const [row] = await t.db.query(`SELECT total_points::float AS total FROM rating_assessments WHERE id = $1`, [draft.id]);
      const [{ sum }] = await t.db.query(`SELECT sum(points)::float AS sum FROM rating_item_scores WHERE assessment_id = $1`, [draft.id]);
      expect(expectData(fin).finalizeRatingAssessment.totalPoints).toBe(row.total);
      expect(row.total).toBe(sum); // the published total is exactly what the stored scores add up to
      if (sc.errors) expectError(sc, 'CONFLICT', 'INVALID_TRANSITION');
    });
  });

  describe('rubric versions', () => {
    const v2 = {
      kind: 'RURAL_HAPPINESS_HOME',
      sections: [
        { code: 'CORE', title: '核心指标', titleEn: 'Core', items: [{ code: 'C01', title: '助餐', titleEn: 'Meals', maxPoints: 60 }, { code: 'C02', title: '安全', titleEn: 'Safety', maxPoints: 40 }] },
      ],
    };

    it('keeps an assessment in progress on its version when an admin publishes a new one', async () => {
      const p = await makeProvider(t, { kind: 'RURAL_HAPPINESS_HOME' });
      const draft = expectData(await t.gql(START, { providerId: p.id }, officer.token)).startRatingAssessment;
      expect(draft.rubricVersion).toBe(1);

      const published = expectData(await t.gql(PUBLISH, { input: { ...v2, expectedCurrentVersion: 1 } }, admin.token)).publishRatingRubric;
      expect(published).toMatchObject({ version: 2, maxPoints: 100, starThresholds: [60, 70, 80, 88, 94] });
      expect(expectData(await t.gql(RUBRIC, { kind: 'RURAL_HAPPINESS_HOME' })).ratingRubric.version).toBe(2);
      expect(expectData(await t.gql(RUBRIC, { kind: 'RURAL_HAPPINESS_HOME', version: 1 })).ratingRubric.maxPoints).toBe(500);

      // the draft is still scored against version 1: its items count, the new ones are unknown to it
      const again = expectData(await t.gql(GET, { id: draft.id }, officer.token)).ratingAssessment;
      expect(again.rubricVersion).toBe(1);
      expect(again.unscoredItemCodes).toHaveLength(18);
      expectError(await t.gql(SCORE, { id: draft.id, scores: [{ itemCode: 'C01', points: 10 }] }, officer.token), 'BAD_USER_INPUT', 'ASSESSMENT_INVALID');
      expectData(await t.gql(SCORE, { id: draft.id, scores: scoresFor(items.DAY_CARE_CENTRE, 400) }, officer.token));
      const final = expectData(await t.gql(FINALIZE, { id: draft.id }, officer.token)).finalizeRatingAssessment;
      expect(final).toMatchObject({ rubricVersion: 1, totalPoints: 400, stars: 3 });

      // a new assessment starts on version 2
      const next = await makeProvider(t, { kind: 'RURAL_HAPPINESS_HOME' });
      const draft2 = expectData(await t.gql(START, { providerId: next.id }, officer.token)).startRatingAssessment;
      expect(draft2).toMatchObject({ rubricVersion: 2, unscoredItemCodes: ['C01', 'C02'] });
      expectData(await t.gql(SCORE, { id: draft2.id, scores: [{ itemCode: 'C01', points: 60 }, { itemCode: 'C02', points: 28 }] }, officer.token));
      expect(expectData(await t.gql(FINALIZE, { id: draft2.id }, officer.token)).finalizeRatingAssessment).toMatchObject({ totalPoints: 88, stars: 4 });
    });

    it('refuses a stale or inconsistent rubric, naming the fields', async () => {
      expectError(await t.gql(PUBLISH, { input: { ...v2, expectedCurrentVersion: 1 } }, admin.token), 'CONFLICT', 'STALE_VERSION');
      const bad = expectError(await t.gql(PUBLISH, { input: { ...v2, starThresholds: [60, 50, 80, 88, 101] } }, admin.token), 'BAD_USER_INPUT');
      expect(bad.extensions!.fields!.map((f) => f.path)).toEqual(['input.starThresholds.2', 'input.starThresholds.5']);
      const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM rating_rubrics WHERE kind = 'RURAL_HAPPINESS_HOME'`);
      expect(n).toBe(2);
    });

    it('publishes one version when two admins publish at once', async () => {
      const input = { kind: 'DAY_CARE_CENTRE', sections: v2.sections, expectedCurrentVersion: 1 };
      const results = await Promise.all([t.gql(PUBLISH, { input }, admin.token), t.gql(PUBLISH, { input }, admin.token)]);
      expect(results.filter((r) => !r.errors)).toHaveLength(1);
      expectError(results.find((r) => r.errors)!, 'CONFLICT', 'STALE_VERSION');
      const rows = await t.db.query(`SELECT version FROM rating_rubrics WHERE kind = 'DAY_CARE_CENTRE' ORDER BY version`);
      expect(rows).toEqual([{ version: 1 }, { version: 2 }]);
    });
  });

  describe('subsidy tiers', () => {
    it('uses the most specific region\'s tier, configured by an admin and audited', async () => {
      const p = await nursingHome(50);
      await grade(p.id, 900); // 4★
      expect(expectData(await t.gql(PROVIDER, { id: p.id })).provider.ratingSubsidy).toMatchObject({ monthlySubsidyFen: 50 * 20000 });
      const tiers = [1, 2, 3, 4, 5].map((stars) => ({ stars, perOccupiedBedMonthlyFen: stars * 10000, flatMonthlyFen: 0 }));
      expectData(await t.gql(SET_TIERS, { kind: 'NURSING_HOME', regionPrefix: '3708', tiers }, admin.token));
      const subsidy = expectData(await t.gql(PROVIDER, { id: p.id })).provider.ratingSubsidy;
      expect(subsidy).toMatchObject({ stars: 4, occupiedBeds: 50, monthlySubsidyFen: 50 * 40000, tier: { regionPrefix: '3708', perOccupiedBedMonthlyFen: 40000 } });
      const [event] = await t.db.query(`SELECT actor_id, changes FROM rating_events WHERE action = 'SET_SUBSIDY_TIERS'`);
      expect(event.actor_id).toBe(admin.id);
      expect(event.changes).toContainEqual({ field: 'NURSING_HOME/3708/4', before: null, after: 'perOccupiedBed=40000,flat=0' });
      expectError(
        await t.gql(SET_TIERS, { kind: 'NURSING_HOME', tiers: [{ stars: 1, perOccupiedBedMonthlyFen: 1, flatMonthlyFen: 0 }, { stars: 1, perOccupiedBedMonthlyFen: 2, flatMonthlyFen: 0 }] }, admin.token),
        'BAD_USER_INPUT',
      );
    });
  });

  describe('performance', () => {
    it('lists assessments with provider, rubric, scores and trail in a constant number of queries', async () => {
      for (let i = 0; i < 6; i++) await grade((await nursingHome()).id, 850);
      const query = `query($first: Int) { ratingAssessments(filter: { status: [PUBLISHED] }, first: $first) { nodes { id rubricVersion totalPoints
        provider { id name ratingSubsidy { monthlySubsidyFen } } rubric { version } scores { itemCode } events { action } unscoredItemCodes } } }`;
      const count = async (first: number) => {
        const before = t.queries.count;
        const data = expectData(await t.gql(query, { first }, officer.token));
        expect(data.ratingAssessments.nodes).toHaveLength(first);
        return t.queries.count - before;
      };
      const forTwo = await count(2);
      const forSix = await count(6);
      expect(forSix).toBe(forTwo);
    });
  });
});
