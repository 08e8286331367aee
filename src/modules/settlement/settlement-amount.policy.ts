/**
 * Amounts of settlement lines, integer fen throughout. Pure functions.
 *
 * Monthly amounts are prorated by days: amount × days ÷ days of the month, rounded half up to the fen once per line
 * (never per day, so a line of 31 days at a monthly rate pays exactly the rate).
 */

export const BASIS_POINTS = 10_000;

/** n ÷ d rounded half up, for non-negative integers (exact: no floating point in the division). */
export function divideHalfUp(n: number, d: number): number {
  if (!Number.isSafeInteger(n) || !Number.isSafeInteger(d) || d <= 0) throw new RangeError('integers, positive divisor');
  if (n < 0) return -divideHalfUp(-n, d);
  return Math.floor((2 * n + d) / (2 * d));
}

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

export interface VisitMoney {
  priceFen: number;
  subsidyFen: number;
  copayFen: number;
}

/**
 * A visit that ended early is paid for the minutes worked, never in full: price and subsidy are scaled by the share
 * of the booked minutes worked (hourly prices are per minute already; a per-visit price names the visit's length,
 * so a shorter visit is that share of it). The subsidy is rounded down (the government never pays a fraction of a fen
 * more than its share), the price half up, and priceFen = subsidyFen + copayFen still holds. A full or longer visit
 * keeps its booked amounts.
 */
export function prorateShortVisit(money: VisitMoney, bookedMinutes: number, workedMinutes: number): VisitMoney {
  const worked = Math.max(0, Math.floor(workedMinutes));
  if (bookedMinutes <= 0 || worked >= bookedMinutes) return { ...money };
  const priceFen = divideHalfUp(money.priceFen * worked, bookedMinutes);
  const subsidyFen = Math.min(priceFen, Math.floor((money.subsidyFen * worked) / bookedMinutes));
  return { priceFen, subsidyFen, copayFen: priceFen - subsidyFen };
}
