import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { DomainError, type ErrorCode } from './domain-error.js';
import { isDatabaseUnavailable } from './database-errors.js';
import { appLogger, capForLog } from '../logging/logger.js';

/** Seconds a client should wait before sending a request again after SERVICE_UNAVAILABLE. */
export const RETRY_AFTER_SECONDS = 2;
/** `, found <literal>` in a validation message: strings are printed quoted with escapes, so a `;` inside one is skipped. */
const FOUND_LITERAL = /, found (?:"(?:[^"\\]|\\.)*"|[^;"])*/s;
const unavailableExtensions = { code: 'SERVICE_UNAVAILABLE', retryable: true, retryAfter: RETRY_AFTER_SECONDS };

const CLIENT_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND']);

function unwrap(error: unknown): unknown {
  let current = error;
  for (let i = 0; i < 5 && current instanceof GraphQLError && current.originalError; i++) current = current.originalError;
  return current;
}

/**
 * The single place where errors become what clients see: a code from docs/errors.md, a business reason,
 * the offending fields, and never a stack trace, SQL or an internal message.
 */
export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrap(error);
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };

  if (original instanceof DomainError) {
    return {
      ...base,
      message: original.message,
      extensions: {
        code: original.code,
        ...(original.reason ? { reason: original.reason } : {}),
        ...(original.fields?.length ? { fields: original.fields } : {}),
        ...(original.details ?? {}),
        ...(original.code === 'SERVICE_UNAVAILABLE' ? { retryable: true, retryAfter: RETRY_AFTER_SECONDS } : {}),
      },
    };
  }

  if (formatted.extensions?.code === 'SERVICE_UNAVAILABLE' || isDatabaseUnavailable(original)) {
    // An outage or a timeout, not a bug: one line without a stack, and the client is told to retry.
    appLogger().warn({ err: { message: capForLog(original instanceof Error ? original.message : String(original)) }, path: formatted.path }, 'database unavailable');
    return { message: 'The service is busy or its database is unreachable; try again shortly', path: formatted.path, locations: formatted.locations, extensions: unavailableExtensions };
  }

  const code = String(formatted.extensions?.code ?? '');
  if (CLIENT_CODES.has(code) || (!code && !(original instanceof Error && !(original instanceof GraphQLError)))) {
    // Parse, validation and variable-coercion errors: the client sent a malformed operation.
    const mapped: ErrorCode = 'BAD_USER_INPUT';
    const extensions: Record<string, unknown> = { code: mapped };
    // GraphQL quotes the submitted value in coercion errors ("got invalid value {...}"): it may hold an ID number
    // or a phone, so the value is cut out and only the reason stays.
    // Literals are quoted back the same way ('Expected value of type "ID!", found "..."'). The rest is capped so that a
    // megabyte of input is not echoed to the client.
    const message = capForLog(
      (/; /.test(formatted.message)
        ? formatted.message.replace(/ got invalid value .*; /s, ' got an invalid value; ')
        : formatted.message.replace(/ got invalid value .*$/s, ' got an invalid value')
      )
        .replace(FOUND_LITERAL, ', found an invalid value')
        // The scalars' own reasons quote the value too ("ID cannot represent value: {...}").
        .replace(/cannot represent ([^:;]*?): .*$/s, 'cannot represent $1')
        .replace(/Value ".*?" does not exist in/s, 'The value does not exist in'),
    );
    const field = /Variable "\$(\w+)"/.exec(message)?.[1];
    if (field) extensions.fields = [{ path: field, message }];
    if (code === 'GRAPHQL_VALIDATION_FAILED' || code === 'GRAPHQL_PARSE_FAILED') extensions.reason = code;
    // The app's own pre-execution refusals (operation guards) carry their reason and fields already.
    if (typeof formatted.extensions?.reason === 'string') extensions.reason = formatted.extensions.reason;
    if (Array.isArray(formatted.extensions?.fields)) extensions.fields = formatted.extensions.fields;
    return { ...base, message, extensions };
  }

  appLogger().error(
    {
      err: {
        name: original instanceof Error ? original.name : typeof original,
        message: capForLog(original instanceof Error ? original.message : String(original)),
        stack: original instanceof Error ? capForLog(original.stack ?? '', 4000) : undefined,
      },
      path: formatted.path,
    },
    'unexpected error in GraphQL operation',
  );
  return { message: 'Internal server error', path: formatted.path, locations: formatted.locations, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
