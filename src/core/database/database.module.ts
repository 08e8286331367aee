import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { dataSourceOptions, type PoolGuards } from './data-source-options.js';
import { QueryCounter } from './query-counter.js';

/** The query counter is a singleton per app, so tests can read how many statements a request cost. */
export const QUERY_COUNTER = Symbol('QUERY_COUNTER');

@Module({})
export class DatabaseModule {
  static forRoot(url: string, migrateOnStart: boolean, guards: PoolGuards): DynamicModule {
    const counter = new QueryCounter();
    return {
      module: DatabaseModule,
      global: true,
      imports: [
        TypeOrmModule.forRoot({
          ...dataSourceOptions(url, {}, guards),
          autoLoadEntities: true,
          migrationsRun: migrateOnStart,
          logging: ['query', 'error', 'warn', 'migration'],
          logger: counter,
          maxQueryExecutionTime: 500,
        }),
      ],
      providers: [{ provide: QUERY_COUNTER, useValue: counter }],
      exports: [QUERY_COUNTER],
    };
  }
}
