import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppConfig } from '../../config/app-config.js';
import type { TokenService } from '../auth/token.service.js';
import { formatGraphQLError } from '../errors/graphql-error-formatter.js';
import { offlineGraphiQL } from './graphiql.js';
import { describeRootTypes } from './root-types.js';
import type { GraphQLContext } from './graphql-context.js';

/**
 * Code-first schema on Apollo, with abuse limits (depth, aliases, cost, tokens), the single error formatter,
 * an offline GraphiQL outside production, and a per-request context carrying the caller and DataLoaders.
 */
export function graphqlOptions(config: AppConfig, tokens: TokenService): ApolloDriverConfig {
  const armor = new ApolloArmor({
    maxDepth: { n: config.GRAPHQL_MAX_DEPTH, ignoreIntrospection: true },
    maxAliases: { n: config.GRAPHQL_MAX_ALIASES },
    costLimit: { maxCost: config.GRAPHQL_MAX_COST, ignoreIntrospection: true },
    maxDirectives: { n: 50 },
    // maxTokens re-parses outside Apollo's pipeline and turns syntax errors into 500s; the body limit bounds documents instead.
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: config.isProduction },
  });
  const protection = armor.protect();
  return {
    autoSchemaFile: true,
    sortSchema: true,
    transformSchema: describeRootTypes,
    graphiql: false,
    introspection: !config.isProduction,
    includeStacktraceInErrorResponses: false,
    // graphql-armor's types come from Apollo's CommonJS build; the plugins are the same at run time.
    // No HTTP caching of GraphQL answers here (they are per caller): without the cache-control plugin Apollo does not
    // wrap every field resolver to compute cache hints.
    plugins: [
      ApolloServerPluginCacheControlDisabled(),
      ...(protection.plugins as ApolloServerPlugin[]),
      ...(config.isProduction ? [] : [offlineGraphiQL()]),
    ],
    validationRules: protection.validationRules,
    formatError: formatGraphQLError,
    context: async (request: FastifyRequest, reply: FastifyReply): Promise<GraphQLContext> => {
      const header = request.headers.authorization;
      let actor = null;
      let invalidToken = false;
      if (header) {
        const match = /^Bearer\s+(\S+)$/i.exec(header);
        actor = match ? await tokens.verify(match[1]) : null;
        invalidToken = actor === null;
      }
      return { req: request, reply, actor, invalidToken, loaders: new Map() };
    },
  };
}
