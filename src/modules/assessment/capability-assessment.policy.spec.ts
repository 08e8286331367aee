import {
  type AssessmentInput,
  AssessmentInvalidError,
  assessmentInputErrors,
  DEFAULT_LEVEL_BANDS,
  DIMENSIONS,
  isAtLeast,
  ITEM_MAX,
  levelFromScore,
  nextAssessmentDue,
  scoreAssessment,
} from './capability-assessment.policy.js';

/** Item vectors with the given total: fills items up to their maxima, in order. */
function withTotal(total: number, extra: Partial<AssessmentInput> = {}): AssessmentInput {
  let left = total;
  const fill = (max: readonly number[]) =>
    max.map((m) => {
      const v = Math.min(m, left);
      left -= v;
      return v;
    });
  const input = {
    selfCare: fill(ITEM_MAX.selfCare),
    mobility: fill(ITEM_MAX.mobility),
    mentalState: fill(ITEM_MAX.mentalState),
    perceptionSocial: fill(ITEM_MAX.perceptionSocial),
  };
  if (left !== 0) throw new Error(`cannot reach ${total}`);
  return { ...input, ...extra };
}

describe('the GB/T 42195-2022 instrument', () => {
  it('has 26 items in four dimensions worth 32, 15, 28 and 15 points (90 in all)', () => {
    const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
    expect(DIMENSIONS.map((d) => ITEM_MAX[d].length)).toEqual([8, 4, 9, 5]);
    expect(DIMENSIONS.map((d) => sum(ITEM_MAX[d]))).toEqual([32, 15, 28, 15]);
    expect(ITEM_MAX.mobility).toEqual([4, 4, 4, 3]);
    expect(ITEM_MAX.mentalState).toEqual([4, 4, 4, 4, 4, 4, 1, 1, 2]);
    expect(ITEM_MAX.perceptionSocial).toEqual([2, 2, 4, 3, 4]);
  });

  it('totals each dimension and the whole', () => {
    const r = scoreAssessment({
      selfCare: [4, 3, 2, 1, 0, 4, 4, 4],
      mobility: [4, 4, 2, 3],
      mentalState: [4, 4, 4, 3, 3, 3, 1, 0, 2],
      perceptionSocial: [2, 1, 4, 3, 2],
    });
    expect(r.dimensionScores).toEqual({ selfCare: 22, mobility: 13, mentalState: 24, perceptionSocial: 12 });
    expect(r.totalScore).toBe(71);
    expect(r.scoreLevel).toBe('MILD');
  });
});

describe('level bands', () => {
  it.each([
    [90, 'INTACT'],
    [89, 'MILD'],
    [66, 'MILD'],
    [65, 'MODERATE'],
    [46, 'MODERATE'],
    [45, 'SEVERE'],
    [30, 'SEVERE'],
    [29, 'TOTAL'],
    [0, 'TOTAL'],
  ])('a total of %i is %s', (total, level) => {
    const r = scoreAssessment(withTotal(total));
    expect(r.totalScore).toBe(total);
    expect(r.scoreLevel).toBe(level);
    expect(r.finalLevel).toBe(level);
    expect(r.adjustments).toEqual([]);
  });

  it('takes the bands as a parameter', () => {
    const bands = [
      { level: 'INTACT' as const, minScore: 80 },
      { level: 'TOTAL' as const, minScore: 0 },
    ];
    expect(levelFromScore(85, bands)).toBe('INTACT');
    expect(levelFromScore(85, DEFAULT_LEVEL_BANDS)).toBe('MILD');
  });
});

describe('adjustments', () => {
  it('coma alone makes the level TOTAL whatever the score', () => {
    const r = scoreAssessment(withTotal(90, { coma: true }));
    expect(r.scoreLevel).toBe('INTACT');
    expect(r.finalLevel).toBe('TOTAL');
    expect(r.adjustments).toEqual(['COMA']);
  });

  it('diagnosed dementia alone raises the level by one', () => {
    const r = scoreAssessment(withTotal(70, { dementiaDiagnosed: true }));
    expect([r.scoreLevel, r.finalLevel]).toEqual(['MILD', 'MODERATE']);
    expect(r.adjustments).toEqual(['MENTAL_DISORDER']);
  });

  it('another diagnosed mental disorder alone raises the level by one', () => {
    const r = scoreAssessment(withTotal(90, { otherMentalDisorderDiagnosed: true }));
    expect([r.scoreLevel, r.finalLevel]).toEqual(['INTACT', 'MILD']);
  });

  it('dementia and another mental disorder together still raise by one only', () => {
    const r = scoreAssessment(withTotal(50, { dementiaDiagnosed: true, otherMentalDisorderDiagnosed: true }));
    expect([r.scoreLevel, r.finalLevel]).toEqual(['MODERATE', 'SEVERE']);
  });

  it('two care-risk events in 30 days raise the level by one; one does not', () => {
    expect(scoreAssessment(withTotal(40, { careRiskEventsLast30Days: 1 })).finalLevel).toBe('SEVERE');
    const r = scoreAssessment(withTotal(40, { careRiskEventsLast30Days: 2 }));
    expect([r.scoreLevel, r.finalLevel]).toEqual(['SEVERE', 'TOTAL']);
    expect(r.adjustments).toEqual(['CARE_RISK_EVENTS']);
    expect(scoreAssessment(withTotal(70, { careRiskEventsLast30Days: 5 })).finalLevel).toBe('MODERATE');
  });

  it('mental disorder and care-risk events combine (+2)', () => {
    const r = scoreAssessment(withTotal(90, { dementiaDiagnosed: true, careRiskEventsLast30Days: 3 }));
    expect([r.scoreLevel, r.finalLevel]).toEqual(['INTACT', 'MODERATE']);
    expect(r.adjustments).toEqual(['MENTAL_DISORDER', 'CARE_RISK_EVENTS']);
  });

  it('never goes beyond TOTAL', () => {
    expect(scoreAssessment(withTotal(20, { dementiaDiagnosed: true })).finalLevel).toBe('TOTAL');
    expect(scoreAssessment(withTotal(40, { dementiaDiagnosed: true, careRiskEventsLast30Days: 2 })).finalLevel).toBe('TOTAL');
  });

  it('coma combined with the others is still TOTAL, reported as coma only', () => {
    const r = scoreAssessment(withTotal(90, { coma: true, dementiaDiagnosed: true, careRiskEventsLast30Days: 4 }));
    expect(r.finalLevel).toBe('TOTAL');
    expect(r.adjustments).toEqual(['COMA']);
  });

  it('uses the configured care-risk threshold', () => {
    const rules = { levelBands: DEFAULT_LEVEL_BANDS, careRiskEventThreshold: 3, reassessmentMonths: 12 };
    expect(scoreAssessment(withTotal(70, { careRiskEventsLast30Days: 2 }), rules).finalLevel).toBe('MILD');
    expect(scoreAssessment(withTotal(70, { careRiskEventsLast30Days: 3 }), rules).finalLevel).toBe('MODERATE');
  });
});

describe('item validation', () => {
  it('names each out-of-range item', () => {
    const input = withTotal(60);
    const bad = {
      ...input,
      selfCare: [5, ...input.selfCare.slice(1)],
      mentalState: [...input.mentalState.slice(0, 6), 2, ...input.mentalState.slice(7)],
      perceptionSocial: [...input.perceptionSocial.slice(0, 3), -1, 1.5],
    };
    expect(assessmentInputErrors(bad).map((e) => e.field)).toEqual([
      'selfCare[0]',
      'mentalState[6]',
      'perceptionSocial[3]',
      'perceptionSocial[4]',
    ]);
  });

  it('checks each item against its own maximum (stairs 0-3, consciousness 0-2, vision 0-2)', () => {
    const input = withTotal(0);
    expect(assessmentInputErrors({ ...input, mobility: [4, 4, 4, 4] }).map((e) => e.field)).toEqual(['mobility[3]']);
    expect(assessmentInputErrors({ ...input, mobility: [4, 4, 4, 3] })).toEqual([]);
    expect(assessmentInputErrors({ ...input, mentalState: [0, 0, 0, 0, 0, 0, 0, 0, 3] }).map((e) => e.field)).toEqual(['mentalState[8]']);
    expect(assessmentInputErrors({ ...input, perceptionSocial: [3, 0, 0, 0, 0] }).map((e) => e.field)).toEqual(['perceptionSocial[0]']);
  });

  it('names each dimension with a wrong item count', () => {
    const input = withTotal(60);
    const errors = assessmentInputErrors({ ...input, selfCare: input.selfCare.slice(0, 7), mobility: [...input.mobility, 0] });
    expect(errors.map((e) => e.field)).toEqual(['selfCare', 'mobility']);
    expect(errors[0].message).toContain('exactly 8');
  });

  it('refuses a negative care-risk event count', () => {
    expect(assessmentInputErrors(withTotal(60, { careRiskEventsLast30Days: -1 })).map((e) => e.field)).toEqual([
      'careRiskEventsLast30Days',
    ]);
  });

  it('refuses to score an invalid assessment', () => {
    const input = withTotal(60);
    expect(() => scoreAssessment({ ...input, mobility: [9, 0, 0, 0] })).toThrow(AssessmentInvalidError);
    try {
      scoreAssessment({ ...input, mobility: [9, 0, 0, 0] });
    } catch (e) {
      expect((e as AssessmentInvalidError).errors.map((x) => x.field)).toEqual(['mobility[0]']);
    }
  });
});

describe('reassessment', () => {
  it('is due 12 months later', () => {
    expect(nextAssessmentDue(new Date('2026-03-15T02:00:00Z')).toISOString()).toBe('2027-03-15T02:00:00.000Z');
  });

  it('clamps to the end of a shorter month', () => {
    expect(nextAssessmentDue(new Date('2028-02-29T02:00:00Z')).toISOString()).toBe('2029-02-28T02:00:00.000Z');
    expect(nextAssessmentDue(new Date('2026-01-31T02:00:00Z'), 1).toISOString()).toBe('2026-02-28T02:00:00.000Z');
  });
});

describe('level order', () => {
  it('compares severity', () => {
    expect(isAtLeast('SEVERE', 'MODERATE')).toBe(true);
    expect(isAtLeast('MODERATE', 'MODERATE')).toBe(true);
    expect(isAtLeast('MILD', 'MODERATE')).toBe(false);
  });
});
