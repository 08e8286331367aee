import {
  ACTIVE_RESERVATION_STATUSES,
  BED_RESERVATION_ACTIONS,
  BED_RESERVATION_STATUSES,
  BED_RESERVATION_TRANSITIONS,
  DEFAULT_HOLD_HOURS,
  DEFAULT_OFFER_HOLD_HOURS,
  NEW_HOLD_CAPACITY_DELTA,
  holdExpiresAt,
  isActiveReservation,
  BED_RESERVATION_MACHINE,
  type BedReservationAction,
  type BedReservationStatus,
  type ReservationRelation,
} from './bed-reservation.state.js';

const ALL: ReservationRelation[] = ['PROVIDER_STAFF', 'ELDER_REPRESENTATIVE', 'SYSTEM'];

describe('bed reservation state machine', () => {
  it('allows exactly HELD->ADMITTED, HELD->RELEASED, HELD->EXPIRED, ADMITTED->DISCHARGED', () => {
    const allowed: string[] = [];
    for (const status of BED_RESERVATION_STATUSES) {
      for (const action of BED_RESERVATION_ACTIONS) {
        const plan = BED_RESERVATION_MACHINE.decide(status, action, ALL);
        if (plan.allowed) allowed.push(`${status}-${action}->${plan.to}`);
      }
    }
    expect(allowed.sort()).toEqual(
      ['ADMITTED-DISCHARGE->DISCHARGED', 'HELD-ADMIT->ADMITTED', 'HELD-EXPIRE->EXPIRED', 'HELD-RELEASE->RELEASED'].sort(),
    );
  });

  it.each<[BedReservationStatus, BedReservationAction]>([
    ['ADMITTED', 'ADMIT'],
    ['ADMITTED', 'RELEASE'],
    ['ADMITTED', 'EXPIRE'],
    ['HELD', 'DISCHARGE'],
    ['RELEASED', 'ADMIT'],
    ['EXPIRED', 'ADMIT'],
    ['EXPIRED', 'RELEASE'],
    ['DISCHARGED', 'DISCHARGE'],
    ['RELEASED', 'RELEASE'],
  ])('refuses %s + %s as INVALID_TRANSITION', (status, action) => {
    expect(BED_RESERVATION_MACHINE.decide(status, action, ALL)).toEqual({ allowed: false, refusal: 'INVALID_TRANSITION' });
  });

  it.each<[BedReservationAction, ReservationRelation[]]>([
    ['ADMIT', ['PROVIDER_STAFF']],
    ['RELEASE', ['PROVIDER_STAFF', 'ELDER_REPRESENTATIVE']],
    ['EXPIRE', ['SYSTEM']],
    ['DISCHARGE', ['PROVIDER_STAFF']],
  ])('%s may be done only by %j', (action, allowedBy) => {
    const from = BED_RESERVATION_TRANSITIONS[action].from;
    for (const relation of ALL) {
      const plan = BED_RESERVATION_MACHINE.decide(from, action, [relation]);
      expect({ relation, ok: plan.allowed }).toEqual({ relation, ok: allowedBy.includes(relation) });
      if (!plan.allowed) expect(plan.refusal).toBe('ACTOR_NOT_ALLOWED');
    }
  });

  it('checks permission before status, so a stranger learns nothing of the state', () => {
    expect(BED_RESERVATION_MACHINE.decide('DISCHARGED', 'ADMIT', [])).toEqual({ allowed: false, refusal: 'ACTOR_NOT_ALLOWED' });
    expect(BED_RESERVATION_MACHINE.decide('DISCHARGED', 'ADMIT', ['ELDER_REPRESENTATIVE'])).toEqual({
      allowed: false,
      refusal: 'ACTOR_NOT_ALLOWED',
    });
  });

  it('any one allowed relation among several is enough', () => {
    expect(BED_RESERVATION_MACHINE.decide('HELD', 'ADMIT', ['ELDER_REPRESENTATIVE', 'PROVIDER_STAFF']).allowed).toBe(true);
  });

  it('moves the counts: a hold reserves, admit turns reserved into occupied, release/expire/discharge free', () => {
    expect(NEW_HOLD_CAPACITY_DELTA).toEqual({ occupied: 0, reserved: 1 });
    expect(BED_RESERVATION_TRANSITIONS.ADMIT.capacityDelta).toEqual({ occupied: 1, reserved: -1 });
    expect(BED_RESERVATION_TRANSITIONS.RELEASE.capacityDelta).toEqual({ occupied: 0, reserved: -1 });
    expect(BED_RESERVATION_TRANSITIONS.EXPIRE.capacityDelta).toEqual({ occupied: 0, reserved: -1 });
    expect(BED_RESERVATION_TRANSITIONS.DISCHARGE.capacityDelta).toEqual({ occupied: -1, reserved: 0 });
  });

  it('every transition keeps the number of beds in use consistent with the statuses', () => {
    // beds in use = reserved + occupied; a status that is active uses one bed, others none.
    for (const action of BED_RESERVATION_ACTIONS) {
      const t = BED_RESERVATION_TRANSITIONS[action];
      const before = isActiveReservation(t.from) ? 1 : 0;
      const after = isActiveReservation(t.to) ? 1 : 0;
      expect(t.capacityDelta.occupied + t.capacityDelta.reserved).toBe(after - before);
      expect(t.freesBed).toBe(after < before);
    }
  });

  it('only HELD and ADMITTED are active', () => {
    expect([...ACTIVE_RESERVATION_STATUSES].sort()).toEqual(['ADMITTED', 'HELD']);
    expect(BED_RESERVATION_STATUSES.filter(isActiveReservation).sort()).toEqual(['ADMITTED', 'HELD']);
  });

  it('holds last 48 hours by default and the length is a parameter', () => {
    expect(DEFAULT_HOLD_HOURS).toBe(48);
    expect(DEFAULT_OFFER_HOLD_HOURS).toBe(48);
    const now = new Date('2026-01-01T00:00:00Z');
    expect(holdExpiresAt(now, DEFAULT_HOLD_HOURS).toISOString()).toBe('2026-01-03T00:00:00.000Z');
    expect(holdExpiresAt(now, 1.5).toISOString()).toBe('2026-01-01T01:30:00.000Z');
    expect(() => holdExpiresAt(now, 0)).toThrow(RangeError);
    expect(() => holdExpiresAt(now, Number.NaN)).toThrow(RangeError);
  });
});
