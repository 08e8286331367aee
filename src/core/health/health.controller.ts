import { Controller, Get, Res } from '@nestjs/common';
import { HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import type { FastifyReply } from 'fastify';
import { Public } from '../auth/roles.decorator.js';
import { RETRY_AFTER_SECONDS } from '../errors/graphql-error-formatter.js';

/**
 * Liveness and database readiness, for load balancers and compose health checks. Anyone may ask, so it says only up
 * or down: the reason (which names the database host and port) goes to the log, not to the caller.
 */
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
  ) {}

  @Get()
  @Public()
  async check(@Res() reply: FastifyReply): Promise<void> {
    let up = true;
    try {
      await this.health.check([() => this.db.pingCheck('database', { timeout: 1500 })]);
    } catch (error) {
      up = false;
      reply.log.warn({ err: { message: error instanceof Error ? error.message : String(error) } }, 'health check: database down');
    }
    if (up) reply.status(200).send({ status: 'ok', info: { database: { status: 'up' } } });
    else reply.status(503).header('retry-after', String(RETRY_AFTER_SECONDS)).send({ status: 'error', error: { database: { status: 'down' } } });
  }
}
