// Age and elder categories (特困, 低保, 高龄 ...). Pure functions: no Nest, no database.

import { ElderCategory, valuesOf, type ElderCategoryName } from '../../core/domain/enums.js';

export const ELDER_CATEGORIES = valuesOf(ElderCategory);
export type { ElderCategoryName };

/** A family may declare a category; only civil affairs can verify it, and only verified ones count for eligibility. */
export type CategoryStatus = 'DECLARED' | 'VERIFIED';

/** 高龄: 80 and over unless a region configures otherwise. */
export const DEFAULT_ADVANCED_AGE_THRESHOLD = 80;
export { ageOn, calendarDateAt, CHINA_UTC_OFFSET_MINUTES } from '../../core/domain/china-calendar.js';

/**
 * The categories that count: the verified ones, with ADVANCED_AGE derived from the age alone (it is never taken
 * from a declaration or a verification, so it appears and disappears with the threshold).
 */
export function countedCategories(
  categories: ReadonlyArray<{ category: ElderCategoryName; status: CategoryStatus }>,
  age: number,
  advancedAgeThreshold = DEFAULT_ADVANCED_AGE_THRESHOLD,
): ElderCategoryName[] {
  const out = new Set<ElderCategoryName>();
  for (const c of categories) if (c.status === 'VERIFIED' && c.category !== 'ADVANCED_AGE') out.add(c.category);
  if (age >= advancedAgeThreshold) out.add('ADVANCED_AGE');
  return ELDER_CATEGORIES.filter((c) => out.has(c));
}

/**
 * The category list after someone submits `requested` as the elder's categories.
 * - A verifier (civil affairs) states the truth: every requested category becomes VERIFIED, the rest are dropped.
 * - Anyone else (a guardian) declares: requested categories are DECLARED unless already VERIFIED, unlisted
 *   declarations are withdrawn, and VERIFIED categories stay whatever the list says, because a verification is an
 *   official record that only civil affairs may change.
 * ADVANCED_AGE is derived from the age, so it is never stored.
 */
export function mergeCategories(
  current: ReadonlyArray<{ category: ElderCategoryName; status: CategoryStatus }>,
  requested: readonly ElderCategoryName[],
  byVerifier: boolean,
): Array<{ category: ElderCategoryName; status: CategoryStatus }> {
  const verifiedBefore = new Set(current.filter((c) => c.status === 'VERIFIED').map((c) => c.category));
  const wanted = new Set<ElderCategoryName>(requested);
  if (!byVerifier) for (const c of verifiedBefore) wanted.add(c);
  wanted.delete('ADVANCED_AGE');
  return ELDER_CATEGORIES.filter((c) => wanted.has(c)).map((category) => ({
    category,
    status: byVerifier || verifiedBefore.has(category) ? 'VERIFIED' : 'DECLARED',
  }));
}

/** 特困人员: supported in an institution (集中供养) or at home (分散供养). */
export const SUPPORT_FORMS = ['CENTRALIZED', 'DISPERSED'] as const;
export type SupportForm = (typeof SUPPORT_FORMS)[number];

/** 特困人员生活自理能力: able to care for oneself, partly unable, wholly unable (drives the care allowance tier). */
export const SELF_CARE_CLASSES = ['SELF_CARE', 'PARTLY_DEPENDENT', 'FULLY_DEPENDENT'] as const;
export type SelfCareClass = (typeof SELF_CARE_CLASSES)[number];

/**
 * Support form and self-care class describe an extreme-poverty elder only; for anyone else they are refused
 * rather than silently kept, so that statistics on 集中供养 never count people who are not 特困.
 * Returns the names of the offending fields (empty when fine).
 */
export function extremePovertyDetailErrors(
  categories: readonly ElderCategoryName[],
  detail: { supportForm?: SupportForm | null; selfCareClass?: SelfCareClass | null },
): string[] {
  if (categories.includes('EXTREME_POVERTY')) return [];
  const bad: string[] = [];
  if (detail.supportForm) bad.push('supportForm');
  if (detail.selfCareClass) bad.push('selfCareClass');
  return bad;
}
