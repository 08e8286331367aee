// The second anchor of bench/request-path-bench.js: the operations of bench/bare/operations.js (the same schema and
// SQL through `pg` as bench/bare/server.js) served by a minimal Nest app on the same Apollo Server and Fastify, the way
// Nest's documentation writes one: schema-first, root fields in a @Resolver class taking @Args() and @Context(). No
// TypeORM, guards, pipes, interceptors, request logging or request context. Between the bare server and this one is
// what Nest and its Apollo driver cost; between this one and the app is what the app's own layers cost.
//
//   DATABASE_URL=postgres://... PORT=4001 JWT_SECRET=... node bench/bare/nest-server.js
//
// Started by the benchmark; GET /health answers once it listens.
import 'reflect-metadata';
import { ApolloDriver } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Args, Context, GraphQLModule, Mutation, Query, Resolver, ResolveField } from '@nestjs/graphql';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { callerOf, fields, mutations, queries, stopOnSignal, typeDefs } from './operations.js';

/** Plain JavaScript has no decorator syntax here: a decorator is applied as the function it is. */
function decorateMethod(target, key, ...decorators) {
  Reflect.decorate(decorators, target.prototype, key, Object.getOwnPropertyDescriptor(target.prototype, key));
}

/** A @Resolver class of the root type whose fields take @Args() and @Context(). */
function rootResolver(type, operations, decorator) {
  const RootResolver = class {};
  Object.defineProperty(RootResolver, 'name', { value: `${type}Resolver` });
  for (const [name, run] of Object.entries(operations)) {
    RootResolver.prototype[name] = (args, ctx) => run(args, ctx.userId);
    decorateMethod(RootResolver, name, decorator(name));
    Args()(RootResolver.prototype, name, 0);
    Context()(RootResolver.prototype, name, 1);
  }
  Resolver(type)(RootResolver);
  return RootResolver;
}

// Field resolvers without parameter decorators, which Nest hands to graphql-js as they are (as the app's).
const fieldResolvers = Object.entries(fields).map(([type, byField]) => {
  const FieldResolver = class {};
  Object.defineProperty(FieldResolver, 'name', { value: `${type}Resolver` });
  for (const [field, resolve] of Object.entries(byField)) {
    FieldResolver.prototype[field] = resolve;
    decorateMethod(FieldResolver, field, ResolveField(field));
  }
  Resolver(type)(FieldResolver);
  return FieldResolver;
});

class AnchorModule {}
Module({
  imports: [GraphQLModule.forRoot({ driver: ApolloDriver, typeDefs, playground: false, context: (request) => callerOf(request.headers) })],
  providers: [rootResolver('Query', queries, Query), rootResolver('Mutation', mutations, Mutation), ...fieldResolvers],
})(AnchorModule);

const app = await NestFactory.create(AnchorModule, new FastifyAdapter(), { logger: false });
app.getHttpAdapter().getInstance().get('/health', async () => ({ ok: true }));
await app.listen(Number(process.env.PORT), process.env.HOST ?? '127.0.0.1');
stopOnSignal(() => app.close());
