import { totalPoints, unscoredItemCodes, validateItemScores } from './rating-score.policy.js';
import { DEFAULT_NURSING_HOME_RUBRIC } from './rating-rubric.defaults.js';

const rubric = DEFAULT_NURSING_HOME_RUBRIC; // S01 max 50, S08 max 20

describe('validateItemScores', () => {
  it('accepts points from 0 to the item maximum, with one decimal', () => {
    expect(
      validateItemScores(rubric, [
        { itemCode: 'S01', points: 0 },
        { itemCode: 'S08', points: 20 },
        { itemCode: 'V01', points: 37.5 },
      ]),
    ).toEqual([]);
  });

  it('refuses an unknown item, naming it', () => {
    expect(validateItemScores(rubric, [{ itemCode: 'X99', points: 1 }])).toEqual([
      expect.objectContaining({ itemCode: 'X99', kind: 'UNKNOWN_ITEM' }),
    ]);
  });

  it.each([-0.1, 20.1, 21, Number.NaN, Number.POSITIVE_INFINITY])('refuses %p points on an item worth 20, naming it', (points) => {
    const problems = validateItemScores(rubric, [{ itemCode: 'S08', points }]);
    expect(problems).toEqual([expect.objectContaining({ itemCode: 'S08', kind: 'OUT_OF_RANGE' })]);
    expect(problems[0].message).toContain('S08');
  });

  it('refuses more than one decimal', () => {
    expect(validateItemScores(rubric, [{ itemCode: 'S01', points: 10.25 }])).toEqual([
      expect.objectContaining({ itemCode: 'S01', kind: 'TOO_PRECISE' }),
    ]);
  });

  it('refuses the same item twice in one batch', () => {
    expect(
      validateItemScores(rubric, [
        { itemCode: 'S01', points: 1 },
        { itemCode: 'S01', points: 2 },
      ]),
    ).toEqual([expect.objectContaining({ itemCode: 'S01', kind: 'DUPLICATE_ITEM' })]);
  });

  it('reports every offending item of a batch', () => {
    const problems = validateItemScores(rubric, [
      { itemCode: 'S01', points: 51 },
      { itemCode: 'S02', points: 10 },
      { itemCode: 'NOPE', points: 1 },
    ]);
    expect(problems.map((p) => [p.index, p.itemCode])).toEqual([
      [0, 'S01'],
      [2, 'NOPE'],
    ]);
  });
});

describe('unscoredItemCodes', () => {
  it('lists the items not scored yet, in rubric order', () => {
    const all = rubric.sections.flatMap((s) => s.items.map((i) => i.code));
    expect(unscoredItemCodes(rubric, all)).toEqual([]);
    expect(unscoredItemCodes(rubric, all.filter((c) => c !== 'M03' && c !== 'S02'))).toEqual(['S02', 'M03']);
  });
});

describe('totalPoints', () => {
  it('sums exactly to one decimal', () => {
    expect(totalPoints([{ points: 0.1 }, { points: 0.2 }])).toBe(0.3);
    expect(totalPoints(Array.from({ length: 10 }, () => ({ points: 59.9 })))).toBe(599);
    expect(totalPoints([])).toBe(0);
  });
});
