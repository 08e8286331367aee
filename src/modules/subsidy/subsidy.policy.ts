// Home-care subsidy eligibility (政府购买服务): rules are data, evaluated here. Pure functions: no Nest, no database.
//
// A rule set is an ORDERED list and the FIRST rule whose conditions all hold wins. First-match (rather than
// "best allowance") keeps the outcome explainable: the officer who writes the list decides precedence, and the
// `basis` reported to the family is the one rule that applied. The default list is ordered most generous first,
// so for the defaults first-match and best-allowance give the same answer.

import { CareLevel, valuesOf, type CareLevelName, type ElderCategoryName } from '../../core/domain/enums.js';

const CARE_LEVELS = valuesOf(CareLevel);

/** Share of a visit's price paid by the subsidy, in basis points (10000 = 100%). */
export const FULL_COVERAGE_BP = 10_000;

export interface SubsidyRule {
  /** Stable identifier reported with the figures (a row id, or a code for the built-in defaults). */
  id: string;
  /** The elder must hold at least one of these VERIFIED categories; empty or absent = no category condition. */
  anyOfCategories?: readonly ElderCategoryName[] | null;
  /** The elder must be at least this old (completed years). */
  minAge?: number | null;
  /** The elder's care level must be at least this severe; an elder never assessed does not match. */
  minCareLevel?: CareLevelName | null;
  monthlyAllowanceFen: number;
  coverageRateBp: number;
  /** Human-readable reason shown to the family and the officer. */
  basis: string;
  /** Funding source (资金来源) that pays the subsidy: CITY, DISTRICT, STREET, LTCI or a region-defined code; default CITY. */
  fundingSource?: string | null;
}

/** The source of rules written before funding sources were recorded, and of rules that name none. */
export const DEFAULT_FUNDING_SOURCE = 'CITY';

/** What the rules need to know about an elder. Categories must already be the COUNTED ones (verified + derived). */
export interface SubsidySubject {
  categories: readonly ElderCategoryName[];
  age: number;
  careLevel: CareLevelName | null;
}

export interface SubsidyEligibility {
  monthlyAllowanceFen: number;
  coverageRateBp: number;
  basis: string;
  /** The rule that applied, or null when none did. */
  ruleId: string | null;
}

export const NO_SUBSIDY_BASIS = 'No subsidy rule applies: verified categories, age and care level do not qualify';

/** The defaults of the issue, most generous first. Amounts in fen (1 yuan = 100 fen). */
export const DEFAULT_SUBSIDY_RULES: readonly SubsidyRule[] = [
  {
    id: 'default:extreme-poverty',
    anyOfCategories: ['EXTREME_POVERTY'],
    monthlyAllowanceFen: 120_000,
    coverageRateBp: 10_000,
    basis: 'Extreme poverty (特困): 100% of visits, up to 1,200 yuan a month',
  },
  {
    id: 'default:allowance-70',
    anyOfCategories: ['SUBSISTENCE_ALLOWANCE', 'LOW_INCOME'],
    minAge: 70,
    monthlyAllowanceFen: 60_000,
    coverageRateBp: 8_000,
    basis: 'Subsistence allowance or low income, aged 70+: 80% of visits, up to 600 yuan a month',
  },
  {
    id: 'default:age-90',
    minAge: 90,
    monthlyAllowanceFen: 60_000,
    coverageRateBp: 8_000,
    basis: 'Aged 90+: 80% of visits, up to 600 yuan a month',
  },
  {
    id: 'default:low-income-moderate',
    anyOfCategories: ['LOW_INCOME'],
    minCareLevel: 'MODERATE',
    monthlyAllowanceFen: 40_000,
    coverageRateBp: 5_000,
    basis: 'Low income with moderate or worse disability: 50% of visits, up to 400 yuan a month',
  },
];

/** Do all of the rule's conditions hold for the subject? */
export function ruleMatches(rule: SubsidyRule, subject: SubsidySubject): boolean {
  if (rule.anyOfCategories && rule.anyOfCategories.length > 0) {
    if (!rule.anyOfCategories.some((c) => subject.categories.includes(c))) return false;
  }
  if (rule.minAge !== undefined && rule.minAge !== null && subject.age < rule.minAge) return false;
  if (rule.minCareLevel) {
    if (subject.careLevel === null) return false;
    if (CARE_LEVELS.indexOf(subject.careLevel) < CARE_LEVELS.indexOf(rule.minCareLevel)) return false;
  }
  return true;
}

/** The first matching rule's figures, or no subsidy. */
export function evaluateSubsidy(rules: readonly SubsidyRule[], subject: SubsidySubject): SubsidyEligibility {
  const rule = rules.find((r) => ruleMatches(r, subject));
  if (!rule) return { monthlyAllowanceFen: 0, coverageRateBp: 0, basis: NO_SUBSIDY_BASIS, ruleId: null };
  return {
    monthlyAllowanceFen: rule.monthlyAllowanceFen,
    coverageRateBp: rule.coverageRateBp,
    basis: rule.basis,
    ruleId: rule.id,
  };
}

/** Fields of a rule list that cannot be stored, as `rules[i].field` paths (empty when fine). */
export function subsidyRuleErrors(rules: ReadonlyArray<Omit<SubsidyRule, 'id'>>): string[] {
  const bad: string[] = [];
  rules.forEach((r, i) => {
    if (!Number.isInteger(r.monthlyAllowanceFen) || r.monthlyAllowanceFen < 0) bad.push(`rules[${i}].monthlyAllowanceFen`);
    if (!Number.isInteger(r.coverageRateBp) || r.coverageRateBp < 0 || r.coverageRateBp > FULL_COVERAGE_BP) {
      bad.push(`rules[${i}].coverageRateBp`);
    }
    if (r.minAge !== undefined && r.minAge !== null && (!Number.isInteger(r.minAge) || r.minAge < 0 || r.minAge > 150)) {
      bad.push(`rules[${i}].minAge`);
    }
    if (!r.basis || r.basis.trim() === '') bad.push(`rules[${i}].basis`);
  });
  return bad;
}

/**
 * The subsidy part of a visit's price: the covered share, capped by what is left of the month's allowance.
 * Integer fen throughout; the share is rounded down so the subsidy never pays a fraction of a fen too much.
 */
export function subsidyForVisit(priceFen: number, eligibility: Pick<SubsidyEligibility, 'coverageRateBp'>, remainingAllowanceFen: number): number {
  return splitVisitPrice(priceFen, eligibility.coverageRateBp, Math.max(0, remainingAllowanceFen)).subsidyFen;
}

export interface PriceSplit {
  subsidyFen: number;
  copayFen: number;
}

/**
 * Splits a price between the subsidy and the co-payment. The subsidy is the covered share (rounded down, so that
 * the government never pays a fraction of a fen more than its rate) capped by what is left of the allowance.
 */
export function splitVisitPrice(priceFen: number, coverageBasisPoints: number, remainingAllowanceFen: number): PriceSplit {
  for (const [name, v] of Object.entries({ priceFen, coverageBasisPoints, remainingAllowanceFen })) {
    if (!Number.isInteger(v) || v < 0) throw new RangeError(`${name} must be a non-negative integer`);
  }
  if (coverageBasisPoints > FULL_COVERAGE_BP) throw new RangeError('coverageBasisPoints must be at most 10000');
  const covered = Math.floor((priceFen * coverageBasisPoints) / FULL_COVERAGE_BP);
  const subsidyFen = Math.min(covered, remainingAllowanceFen);
  return { subsidyFen, copayFen: priceFen - subsidyFen };
}
