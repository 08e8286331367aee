import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { DEFAULT_POOL_GUARDS, dataSourceOptions } from '../core/database/data-source-options.js';
import { createRootLogger } from '../core/logging/logger.js';

/** `npm run migrate`: applies pending migrations to DATABASE_URL (production runs this instead of migrating on start). */
const logger = createRootLogger(process.env.LOG_LEVEL ?? 'info');
const url = process.env.DATABASE_URL;
if (!url) {
  logger.error('DATABASE_URL is required for npm run migrate');
  process.exit(2);
}
// A migration may rewrite a large table: no statement timeout here (the app's 30 s default would cut it off).
const dataSource = new DataSource(dataSourceOptions(url, {}, { ...DEFAULT_POOL_GUARDS, poolSize: 2, statementTimeoutMs: 0 }));
await dataSource.initialize();
const applied = await dataSource.runMigrations({ transaction: 'each' });
logger.info({ applied: applied.map((m) => m.name) }, 'migrations applied');
await dataSource.destroy();
