/**
 * Grade-linked operating subsidy (等级评定奖补): the current grade picks a tier, the tier sets the monthly amount.
 * Amounts are data (a configurable table), integer fen. Pure functions.
 */
import type { RatedProviderKind } from './rating-rubric.policy.js';

export interface SubsidyTier {
  kind: RatedProviderKind;
  stars: number;
  /** Operating subsidy per occupied bed per month, fen. */
  perOccupiedBedMonthlyFen: number;
  /** Flat monthly amount, fen: community facilities have few or no beds, so their subsidy is per facility. */
  flatMonthlyFen: number;
}

const YUAN = 100;

/**
 * Defaults in the range seen in provincial schemes: nursing homes 50 to 300 yuan per occupied bed per month from 1★
 * to 5★; day-care centres and rural happiness homes a flat 500 to 3,000 yuan a month. Ungraded or expired: nothing.
 */
export const DEFAULT_SUBSIDY_TIERS: readonly SubsidyTier[] = [
  ...[50, 100, 150, 200, 300].map((y, i) => ({
    kind: 'NURSING_HOME' as const,
    stars: i + 1,
    perOccupiedBedMonthlyFen: y * YUAN,
    flatMonthlyFen: 0,
  })),
  ...(['DAY_CARE_CENTRE', 'RURAL_HAPPINESS_HOME'] as const).flatMap((kind) =>
    [500, 1000, 1500, 2000, 3000].map((y, i) => ({ kind, stars: i + 1, perOccupiedBedMonthlyFen: 0, flatMonthlyFen: y * YUAN })),
  ),
];

/** The tier for a grade, or null when the provider has no current grade (0 stars) or no tier is configured. */
export function subsidyTierFor(
  kind: RatedProviderKind,
  stars: number | null,
  tiers: readonly SubsidyTier[] = DEFAULT_SUBSIDY_TIERS,
): SubsidyTier | null {
  if (!stars) return null;
  return tiers.find((t) => t.kind === kind && t.stars === stars) ?? null;
}

/** Monthly subsidy in fen: the flat amount plus the per-bed amount for every occupied bed. */
export function monthlySubsidyFen(tier: Pick<SubsidyTier, 'perOccupiedBedMonthlyFen' | 'flatMonthlyFen'> | null, occupiedBeds: number): number {
  if (!tier) return 0;
  return tier.flatMonthlyFen + tier.perOccupiedBedMonthlyFen * Math.max(0, occupiedBeds);
}
