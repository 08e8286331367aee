import type { ApolloServerPlugin, BaseContext, GraphQLRequestListener } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { RETRY_AFTER_SECONDS } from '../errors/graphql-error-formatter.js';
import { inputProblems } from './input-hygiene.js';
import { operationCost } from './operation-cost.js';

/**
 * Checks made once the operation is parsed and validated and its variables are known, before anything runs:
 * the cost with the variables' values (see operation-cost), and input PostgreSQL cannot take (see input-hygiene).
 * Both refuse with BAD_USER_INPUT and HTTP 400. And an answer carrying SERVICE_UNAVAILABLE also says when to retry in
 * HTTP terms (Retry-After), for proxies and clients.
 *
 * One plugin whose listeners keep no state per request, so every request shares them: each plugin and listener is
 * awaited by Apollo on every request.
 */
export function operationGuards(maxCost: number): ApolloServerPlugin {
  const listeners: GraphQLRequestListener<BaseContext> = {
    async didResolveOperation({ document, operation, request, schema }) {
      if (!operation) return;
      const variables = request.variables ?? {};
      const cost = operationCost(schema, document, operation, variables);
      if (cost > maxCost) {
        throw new GraphQLError(`The operation costs ${cost}, more than the limit of ${maxCost}: ask for fewer items or fields`, {
          extensions: { code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_COSTLY', http: { status: 400 } },
        });
      }
      const problems = inputProblems(schema, document, operation, variables);
      if (problems.length > 0) {
        throw new GraphQLError(`Invalid input: ${problems.map((p) => p.path).join(', ')}`, {
          extensions: { code: 'BAD_USER_INPUT', fields: problems, http: { status: 400 } },
        });
      }
    },
    async willSendResponse({ response }) {
      const body = response.body;
      const errors = body.kind === 'single' ? body.singleResult.errors : body.initialResult.errors;
      if (errors?.some((e) => e.extensions?.code === 'SERVICE_UNAVAILABLE')) response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
    },
  };
  return { requestDidStart: async () => listeners };
}
