import type { Logger as TypeOrmLogger, QueryRunner } from 'typeorm';
import { appLogger } from '../logging/logger.js';

/**
 * Counts SQL statements (tests use it to prove there is no N+1) and logs failed and slow ones
 * without their parameters, which may hold personal data.
 */
export class QueryCounter implements TypeOrmLogger {
  count = 0;

  constructor(private readonly slowMs = 500) {}

  logQuery(_query: string, _parameters?: unknown[], _runner?: QueryRunner) {
    this.count++;
  }

  logQueryError(error: string | Error, query: string) {
    appLogger().debug({ error: error instanceof Error ? error.message : error, query: query.slice(0, 500) }, 'query failed');
  }

  logQuerySlow(time: number, query: string) {
    if (time >= this.slowMs) appLogger().warn({ ms: time, query: query.slice(0, 500) }, 'slow query');
  }

  logSchemaBuild() {}

  logMigration(message: string) {
    appLogger().info({ migration: message }, 'migration');
  }

  log(level: 'log' | 'info' | 'warn', message: unknown) {
    if (level === 'warn') appLogger().warn({ typeorm: String(message) }, 'typeorm');
  }
}
