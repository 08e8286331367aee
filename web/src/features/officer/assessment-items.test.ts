import { DIMENSIONS, previewAssessment } from './assessment-items';

const full = () => Object.fromEntries(DIMENSIONS.map((d) => [d.key, d.items.map((i) => i.max)]));

describe('GB/T 42195 form preview', () => {
  it('has 26 items worth 90 points in the API order', () => {
    expect(DIMENSIONS.map((d) => d.items.length)).toEqual([8, 4, 9, 5]);
    expect(DIMENSIONS.flatMap((d) => d.items).reduce((n, i) => n + i.max, 0)).toBe(90);
  });

  it('levels the total by the standard bands and applies the adjustments', () => {
    expect(previewAssessment({ scores: full() })).toMatchObject({ totalScore: 90, scoreLevel: 'INTACT', finalLevel: 'INTACT', complete: true });
    const scores = full();
    scores.selfCare = [4, 4, 4, 4, 4, 4, 4, 0];
    expect(previewAssessment({ scores }).finalLevel).toBe('MILD');
    expect(previewAssessment({ scores, dementiaDiagnosed: true }).finalLevel).toBe('MODERATE');
    expect(previewAssessment({ scores, dementiaDiagnosed: true, careRiskEventsLast30Days: 2 }).finalLevel).toBe('SEVERE');
    expect(previewAssessment({ scores, coma: true }).finalLevel).toBe('TOTAL');
    expect(previewAssessment({ scores: full(), careRiskEventsLast30Days: 1 }).finalLevel).toBe('INTACT');
  });

  it('counts an unscored item as 0 and says the form is incomplete', () => {
    const p = previewAssessment({ scores: { selfCare: [4, 4] } });
    expect(p).toMatchObject({ totalScore: 8, finalLevel: 'TOTAL', complete: false });
  });
});
