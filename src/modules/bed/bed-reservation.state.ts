// The bed reservation lifecycle (床位预订/入住) as an explicit table of allowed transitions.
// Pure: no Nest, no database. The service looks up a transition here, checks the caller's relation
// to the reservation, then applies the status change and the capacity delta in one transaction.

export const BED_RESERVATION_STATUSES = ['HELD', 'ADMITTED', 'RELEASED', 'EXPIRED', 'DISCHARGED'] as const;
export type BedReservationStatus = (typeof BED_RESERVATION_STATUSES)[number];

/** Statuses in which the reservation takes up a bed; an elder may have at most one of these at a time. */
export const ACTIVE_RESERVATION_STATUSES: readonly BedReservationStatus[] = ['HELD', 'ADMITTED'];

export const BED_RESERVATION_ACTIONS = ['ADMIT', 'RELEASE', 'EXPIRE', 'DISCHARGE'] as const;
export type BedReservationAction = (typeof BED_RESERVATION_ACTIONS)[number];

/**
 * How the caller stands towards one reservation (a caller may hold several relations at once):
 * - PROVIDER_STAFF: staff of the reservation's provider;
 * - ELDER_REPRESENTATIVE: someone who may act for the elder (a guardian, or a civil-affairs officer in scope);
 * - SYSTEM: the platform itself (the expiry job).
 */
export type ReservationRelation = 'PROVIDER_STAFF' | 'ELDER_REPRESENTATIVE' | 'SYSTEM';

/** Change applied to the bed_capacity row of the reservation's provider and category. */
export interface CapacityDelta {
  readonly occupied: number;
  readonly reserved: number;
}

export interface BedReservationTransition {
  readonly from: BedReservationStatus;
  readonly to: BedReservationStatus;
  /** Relations allowed to perform it. */
  readonly by: readonly ReservationRelation[];
  readonly capacityDelta: CapacityDelta;
  /** True when the transition gives a bed back, so the waitlist gets an offer. */
  readonly freesBed: boolean;
}

export const BED_RESERVATION_TRANSITIONS: Readonly<Record<BedReservationAction, BedReservationTransition>> = {
  // The institution admits the elder: the held bed becomes an occupied one.
  ADMIT: { from: 'HELD', to: 'ADMITTED', by: ['PROVIDER_STAFF'], capacityDelta: { occupied: 1, reserved: -1 }, freesBed: false },
  // Either side may give up a hold before admission; for an offered hold this is the family's "decline".
  RELEASE: {
    from: 'HELD',
    to: 'RELEASED',
    by: ['PROVIDER_STAFF', 'ELDER_REPRESENTATIVE'],
    capacityDelta: { occupied: 0, reserved: -1 },
    freesBed: true,
  },
  // Only the expiry job ends a hold by time, so a person cannot fake an expiry.
  EXPIRE: { from: 'HELD', to: 'EXPIRED', by: ['SYSTEM'], capacityDelta: { occupied: 0, reserved: -1 }, freesBed: true },
  // Discharge is the institution's act (it keeps the resident's record).
  DISCHARGE: {
    from: 'ADMITTED',
    to: 'DISCHARGED',
    by: ['PROVIDER_STAFF'],
    capacityDelta: { occupied: -1, reserved: 0 },
    freesBed: true,
  },
};

/** Capacity change of a brand-new hold (reserveBed or an automatic waitlist offer). */
export const NEW_HOLD_CAPACITY_DELTA: CapacityDelta = { occupied: 0, reserved: 1 };

export type TransitionPlan =
  | { readonly ok: true; readonly transition: BedReservationTransition }
  /** NOT_PERMITTED: the caller has no relation allowed to do this; INVALID_TRANSITION: wrong current status. */
  | { readonly ok: false; readonly reason: 'NOT_PERMITTED' | 'INVALID_TRANSITION' };

/**
 * Decides whether `action` may be applied now. Permission is checked before the status so that a
 * caller who may not act at all learns nothing about the reservation's state.
 */
export function planReservationTransition(
  status: BedReservationStatus,
  action: BedReservationAction,
  relations: readonly ReservationRelation[],
): TransitionPlan {
  const transition = BED_RESERVATION_TRANSITIONS[action];
  if (!transition.by.some((relation) => relations.includes(relation))) {
    return { ok: false, reason: 'NOT_PERMITTED' };
  }
  if (transition.from !== status) {
    return { ok: false, reason: 'INVALID_TRANSITION' };
  }
  return { ok: true, transition };
}

export function isActiveReservation(status: BedReservationStatus): boolean {
  return ACTIVE_RESERVATION_STATUSES.includes(status);
}

/** Default length of a hold made by reserveBed (hours); stored as a setting, this is its seed. */
export const DEFAULT_HOLD_HOURS = 48;
/** Default length of a hold created automatically by a waitlist offer (hours). */
export const DEFAULT_OFFER_HOLD_HOURS = 48;

export function holdExpiresAt(now: Date, holdHours: number): Date {
  if (!Number.isFinite(holdHours) || holdHours <= 0) {
    throw new RangeError(`hold hours must be positive, got ${holdHours}`);
  }
  return new Date(now.getTime() + holdHours * 3_600_000);
}
