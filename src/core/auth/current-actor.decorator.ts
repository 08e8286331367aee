import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GraphQLContext } from '../graphql/graphql-context.js';

/** The signed-in caller (null on a @Public operation called anonymously). */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext) => {
  const ctx = GqlExecutionContext.create(context).getContext<GraphQLContext>();
  return ctx.actor ?? null;
});
