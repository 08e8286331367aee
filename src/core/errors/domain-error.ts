/** The error codes of the public API (docs/errors.md); every error a client sees carries one. */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  /** The database is unreachable, overloaded or timed out: nothing was changed, the same request may be sent again. */
  | 'SERVICE_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR';

/** One offending input field: its path from the argument (e.g. `input.location.latitude`) and why. */
export interface FieldProblem {
  path: string;
  message: string;
}

/**
 * An expected refusal: the single error type services throw. The GraphQL formatter turns it into
 * `extensions.code`, `extensions.reason` and `extensions.fields`; anything else becomes INTERNAL_SERVER_ERROR.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly reason?: string,
    readonly fields?: FieldProblem[],
    /** More machine-readable detail for the client, e.g. `retryAfter` (seconds) on RATE_LIMITED. */
    readonly details?: Record<string, string | number | boolean>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const unauthenticated = (message = 'Sign in first') => new DomainError('UNAUTHENTICATED', message);
export const forbidden = (message = 'Not allowed') => new DomainError('FORBIDDEN', message);
/** Invisible and missing objects look the same, so that IDs cannot be probed. */
export const notFound = (what: string) => new DomainError('NOT_FOUND', `${what} not found`);
export const conflict = (reason: string, message: string) => new DomainError('CONFLICT', message, reason);
export const badInput = (message: string, fields: FieldProblem[] = [], reason?: string) =>
  new DomainError('BAD_USER_INPUT', message, reason, fields);
/** Too many attempts: try again after `retryAfterSeconds`. */
export const rateLimited = (reason: string, message: string, retryAfterSeconds: number) =>
  new DomainError('RATE_LIMITED', message, reason, undefined, { retryAfter: retryAfterSeconds });

export const isNotFound = (error: unknown): error is DomainError => error instanceof DomainError && error.code === 'NOT_FOUND';

/**
 * For `.catch(...)`: reports a NOT_FOUND of what the check looked up (the elder behind an assessment, say) as
 * NOT_FOUND of the object asked for, and lets every other failure through unchanged: a database outage must stay
 * an internal error, never pass for a missing object.
 */
export const notFoundAs =
  (what: string) =>
  (error: unknown): never => {
    if (isNotFound(error)) throw notFound(what);
    throw error;
  };
