import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { LogController, type FastifyReply, type FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import { AppModule } from './app.module.js';
import { MessageBus } from './core/bus/message-bus.js';
import { JobQueue } from './core/jobs/job-queue.js';
import { SubscriptionServer } from './core/live/subscription-server.js';
import type { AppConfig } from './config/app-config.js';
import { InputValidationPipe } from './core/graphql/input-validation.pipe.js';
import { registerGraphQLUploads } from './core/graphql/uploads.js';
import { ambient } from './core/context/ambient.js';
import { PinoNestLogger, requestChildLogger } from './core/logging/logger.js';
import { serveWebConsole } from './core/web/web-console.js';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * One log line per request, when it is answered: what Fastify logs on arrival (method, path) joins the completion line
 * (status, time), so the default level writes, serializes and redacts one line per request instead of two.
 */
class OneLinePerRequest extends LogController {
  override incomingRequest(): void {}

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    if (this.isLogDisabled(request)) return;
    if (error) reply.log.error({ req: request, res: reply, err: error, responseTime: reply.elapsedTime }, 'request errored');
    else reply.log.info({ req: request, res: reply, responseTime: reply.elapsedTime }, 'request completed');
  }
}

/** Builds the Nest application on Fastify: used by main.ts, the tests and the benchmarks alike. */
export async function createApp(config: AppConfig, databaseUrl: string, logger: Logger): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    loggerInstance: logger,
    // A caller's x-request-id is kept when it is well-formed, so logs can be joined across services.
    genReqId: (req: IncomingMessage) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    logController: new OneLinePerRequest({ requestIdLogLabel: 'requestId' }),
    childLoggerFactory: requestChildLogger as never,
    bodyLimit: 1_048_576,
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config, databaseUrl), adapter, {
    logger: new PinoNestLogger(logger),
  });
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onRequest', (request, reply, done) => {
    reply.header('x-request-id', request.id);
    // The request's id travels with all its work in the ambient store, so every log line written for it carries the id.
    ambient.run({ requestId: request.id }, done);
  });
  registerGraphQLUploads(fastify, config.UPLOAD_MAX_BYTES);
  fastify.addHook('onSend', (request, reply, payload, done) => {
    // A GraphQL answer larger than the cap is not sent (the cost limit keeps most from being built at all).
    if (typeof payload === 'string' && payload.length > config.GRAPHQL_MAX_RESPONSE_BYTES / 4 && request.url.startsWith('/graphql')) {
      const bytes = Buffer.byteLength(payload);
      if (bytes > config.GRAPHQL_MAX_RESPONSE_BYTES) {
        request.log.warn({ bytes, limit: config.GRAPHQL_MAX_RESPONSE_BYTES }, 'GraphQL answer over the size cap, not sent');
        reply.header('content-type', 'application/json; charset=utf-8');
        done(null, JSON.stringify({ errors: [responseTooLarge(config.GRAPHQL_MAX_RESPONSE_BYTES)] }));
        return;
      }
    }
    done(null, payload);
  });
  // While stopping, answers close their connection: a kept-alive connection would otherwise hold the server open
  // until its keep-alive timeout after the last request in flight is answered.
  fastify.addHook('onSend', (_request, reply, _payload, done) => {
    if (draining.has(app)) reply.header('connection', 'close');
    done();
  });
  app.useGlobalPipes(new InputValidationPipe());
  serveWebConsole(app);
  return app;
}

const draining = new WeakSet<NestFastifyApplication>();

const responseTooLarge = (limit: number) => ({
  message: `The answer is larger than ${limit} bytes: ask for fewer items or fields`,
  extensions: { code: 'BAD_USER_INPUT', reason: 'RESPONSE_TOO_LARGE' },
});

/**
 * The first step of a stop: the listener closes (new connections are refused, requests arriving on open keep-alive
 * connections get 503), the requests in flight are answered, and their connections are closed as they fall idle.
 */
const trafficStopped = new WeakMap<NestFastifyApplication, Promise<void>>();

/**
 * Steps 1 and 2 of a stop (see closeApp): live subscriptions closed, then HTTP drained. Runs once per app; a later
 * call waits for the first.
 */
export function stopTraffic(app: NestFastifyApplication): Promise<void> {
  let stopped = trafficStopped.get(app);
  if (!stopped) {
    stopped = (async () => {
      await app.get(SubscriptionServer, { strict: false }).stop();
      await drainHttp(app);
    })();
    trafficStopped.set(app, stopped);
  }
  return stopped;
}

export async function drainHttp(app: NestFastifyApplication): Promise<void> {
  draining.add(app);
  const fastify = app.getHttpAdapter().getInstance();
  const sweep = setInterval(() => fastify.server.closeIdleConnections?.(), 100);
  try {
    await fastify.close();
  } finally {
    clearInterval(sweep);
  }
}

/**
 * Stops the app without losing work it has taken on, in order:
 * 1. live subscriptions: no new WebSocket connections; open ones are closed with 1001 (going away), so clients
 *    reconnect to another instance;
 * 2. the HTTP server: no new requests; those in flight finish (their events are already in the outbox);
 * 3. the job queue: no new jobs fetched or schedules offered; jobs in flight finish;
 * 4. the bus: unlisten and close its connections;
 * 5. Nest's close, in which DomainEvents waits for publications already started before the database pool closes.
 * Nest's own close() waits for listeners before it stops the HTTP server, so the work of the last requests could find
 * the pool closed.
 */
export async function closeApp(app: NestFastifyApplication): Promise<void> {
  await stopTraffic(app);
  await app.get(JobQueue, { strict: false }).stop();
  await app.get(MessageBus, { strict: false }).close();
  await app.close();
}
