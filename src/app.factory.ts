import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { LogController } from 'fastify';
import type { Logger } from 'pino';
import { AppModule } from './app.module.js';
import type { AppConfig } from './config/app-config.js';
import { InputValidationPipe } from './core/graphql/input-validation.pipe.js';
import { PinoNestLogger, requestContext } from './core/logging/logger.js';
import { serveWebConsole } from './core/web/web-console.js';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Builds the Nest application on Fastify: used by main.ts, the tests and the benchmarks alike. */
export async function createApp(config: AppConfig, databaseUrl: string, logger: Logger): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    loggerInstance: logger,
    // A caller's x-request-id is kept when it is well-formed, so logs can be joined across services.
    genReqId: (req: IncomingMessage) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    logController: new LogController({ requestIdLogLabel: 'requestId' }),
    bodyLimit: 1_048_576,
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config, databaseUrl), adapter, {
    logger: new PinoNestLogger(logger),
  });
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onRequest', (request, reply, done) => {
    reply.header('x-request-id', request.id);
    requestContext.run({ requestId: request.id }, done);
  });
  app.useGlobalPipes(new InputValidationPipe());
  serveWebConsole(app);
  return app;
}

/**
 * Stops the app without losing work it has taken on: the HTTP server first (no new requests; those in flight finish and
 * publish their domain events), then Nest's close, in which DomainEvents waits for the listeners already started
 * before the database pool closes. Nest's own close() waits for listeners before it stops the HTTP server, so the
 * events of the last requests could find the pool closed.
 */
export async function closeApp(app: NestFastifyApplication): Promise<void> {
  await app.getHttpAdapter().getInstance().close();
  await app.close();
}
