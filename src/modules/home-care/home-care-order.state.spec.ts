import {
  ACTIVE_ORDER_STATUSES,
  ORDER_STATUSES,
  HOME_CARE_ORDER_MACHINE,
  ORDER_TRANSITIONS,
  isActiveStatus,
  isReviewable,
  type OrderAction,
  type OrderStatus,
  type TransitionActor,
} from './home-care-order.state.js';

const ACTORS: TransitionActor[] = ['FAMILY', 'CAREGIVER', 'PROVIDER_STAFF', 'CIVIL_AFFAIRS', 'ADMIN', 'SYSTEM'];
const ACTIONS: OrderAction[] = [
  'BOOK',
  'ASSIGN',
  'REASSIGN',
  'UNASSIGN',
  'RESCHEDULE',
  'CHECK_IN',
  'CHECK_OUT',
  'CANCEL',
  'MARK_NO_SHOW',
];

// Written out independently of the table, so that deleting or widening a row fails a test.
const EXPECTED: Record<string, { to: OrderStatus; by: TransitionActor[] }> = {
  'null/BOOK': { to: 'REQUESTED', by: ['FAMILY', 'CIVIL_AFFAIRS', 'PROVIDER_STAFF', 'SYSTEM'] },
  'REQUESTED/ASSIGN': { to: 'ASSIGNED', by: ['PROVIDER_STAFF', 'SYSTEM'] },
  'ASSIGNED/REASSIGN': { to: 'ASSIGNED', by: ['PROVIDER_STAFF'] },
  'ASSIGNED/UNASSIGN': { to: 'REQUESTED', by: ['PROVIDER_STAFF', 'SYSTEM'] },
  'REQUESTED/RESCHEDULE': { to: 'REQUESTED', by: ['FAMILY', 'CIVIL_AFFAIRS', 'PROVIDER_STAFF'] },
  'ASSIGNED/RESCHEDULE': { to: 'ASSIGNED', by: ['FAMILY', 'CIVIL_AFFAIRS', 'PROVIDER_STAFF'] },
  'ASSIGNED/CHECK_IN': { to: 'IN_PROGRESS', by: ['CAREGIVER'] },
  'IN_PROGRESS/CHECK_OUT': { to: 'COMPLETED', by: ['CAREGIVER'] },
  'REQUESTED/CANCEL': { to: 'CANCELLED', by: ['FAMILY', 'CIVIL_AFFAIRS', 'PROVIDER_STAFF'] },
  'ASSIGNED/CANCEL': { to: 'CANCELLED', by: ['FAMILY', 'CIVIL_AFFAIRS', 'PROVIDER_STAFF'] },
  'ASSIGNED/MARK_NO_SHOW': { to: 'NO_SHOW', by: ['PROVIDER_STAFF'] },
};

describe('home-care order state machine', () => {
  const froms: (OrderStatus | null)[] = [null, ...ORDER_STATUSES];
  const cases = froms.flatMap((from) =>
    ACTIONS.flatMap((action) => ACTORS.map((actor) => [from, action, actor] as const)),
  );

  it.each(cases)('from %s, %s by %s', (from, action, actor) => {
    const expected = EXPECTED[`${from}/${action}`];
    const decision = HOME_CARE_ORDER_MACHINE.decide(from, action, actor);
    if (!expected) {
      expect(decision).toEqual({ allowed: false, refusal: 'INVALID_TRANSITION' });
      expect(() => HOME_CARE_ORDER_MACHINE.assert(from, action, actor)).toThrow(expect.objectContaining({ code: 'CONFLICT', reason: 'INVALID_TRANSITION' }));
    } else if (expected.by.includes(actor)) {
      expect(decision).toMatchObject({ allowed: true, to: expected.to });
    } else {
      expect(decision).toEqual({ allowed: false, refusal: 'ACTOR_NOT_ALLOWED' });
      expect(() => HOME_CARE_ORDER_MACHINE.assert(from, action, actor)).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    }
  });

  it('has no rows beyond the expected ones and no duplicate (from, action) pairs', () => {
    const keys = ORDER_TRANSITIONS.map((t) => `${t.from}/${t.action}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it('never leaves a final status', () => {
    for (const from of ['COMPLETED', 'CANCELLED', 'NO_SHOW'] as OrderStatus[]) {
      for (const actor of ACTORS) expect(HOME_CARE_ORDER_MACHINE.actions(from, actor)).toEqual([]);
    }
  });

  it('gives admins no lifecycle actions (they configure, they do not run visits)', () => {
    for (const from of ORDER_STATUSES) expect(HOME_CARE_ORDER_MACHINE.actions(from, 'ADMIN')).toEqual([]);
  });

  it('lists the actions a role may take', () => {
    expect(HOME_CARE_ORDER_MACHINE.actions('ASSIGNED', 'CAREGIVER')).toEqual(['CHECK_IN']);
    expect(HOME_CARE_ORDER_MACHINE.actions('ASSIGNED', 'FAMILY').sort()).toEqual(['CANCEL', 'RESCHEDULE']);
    expect(HOME_CARE_ORDER_MACHINE.actions('REQUESTED', 'PROVIDER_STAFF').sort()).toEqual(['ASSIGN', 'CANCEL', 'RESCHEDULE']);
  });

  it('treats exactly REQUESTED, ASSIGNED and IN_PROGRESS as holding the slot', () => {
    expect([...ACTIVE_ORDER_STATUSES].sort()).toEqual(['ASSIGNED', 'IN_PROGRESS', 'REQUESTED']);
    expect(ORDER_STATUSES.filter(isActiveStatus).sort()).toEqual(['ASSIGNED', 'IN_PROGRESS', 'REQUESTED']);
  });

  it('allows a review only after completion', () => {
    expect(ORDER_STATUSES.filter(isReviewable)).toEqual(['COMPLETED']);
  });

  it('names the status and the action in the refusal the API returns', () => {
    expect(() => HOME_CARE_ORDER_MACHINE.assert('COMPLETED', 'CANCEL', 'FAMILY')).toThrow('An order that is COMPLETED does not allow cancel');
    expect(() => HOME_CARE_ORDER_MACHINE.assert('ASSIGNED', 'MARK_NO_SHOW', 'FAMILY')).toThrow('Your role may not mark no show this order');
  });
});
