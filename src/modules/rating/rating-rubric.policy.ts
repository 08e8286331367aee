/**
 * Rating rubrics (GB/T 37276-2018 style) as plain data, and the rules a rubric must satisfy before it can be
 * published. No Nest or database imports: the service stores these shapes as versioned rows.
 */

/** Provider kinds as plain strings, so that pure rules do not depend on the GraphQL enum registration. */
export type RatedProviderKind = 'NURSING_HOME' | 'DAY_CARE_CENTRE' | 'RURAL_HAPPINESS_HOME' | 'HOME_CARE_AGENCY';

/** Grades run from 1 to 5 stars; 0 means "below the 1-star threshold" (not graded). */
export const MAX_STARS = 5;

/**
 * Default score thresholds per star on a 1,000-point rubric (1★ 600 … 5★ 940). Rubrics with other totals rescale
 * them proportionally (see `scaleThresholds`), so a 500-point rubric starts at 300 for one star.
 */
export const DEFAULT_STAR_THRESHOLDS_PER_1000: readonly number[] = [600, 700, 800, 880, 940];

/** The prerequisites a star can require (GB/T 37276 practice, docs/ratings.md). */
export type PrerequisiteCode = 'CAREGIVER_RATIO' | 'OCCUPANCY' | 'OWN_BATHROOM_SHARE';
export const PREREQUISITE_CODES: readonly PrerequisiteCode[] = ['CAREGIVER_RATIO', 'OCCUPANCY', 'OWN_BATHROOM_SHARE'];

/**
 * One prerequisite of one star. `value` means, by code:
 * - CAREGIVER_RATIO: the most fully dependent residents one caregiver may have (8 means at least 1:8);
 * - OCCUPANCY: the least share of beds occupied, in percent;
 * - OWN_BATHROOM_SHARE: the least share of rooms with their own bathroom, in percent.
 */
export interface PrerequisiteRule {
  star: number;
  code: PrerequisiteCode;
  value: number;
}

export interface RubricItem {
  code: string;
  /** Chinese title as printed on the official form. */
  title: string;
  titleEn: string;
  maxPoints: number;
}

export interface RubricSection {
  code: string;
  title: string;
  titleEn: string;
  maxPoints: number;
  items: RubricItem[];
}

export interface RubricDefinition {
  maxPoints: number;
  sections: RubricSection[];
  /** Points needed for 1★..5★, in order, strictly increasing, each within 1..maxPoints. */
  starThresholds: number[];
  prerequisites: PrerequisiteRule[];
}

/** A prerequisite in words, for rubric listings and audit records. */
export function describePrerequisite(rule: Pick<PrerequisiteRule, 'code' | 'value'>): string {
  switch (rule.code) {
    case 'CAREGIVER_RATIO':
      return `caregivers : fully dependent residents at least 1:${rule.value}`;
    case 'OCCUPANCY':
      return `bed occupancy at least ${rule.value}%`;
    case 'OWN_BATHROOM_SHARE':
      return `rooms with own bathroom at least ${rule.value}%`;
  }
}

/**
 * Rescales per-1,000 thresholds to a rubric of `maxPoints`. Rounded up to whole points so that a rescaled bar is
 * never lower than the proportional one.
 */
export function scaleThresholds(
  maxPoints: number,
  perThousand: readonly number[] = DEFAULT_STAR_THRESHOLDS_PER_1000,
): number[] {
  return perThousand.map((t) => Math.ceil((t * maxPoints) / 1000 - 1e-9));
}

/** Every item of a rubric by its code. Item codes are unique across the whole rubric. */
export function rubricItemIndex(rubric: Pick<RubricDefinition, 'sections'>): Map<string, RubricItem> {
  const index = new Map<string, RubricItem>();
  for (const section of rubric.sections) for (const item of section.items) index.set(item.code, item);
  return index;
}

export interface RubricProblem {
  /** Path of the offending part, e.g. `sections.SAFETY.items.S01.maxPoints` or `starThresholds`. */
  field: string;
  message: string;
}

const CODE_PATTERN = /^[A-Z0-9_]{1,32}$/;

/**
 * Checks that a rubric is internally consistent before it is published: items add up to their section, sections to
 * the rubric, thresholds rise with the stars and fit the rubric, prerequisites are well formed. Returns every problem
 * found (empty when valid), so that an ADMIN sees them all at once.
 */
export function validateRubricDefinition(rubric: RubricDefinition): RubricProblem[] {
  const problems: RubricProblem[] = [];
  if (!isPositiveWhole(rubric.maxPoints)) problems.push({ field: 'maxPoints', message: 'must be a positive whole number' });
  if (rubric.sections.length === 0) problems.push({ field: 'sections', message: 'a rubric needs at least one section' });

  const sectionCodes = new Set<string>();
  const itemCodes = new Set<string>();
  let sectionSum = 0;
  for (const section of rubric.sections) {
    const at = `sections.${section.code}`;
    if (!CODE_PATTERN.test(section.code)) problems.push({ field: at, message: 'code must be 1-32 of A-Z, 0-9, _' });
    if (sectionCodes.has(section.code)) problems.push({ field: at, message: 'duplicate section code' });
    sectionCodes.add(section.code);
    if (!section.title.trim()) problems.push({ field: `${at}.title`, message: 'title is required' });
    if (!isPositiveWhole(section.maxPoints)) problems.push({ field: `${at}.maxPoints`, message: 'must be a positive whole number' });
    if (section.items.length === 0) problems.push({ field: `${at}.items`, message: 'a section needs at least one item' });
    let itemSum = 0;
    for (const item of section.items) {
      const itemAt = `${at}.items.${item.code}`;
      if (!CODE_PATTERN.test(item.code)) problems.push({ field: itemAt, message: 'code must be 1-32 of A-Z, 0-9, _' });
      if (itemCodes.has(item.code)) problems.push({ field: itemAt, message: 'duplicate item code' });
      itemCodes.add(item.code);
      if (!item.title.trim()) problems.push({ field: `${itemAt}.title`, message: 'title is required' });
      if (!isPositiveWhole(item.maxPoints)) problems.push({ field: `${itemAt}.maxPoints`, message: 'must be a positive whole number' });
      itemSum += item.maxPoints;
    }
    if (itemSum !== section.maxPoints) {
      problems.push({ field: `${at}.maxPoints`, message: `items add up to ${itemSum}, section says ${section.maxPoints}` });
    }
    sectionSum += section.maxPoints;
  }
  if (sectionSum !== rubric.maxPoints) {
    problems.push({ field: 'maxPoints', message: `sections add up to ${sectionSum}, rubric says ${rubric.maxPoints}` });
  }

  const t = rubric.starThresholds;
  if (t.length !== MAX_STARS) {
    problems.push({ field: 'starThresholds', message: `needs exactly ${MAX_STARS} thresholds (1★..5★)` });
  } else {
    t.forEach((v, i) => {
      if (!Number.isFinite(v) || v <= 0 || v > rubric.maxPoints) {
        problems.push({ field: `starThresholds.${i + 1}`, message: `must be within 1..${rubric.maxPoints}` });
      }
      if (i > 0 && !(v > t[i - 1])) {
        problems.push({ field: `starThresholds.${i + 1}`, message: 'must be higher than the threshold of the star below' });
      }
    });
  }

  const seen = new Set<string>();
  rubric.prerequisites.forEach((p, i) => {
    const at = `prerequisites.${i}`;
    if (!Number.isInteger(p.star) || p.star < 1 || p.star > MAX_STARS) {
      problems.push({ field: `${at}.star`, message: `must be 1..${MAX_STARS}` });
    }
    if (!PREREQUISITE_CODES.includes(p.code)) problems.push({ field: `${at}.code`, message: 'unknown prerequisite' });
    const key = `${p.star}:${p.code}`;
    if (seen.has(key)) problems.push({ field: at, message: 'the same prerequisite is given twice for this star' });
    seen.add(key);
    if (p.code === 'CAREGIVER_RATIO' && !isPositiveWhole(p.value)) {
      problems.push({ field: `${at}.value`, message: 'residents per caregiver must be a positive whole number' });
    }
    if ((p.code === 'OCCUPANCY' || p.code === 'OWN_BATHROOM_SHARE') && !(Number.isFinite(p.value) && p.value > 0 && p.value <= 100)) {
      problems.push({ field: `${at}.value`, message: 'a percentage must be within 0 (exclusive) and 100' });
    }
  });
  return problems;
}

function isPositiveWhole(n: number): boolean {
  return Number.isInteger(n) && n > 0;
}
