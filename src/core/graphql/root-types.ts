import type { GraphQLSchema } from 'graphql';

/**
 * Code-first schemas leave the root operation types without a description; the schema is the documentation clients
 * read, so the server and `npm run schema` both add them here.
 */
export function describeRootTypes(schema: GraphQLSchema): GraphQLSchema {
  const query = schema.getQueryType();
  const mutation = schema.getMutationType();
  const subscription = schema.getSubscriptionType();
  if (query) {
    query.description =
      'Reads. Most need `Authorization: Bearer <accessToken>` from `login`; the provider finder, rubrics and subsidy tiers are public. ' +
      'An object the caller may not see reads as null or NOT_FOUND, never FORBIDDEN.';
  }
  if (mutation) {
    mutation.description =
      'Writes. Each runs in one transaction; refusals carry `extensions.code` and, for business rules, `extensions.reason`. ' +
      'Mutations with an idempotencyKey return the original result when repeated with the same input.';
  }
  if (subscription) {
    subscription.description =
      'Live updates over graphql-ws (protocol graphql-transport-ws) on the same /graphql path, authenticated by ' +
      '`connectionParams.authorization: "Bearer <accessToken>"`. Each event is checked against the caller\'s rights at delivery; ' +
      'an id the caller cannot read is refused with NOT_FOUND. Close codes: 4401 invalid or expired token, 4408 no connection_init in time, 1001 server going away.';
  }
  return schema;
}
