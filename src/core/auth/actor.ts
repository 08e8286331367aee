import type { Role } from '../domain/enums.js';

/** Who is calling: taken from the verified access token, carried through every service call. */
export interface Actor {
  userId: string;
  role: Role;
  /** PROVIDER_STAFF and CAREGIVER: the provider they work for. */
  providerId: string | null;
  /** CIVIL_AFFAIRS: the region-code prefix they act in. */
  regionScope: string | null;
  /** The sign-in session of the access token (absent for actors made by the service itself, e.g. for jobs). */
  sessionId?: string | null;
}

/**
 * The platform itself: the expiry job, waitlist offers, automatic assignment, visits generated from a home-bed plan.
 * Never a caller (no token carries it); recorded as actor role SYSTEM with no user id.
 */
export interface SystemActor {
  readonly userId: null;
  readonly role: 'SYSTEM';
  readonly providerId: null;
  readonly regionScope: null;
}

export const SYSTEM_ACTOR: SystemActor = Object.freeze({ userId: null, role: 'SYSTEM', providerId: null, regionScope: null });

export const isSystemActor = (actor: Actor | SystemActor): actor is SystemActor => actor.role === 'SYSTEM';
