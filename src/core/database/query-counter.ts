import type { Logger as TypeOrmLogger, QueryRunner } from 'typeorm';
import { appLogger } from '../logging/logger.js';

/**
 * Counts SQL statements (tests use it to prove there is no N+1) and logs failed and slow ones
 * without their parameters, which may hold personal data.
 */
export class QueryCounter implements TypeOrmLogger {
  count = 0;

  /** When a test sets it to an array, the SQL text (never the parameters) of each statement from then on is added. */
  captured: string[] | null = null;

  constructor(private readonly slowMs = 500) {}

  logQuery(query: string, _parameters?: unknown[], _runner?: QueryRunner) {
    this.count++;
    this.captured?.push(query);
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
