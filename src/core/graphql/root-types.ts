import type { GraphQLSchema } from 'graphql';

/**
 * Code-first schemas leave the root operation types without a description; the schema is the documentation clients
 * read, so the server and `npm run schema` both add them here.
 */
export function describeRootTypes(schema: GraphQLSchema): GraphQLSchema {
  const query = schema.getQueryType();
  const mutation = schema.getMutationType();
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
  return schema;
}
