/**
 * Lifecycle of a rating assessment as a table of allowed transitions. A DRAFT is scored (repeatedly) and its facts
 * recorded, then finalized into PUBLISHED; a PUBLISHED grade becomes SUPERSEDED when the next one is published.
 * PUBLISHED and SUPERSEDED assessments are immutable: no action edits their scores or facts. Expiry is not a state:
 * it follows from `validUntil` and the clock, so no job has to flip rows at midnight.
 */

export type RatingStatusName = 'DRAFT' | 'PUBLISHED' | 'SUPERSEDED';

export type RatingAction = 'START' | 'SCORE' | 'RECORD_FACTS' | 'FINALIZE' | 'SUPERSEDE';

/** from status → action → resulting status. `NONE` is "no assessment yet": START creates one. */
export const RATING_TRANSITIONS: Readonly<Record<RatingStatusName | 'NONE', Partial<Record<RatingAction, RatingStatusName>>>> = {
  NONE: { START: 'DRAFT' },
  DRAFT: { SCORE: 'DRAFT', RECORD_FACTS: 'DRAFT', FINALIZE: 'PUBLISHED' },
  PUBLISHED: { SUPERSEDE: 'SUPERSEDED' },
  SUPERSEDED: {},
};

export type TransitionResult = { allowed: true; to: RatingStatusName } | { allowed: false; from: RatingStatusName | 'NONE'; action: RatingAction };

export function ratingTransition(from: RatingStatusName | 'NONE', action: RatingAction): TransitionResult {
  const to = RATING_TRANSITIONS[from][action];
  return to ? { allowed: true, to } : { allowed: false, from, action };
}

/** Statuses from which an action is allowed: used to write the conditional `UPDATE … WHERE status IN (…)`. */
export function statusesAllowing(action: RatingAction): RatingStatusName[] {
  return (Object.keys(RATING_TRANSITIONS) as (RatingStatusName | 'NONE')[]).filter(
    (s): s is RatingStatusName => s !== 'NONE' && RATING_TRANSITIONS[s][action] !== undefined,
  );
}
