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
