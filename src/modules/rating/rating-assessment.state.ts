/**
 * Lifecycle of a rating assessment as a table of allowed transitions. A DRAFT is scored (repeatedly) and its facts
 * recorded, then finalized into PUBLISHED; a PUBLISHED grade becomes SUPERSEDED when the next one is published.
 * PUBLISHED and SUPERSEDED assessments are immutable: no action edits their scores or facts. Expiry is not a state:
 * it follows from `validUntil` and the clock, so no job has to flip rows at midnight.
 */
import { defineStateMachine, type Transition } from '../../core/domain/state-machine.js';
import { ratingErrors } from './rating.errors.js';

export type RatingStatusName = 'DRAFT' | 'PUBLISHED' | 'SUPERSEDED';

export type RatingAction = 'START' | 'SCORE' | 'RECORD_FACTS' | 'FINALIZE' | 'SUPERSEDE';

/** How a refusal names the action: "A PUBLISHED rating assessment cannot be scored". */
const ACTION_VERB: Record<RatingAction, string> = {
  START: 'started',
  SCORE: 'scored',
  RECORD_FACTS: 'given facts',
  FINALIZE: 'finalized',
  SUPERSEDE: 'superseded',
};

/** The lifecycle table. `from: null` is "no assessment yet": START creates one. */
export const RATING_TRANSITIONS: readonly Transition<RatingStatusName, RatingAction>[] = [
  { action: 'START', from: null, to: 'DRAFT' },
  { action: 'SCORE', from: 'DRAFT', to: 'DRAFT' },
  { action: 'RECORD_FACTS', from: 'DRAFT', to: 'DRAFT' },
  { action: 'FINALIZE', from: 'DRAFT', to: 'PUBLISHED' },
  { action: 'SUPERSEDE', from: 'PUBLISHED', to: 'SUPERSEDED' },
];

/**
 * The lifecycle on the one state-machine helper; who may assess is the service's access policy, so the rows name no
 * actor kinds. A refusal is CONFLICT INVALID_TRANSITION ("A PUBLISHED rating assessment cannot be scored").
 */
export const RATING_MACHINE = defineStateMachine<RatingStatusName, RatingAction>('rating assessment', RATING_TRANSITIONS, {
  invalidTransition: (from, action) => ratingErrors.invalidTransition(from ?? 'NONE', ACTION_VERB[action]),
});
