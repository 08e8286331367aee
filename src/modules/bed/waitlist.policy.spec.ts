import {
  careLevelSeverity,
  chooseOfferRecipient,
  compareWaitlistPriority,
  nextWaitlistStatus,
  OPEN_WAITLIST_STATUSES,
  orderWaitlist,
  waitlistEventForReservation,
  type CareLevel,
  type WaitlistCandidate,
} from './waitlist.policy.js';

const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 8, minute));
const entry = (id: string, over: Partial<WaitlistCandidate> = {}): WaitlistCandidate => ({
  id,
  elderId: `elder-${id}`,
  verifiedCategories: [],
  careLevel: 'MILD',
  requestedAt: at(0),
  ...over,
});

describe('waitlist priority', () => {
  it('puts EXTREME_POVERTY first, even over a more severe level and an earlier request', () => {
    const poor = entry('b', { verifiedCategories: ['EXTREME_POVERTY'], careLevel: 'INTACT', requestedAt: at(30) });
    const severe = entry('a', { careLevel: 'TOTAL', requestedAt: at(0) });
    expect(orderWaitlist([severe, poor]).map((e) => e.id)).toEqual(['b', 'a']);
  });

  it('other supported categories get no precedence over care level', () => {
    const subsistence = entry('a', { verifiedCategories: ['SUBSISTENCE_ALLOWANCE', 'LOW_INCOME'], careLevel: 'MILD' });
    const severe = entry('b', { careLevel: 'SEVERE', requestedAt: at(5) });
    expect(orderWaitlist([subsistence, severe]).map((e) => e.id)).toEqual(['b', 'a']);
  });

  it('then the more severe care level, unassessed last', () => {
    const levels: Array<CareLevel | null> = [null, 'INTACT', 'MILD', 'MODERATE', 'SEVERE', 'TOTAL'];
    const entries = levels.map((careLevel, i) => entry(`e${i}`, { careLevel, requestedAt: at(i) }));
    expect(orderWaitlist(entries).map((e) => e.careLevel)).toEqual(['TOTAL', 'SEVERE', 'MODERATE', 'MILD', 'INTACT', null]);
    expect(careLevelSeverity(null)).toBeLessThan(careLevelSeverity('INTACT'));
  });

  it('then the earlier request', () => {
    const late = entry('a', { requestedAt: at(10) });
    const early = entry('b', { requestedAt: at(1) });
    expect(orderWaitlist([late, early]).map((e) => e.id)).toEqual(['b', 'a']);
  });

  it('is deterministic on full ties (entry id) and independent of input order', () => {
    const x = entry('x');
    const y = entry('y');
    expect(compareWaitlistPriority(x, y)).toBeLessThan(0);
    expect(compareWaitlistPriority(y, x)).toBeGreaterThan(0);
    expect(compareWaitlistPriority(x, x)).toBe(0);
    expect(orderWaitlist([y, x]).map((e) => e.id)).toEqual(['x', 'y']);
  });

  it('orders a mixed list and numbers positions from 1', () => {
    const list = [
      entry('1', { careLevel: 'MODERATE', requestedAt: at(1) }),
      entry('2', { verifiedCategories: ['EXTREME_POVERTY'], careLevel: 'MILD', requestedAt: at(9) }),
      entry('3', { careLevel: 'TOTAL', requestedAt: at(8) }),
      entry('4', { verifiedCategories: ['EXTREME_POVERTY'], careLevel: 'SEVERE', requestedAt: at(9) }),
      entry('5', { careLevel: 'MODERATE', requestedAt: at(0) }),
      entry('6', { verifiedCategories: ['LOW_INCOME'], careLevel: null, requestedAt: at(0) }),
    ];
    const ordered = orderWaitlist(list);
    expect(ordered.map((e) => [e.id, e.position])).toEqual([
      ['4', 1],
      ['2', 2],
      ['3', 3],
      ['5', 4],
      ['1', 5],
      ['6', 6],
    ]);
    expect(list.map((e) => e.id)).toEqual(['1', '2', '3', '4', '5', '6']);
  });
});

describe('offer recipient', () => {
  it('is the first eligible entry in priority order', () => {
    const list = [
      entry('a', { careLevel: 'TOTAL' }),
      entry('b', { verifiedCategories: ['EXTREME_POVERTY'] }),
      entry('c', { careLevel: 'SEVERE' }),
    ];
    expect(chooseOfferRecipient(list, () => true)?.id).toBe('b');
    expect(chooseOfferRecipient(list, (e) => e.id !== 'b')?.id).toBe('a');
    expect(chooseOfferRecipient(list, (e) => e.id === 'c')?.id).toBe('c');
    expect(chooseOfferRecipient(list, () => false)).toBeNull();
    expect(chooseOfferRecipient([], () => true)).toBeNull();
  });
});

describe('waitlist entry lifecycle', () => {
  it('moves WAITING -> OFFERED -> ACCEPTED | DECLINED | LAPSED and WAITING -> LEFT only', () => {
    expect(nextWaitlistStatus('WAITING', 'OFFER')).toBe('OFFERED');
    expect(nextWaitlistStatus('WAITING', 'LEAVE')).toBe('LEFT');
    expect(nextWaitlistStatus('OFFERED', 'ACCEPT')).toBe('ACCEPTED');
    expect(nextWaitlistStatus('OFFERED', 'DECLINE')).toBe('DECLINED');
    expect(nextWaitlistStatus('OFFERED', 'LAPSE')).toBe('LAPSED');
    expect(nextWaitlistStatus('OFFERED', 'OFFER')).toBeNull();
    expect(nextWaitlistStatus('OFFERED', 'LEAVE')).toBeNull();
    expect(nextWaitlistStatus('WAITING', 'ACCEPT')).toBeNull();
    for (const closed of ['ACCEPTED', 'DECLINED', 'LAPSED', 'LEFT'] as const) {
      for (const event of ['OFFER', 'LEAVE', 'ACCEPT', 'DECLINE', 'LAPSE'] as const) {
        expect(nextWaitlistStatus(closed, event)).toBeNull();
      }
    }
    expect([...OPEN_WAITLIST_STATUSES].sort()).toEqual(['OFFERED', 'WAITING']);
  });

  it('maps the offered hold ending to the entry event', () => {
    expect(waitlistEventForReservation('ADMITTED')).toBe('ACCEPT');
    expect(waitlistEventForReservation('RELEASED')).toBe('DECLINE');
    expect(waitlistEventForReservation('EXPIRED')).toBe('LAPSE');
    expect(waitlistEventForReservation('DISCHARGED')).toBeNull();
  });
});
