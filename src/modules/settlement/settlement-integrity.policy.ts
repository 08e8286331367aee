/**
 * Integrity checks on visits before anything is paid (EVV: electronic visit verification). Pure functions.
 *
 * A line is HELD with every reason that applies; it then counts in no total until an officer accepts or rejects it.
 * Fraud patterns auditors look for: visits shorter than booked, check-ins far from the home, one caregiver in two
 * places, visits never made.
 */

export enum HoldReason {
  CHECK_IN_FLAGGED = 'CHECK_IN_FLAGGED',
  CHECK_OUT_FLAGGED = 'CHECK_OUT_FLAGGED',
  CHECK_MISSING = 'CHECK_MISSING',
  SHORT_VISIT = 'SHORT_VISIT',
  IMPOSSIBLE_TRAVEL = 'IMPOSSIBLE_TRAVEL',
  OVERLAPPING_VISITS = 'OVERLAPPING_VISITS',
  CHECKED_OUT_BEFORE_START = 'CHECKED_OUT_BEFORE_START',
}

export interface VisitEvidence {
  id: string;
  caregiverId: string | null;
  /** Booked times. */
  startsAt: Date;
  endsAt: Date;
  checkedInAt: Date | null;
  checkedOutAt: Date | null;
  checkInFlagged: boolean | null;
  checkOutFlagged: boolean | null;
  /** Where the visit happens (the elder's home): the caregiver's position at check-in and check-out. */
  latitude: number;
  longitude: number;
}

export interface IntegrityRules {
  /** A visit whose actual length is under this share of the booked length is held, in basis points (5000 = 50%). */
  shortVisitShareBp: number;
  /** A caregiver who would have had to travel faster than this, straight line, between visits is held. */
  maxTravelKmh: number;
}

const EARTH_RADIUS_KM = 6371.0088;

/** Great-circle distance in km (haversine). */
export function straightLineKm(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLon = (b.longitude - a.longitude) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Minutes between check-in and check-out, or null when either is missing. */
export const actualMinutes = (v: Pick<VisitEvidence, 'checkedInAt' | 'checkedOutAt'>): number | null =>
  v.checkedInAt && v.checkedOutAt ? (v.checkedOutAt.getTime() - v.checkedInAt.getTime()) / 60_000 : null;

export const bookedMinutes = (v: Pick<VisitEvidence, 'startsAt' | 'endsAt'>): number => (v.endsAt.getTime() - v.startsAt.getTime()) / 60_000;

/** The reasons to hold one visit on its own evidence (no other visits needed). */
export function ownHoldReasons(v: VisitEvidence, rules: IntegrityRules): HoldReason[] {
  const reasons: HoldReason[] = [];
  if (v.checkInFlagged) reasons.push(HoldReason.CHECK_IN_FLAGGED);
  if (v.checkOutFlagged) reasons.push(HoldReason.CHECK_OUT_FLAGGED);
  if (!v.checkedInAt || !v.checkedOutAt) reasons.push(HoldReason.CHECK_MISSING);
  const actual = actualMinutes(v);
  if (actual !== null && actual * 10_000 < bookedMinutes(v) * rules.shortVisitShareBp) reasons.push(HoldReason.SHORT_VISIT);
  if (v.checkedOutAt && (v.checkedOutAt.getTime() <= v.startsAt.getTime() || (v.checkedInAt && v.checkedOutAt < v.checkedInAt))) {
    reasons.push(HoldReason.CHECKED_OUT_BEFORE_START);
  }
  return reasons;
}

/**
 * Hold reasons for every visit in `visits` (a caregiver's other visits around the month included, so that the checks
 * across visits see their neighbours). Two visits of one caregiver whose actual times overlap are both held; when the
 * caregiver could not have reached a visit from the previous one (the straight line from the previous home, in the
 * time from leaving it, or from arriving there when the check-out is missing, to this check-in, needs more than
 * maxTravelKmh), the later visit, the arrival that could not have happened, is held.
 */
export function holdReasons(visits: readonly VisitEvidence[], rules: IntegrityRules): Map<string, HoldReason[]> {
  const out = new Map<string, HoldReason[]>();
  for (const v of visits) out.set(v.id, ownHoldReasons(v, rules));
  const byCaregiver = new Map<string, VisitEvidence[]>();
  for (const v of visits) {
    if (!v.caregiverId || !v.checkedInAt) continue;
    const list = byCaregiver.get(v.caregiverId) ?? [];
    list.push(v);
    byCaregiver.set(v.caregiverId, list);
  }
  const add = (id: string, reason: HoldReason) => {
    const list = out.get(id)!;
    if (!list.includes(reason)) list.push(reason);
  };
  for (const list of byCaregiver.values()) {
    list.sort((a, b) => a.checkedInAt!.getTime() - b.checkedInAt!.getTime() || (a.id < b.id ? -1 : 1));
    // Overlaps: sweep by check-in, keeping the latest check-out seen so far.
    let open: VisitEvidence | null = null;
    for (const v of list) {
      if (open && open.checkedOutAt && v.checkedInAt! < open.checkedOutAt) {
        add(open.id, HoldReason.OVERLAPPING_VISITS);
        add(v.id, HoldReason.OVERLAPPING_VISITS);
      }
      if (v.checkedOutAt && (!open || !open.checkedOutAt || v.checkedOutAt > open.checkedOutAt)) open = v;
    }
    for (let i = 1; i < list.length; i++) {
      const prev = list[i - 1];
      const next = list[i];
      const left = (prev.checkedOutAt && prev.checkedOutAt <= next.checkedInAt! ? prev.checkedOutAt : prev.checkedInAt!).getTime();
      const hours = (next.checkedInAt!.getTime() - left) / 3_600_000;
      const km = straightLineKm(prev, next);
      if (km > rules.maxTravelKmh * Math.max(0, hours)) add(next.id, HoldReason.IMPOSSIBLE_TRAVEL);
    }
  }
  for (const [id, reasons] of out) out.set(id, HOLD_REASON_ORDER.filter((r) => reasons.includes(r)));
  return out;
}

export const HOLD_REASON_ORDER: readonly HoldReason[] = Object.values(HoldReason);
