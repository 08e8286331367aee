import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../auth/actor.js';

/** What every resolver receives: the HTTP request, the caller, and this request's (or subscription event's) DataLoaders. */
export interface GraphQLContext {
  /** The HTTP request and reply; absent for a subscription over WebSocket. */
  req?: FastifyRequest;
  reply?: FastifyReply;
  actor: Actor | null;
  /** A bearer token was sent but did not verify: every operation answers UNAUTHENTICATED. */
  invalidToken: boolean;
  /** DataLoaders live for one request only, so one caller's cache never serves another. */
  loaders: Map<string, unknown>;
}

/** The request's loader under `key`, created on first use. */
export function requestLoader<T>(ctx: GraphQLContext, key: string, create: () => T): T {
  let loader = ctx.loaders.get(key) as T | undefined;
  if (!loader) {
    loader = create();
    ctx.loaders.set(key, loader);
  }
  return loader;
}
