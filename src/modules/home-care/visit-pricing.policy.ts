/**
 * What a visit costs and who pays it (pure: no Nest, no database). Money is integer fen throughout.
 *
 * The provider's offering sets the price, per visit or per hour. Government-purchased care pays a share of it
 * (coverage rate in basis points) out of the elder's monthly allowance while the allowance lasts; the elder pays
 * the rest: priceFen = subsidyFen + copayFen, always.
 */

/** Bounds for a visit when the offering names no standard duration. */
export const DEFAULT_MIN_VISIT_MINUTES = 15;
export const DEFAULT_MAX_VISIT_MINUTES = 8 * 60;
/** Offering units priced per hour (prorated by the minute); any other unit is a price per visit. */
export const HOURLY_UNITS: readonly string[] = ['hour', 'per_hour', 'hourly', 'h', '小时', '时'];

export interface Offering {
  priceFen: number;
  unit: string;
  /** The standard length of a visit, when the provider names one. */
  durationMinutes?: number | null;
}

export const isHourly = (unit: string, hourlyUnits: readonly string[] = HOURLY_UNITS) =>
  hourlyUnits.includes(unit.trim().toLowerCase());

export interface DurationBounds {
  min: number;
  max: number;
}

/**
 * Allowed visit lengths. A per-visit price with a named duration fixes the length (a longer visit would be free
 * time); an hourly price takes the named duration as the least bookable; otherwise the platform defaults apply.
 */
export function durationBounds(
  offering: Offering,
  defaults: DurationBounds = { min: DEFAULT_MIN_VISIT_MINUTES, max: DEFAULT_MAX_VISIT_MINUTES },
  hourlyUnits: readonly string[] = HOURLY_UNITS,
): DurationBounds {
  const named = offering.durationMinutes ?? null;
  if (named === null) return { ...defaults };
  if (isHourly(offering.unit, hourlyUnits)) return { min: Math.min(named, defaults.max), max: defaults.max };
  return { min: named, max: named };
}

export const durationWithin = (minutes: number, bounds: DurationBounds) =>
  Number.isInteger(minutes) && minutes >= bounds.min && minutes <= bounds.max;

/** Price of one visit in fen: the offering's price, or for hourly units the price prorated to the minute (half up). */
export function visitPriceFen(offering: Offering, durationMinutes: number, hourlyUnits: readonly string[] = HOURLY_UNITS): number {
  if (!isHourly(offering.unit, hourlyUnits)) return offering.priceFen;
  return Math.round((offering.priceFen * durationMinutes) / 60);
}

/**
 * A visit that ended early is paid for the minutes worked, never in full: price and subsidy are scaled by the share
 * of the booked minutes worked (hourly prices are per minute already; a per-visit price names the visit's length,
 * so a shorter visit is that share of it). The subsidy is rounded down (the government never pays a fraction of a fen
 * more than its share), the price half up, and priceFen = subsidyFen + copayFen still holds. A full or longer visit
 * keeps its booked amounts. (How the price is split between subsidy and co-payment at booking is the subsidy
 * module's splitVisitPrice.)
 */
export function prorateShortVisit(money: VisitMoney, bookedMinutes: number, workedMinutes: number): VisitMoney {
  const worked = Math.max(0, Math.floor(workedMinutes));
  if (bookedMinutes <= 0 || worked >= bookedMinutes) return { ...money };
  const priceFen = divideHalfUp(money.priceFen * worked, bookedMinutes);
  const subsidyFen = Math.min(priceFen, Math.floor((money.subsidyFen * worked) / bookedMinutes));
  return { priceFen, subsidyFen, copayFen: priceFen - subsidyFen };
}

export interface VisitMoney {
  priceFen: number;
  subsidyFen: number;
  copayFen: number;
}

/** n ÷ d rounded half up, for non-negative integers (exact: no floating point in the division). */
export function divideHalfUp(n: number, d: number): number {
  if (!Number.isSafeInteger(n) || !Number.isSafeInteger(d) || d <= 0) throw new RangeError('integers, positive divisor');
  if (n < 0) return -divideHalfUp(-n, d);
  return Math.floor((2 * n + d) / (2 * d));
}

/** The allowance month a visit counts against: the first day of its month in local (China) time, as YYYY-MM-01. */
export function allowanceMonth(instant: number, utcOffsetMinutes = 8 * 60): string {
  const local = new Date(instant + utcOffsetMinutes * 60_000);
  return `${local.getUTCFullYear()}-${String(local.getUTCMonth() + 1).padStart(2, '0')}-01`;
}
