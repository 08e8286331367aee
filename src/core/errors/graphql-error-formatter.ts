import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { DomainError, type ErrorCode } from './domain-error.js';
import { appLogger } from '../logging/logger.js';

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
      },
    };
  }

  const code = String(formatted.extensions?.code ?? '');
  if (CLIENT_CODES.has(code) || (!code && !(original instanceof Error && !(original instanceof GraphQLError)))) {
    // Parse, validation and variable-coercion errors: the client sent a malformed operation.
    const mapped: ErrorCode = 'BAD_USER_INPUT';
    const extensions: Record<string, unknown> = { code: mapped };
    // GraphQL quotes the submitted value in coercion errors ("got invalid value {...}"): it may hold an ID number
    // or a phone, so the value is cut out and only the reason stays.
    const message = /; /.test(formatted.message)
      ? formatted.message.replace(/ got invalid value .*; /s, ' got an invalid value; ')
      : formatted.message.replace(/ got invalid value .*$/s, ' got an invalid value');
    const field = /Variable "\$(\w+)"/.exec(message)?.[1];
    if (field) extensions.fields = [{ path: field, message }];
    if (code === 'GRAPHQL_VALIDATION_FAILED' || code === 'GRAPHQL_PARSE_FAILED') extensions.reason = code;
    return { ...base, message, extensions };
  }

  appLogger().error(
    {
      err: {
        name: original instanceof Error ? original.name : typeof original,
        message: original instanceof Error ? original.message : String(original),
        stack: original instanceof Error ? original.stack : undefined,
      },
      path: formatted.path,
    },
    'unexpected error in GraphQL operation',
  );
  return { message: 'Internal server error', path: formatted.path, locations: formatted.locations, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
