// Elder capability assessment after GB/T 42195-2022 (老年人能力评估规范). Pure functions: no Nest, no database.
// Four dimensions, 26 items, 0..90 points (higher = more capable), a level from the total, then adjustments.
// The long-term-care insurance scale (levels 0-5) is a different instrument and is deliberately not modelled here.

import { CareLevel, valuesOf, type CareLevelName } from '../../core/domain/enums.js';

export const CARE_LEVELS = valuesOf(CareLevel);
export type { CareLevelName };
/** Index of the most severe level (完全失能); adjustments never go beyond it. */
export const MAX_LEVEL = CARE_LEVELS.length - 1;

export type Dimension = 'selfCare' | 'mobility' | 'mentalState' | 'perceptionSocial';
export const DIMENSIONS: readonly Dimension[] = ['selfCare', 'mobility', 'mentalState', 'perceptionSocial'];

/** Maximum points of each item, in the standard's order (the input arrays follow this order). */
export const ITEM_MAX: Readonly<Record<Dimension, readonly number[]>> = {
  // eating, grooming, bathing, dressing upper, dressing lower and shoes, bladder, bowel, toileting
  selfCare: [4, 4, 4, 4, 4, 4, 4, 4],
  // bed position change, bed-chair transfer, walking 50 m on flat ground, stairs
  mobility: [4, 4, 4, 3],
  // orientation in time, place, person; memory; understanding; expression; aggression; depression; consciousness
  mentalState: [4, 4, 4, 4, 4, 4, 1, 1, 2],
  // vision, hearing, daily affairs, using transport, social contact
  perceptionSocial: [2, 2, 4, 3, 4],
};

/**
 * Lowest total score of each level, most capable first (90 intact; 66-89 mild; 46-65 moderate; 30-45 severe;
 * 0-29 total loss). A parameter so that a revised standard is a data change.
 */
export const DEFAULT_LEVEL_BANDS: ReadonlyArray<{ level: CareLevelName; minScore: number }> = [
  { level: 'INTACT', minScore: 90 },
  { level: 'MILD', minScore: 66 },
  { level: 'MODERATE', minScore: 46 },
  { level: 'SEVERE', minScore: 30 },
  { level: 'TOTAL', minScore: 0 },
];

/** Care-risk events (fall, choking, wandering off, self-harm, suicide attempt) in 30 days that raise the level by one. */
export const DEFAULT_CARE_RISK_EVENT_THRESHOLD = 2;
/** The standard asks for reassessment every 12 months. */
export const DEFAULT_REASSESSMENT_MONTHS = 12;

export interface AssessmentRules {
  levelBands: ReadonlyArray<{ level: CareLevelName; minScore: number }>;
  careRiskEventThreshold: number;
  reassessmentMonths: number;
}
export const DEFAULT_ASSESSMENT_RULES: AssessmentRules = {
  levelBands: DEFAULT_LEVEL_BANDS,
  careRiskEventThreshold: DEFAULT_CARE_RISK_EVENT_THRESHOLD,
  reassessmentMonths: DEFAULT_REASSESSMENT_MONTHS,
};

export interface AssessmentInput {
  selfCare: readonly number[];
  mobility: readonly number[];
  mentalState: readonly number[];
  perceptionSocial: readonly number[];
  coma?: boolean | null;
  dementiaDiagnosed?: boolean | null;
  otherMentalDisorderDiagnosed?: boolean | null;
  careRiskEventsLast30Days?: number | null;
}

export type Adjustment = 'COMA' | 'MENTAL_DISORDER' | 'CARE_RISK_EVENTS';

export interface AssessmentResult {
  dimensionScores: Record<Dimension, number>;
  totalScore: number;
  /** Level from the total score alone. */
  scoreLevel: CareLevelName;
  /** Level after the adjustments; this is the elder's care level. */
  finalLevel: CareLevelName;
  /** Adjustments that applied, in the order they were applied. */
  adjustments: Adjustment[];
}

export interface AssessmentItemError {
  /** The offending input, e.g. `mentalState` (wrong count) or `mentalState[6]` (item out of range). */
  field: string;
  message: string;
}

/** Every problem with the item vectors: wrong counts, non-integers, out-of-range items, a negative event count. */
export function assessmentInputErrors(input: AssessmentInput): AssessmentItemError[] {
  const errors: AssessmentItemError[] = [];
  for (const dim of DIMENSIONS) {
    const max = ITEM_MAX[dim];
    const items = input[dim];
    if (!Array.isArray(items)) {
      errors.push({ field: dim, message: `${dim} must list ${max.length} item scores` });
      continue;
    }
    if (items.length !== max.length) {
      errors.push({ field: dim, message: `${dim} must have exactly ${max.length} items, got ${items.length}` });
      continue;
    }
    items.forEach((value, i) => {
      if (!Number.isInteger(value) || value < 0 || value > max[i]) {
        errors.push({ field: `${dim}[${i}]`, message: `${dim}[${i}] must be an integer from 0 to ${max[i]}, got ${value}` });
      }
    });
  }
  const events = input.careRiskEventsLast30Days;
  if (events !== undefined && events !== null && (!Number.isInteger(events) || events < 0)) {
    errors.push({ field: 'careRiskEventsLast30Days', message: 'careRiskEventsLast30Days must be a whole number, 0 or more' });
  }
  return errors;
}

/** Level from a total score, per the bands (first band whose minimum the score reaches). */
export function levelFromScore(total: number, bands = DEFAULT_LEVEL_BANDS): CareLevelName {
  for (const band of bands) if (total >= band.minScore) return band.level;
  return bands[bands.length - 1].level;
}

export class AssessmentInvalidError extends Error {
  constructor(readonly errors: AssessmentItemError[]) {
    super(`capability assessment is invalid: ${errors.map((e) => e.field).join(', ')}`);
  }
}

/**
 * Scores an assessment. Throws {@link AssessmentInvalidError} listing every bad item when the vectors do not
 * match the standard, so a partial assessment is never scored.
 */
export function scoreAssessment(input: AssessmentInput, rules: AssessmentRules = DEFAULT_ASSESSMENT_RULES): AssessmentResult {
  const errors = assessmentInputErrors(input);
  if (errors.length > 0) throw new AssessmentInvalidError(errors);
  const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
  const dimensionScores = {
    selfCare: sum(input.selfCare),
    mobility: sum(input.mobility),
    mentalState: sum(input.mentalState),
    perceptionSocial: sum(input.perceptionSocial),
  };
  const totalScore = sum(Object.values(dimensionScores));
  const scoreLevel = levelFromScore(totalScore, rules.levelBands);

  const adjustments: Adjustment[] = [];
  let level = CARE_LEVELS.indexOf(scoreLevel);
  if (input.coma) {
    // A person in a coma is fully dependent whatever the items say; the other adjustments cannot add to that.
    adjustments.push('COMA');
    level = MAX_LEVEL;
  } else {
    if (input.dementiaDiagnosed || input.otherMentalDisorderDiagnosed) {
      adjustments.push('MENTAL_DISORDER');
      level += 1;
    }
    if ((input.careRiskEventsLast30Days ?? 0) >= rules.careRiskEventThreshold) {
      adjustments.push('CARE_RISK_EVENTS');
      level += 1;
    }
  }
  return { dimensionScores, totalScore, scoreLevel, finalLevel: CARE_LEVELS[Math.min(level, MAX_LEVEL)], adjustments };
}

/** Adds calendar months, clamping to the month's last day (29 Feb + 12 months = 28 Feb). */
export function addMonths(at: Date, months: number): Date {
  const d = new Date(at.getTime());
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, lastDay));
  return d;
}

/** When the next assessment is due. */
export function nextAssessmentDue(assessedAt: Date, months = DEFAULT_REASSESSMENT_MONTHS): Date {
  return addMonths(assessedAt, months);
}

/** Levels are ordered: is `level` at least as severe as `min`? */
export function isAtLeast(level: CareLevelName, min: CareLevelName): boolean {
  return CARE_LEVELS.indexOf(level) >= CARE_LEVELS.indexOf(min);
}
