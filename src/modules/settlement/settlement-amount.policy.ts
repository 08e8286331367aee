/**
 * Amounts of settlement lines, integer fen throughout. Pure functions.
 *
 * Monthly amounts are prorated by days: amount × days ÷ days of the month, rounded half up to the fen once per line
 * (never per day, so a line of 31 days at a monthly rate pays exactly the rate).
 */
import { divideHalfUp } from '../home-care/visit-pricing.policy.js';

export const BASIS_POINTS = 10_000;

/** Visit amounts are home care's pricing rules (a short visit is repriced at its check-out); settlement reuses them. */
export { divideHalfUp, prorateShortVisit, type VisitMoney } from '../home-care/visit-pricing.policy.js';

/** A monthly amount for `days` of a month of `monthDays` days. */
export function proratedByDays(monthlyFen: number, days: number, monthDays: number): number {
  return divideHalfUp(monthlyFen * days, monthDays);
}

export interface DailyGrade {
  /** Per occupied bed per month, fen. */
  perOccupiedBedMonthlyFen: number;
  /** Per facility per month, fen. */
  flatMonthlyFen: number;
}

/**
 * The star-tier operating subsidy for the days one grade was in force: each day pays the flat amount and the
 * per-bed amount for each bed occupied that day, at 1/monthDays of the monthly figures.
 */
export function starSubsidyFen(tier: DailyGrade, occupiedBedsByDay: readonly number[], monthDays: number): number {
  const numerator = occupiedBedsByDay.reduce((sum, beds) => sum + tier.flatMonthlyFen + tier.perOccupiedBedMonthlyFen * Math.max(0, beds), 0);
  return divideHalfUp(numerator, monthDays);
}
