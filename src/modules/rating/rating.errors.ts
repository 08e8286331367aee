import { badInput, conflict, notFound } from '../../core/errors/domain-error.js';

/**
 * The rating module's refusals in one place. Reasons beyond the fixed core's list (docs/errors.md) are additions for situations the list does
 * not name (documented in the README): RATING_IN_PROGRESS and RATING_RUBRIC_MISSING.
 */
export const ratingErrors = {
  /** Missing and invisible assessments look the same, so that ids cannot be probed. */
  assessmentNotFound: () => notFound('Rating assessment'),
  providerNotFound: () => notFound('Provider'),
  /** The partial unique index rating_assessments_one_draft refused a second DRAFT. */
  inProgress: () => conflict('RATING_IN_PROGRESS', 'This provider already has a rating assessment in progress'),
  /** The lifecycle table does not allow the action from the assessment's status (published grades are immutable). */
  invalidTransition: (status: string, verb: string) => conflict('INVALID_TRANSITION', `A ${status} rating assessment cannot be ${verb}`),
  notDraft: () => conflict('INVALID_TRANSITION', 'Only a DRAFT rating assessment can be changed; published grades are immutable'),
  rubricMissing: (kind: string) =>
    badInput(`No rating rubric is published for ${kind}`, [{ path: 'providerId', message: `no rubric for ${kind}` }], 'RATING_RUBRIC_MISSING'),
  /** Also the CHECK rating_assessments_rooms, for the case the merged values were not caught first. */
  roomsExceeded: () =>
    badInput('Rooms with own bathroom cannot exceed rooms', [{ path: 'facts.roomsWithOwnBathroomCount', message: 'cannot exceed roomCount' }]),
  staleRubric: () => conflict('STALE_VERSION', 'Another rubric version was published meanwhile; reload and try again'),
};
