import { Catch, type ArgumentsHost } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import type { FastifyReply } from 'fastify';
import { DomainError } from './domain-error.js';

const HTTP_STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, BAD_USER_INPUT: 400, CONFLICT: 409, RATE_LIMITED: 429 };

/**
 * Expected refusals (NOT_FOUND, CONFLICT, ...) go straight to the GraphQL error formatter; without this filter Nest's
 * default handler logs each one at error level with a stack trace. Unexpected errors still reach the formatter, which
 * logs them. On plain HTTP routes the refusal becomes a JSON answer with the matching status.
 */
@Catch(DomainError)
export class DomainErrorFilter implements GqlExceptionFilter {
  catch(error: DomainError, host: ArgumentsHost) {
    if (host.getType<string>() === 'http') {
      const reply = host.switchToHttp().getResponse<FastifyReply>();
      return reply.status(HTTP_STATUS[error.code] ?? 500).send({ code: error.code, message: error.message });
    }
    return error;
  }
}
