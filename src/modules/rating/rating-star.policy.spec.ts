import {
  computeGrade,
  evaluatePrerequisite,
  failedPrerequisiteCodes,
  gradeValidUntil,
  isGradeCurrent,
  missingFacts,
  starsFromPoints,
  DEFAULT_GRADE_VALIDITY_YEARS,
  type PrerequisiteFacts,
} from './rating-star.policy.js';
import { DEFAULT_STAR_THRESHOLDS_PER_1000, scaleThresholds, type PrerequisiteRule } from './rating-rubric.policy.js';
import { DEFAULT_NURSING_HOME_PREREQUISITES } from './rating-rubric.defaults.js';

const T1000 = [...DEFAULT_STAR_THRESHOLDS_PER_1000];

/** A facility that meets every default 5★ prerequisite, so points alone decide. */
const GOOD: PrerequisiteFacts = {
  caregiverCount: 10,
  fullyDependentResidentCount: 40, // 1:4
  occupiedBeds: 50,
  totalBeds: 100, // 50%
  roomCount: 10,
  roomsWithOwnBathroomCount: 9, // 90%
};

function grade(totalPoints: number, facts: Partial<PrerequisiteFacts> = {}, thresholds = T1000) {
  return computeGrade({
    totalPoints,
    starThresholds: thresholds,
    prerequisites: DEFAULT_NURSING_HOME_PREREQUISITES,
    facts: { ...GOOD, ...facts },
  });
}

describe('starsFromPoints on the default 1,000-point thresholds', () => {
  it.each([
    [0, 0],
    [599.9, 0],
    [600, 1],
    [699.9, 1],
    [700, 2],
    [799.9, 2],
    [800, 3],
    [879.9, 3],
    [880, 4],
    [939.9, 4],
    [940, 5],
    [1000, 5],
  ])('%p points give %p stars', (points, stars) => {
    expect(starsFromPoints(points, T1000)).toBe(stars);
  });

  it('uses the thresholds it is given, not the defaults', () => {
    expect(starsFromPoints(650, [650, 750, 850, 900, 950])).toBe(1);
    expect(starsFromPoints(649, [650, 750, 850, 900, 950])).toBe(0);
  });
});

describe('rescaled thresholds', () => {
  it('scales the per-1,000 defaults to a 500-point rubric', () => {
    expect(scaleThresholds(500)).toEqual([300, 350, 400, 440, 470]);
  });

  it('keeps the defaults on a 1,000-point rubric', () => {
    expect(scaleThresholds(1000)).toEqual([600, 700, 800, 880, 940]);
  });

  it('rounds up to whole points so that a bar is never below the proportional one', () => {
    // 750 × 0.88 = 660, 750 × 0.94 = 705; 333 × 0.6 = 199.8 → 200
    expect(scaleThresholds(750)).toEqual([450, 525, 600, 660, 705]);
    expect(scaleThresholds(333)[0]).toBe(200);
  });

  it.each([
    [299.9, 0],
    [300, 1],
    [349.9, 1],
    [350, 2],
    [399.9, 2],
    [400, 3],
    [439.9, 3],
    [440, 4],
    [469.9, 4],
    [470, 5],
    [500, 5],
  ])('on a 500-point rubric %p points give %p stars', (points, stars) => {
    expect(starsFromPoints(points, scaleThresholds(500))).toBe(stars);
  });
});

describe('prerequisite capping (nursing-home defaults)', () => {
  it('does not cap when every prerequisite holds', () => {
    const g = grade(950);
    expect(g).toMatchObject({ scoreStars: 5, stars: 5, failedPrerequisites: [] });
  });

  it.each([
    // residents per caregiver allowed: 1★ 8, 2★ 7, 3★ 6, 4★ 5, 5★ 4; 10 caregivers
    [41, 4], // 4.1 per caregiver fails 1:4
    [50, 4], // exactly 1:5 holds for 4★
    [51, 3],
    [60, 3], // exactly 1:6
    [61, 2],
    [70, 2], // exactly 1:7
    [71, 1],
    [80, 1], // exactly 1:8
    [81, 0],
  ])('caregiver ratio: 10 caregivers for %p fully dependent residents caps at %p stars', (residents, stars) => {
    const g = grade(1000, { fullyDependentResidentCount: residents });
    expect(g.stars).toBe(stars);
    expect(g.scoreStars).toBe(5);
    expect(failedPrerequisiteCodes(g.failedPrerequisites)).toEqual(['CAREGIVER_RATIO']);
    expect(g.failedPrerequisites[0]).toMatchObject({ star: stars + 1, code: 'CAREGIVER_RATIO', met: false });
  });

  it.each([
    // occupancy at least: 1★ 30, 2★ 35, 3★ 40, 4★ 45, 5★ 50 percent of 100 beds
    [49, 4],
    [45, 4],
    [44, 3],
    [40, 3],
    [39, 2],
    [35, 2],
    [34, 1],
    [30, 1],
    [29, 0],
  ])('occupancy: %p of 100 beds occupied caps at %p stars', (occupied, stars) => {
    const g = grade(1000, { occupiedBeds: occupied });
    expect(g.stars).toBe(stars);
    expect(failedPrerequisiteCodes(g.failedPrerequisites)).toEqual(['OCCUPANCY']);
    expect(g.failedPrerequisites[0]).toMatchObject({ star: stars + 1, actual: occupied });
  });

  it.each([
    // own bathroom: 3★ 50, 4★ 60, 5★ 90 percent; no requirement for 1★ and 2★
    [89, 4],
    [60, 4],
    [59, 3],
    [50, 3],
    [49, 2],
    [0, 2],
  ])('own bathroom: %p%% of rooms caps at %p stars', (percent, stars) => {
    const g = grade(1000, { roomCount: 100, roomsWithOwnBathroomCount: percent });
    expect(g.stars).toBe(stars);
    expect(failedPrerequisiteCodes(g.failedPrerequisites)).toEqual(['OWN_BATHROOM_SHARE']);
  });

  it('reports every prerequisite that held the grade back, with required and actual values', () => {
    const g = grade(1000, { roomCount: 100, roomsWithOwnBathroomCount: 55, occupiedBeds: 47 });
    expect(g.stars).toBe(3);
    expect(g.failedPrerequisites.map((f) => [f.star, f.code, f.required, f.actual])).toEqual([
      [4, 'OWN_BATHROOM_SHARE', 60, 55],
      [5, 'OCCUPANCY', 50, 47],
      [5, 'OWN_BATHROOM_SHARE', 90, 55],
    ]);
    expect(failedPrerequisiteCodes(g.failedPrerequisites)).toEqual(['OWN_BATHROOM_SHARE', 'OCCUPANCY']);
  });

  it('only checks prerequisites up to the stars the points earn', () => {
    // 3★ by points; 5★ bathroom share fails but is irrelevant
    const g = grade(820, { roomCount: 100, roomsWithOwnBathroomCount: 70 });
    expect(g).toMatchObject({ scoreStars: 3, stars: 3, failedPrerequisites: [] });
    expect(g.prerequisiteResults.every((r) => r.star <= 3)).toBe(true);
  });

  it('never raises the grade above the points', () => {
    expect(grade(700).stars).toBe(2);
    expect(grade(500).stars).toBe(0);
  });

  it('needs the prerequisites of every lower star, not only of the capped star', () => {
    const odd: PrerequisiteRule[] = [
      { star: 2, code: 'OCCUPANCY', value: 60 },
      { star: 4, code: 'OCCUPANCY', value: 10 },
    ];
    const g = computeGrade({ totalPoints: 1000, starThresholds: T1000, prerequisites: odd, facts: { ...GOOD, occupiedBeds: 20 } });
    expect(g.stars).toBe(1);
    expect(g.failedPrerequisites.map((f) => f.star)).toEqual([2]);
  });

  it('applies prerequisites on a rescaled rubric too', () => {
    const g = computeGrade({
      totalPoints: 470,
      starThresholds: scaleThresholds(500),
      prerequisites: [{ star: 5, code: 'OCCUPANCY', value: 50 }],
      facts: { ...GOOD, occupiedBeds: 49 },
    });
    expect(g).toMatchObject({ scoreStars: 5, stars: 4 });
  });

  it('fails a prerequisite whose facts are unknown, or whose denominator is empty', () => {
    expect(grade(1000, { caregiverCount: null }).stars).toBe(0);
    expect(grade(1000, { totalBeds: 0, occupiedBeds: 0 }).stars).toBe(0);
    expect(grade(1000, { roomCount: 0, roomsWithOwnBathroomCount: 0 }).stars).toBe(2);
    expect(grade(1000, { caregiverCount: 0, fullyDependentResidentCount: 3 }).stars).toBe(0);
  });

  it('holds the caregiver ratio when there are no fully dependent residents', () => {
    expect(evaluatePrerequisite({ star: 5, code: 'CAREGIVER_RATIO', value: 4 }, { ...GOOD, caregiverCount: 0, fullyDependentResidentCount: 0 }).met).toBe(
      true,
    );
  });

  it('lists the facts the prerequisites need that are still unknown', () => {
    const facts: PrerequisiteFacts = { ...GOOD, caregiverCount: null, roomsWithOwnBathroomCount: null };
    expect(missingFacts(DEFAULT_NURSING_HOME_PREREQUISITES, facts).sort()).toEqual(['caregiverCount', 'roomsWithOwnBathroomCount']);
    expect(missingFacts([], facts)).toEqual([]);
  });
});

describe('validity', () => {
  it('runs for 3 years by default', () => {
    expect(DEFAULT_GRADE_VALIDITY_YEARS).toBe(3);
    expect(gradeValidUntil(new Date('2026-11-25T08:00:00Z')).toISOString()).toBe('2029-11-25T08:00:00.000Z');
  });

  it('ends on 28 February for a grade published on 29 February', () => {
    expect(gradeValidUntil(new Date('2028-02-29T10:00:00Z')).toISOString()).toBe('2031-02-28T10:00:00.000Z');
  });

  it('takes the number of years as a parameter', () => {
    expect(gradeValidUntil(new Date('2026-01-01T00:00:00Z'), 2).toISOString()).toBe('2028-01-01T00:00:00.000Z');
  });

  it('treats a grade as expired from the instant its validity ends', () => {
    const until = new Date('2029-11-25T08:00:00Z');
    expect(isGradeCurrent(until, new Date('2029-11-25T07:59:59Z'))).toBe(true);
    expect(isGradeCurrent(until, until)).toBe(false);
  });
});
