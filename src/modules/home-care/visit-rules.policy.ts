/**
 * Timing and place rules of a visit (pure: no Nest, no database): booking lead, late cancellation, the check-in
 * window, no-show timing, and distances for the service area and the check-in geofence.
 */

/** A family may cancel free of charge until this long before the start; later cancellations are recorded as late. */
export const DEFAULT_CANCELLATION_NOTICE_MINUTES = 120;
/** Check-in opens this long before the start ... */
export const DEFAULT_CHECK_IN_OPENS_MINUTES_BEFORE = 30;
/** ... and closes this long after it. */
export const DEFAULT_CHECK_IN_CLOSES_MINUTES_AFTER = 60;
/** A check-in or check-out farther than this from the elder's home is accepted but flagged for review. */
export const DEFAULT_GEOFENCE_METERS = 300;
/** The least time between booking and the start of the visit. */
export const DEFAULT_MIN_BOOKING_LEAD_MINUTES = 0;
/** How long after the start a visit that nobody checked in to may be marked as a no-show. */
export const DEFAULT_NO_SHOW_GRACE_MINUTES = 0;
/** Mean Earth radius (IUGG), metres. */
export const EARTH_RADIUS_METERS = 6_371_008.8;

const MINUTE = 60_000;

export const startsFarEnoughAhead = (now: number, startsAt: number, minLeadMinutes = DEFAULT_MIN_BOOKING_LEAD_MINUTES) =>
  startsAt > now + minLeadMinutes * MINUTE;

/** Late when the notice left before the start is shorter than the required notice. */
export const isLateCancellation = (now: number, startsAt: number, noticeMinutes = DEFAULT_CANCELLATION_NOTICE_MINUTES) =>
  startsAt - now < noticeMinutes * MINUTE;

export interface CheckInWindow {
  opensMinutesBefore: number;
  closesMinutesAfter: number;
}
export const DEFAULT_CHECK_IN_WINDOW: CheckInWindow = {
  opensMinutesBefore: DEFAULT_CHECK_IN_OPENS_MINUTES_BEFORE,
  closesMinutesAfter: DEFAULT_CHECK_IN_CLOSES_MINUTES_AFTER,
};

export type CheckInTiming = 'TOO_EARLY' | 'OPEN' | 'TOO_LATE';

/** Where `now` falls relative to the check-in window around the start (both ends inclusive). */
export function checkInTiming(now: number, startsAt: number, window: CheckInWindow = DEFAULT_CHECK_IN_WINDOW): CheckInTiming {
  if (now < startsAt - window.opensMinutesBefore * MINUTE) return 'TOO_EARLY';
  if (now > startsAt + window.closesMinutesAfter * MINUTE) return 'TOO_LATE';
  return 'OPEN';
}

/** A no-show can only be attested once the visit should have started. */
export const noShowMayBeMarked = (now: number, startsAt: number, graceMinutes = DEFAULT_NO_SHOW_GRACE_MINUTES) =>
  now >= startsAt + graceMinutes * MINUTE;

/** Minutes actually spent, from check-in to check-out, rounded to the nearest minute. */
export const actualDurationMinutes = (checkedInAt: number, checkedOutAt: number) =>
  Math.max(0, Math.round((checkedOutAt - checkedInAt) / MINUTE));

export interface GeoPoint {
  latitude: number;
  longitude: number;
}

/** Great-circle distance in metres (haversine). */
export function distanceMeters(a: GeoPoint, b: GeoPoint): number {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLon = (b.longitude - a.longitude) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Beyond the geofence: accepted, but flagged for review. Exactly on the fence is inside. */
export const isBeyondGeofence = (distance: number, geofenceMeters = DEFAULT_GEOFENCE_METERS) => distance > geofenceMeters;

/** The elder's home must lie within the provider's service radius (inclusive). */
export const withinServiceRadius = (distance: number, serviceRadiusKm: number) => distance <= serviceRadiusKm * 1000;
