/** The error codes of the public API (docs/errors.md); every error a client sees carries one. */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'RATE_LIMITED'
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
