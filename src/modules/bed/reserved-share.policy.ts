// The reserved share of public-built private-run homes (公建民营养老机构预留床位).
//
// Such a home keeps a share of its beds of each category (default 20%, a setting) for government-supported
// elders. Which elders count as government-supported is a choice documented here and in the README:
// EXTREME_POVERTY (特困), SUBSISTENCE_ALLOWANCE (低保) and LOW_INCOME (低收入) — the means-tested groups the
// state pays for. Age- or situation-based categories (ADVANCED_AGE, LIVING_ALONE, EMPTY_NEST, LEFT_BEHIND,
// DISABLED) are not, because they say nothing about ability to pay. Only categories verified by civil affairs
// count: a family's declaration alone never unlocks a reserved bed.
//
// Beds already held or occupied by supported elders count towards the share: the share is a floor of beds
// for them, not an extra buffer kept empty on top of their beds. So a non-supported elder may take a bed only
// while the free beds exceed the part of the share that supported elders do not yet use.
//
// The service enforces the same arithmetic in SQL, inside the conditional UPDATE on bed_capacity; the unit
// specs here pin the rule and the e2e specs pin the SQL.

import type { OwnershipName } from '../../core/domain/enums.js';

export type Ownership = OwnershipName;

export const GOVERNMENT_SUPPORTED_CATEGORIES = ['EXTREME_POVERTY', 'SUBSISTENCE_ALLOWANCE', 'LOW_INCOME'] as const;

/** Default reserved share, in whole percent of the category's total beds. */
export const DEFAULT_RESERVED_SHARE_PERCENT = 20;

/** True when the home keeps a reserved share at all. */
export function keepsReservedShare(ownership: Ownership): boolean {
  return ownership === 'PUBLIC_BUILT_PRIVATE_RUN';
}

/** True when the elder's verified categories make them government-supported. */
export function isGovernmentSupported(verifiedCategories: readonly string[]): boolean {
  return verifiedCategories.some((category) =>
    (GOVERNMENT_SUPPORTED_CATEGORIES as readonly string[]).includes(category),
  );
}

/**
 * Number of beds in the reserved share: `sharePercent` of `total`, rounded up (a home with 7 beds and 20%
 * keeps 2, not 1). Integer arithmetic, identical to the SQL `(total * pct + 99) / 100`.
 */
export function reservedShareBeds(total: number, sharePercent: number = DEFAULT_RESERVED_SHARE_PERCENT): number {
  if (!Number.isInteger(total) || total < 0) throw new RangeError(`total must be a non-negative integer, got ${total}`);
  if (!Number.isInteger(sharePercent) || sharePercent < 0 || sharePercent > 100) {
    throw new RangeError(`share must be an integer percent 0..100, got ${sharePercent}`);
  }
  return Math.floor((total * sharePercent + 99) / 100);
}

export interface BedTakeRequest {
  readonly ownership: Ownership;
  readonly total: number;
  readonly occupied: number;
  readonly reserved: number;
  /** Beds of this provider and category currently held or occupied by government-supported elders. */
  readonly supportedInUse: number;
  /** Whether the elder asking is government-supported. */
  readonly elderSupported: boolean;
  readonly sharePercent?: number;
}

export type BedTakeDecision = { readonly allowed: true } | { readonly allowed: false; readonly reason: 'NO_BED_AVAILABLE' };

/** Beds of the share that must stay free for supported elders who have not come yet. */
export function protectedFreeBeds(request: Omit<BedTakeRequest, 'elderSupported' | 'occupied' | 'reserved'>): number {
  if (!keepsReservedShare(request.ownership)) return 0;
  return Math.max(0, reservedShareBeds(request.total, request.sharePercent) - request.supportedInUse);
}

/** May this elder take one more bed of the category right now? */
export function mayTakeBed(request: BedTakeRequest): BedTakeDecision {
  const free = request.total - request.occupied - request.reserved;
  if (free <= 0) return { allowed: false, reason: 'NO_BED_AVAILABLE' };
  if (request.elderSupported) return { allowed: true };
  // Only reserved beds remain for this elder: refused with the same reason as a full home.
  if (free <= protectedFreeBeds(request)) return { allowed: false, reason: 'NO_BED_AVAILABLE' };
  return { allowed: true };
}
