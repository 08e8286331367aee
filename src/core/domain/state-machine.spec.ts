import { DomainError, badInput } from '../errors/domain-error.js';
import { defineStateMachine, type Transition } from './state-machine.js';

type Status = 'OPEN' | 'SHUT' | 'GONE';
type Action = 'CREATE' | 'SHUT' | 'REOPEN' | 'REMOVE';
type Kind = 'OWNER' | 'CLERK' | 'SYSTEM';

const TABLE: readonly Transition<Status, Action, Kind>[] = [
  { action: 'CREATE', from: null, to: 'OPEN', by: ['OWNER'] },
  { action: 'SHUT', from: 'OPEN', to: 'SHUT', by: ['OWNER', 'CLERK'] },
  { action: 'REOPEN', from: 'SHUT', to: 'OPEN', by: ['OWNER'] },
  { action: 'REMOVE', from: 'OPEN', to: 'GONE', by: ['SYSTEM'] },
  { action: 'REMOVE', from: 'SHUT', to: 'GONE', by: ['SYSTEM'] },
];
const machine = defineStateMachine<Status, Action, Kind>('door', TABLE);

const thrown = (fn: () => unknown): DomainError => {
  try {
    fn();
  } catch (error) {
    return error as DomainError;
  }
  throw new Error('expected a refusal');
};

describe('state machine helper', () => {
  it('decides a transition: the row and where it leads', () => {
    expect(machine.decide('OPEN', 'SHUT', 'CLERK')).toEqual({ allowed: true, to: 'SHUT', transition: TABLE[1] });
    expect(machine.decide(null, 'CREATE', 'OWNER')).toMatchObject({ allowed: true, to: 'OPEN' });
    expect(machine.decide('GONE', 'SHUT', 'OWNER')).toEqual({ allowed: false, refusal: 'INVALID_TRANSITION' });
    expect(machine.decide('OPEN', 'SHUT', 'SYSTEM')).toEqual({ allowed: false, refusal: 'ACTOR_NOT_ALLOWED' });
  });

  it('by default refuses the status first, whoever asks', () => {
    expect(machine.decide('GONE', 'REOPEN', 'SYSTEM')).toEqual({ allowed: false, refusal: 'INVALID_TRANSITION' });
  });

  it('with check "actor", refuses an actor kind that may never take the action before looking at the status', () => {
    const actorFirst = defineStateMachine<Status, Action, Kind>('door', TABLE, { check: 'actor' });
    expect(actorFirst.decide('GONE', 'REOPEN', 'SYSTEM')).toEqual({ allowed: false, refusal: 'ACTOR_NOT_ALLOWED' });
    expect(actorFirst.decide('GONE', 'REOPEN', 'OWNER')).toEqual({ allowed: false, refusal: 'INVALID_TRANSITION' });
    expect(actorFirst.decide('OPEN', 'SHUT', [])).toEqual({ allowed: false, refusal: 'ACTOR_NOT_ALLOWED' });
  });

  it('accepts several actor kinds: one allowed kind is enough', () => {
    expect(machine.can('SHUT', 'REOPEN', ['CLERK', 'OWNER'])).toBe(true);
    expect(machine.can('SHUT', 'REOPEN', ['CLERK', 'SYSTEM'])).toBe(false);
  });

  it('checks the status alone when no actor is given', () => {
    expect(machine.can('OPEN', 'REMOVE')).toBe(true);
    expect(machine.can('GONE', 'REMOVE')).toBe(false);
  });

  it('tells where an action leads whoever takes it, and null when the status does not allow it', () => {
    expect(machine.next('SHUT', 'REOPEN')).toBe('OPEN');
    expect(machine.next('OPEN', 'REOPEN')).toBeNull();
    expect(machine.next(null, 'CREATE')).toBe('OPEN');
  });

  it('lists the actions available from a status, for an actor kind when given', () => {
    expect(machine.actions('OPEN')).toEqual(['SHUT', 'REMOVE']);
    expect(machine.actions('OPEN', 'CLERK')).toEqual(['SHUT']);
    expect(machine.actions('GONE')).toEqual([]);
    expect(machine.actions(null, 'OWNER')).toEqual(['CREATE']);
  });

  it('lists the statuses an action starts from (the guard of a conditional update)', () => {
    expect(machine.fromStatuses('REMOVE')).toEqual(['OPEN', 'SHUT']);
    expect(machine.fromStatuses('CREATE')).toEqual([]);
  });

  it('asserts: returns the row, or throws CONFLICT INVALID_TRANSITION naming the status and the action', () => {
    expect(machine.assert('OPEN', 'SHUT', 'OWNER')).toBe(TABLE[1]);
    const invalid = thrown(() => machine.assert('GONE', 'REOPEN', 'OWNER'));
    expect(invalid).toBeInstanceOf(DomainError);
    expect(invalid).toMatchObject({ code: 'CONFLICT', reason: 'INVALID_TRANSITION', message: 'A door that is GONE does not allow reopen' });
    expect(thrown(() => machine.assert('OPEN', 'REMOVE', 'CLERK'))).toMatchObject({ code: 'FORBIDDEN', message: 'Your role may not remove this door' });
  });

  it('throws the module\'s own refusals when it names them', () => {
    const custom = defineStateMachine<Status, Action, Kind>('door', TABLE, {
      invalidTransition: (from, action) => badInput(`${from}/${action}`, [{ path: 'id', message: 'wrong status' }], 'DOOR_STUCK'),
      actorNotAllowed: (action) => badInput(`not you: ${action}`),
    });
    expect(thrown(() => custom.assert('GONE', 'SHUT', 'OWNER'))).toMatchObject({ reason: 'DOOR_STUCK', message: 'GONE/SHUT' });
    expect(thrown(() => custom.assert('OPEN', 'SHUT', 'SYSTEM'))).toMatchObject({ message: 'not you: SHUT' });
  });

  it('lets rows carry more than the transition (e.g. a capacity change)', () => {
    const rows = [{ action: 'GO' as const, from: 'A' as const, to: 'B' as const, delta: 2 }];
    const m = defineStateMachine<'A' | 'B', 'GO', never, (typeof rows)[number]>('thing', rows);
    expect(m.assert('A', 'GO').delta).toBe(2);
  });

  it('refuses a table that lists the same (from, action) twice', () => {
    expect(() => defineStateMachine<Status, Action, Kind>('door', [...TABLE, { action: 'SHUT', from: 'OPEN', to: 'GONE' }])).toThrow('SHUT from OPEN appears twice');
  });
});
