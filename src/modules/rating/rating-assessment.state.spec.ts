import { RATING_MACHINE, RATING_TRANSITIONS, type RatingAction, type RatingStatusName } from './rating-assessment.state.js';

const ACTIONS: RatingAction[] = ['START', 'SCORE', 'RECORD_FACTS', 'FINALIZE', 'SUPERSEDE'];
const FROM: (RatingStatusName | null)[] = [null, 'DRAFT', 'PUBLISHED', 'SUPERSEDED'];

describe('rating assessment state machine', () => {
  it('allows exactly the documented transitions', () => {
    const allowed: string[] = [];
    for (const from of FROM) {
      for (const action of ACTIONS) {
        const r = RATING_MACHINE.decide(from, action);
        if (r.allowed) allowed.push(`${from ?? 'NONE'} -${action}-> ${r.to}`);
      }
    }
    expect(allowed.sort()).toEqual(
      [
        'NONE -START-> DRAFT',
        'DRAFT -SCORE-> DRAFT',
        'DRAFT -RECORD_FACTS-> DRAFT',
        'DRAFT -FINALIZE-> PUBLISHED',
        'PUBLISHED -SUPERSEDE-> SUPERSEDED',
      ].sort(),
    );
    expect(RATING_TRANSITIONS).toHaveLength(5);
  });

  it.each<[RatingStatusName, RatingAction, string]>([
    ['PUBLISHED', 'SCORE', 'scored'],
    ['PUBLISHED', 'RECORD_FACTS', 'given facts'],
    ['PUBLISHED', 'FINALIZE', 'finalized'],
    ['SUPERSEDED', 'SCORE', 'scored'],
    ['SUPERSEDED', 'FINALIZE', 'finalized'],
    ['SUPERSEDED', 'SUPERSEDE', 'superseded'],
    ['DRAFT', 'SUPERSEDE', 'superseded'],
  ])('refuses %s -%s- (published grades are immutable)', (from, action, verb) => {
    expect(RATING_MACHINE.decide(from, action)).toEqual({ allowed: false, refusal: 'INVALID_TRANSITION' });
    expect(() => RATING_MACHINE.assert(from, action)).toThrow(
      expect.objectContaining({ code: 'CONFLICT', reason: 'INVALID_TRANSITION', message: `A ${from} rating assessment cannot be ${verb}` }),
    );
  });

  it('names the statuses an action may start from', () => {
    expect(RATING_MACHINE.fromStatuses('SCORE')).toEqual(['DRAFT']);
    expect(RATING_MACHINE.fromStatuses('FINALIZE')).toEqual(['DRAFT']);
    expect(RATING_MACHINE.fromStatuses('SUPERSEDE')).toEqual(['PUBLISHED']);
  });
});
