import { describePrerequisite, validateRubricDefinition, rubricItemIndex, type RubricDefinition } from './rating-rubric.policy.js';
import {
  DEFAULT_DAY_CARE_CENTRE_RUBRIC,
  DEFAULT_NURSING_HOME_PREREQUISITES,
  DEFAULT_NURSING_HOME_RUBRIC,
  DEFAULT_RUBRICS,
  DEFAULT_RURAL_HAPPINESS_HOME_RUBRIC,
} from './rating-rubric.defaults.js';

function clone(r: RubricDefinition): RubricDefinition {
  return structuredClone(r);
}

describe('default rubrics', () => {
  it('nursing homes: 1,000 points = safety 300, service 350, management 200, facilities 150', () => {
    const r = DEFAULT_NURSING_HOME_RUBRIC;
    expect(r.maxPoints).toBe(1000);
    expect(r.sections.map((s) => [s.code, s.maxPoints])).toEqual([
      ['SAFETY', 300],
      ['SERVICE', 350],
      ['MANAGEMENT', 200],
      ['FACILITIES', 150],
    ]);
    for (const s of r.sections) {
      expect(s.items.length).toBeGreaterThanOrEqual(5);
      expect(s.items.length).toBeLessThanOrEqual(10);
    }
    expect(r.starThresholds).toEqual([600, 700, 800, 880, 940]);
  });

  it('nursing homes carry the per-star prerequisites of GB/T 37276 practice', () => {
    const table = (code: string) =>
      DEFAULT_NURSING_HOME_PREREQUISITES.filter((p) => p.code === code).map((p) => [p.star, p.value]);
    expect(table('CAREGIVER_RATIO')).toEqual([[1, 8], [2, 7], [3, 6], [4, 5], [5, 4]]);
    expect(table('OCCUPANCY')).toEqual([[1, 30], [2, 35], [3, 40], [4, 45], [5, 50]]);
    expect(table('OWN_BATHROOM_SHARE')).toEqual([[3, 50], [4, 60], [5, 90]]);
  });

  it.each([
    ['DAY_CARE_CENTRE', DEFAULT_DAY_CARE_CENTRE_RUBRIC],
    ['RURAL_HAPPINESS_HOME', DEFAULT_RURAL_HAPPINESS_HOME_RUBRIC],
  ])('%s: 500 points with rescaled thresholds', (_kind, r) => {
    expect(r.maxPoints).toBe(500);
    expect(r.starThresholds).toEqual([300, 350, 400, 440, 470]);
  });

  it('every default is valid, titled in Chinese and English', () => {
    for (const r of Object.values(DEFAULT_RUBRICS)) {
      expect(validateRubricDefinition(r)).toEqual([]);
      for (const s of r.sections) {
        expect(s.title).toMatch(/[\u4e00-\u9fff]/);
        expect(s.titleEn).toMatch(/[A-Za-z]/);
        for (const i of s.items) {
          expect(i.title).toMatch(/[\u4e00-\u9fff]/);
          expect(i.titleEn).toMatch(/[A-Za-z]/);
        }
      }
    }
  });

  it('has no default for home-care agencies (documented choice)', () => {
    expect(DEFAULT_RUBRICS.HOME_CARE_AGENCY).toBeUndefined();
  });
});

describe('validateRubricDefinition', () => {
  it('refuses items that do not add up to their section', () => {
    const r = clone(DEFAULT_NURSING_HOME_RUBRIC);
    r.sections[0].items[0].maxPoints += 1;
    expect(validateRubricDefinition(r).map((p) => p.field)).toContain('sections.SAFETY.maxPoints');
  });

  it('refuses sections that do not add up to the rubric', () => {
    const r = clone(DEFAULT_NURSING_HOME_RUBRIC);
    r.maxPoints = 900;
    expect(validateRubricDefinition(r).map((p) => p.field)).toContain('maxPoints');
  });

  it('refuses thresholds that do not rise, exceed the rubric or are not five', () => {
    const r = clone(DEFAULT_NURSING_HOME_RUBRIC);
    r.starThresholds = [600, 700, 700, 880, 1001];
    expect(validateRubricDefinition(r).map((p) => p.field)).toEqual(['starThresholds.3', 'starThresholds.5']);
    r.starThresholds = [600, 700];
    expect(validateRubricDefinition(r).map((p) => p.field)).toEqual(['starThresholds']);
  });

  it('refuses duplicate item codes across sections', () => {
    const r = clone(DEFAULT_NURSING_HOME_RUBRIC);
    r.sections[1].items[0].code = 'S01';
    expect(validateRubricDefinition(r)).toContainEqual(expect.objectContaining({ message: 'duplicate item code' }));
  });

  it('refuses malformed prerequisites', () => {
    const r = clone(DEFAULT_NURSING_HOME_RUBRIC);
    r.prerequisites = [
      { star: 6, code: 'OCCUPANCY', value: 30 },
      { star: 1, code: 'OCCUPANCY', value: 130 },
      { star: 1, code: 'CAREGIVER_RATIO', value: 0 },
      { star: 2, code: 'CAREGIVER_RATIO', value: 7 },
      { star: 2, code: 'CAREGIVER_RATIO', value: 6 },
    ];
    expect(validateRubricDefinition(r).map((p) => p.field)).toEqual([
      'prerequisites.0.star',
      'prerequisites.1.value',
      'prerequisites.2.value',
      'prerequisites.4',
    ]);
  });

  it('describes prerequisites in words', () => {
    expect(describePrerequisite({ code: 'CAREGIVER_RATIO', value: 6 })).toBe('caregivers : fully dependent residents at least 1:6');
    expect(describePrerequisite({ code: 'OCCUPANCY', value: 40 })).toBe('bed occupancy at least 40%');
    expect(describePrerequisite({ code: 'OWN_BATHROOM_SHARE', value: 90 })).toBe('rooms with own bathroom at least 90%');
  });

  it('indexes items by code across sections', () => {
    const index = rubricItemIndex(DEFAULT_NURSING_HOME_RUBRIC);
    expect(index.size).toBe(31);
    expect(index.get('F06')?.maxPoints).toBe(15);
  });
});
