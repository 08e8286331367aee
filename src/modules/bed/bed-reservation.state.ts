// The bed reservation lifecycle (床位预订/入住) as an explicit table of allowed transitions.
// Pure: no Nest, no database. The service looks up a transition here, checks the caller's relation
// to the reservation, then applies the status change and the capacity delta in one transaction.
import { defineStateMachine, type Transition } from '../../core/domain/state-machine.js';
import { invalidTransition } from './bed.errors.js';

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

export interface BedReservationTransition extends Transition<BedReservationStatus, BedReservationAction, ReservationRelation> {
  readonly from: BedReservationStatus;
  /** Relations allowed to perform it. */
  readonly by: readonly ReservationRelation[];
  readonly capacityDelta: CapacityDelta;
  /** True when the transition gives a bed back, so the waitlist gets an offer. */
  readonly freesBed: boolean;
}

const ROWS: readonly BedReservationTransition[] = [
  // The institution admits the elder: the held bed becomes an occupied one.
  { action: 'ADMIT', from: 'HELD', to: 'ADMITTED', by: ['PROVIDER_STAFF'], capacityDelta: { occupied: 1, reserved: -1 }, freesBed: false },
  // Either side may give up a hold before admission; for an offered hold this is the family's "decline".
  {
    action: 'RELEASE',
    from: 'HELD',
    to: 'RELEASED',
    by: ['PROVIDER_STAFF', 'ELDER_REPRESENTATIVE'],
    capacityDelta: { occupied: 0, reserved: -1 },
    freesBed: true,
  },
  // Only the expiry job ends a hold by time, so a person cannot fake an expiry.
  { action: 'EXPIRE', from: 'HELD', to: 'EXPIRED', by: ['SYSTEM'], capacityDelta: { occupied: 0, reserved: -1 }, freesBed: true },
  // Discharge is the institution's act (it keeps the resident's record).
  {
    action: 'DISCHARGE',
    from: 'ADMITTED',
    to: 'DISCHARGED',
    by: ['PROVIDER_STAFF'],
    capacityDelta: { occupied: -1, reserved: 0 },
    freesBed: true,
  },
];

/**
 * The lifecycle on the one state-machine helper. Permission is checked before the status (`check: 'actor'`) so that
 * a caller who may not act at all learns nothing about the reservation's state; a wrong status is INVALID_TRANSITION.
 * The service turns ACTOR_NOT_ALLOWED into FORBIDDEN or NOT_FOUND depending on whether the caller may see it.
 */
export const BED_RESERVATION_MACHINE = defineStateMachine<BedReservationStatus, BedReservationAction, ReservationRelation, BedReservationTransition>(
  'reservation',
  ROWS,
  { check: 'actor', invalidTransition: (from, action) => invalidTransition(from ?? 'new', action) },
);

/** Each action has one row (one status it starts from). */
export const BED_RESERVATION_TRANSITIONS = Object.fromEntries(ROWS.map((row) => [row.action, row])) as Readonly<
  Record<BedReservationAction, BedReservationTransition>
>;

/** Capacity change of a brand-new hold (reserveBed or an automatic waitlist offer). */
export const NEW_HOLD_CAPACITY_DELTA: CapacityDelta = { occupied: 0, reserved: 1 };

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
