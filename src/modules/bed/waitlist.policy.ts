// The fair waitlist (轮候) for a provider's beds of one category.
//
// Priority, in order:
//   1. EXTREME_POVERTY elders first (应养尽养: the state must place them), on verified categories only;
//   2. then the more severe care level (GB/T 42195 final level: TOTAL > SEVERE > MODERATE > MILD > INTACT;
//      an elder never assessed ranks below INTACT, since nothing shows a need yet);
//   3. then the earlier request;
//   4. then the entry id, so that two requests in the same microsecond still have one fixed order.
// Priority is computed from the elder's current record each time, so a reassessment or a newly verified
// category moves the entry without anyone re-joining.

import { CareLevel as CareLevelEnum, valuesOf, type CareLevelName } from '../../core/domain/enums.js';

export const CARE_LEVELS = valuesOf(CareLevelEnum);
export type CareLevel = CareLevelName;

/** Severity rank of a care level; unassessed ranks lowest. */
export function careLevelSeverity(level: CareLevel | null | undefined): number {
  return level == null ? -1 : CARE_LEVELS.indexOf(level);
}

export interface WaitlistCandidate {
  readonly id: string;
  readonly elderId: string;
  readonly verifiedCategories: readonly string[];
  readonly careLevel: CareLevel | null;
  readonly requestedAt: Date;
}

export function isExtremePoverty(candidate: Pick<WaitlistCandidate, 'verifiedCategories'>): boolean {
  return candidate.verifiedCategories.includes('EXTREME_POVERTY');
}

/** Negative when `a` comes before `b`. A total order: never 0 for two different ids. */
export function compareWaitlistPriority(a: WaitlistCandidate, b: WaitlistCandidate): number {
  const poverty = Number(isExtremePoverty(b)) - Number(isExtremePoverty(a));
  if (poverty !== 0) return poverty;
  const severity = careLevelSeverity(b.careLevel) - careLevelSeverity(a.careLevel);
  if (severity !== 0) return severity;
  const time = a.requestedAt.getTime() - b.requestedAt.getTime();
  if (time !== 0) return time;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The candidates in priority order, each with its 1-based position. Does not modify the input. */
export function orderWaitlist<T extends WaitlistCandidate>(candidates: readonly T[]): Array<T & { position: number }> {
  return [...candidates]
    .sort(compareWaitlistPriority)
    .map((candidate, index) => ({ ...candidate, position: index + 1 }));
}

/**
 * The entry that receives the next free bed: the first in priority order that is eligible now (the caller
 * decides eligibility: the reserved share, no active reservation elsewhere). Null when nobody is.
 */
export function chooseOfferRecipient<T extends WaitlistCandidate>(
  candidates: readonly T[],
  isEligible: (candidate: T) => boolean,
): T | null {
  for (const candidate of [...candidates].sort(compareWaitlistPriority)) {
    if (isEligible(candidate)) return candidate;
  }
  return null;
}

// Lifecycle of a waitlist entry.
//   WAITING  -> OFFERED   a bed freed and this entry was first eligible: a HELD reservation was created for it
//   WAITING  -> LEFT      the guardian or officer took the elder off the list
//   OFFERED  -> ACCEPTED  the offered hold was admitted
//   OFFERED  -> DECLINED  the offered hold was released (declined) before admission
//   OFFERED  -> LAPSED    the offered hold expired
// A declined or lapsed entry leaves the list (otherwise, still being first, it would be offered the same bed
// again at once); the elder may join again, at the back of their priority group.
export const WAITLIST_ENTRY_STATUSES = ['WAITING', 'OFFERED', 'ACCEPTED', 'DECLINED', 'LAPSED', 'LEFT'] as const;
export type WaitlistEntryStatus = (typeof WAITLIST_ENTRY_STATUSES)[number];
export type WaitlistEvent = 'OFFER' | 'LEAVE' | 'ACCEPT' | 'DECLINE' | 'LAPSE';

export const WAITLIST_TRANSITIONS: Readonly<Record<WaitlistEvent, { from: WaitlistEntryStatus; to: WaitlistEntryStatus }>> = {
  OFFER: { from: 'WAITING', to: 'OFFERED' },
  LEAVE: { from: 'WAITING', to: 'LEFT' },
  ACCEPT: { from: 'OFFERED', to: 'ACCEPTED' },
  DECLINE: { from: 'OFFERED', to: 'DECLINED' },
  LAPSE: { from: 'OFFERED', to: 'LAPSED' },
};

/** Statuses in which an entry is still on the list (one such entry per elder, provider and category). */
export const OPEN_WAITLIST_STATUSES: readonly WaitlistEntryStatus[] = ['WAITING', 'OFFERED'];

export function nextWaitlistStatus(status: WaitlistEntryStatus, event: WaitlistEvent): WaitlistEntryStatus | null {
  const transition = WAITLIST_TRANSITIONS[event];
  return transition.from === status ? transition.to : null;
}

/** What happens to the offer's entry when its reservation leaves HELD. */
export function waitlistEventForReservation(reservationTo: string): WaitlistEvent | null {
  switch (reservationTo) {
    case 'ADMITTED':
      return 'ACCEPT';
    case 'RELEASED':
      return 'DECLINE';
    case 'EXPIRED':
      return 'LAPSE';
    default:
      return null;
  }
}
