import { conflict } from '../../core/errors/domain-error.js';

/**
 * Business refusals of the bed module. NO_BED_AVAILABLE, IDEMPOTENCY_KEY_REUSED and INVALID_TRANSITION are the fixed core's (docs/errors.md);
 * ACTIVE_RESERVATION_EXISTS and BED_AVAILABLE are added by this module (CONFLICT).
 */
export const BedReason = {
  NO_BED_AVAILABLE: 'NO_BED_AVAILABLE',
  IDEMPOTENCY_KEY_REUSED: 'IDEMPOTENCY_KEY_REUSED',
  INVALID_TRANSITION: 'INVALID_TRANSITION',
  ACTIVE_RESERVATION_EXISTS: 'ACTIVE_RESERVATION_EXISTS',
  BED_AVAILABLE: 'BED_AVAILABLE',
} as const;

export const noBedAvailable = () => conflict(BedReason.NO_BED_AVAILABLE, 'No free bed of this category for this elder; join the waitlist');

export const idempotencyKeyReused = () =>
  conflict(BedReason.IDEMPOTENCY_KEY_REUSED, 'This idempotencyKey was already used for a different reservation request');

const PAST: Record<string, string> = { ADMIT: 'admitted', RELEASE: 'released', EXPIRE: 'expired', DISCHARGE: 'discharged', LEAVE: 'left' };

export const invalidTransition = (status: string, action: string) =>
  conflict(BedReason.INVALID_TRANSITION, `Something that is ${status} cannot be ${PAST[action] ?? action.toLowerCase()}`);

export const activeReservationExists = () =>
  conflict(BedReason.ACTIVE_RESERVATION_EXISTS, 'The elder already holds or occupies a bed; release or discharge it first');

export const bedAvailable = () => conflict(BedReason.BED_AVAILABLE, 'A bed of this category is free for this elder; reserve it instead');
