import type { GraphQLSchema } from 'graphql';
import { ambient } from '../context/ambient.js';
import type { GraphQLContext } from './graphql-context.js';

/**
 * Each mutation's resolver runs in the ambient store with its request's id, so the log lines its work writes (its unit
 * of work, the work after its commit, a slow statement, a job it starts in-process) carry the id. Reads run without
 * the store, which on Node 20 costs every promise while it is on (core/context/ambient.ts); their request line and
 * their errors carry the id from the request itself.
 */
export function runMutationsInRequestContext(schema: GraphQLSchema): GraphQLSchema {
  const mutation = schema.getMutationType();
  if (!mutation) return schema;
  for (const field of Object.values(mutation.getFields())) {
    const resolve = field.resolve;
    if (!resolve) continue;
    field.resolve = (source, args, context: GraphQLContext, info) => ambient.run({ requestId: context.req?.id }, () => resolve(source, args, context, info));
  }
  return schema;
}
