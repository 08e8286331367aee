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

/** PostgreSQL SQLSTATEs that mean "not now" rather than "wrong": timeouts, shutdowns, too many connections. */
const UNAVAILABLE_STATES = new Set([
  '57014', // query_canceled: statement_timeout
  '55P03', // lock_not_available: lock_timeout
  '25P03', // idle_in_transaction_session_timeout
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (starting up, recovering)
  '53300', // too_many_connections
  '53400', // configuration_limit_exceeded
]);
const UNAVAILABLE_NODE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND']);
const UNAVAILABLE_MESSAGES = [
  /timeout exceeded when trying to connect/i, // pg-pool: no free connection within connectionTimeoutMillis
  /Connection terminated/i,
  /Cannot use a pool after calling end/i,
  /Client has encountered a connection error/i,
  /Driver not Connected/i,
];

/**
 * True when the error says the database could not serve the request now (an outage, a timeout, the pool exhausted):
 * the client gets SERVICE_UNAVAILABLE with a retry hint, never an internal error or a misleading NOT_FOUND.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && typeof current === 'object' && depth < 4; depth++) {
    const e = current as { code?: unknown; message?: unknown; driverError?: unknown; cause?: unknown };
    if (typeof e.code === 'string' && (UNAVAILABLE_STATES.has(e.code) || e.code.startsWith('08') || UNAVAILABLE_NODE_CODES.has(e.code))) return true;
    if (typeof e.message === 'string' && UNAVAILABLE_MESSAGES.some((re) => re.test(e.message as string))) return true;
    current = e.driverError ?? e.cause;
  }
  return false;
}
