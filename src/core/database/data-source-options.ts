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
    extra: { max: 20, application_name: 'yiyang' },
    ...extra,
  } as DataSourceOptions;
}
