import type { DataSourceOptions } from 'typeorm';
import { migrations } from '../../database/migrations/index.js';

/** Connections of the app's pool unless DATABASE_POOL_SIZE says otherwise. */
export const DEFAULT_POOL_SIZE = 10;

/**
 * Guards that keep a stuck request from holding the pool for ever (see AppConfig DATABASE_*_MS): a request that cannot
 * get a connection in time, a statement that runs or waits on a lock too long, and a transaction left idle are ended,
 * and the request is answered SERVICE_UNAVAILABLE (retryable) rather than never.
 */
export interface PoolGuards {
  poolSize: number;
  acquireTimeoutMs: number;
  statementTimeoutMs: number;
  lockTimeoutMs: number;
  idleInTransactionTimeoutMs: number;
}

export const DEFAULT_POOL_GUARDS: PoolGuards = {
  poolSize: DEFAULT_POOL_SIZE,
  acquireTimeoutMs: 5_000,
  statementTimeoutMs: 30_000,
  lockTimeoutMs: 10_000,
  idleInTransactionTimeoutMs: 60_000,
};

/** The pool guards a configuration asks for. */
export function poolGuardsOf(config: {
  DATABASE_POOL_SIZE: number;
  DATABASE_ACQUIRE_TIMEOUT_MS: number;
  DATABASE_STATEMENT_TIMEOUT_MS: number;
  DATABASE_LOCK_TIMEOUT_MS: number;
  DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: number;
}): PoolGuards {
  return {
    poolSize: config.DATABASE_POOL_SIZE,
    acquireTimeoutMs: config.DATABASE_ACQUIRE_TIMEOUT_MS,
    statementTimeoutMs: config.DATABASE_STATEMENT_TIMEOUT_MS,
    lockTimeoutMs: config.DATABASE_LOCK_TIMEOUT_MS,
    idleInTransactionTimeoutMs: config.DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS,
  };
}

/** Connection options shared by the app, the migration command and the tests. Never `synchronize`. */
export function dataSourceOptions(url: string, extra: Partial<DataSourceOptions> = {}, guards: PoolGuards = DEFAULT_POOL_GUARDS): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    synchronize: false,
    migrations,
    migrationsTransactionMode: 'each',
    extra: {
      // A small pool: two cores of PostgreSQL do not run more queries at once by having more connections, and each new
      // connection starts cold (caches, a plan per prepared matching shape): with 20, bursts at 150 searches/s opened
      // new ones and stalled for seconds; with 10 the same run kept p95 under 60 ms. Requests wait for a free one.
      max: guards.poolSize,
      // pg-pool's wait for a free connection (and for a new connection's handshake); by default it waits for ever.
      connectionTimeoutMillis: guards.acquireTimeoutMs,
      // Sent as session settings when each connection opens (0 turns a guard off).
      statement_timeout: guards.statementTimeoutMs,
      lock_timeout: guards.lockTimeoutMs,
      idle_in_transaction_session_timeout: guards.idleInTransactionTimeoutMs,
      // Keep connections through lulls (pg-pool's default closes them after 10 s idle): a new backend starts with cold
      // caches and plans each prepared matching shape again, which at a burst stalled searches for hundreds of ms.
      idleTimeoutMillis: 300_000,
      application_name: 'yiyang',
      // Only named prepared statements are planned once and kept, and the app names only the matching candidate
      // query (a few dozen shapes): its generic plan is as good as a custom one (the geo index either way), and the
      // default mode re-plans the first five runs per connection and shape, and keeps re-planning some shapes.
      options: '-c plan_cache_mode=force_generic_plan',
    },
    ...extra,
  } as DataSourceOptions;
}
