import { holdReasons, HoldReason, type VisitEvidence } from './settlement-integrity.policy.js';

const RULES = { shortVisitShareBp: 5_000, maxTravelKmh: 60 };
const T0 = Date.parse('2026-04-10T01:00:00Z');
const min = (m: number) => new Date(T0 + m * 60_000);

function visit(id: string, startMin: number, o: Partial<VisitEvidence> = {}): VisitEvidence {
  return {
    id,
    caregiverId: 'cg',
    startsAt: min(startMin),
    endsAt: min(startMin + 60),
    checkedInAt: min(startMin),
    checkedOutAt: min(startMin + 60),
    checkInFlagged: false,
    checkOutFlagged: false,
    latitude: 35.41,
    longitude: 116.58,
    ...o,
  };
}

const reasons = (visits: VisitEvidence[]) => Object.fromEntries(holdReasons(visits, RULES));

describe('integrity checks', () => {
  it('a clean day holds nothing', () => {
    expect(reasons([visit('a', 0), visit('b', 120)])).toEqual({ a: [], b: [] });
  });

  it('flags, missing checks, short visits and check-outs before the start hold exactly that visit', () => {
    expect(reasons([visit('a', 0, { checkInFlagged: true }), visit('b', 120)]).a).toEqual([HoldReason.CHECK_IN_FLAGGED]);
    expect(reasons([visit('a', 0, { checkOutFlagged: true })]).a).toEqual([HoldReason.CHECK_OUT_FLAGGED]);
    expect(reasons([visit('a', 0, { checkedOutAt: null })]).a).toEqual([HoldReason.CHECK_MISSING]);
    expect(reasons([visit('a', 0, { checkedOutAt: min(29) })]).a).toEqual([HoldReason.SHORT_VISIT]);
    expect(reasons([visit('a', 0, { checkedOutAt: min(30) })]).a).toEqual([]); // exactly half is not short
    expect(reasons([visit('a', 0, { checkedInAt: min(-20), checkedOutAt: min(-1) })]).a).toEqual([
      HoldReason.SHORT_VISIT,
      HoldReason.CHECKED_OUT_BEFORE_START,
    ]);
  });

  it('overlapping visits of one caregiver hold both, and only those', () => {
    const r = reasons([visit('a', 0), visit('b', 30), visit('c', 200)]);
    expect(r.a).toEqual([HoldReason.OVERLAPPING_VISITS]);
    expect(r.b).toEqual([HoldReason.OVERLAPPING_VISITS]);
    expect(r.c).toEqual([]);
    // different caregivers may overlap
    expect(reasons([visit('a', 0), visit('b', 30, { caregiverId: 'other' })])).toEqual({ a: [], b: [] });
  });

  it('impossible travel holds the arrival that could not have happened', () => {
    // about 33 km north, 10 minutes after leaving: about 200 km/h
    const r = reasons([visit('a', 0), visit('b', 70, { latitude: 35.71 }), visit('c', 300, { latitude: 35.71 })]);
    expect(r.a).toEqual([]);
    expect(r.b).toEqual([HoldReason.IMPOSSIBLE_TRAVEL]);
    expect(r.c).toEqual([]);
    // the same trip with an hour to spare is fine
    expect(reasons([visit('a', 0), visit('b', 120, { latitude: 35.71 })]).b).toEqual([]);
  });
});
