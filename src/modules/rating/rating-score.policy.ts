/**
 * Validation of the points an assessor gives per rubric item, and the total. Pure functions.
 */
import { rubricItemIndex, type RubricDefinition } from './rating-rubric.policy.js';

/**
 * Points are kept to one decimal (half points and tenths are common on paper forms); totals are summed in tenths as
 * integers so that 0.1 + 0.2 cannot drift past a threshold.
 */
export const SCORE_DECIMALS = 1;
const SCALE = 10 ** SCORE_DECIMALS;

export interface ItemScore {
  itemCode: string;
  points: number;
}

export type ScoreProblemKind = 'UNKNOWN_ITEM' | 'OUT_OF_RANGE' | 'TOO_PRECISE' | 'DUPLICATE_ITEM';

export interface ScoreProblem {
  /** Position of the offending score in the batch, so that the error can name the input field. */
  index: number;
  itemCode: string;
  kind: ScoreProblemKind;
  message: string;
}

/**
 * Every problem with a batch of scores, each naming its item: an item the rubric does not have, points outside
 * 0..the item's maximum (or not a number), more than one decimal, or the same item twice in one batch.
 */
export function validateItemScores(rubric: Pick<RubricDefinition, 'sections'>, scores: readonly ItemScore[]): ScoreProblem[] {
  const items = rubricItemIndex(rubric);
  const problems: ScoreProblem[] = [];
  const seen = new Set<string>();
  scores.forEach((s, index) => {
    const item = items.get(s.itemCode);
    if (!item) {
      problems.push({ index, itemCode: s.itemCode, kind: 'UNKNOWN_ITEM', message: `item ${s.itemCode} is not in this rubric` });
      return;
    }
    if (seen.has(s.itemCode)) {
      problems.push({ index, itemCode: s.itemCode, kind: 'DUPLICATE_ITEM', message: `item ${s.itemCode} is scored twice` });
    }
    seen.add(s.itemCode);
    if (!Number.isFinite(s.points) || s.points < 0 || s.points > item.maxPoints) {
      problems.push({
        index,
        itemCode: s.itemCode,
        kind: 'OUT_OF_RANGE',
        message: `item ${s.itemCode} takes 0 to ${item.maxPoints} points, got ${s.points}`,
      });
    } else if (Math.abs(s.points * SCALE - Math.round(s.points * SCALE)) > 1e-6) {
      problems.push({
        index,
        itemCode: s.itemCode,
        kind: 'TOO_PRECISE',
        message: `item ${s.itemCode}: points have at most ${SCORE_DECIMALS} decimal`,
      });
    }
  });
  return problems;
}

/** Rubric items not scored yet, in rubric order: finalizing needs every item. */
export function unscoredItemCodes(rubric: Pick<RubricDefinition, 'sections'>, scoredCodes: Iterable<string>): string[] {
  const scored = new Set(scoredCodes);
  return [...rubricItemIndex(rubric).keys()].filter((code) => !scored.has(code));
}

/** Sum of points, exact to one decimal. */
export function totalPoints(scores: readonly Pick<ItemScore, 'points'>[]): number {
  return scores.reduce((sum, s) => sum + Math.round(s.points * SCALE), 0) / SCALE;
}
