import type { DataSourceOptions } from 'typeorm';
import { migrations } from '../../database/migrations/index.js';

/** Connection options shared by the app, the migration command and the tests. Never `synchronize`. */
export function dataSourceOptions(url: string, extra: Partial<DataSourceOptions> = {}): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    synchronize: false,
    migrations,
    migrationsTransactionMode: 'each',
    extra: {
      max: 20,
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
