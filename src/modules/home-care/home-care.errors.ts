import { type DomainError, badInput, conflict, forbidden } from '../../core/errors/domain-error.js';

/** Business refusals of home care, in one place; the reasons of the fixed API core (docs/errors.md) keep their names. */
export const HomeCareErrors = {
  slotUnavailable: (why = 'No qualified caregiver is free for that time') => conflict('SLOT_UNAVAILABLE', why),
  elderBusy: () => conflict('SLOT_UNAVAILABLE', 'The elder already has a visit overlapping that time'),
  caregiverUnavailable: (why = 'The caregiver has an overlapping visit') => conflict('CAREGIVER_UNAVAILABLE', why),
  idempotencyKeyReused: () => conflict('IDEMPOTENCY_KEY_REUSED', 'This idempotency key was used with a different request'),
  invalidTransition: (status: string, action: string) =>
    conflict('INVALID_TRANSITION', `An order that is ${status} does not allow ${action.toLowerCase().replace(/_/g, ' ')}`),
  roleNotAllowed: (action: string) => forbidden(`Your role may not ${action.toLowerCase().replace(/_/g, ' ')} this order`),
  serviceNotOffered: () =>
    badInput('The provider does not offer that service', [{ path: 'input.service', message: 'not offered by this provider' }], 'SERVICE_NOT_OFFERED'),
  outsideServiceArea: (path = 'input.elderId') =>
    badInput('The elder lives outside the provider\'s service radius', [{ path, message: 'outside the service area' }], 'OUTSIDE_SERVICE_AREA'),
  startInPast: (path = 'input.startsAt') => badInput('The visit must start in the future', [{ path, message: 'must be in the future' }], 'START_IN_PAST'),
  durationOutOfBounds: (min: number, max: number, path = 'input.durationMinutes') =>
    badInput(`The duration must be ${min === max ? `${min}` : `${min} to ${max}`} minutes for this service`, [
      { path, message: `must be ${min === max ? `${min}` : `${min} to ${max}`} minutes` },
    ], 'DURATION_OUT_OF_BOUNDS'),
  checkInWindow: (timing: 'TOO_EARLY' | 'TOO_LATE') =>
    conflict('OUTSIDE_CHECK_IN_WINDOW', timing === 'TOO_EARLY' ? 'Check-in is not open yet' : 'Check-in has closed for this visit'),
  noShowTooEarly: () => conflict('NO_SHOW_TOO_EARLY', 'A visit can be marked as a no-show only once it should have started'),
  alreadyReviewed: () => conflict('ALREADY_REVIEWED', 'This visit has been reviewed already'),
  caregiverNotQualified: () =>
    badInput('The caregiver is not qualified for this service', [{ path: 'caregiverId', message: 'not qualified for the service' }], 'CAREGIVER_NOT_QUALIFIED'),
  caregiverOffDuty: () => conflict('CAREGIVER_UNAVAILABLE', 'The caregiver does not work at that time'),
  homeBedExists: () => conflict('HOME_BED_EXISTS', 'The elder already has an active home bed with this provider'),
  homeBedNotAllowed: () =>
    badInput('Only nursing homes and home-care agencies keep home beds', [{ path: 'input.providerId', message: 'not a nursing home or home-care agency' }], 'HOME_BED_NOT_ALLOWED'),
} satisfies Record<string, (...args: never[]) => DomainError>;
