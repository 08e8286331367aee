import { RATING_TRANSITIONS, ratingTransition, statusesAllowing, type RatingAction, type RatingStatusName } from './rating-assessment.state.js';

const ACTIONS: RatingAction[] = ['START', 'SCORE', 'RECORD_FACTS', 'FINALIZE', 'SUPERSEDE'];

describe('rating assessment state machine', () => {
  it('allows exactly the documented transitions', () => {
    const allowed: string[] = [];
    for (const from of Object.keys(RATING_TRANSITIONS) as (RatingStatusName | 'NONE')[]) {
      for (const action of ACTIONS) {
        const r = ratingTransition(from, action);
        if (r.allowed) allowed.push(`${from} -${action}-> ${r.to}`);
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
  });

  it.each<[RatingStatusName, RatingAction]>([
    ['PUBLISHED', 'SCORE'],
    ['PUBLISHED', 'RECORD_FACTS'],
    ['PUBLISHED', 'FINALIZE'],
    ['SUPERSEDED', 'SCORE'],
    ['SUPERSEDED', 'FINALIZE'],
    ['SUPERSEDED', 'SUPERSEDE'],
    ['DRAFT', 'SUPERSEDE'],
  ])('refuses %s -%s- (published grades are immutable)', (from, action) => {
    expect(ratingTransition(from, action)).toEqual({ allowed: false, from, action });
  });

  it('names the statuses an action may start from', () => {
    expect(statusesAllowing('SCORE')).toEqual(['DRAFT']);
    expect(statusesAllowing('FINALIZE')).toEqual(['DRAFT']);
    expect(statusesAllowing('SUPERSEDE')).toEqual(['PUBLISHED']);
  });
});
