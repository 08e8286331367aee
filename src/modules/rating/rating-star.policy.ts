/**
 * Star computation for a facility grade (GB/T 37276-2018): the score decides the stars, then per-star prerequisites
 * cap them ("a failed prerequisite caps the grade whatever the score"). Pure functions, no Nest or database imports.
 */
import { MAX_STARS, type PrerequisiteCode, type PrerequisiteRule } from './rating-rubric.policy.js';

/** A grade is valid for 3 years from publication (GB/T 37276); kept as a parameter because provinces differ. */
export const DEFAULT_GRADE_VALIDITY_YEARS = 3;

/**
 * Stars earned by points alone: the highest star whose threshold the total reaches (a total equal to a threshold earns
 * that star); 0 below the 1-star threshold.
 */
export function starsFromPoints(totalPoints: number, thresholds: readonly number[]): number {
  let stars = 0;
  for (let star = 1; star <= Math.min(MAX_STARS, thresholds.length); star++) {
    if (totalPoints >= thresholds[star - 1]) stars = star;
    else break;
  }
  return stars;
}

/**
 * Facts about the facility the prerequisites are checked against. Occupancy comes from the provider's live bed
 * capacity; the staffing and room counts are entered by the assessor. `null` means "not known".
 */
export interface PrerequisiteFacts {
  caregiverCount: number | null;
  fullyDependentResidentCount: number | null;
  occupiedBeds: number | null;
  totalBeds: number | null;
  roomCount: number | null;
  roomsWithOwnBathroomCount: number | null;
}

export interface PrerequisiteResult {
  star: number;
  code: PrerequisiteCode;
  /** What the rubric requires (see PrerequisiteRule.value). */
  required: number;
  /** The facility's value in the same unit (residents per caregiver, or percent); null when it cannot be computed. */
  actual: number | null;
  met: boolean;
}

/** Which facts a prerequisite needs: the assessor must enter the ones that do not come from live data. */
export const FACTS_BY_PREREQUISITE: Readonly<Record<PrerequisiteCode, readonly (keyof PrerequisiteFacts)[]>> = {
  CAREGIVER_RATIO: ['caregiverCount', 'fullyDependentResidentCount'],
  OCCUPANCY: ['occupiedBeds', 'totalBeds'],
  OWN_BATHROOM_SHARE: ['roomCount', 'roomsWithOwnBathroomCount'],
};

/** Facts that a rubric's prerequisites need and that are still unknown (finalizing needs them all). */
export function missingFacts(prerequisites: readonly PrerequisiteRule[], facts: PrerequisiteFacts): (keyof PrerequisiteFacts)[] {
  const missing = new Set<keyof PrerequisiteFacts>();
  for (const p of prerequisites) for (const f of FACTS_BY_PREREQUISITE[p.code]) if (facts[f] === null) missing.add(f);
  return [...missing];
}

/**
 * Checks one prerequisite. Integer cross-multiplication avoids rounding at the boundary (16 residents and 2 caregivers
 * meet 1:8 exactly). Unknown facts and empty denominators of a percentage fail: a grade is never granted on a guess.
 */
export function evaluatePrerequisite(rule: PrerequisiteRule, facts: PrerequisiteFacts): PrerequisiteResult {
  const base = { star: rule.star, code: rule.code, required: rule.value };
  switch (rule.code) {
    case 'CAREGIVER_RATIO': {
      const { caregiverCount: c, fullyDependentResidentCount: r } = facts;
      if (c === null || r === null) return { ...base, actual: null, met: false };
      // No fully dependent residents: no caregiver is needed for them, the ratio holds.
      if (r === 0) return { ...base, actual: 0, met: true };
      if (c === 0) return { ...base, actual: null, met: false };
      return { ...base, actual: round2(r / c), met: c * rule.value >= r };
    }
    case 'OCCUPANCY':
      return percentResult(base, facts.occupiedBeds, facts.totalBeds, rule.value);
    case 'OWN_BATHROOM_SHARE':
      return percentResult(base, facts.roomsWithOwnBathroomCount, facts.roomCount, rule.value);
  }
}

function percentResult(
  base: Omit<PrerequisiteResult, 'actual' | 'met'>,
  part: number | null,
  whole: number | null,
  minPercent: number,
): PrerequisiteResult {
  if (part === null || whole === null || whole <= 0) return { ...base, actual: null, met: false };
  return { ...base, actual: round2((part * 100) / whole), met: part * 100 >= minPercent * whole };
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

export interface GradeInput {
  totalPoints: number;
  starThresholds: readonly number[];
  prerequisites: readonly PrerequisiteRule[];
  facts: PrerequisiteFacts;
}

export interface GradeResult {
  /** Stars the points alone would earn. */
  scoreStars: number;
  /** The grade: scoreStars capped at the highest star whose prerequisites (and those of every star below) all hold. */
  stars: number;
  /** Every prerequisite checked, for the audit trail. */
  prerequisiteResults: PrerequisiteResult[];
  /** The prerequisites that held the grade below scoreStars: those failing at stars above the grade, up to scoreStars. */
  failedPrerequisites: PrerequisiteResult[];
}

/**
 * Computes the grade. A star is reachable only if its own prerequisites and those of every lower star hold, so a
 * facility failing 3★ occupancy stays at 2★ even if custom data made its 4★ prerequisites pass.
 */
export function computeGrade(input: GradeInput): GradeResult {
  const scoreStars = starsFromPoints(input.totalPoints, input.starThresholds);
  const prerequisiteResults = input.prerequisites
    .filter((p) => p.star <= scoreStars)
    .map((p) => evaluatePrerequisite(p, input.facts))
    .sort((a, b) => a.star - b.star);
  let stars = scoreStars;
  for (const r of prerequisiteResults) {
    if (!r.met) {
      stars = Math.min(stars, r.star - 1);
    }
  }
  const failedPrerequisites = prerequisiteResults.filter((r) => !r.met && r.star > stars);
  return { scoreStars, stars, prerequisiteResults, failedPrerequisites };
}

/** Distinct prerequisite codes in the order they first failed: the short list clients show next to the grade. */
export function failedPrerequisiteCodes(failed: readonly PrerequisiteResult[]): PrerequisiteCode[] {
  return [...new Set(failed.map((f) => f.code))];
}

/**
 * End of validity: the same calendar day `years` later (UTC). A grade published on 29 February runs to 28 February,
 * not 1 March, so it never outlives its term.
 */
export function gradeValidUntil(publishedAt: Date, years: number = DEFAULT_GRADE_VALIDITY_YEARS): Date {
  const d = new Date(publishedAt.getTime());
  const month = d.getUTCMonth();
  d.setUTCFullYear(d.getUTCFullYear() + years);
  if (d.getUTCMonth() !== month) d.setUTCDate(0);
  return d;
}

/** A grade is current until the instant its validity ends; an expired grade is history. */
export function isGradeCurrent(validUntil: Date, now: Date): boolean {
  return validUntil.getTime() > now.getTime();
}
