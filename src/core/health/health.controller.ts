import { Controller, Get, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import { Public } from '../auth/roles.decorator.js';
import { RETRY_AFTER_SECONDS } from '../errors/graphql-error-formatter.js';

/**
 * Liveness and database readiness, for load balancers and compose health checks. Anyone may ask, so it says only up
 * or down: the reason (which names the database host and port) goes to the log, not to the caller.
 */
@Controller('health')
export class HealthController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @Public()
  async check(@Res() reply: FastifyReply): Promise<void> {
    let up = true;
    try {
      await pingWithin(this.dataSource, 1500);
    } catch (error) {
      up = false;
      reply.log.warn({ err: { message: error instanceof Error ? error.message : String(error) } }, 'health check: database down');
    }
    if (up) reply.status(200).send({ status: 'ok', info: { database: { status: 'up' } } });
    else reply.status(503).header('retry-after', String(RETRY_AFTER_SECONDS)).send({ status: 'error', error: { database: { status: 'down' } } });
  }
}

/**
 * `SELECT 1` on the app's pool, refused after `ms` (waiting for a free connection counts). The ping is written here
 * rather than taken from @nestjs/terminus, whose module and indicators cost about 40 ms of every start to load for
 * this one query.
 */
async function pingWithin(dataSource: DataSource, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the database did not answer within ${ms} ms`)), ms);
  });
  try {
    await Promise.race([dataSource.query('SELECT 1'), late]);
  } finally {
    clearTimeout(timer);
  }
}
