import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppConfig } from '../../config/app-config.js';
import type { TokenService } from '../auth/token.service.js';
import { formatGraphQLError } from '../errors/graphql-error-formatter.js';
import './enum-types.js';
import { SCHEMA_BUILD_OPTIONS } from './date-time.scalar.js';
import { offlineGraphiQL } from './graphiql.js';
import { operationGuards } from './operation-guards.js';
import { describeRootTypes } from './root-types.js';
import type { GraphQLContext } from './graphql-context.js';

/** The abuse limits of one configuration; the HTTP endpoint and the subscription server apply the same rules. */
export function armorFor(config: AppConfig) {
  return new ApolloArmor({
    maxDepth: { n: config.GRAPHQL_MAX_DEPTH, ignoreIntrospection: true },
    // `__typename` aliases count too (graphql-armor allows them without limit by default: 8,000 in one query).
    maxAliases: { n: config.GRAPHQL_MAX_ALIASES, allowList: [] },
    // The cost is computed by operationGuards with the variables' values; armor's rule reads literals only.
    costLimit: { enabled: false },
    maxDirectives: { n: 50 },
    // maxTokens re-parses outside Apollo's pipeline and turns syntax errors into 500s; the body limit bounds documents instead.
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: config.isProduction },
  }).protect();
}

/**
 * Code-first schema on Apollo, with abuse limits (depth, aliases, cost, tokens), the single error formatter,
 * an offline GraphiQL outside production, and a per-request context carrying the caller and DataLoaders.
 * Subscriptions are served by core/live's SubscriptionServer over graphql-ws on the same path.
 */
export function graphqlOptions(config: AppConfig, tokens: TokenService): ApolloDriverConfig {
  const protection = armorFor(config);
  return {
    autoSchemaFile: true,
    // Date arguments and fields use the app's DateTime: zone-less input is China time, impossible dates are refused.
    buildSchemaOptions: SCHEMA_BUILD_OPTIONS,
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
      operationGuards(config.GRAPHQL_MAX_COST),
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
