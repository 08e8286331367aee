import type { DomainError } from './domain-error.js';

interface PgError {
  code?: string;
  constraint?: string;
}

function pgErrorOf(error: unknown): PgError | undefined {
  if (!error || typeof error !== 'object') return undefined;
  const e = error as { driverError?: PgError; code?: string; constraint?: string };
  if (e.driverError && typeof e.driverError === 'object') return e.driverError;
  if (typeof e.code === 'string') return e;
  return undefined;
}

/** Name of the violated constraint, when the error is a constraint violation. */
export function violatedConstraint(error: unknown): string | undefined {
  const pg = pgErrorOf(error);
  // 23xxx integrity violations; 23P01 exclusion
  if (pg?.code?.startsWith('23')) return pg.constraint;
  return undefined;
}

export const isSerializationFailure = (error: unknown) => ['40001', '40P01'].includes(pgErrorOf(error)?.code ?? '');

/**
 * Maps a constraint violation to the business refusal named for that constraint, and rethrows anything else
 * (which the formatter reports as an internal error without details).
 */
export function mapConstraintError(error: unknown, byConstraint: Record<string, () => DomainError>): never {
  const name = violatedConstraint(error);
  if (name && byConstraint[name]) throw byConstraint[name]();
  throw error;
}
