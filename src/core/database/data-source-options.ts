import type { DataSourceOptions } from 'typeorm';
import { migrations } from '../../database/migrations/index.js';

/** Connections of the app's pool unless DATABASE_POOL_SIZE says otherwise. */
export const DEFAULT_POOL_SIZE = 10;

/** Connection options shared by the app, the migration command and the tests. Never `synchronize`. */
export function dataSourceOptions(url: string, extra: Partial<DataSourceOptions> = {}, poolSize = DEFAULT_POOL_SIZE): DataSourceOptions {
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
      max: poolSize,
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
