import 'reflect-metadata';
import { Writable } from 'node:stream';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { closeApp, createApp } from '../../src/app.factory.js';
import { loadConfig, type AppConfig } from '../../src/config/app-config.js';
import { QUERY_COUNTER } from '../../src/core/database/database.module.js';
import type { QueryCounter } from '../../src/core/database/query-counter.js';
import { createRootLogger } from '../../src/core/logging/logger.js';
import { createTestDatabase } from './database.js';

export const TEST_JWT_SECRET = 'test-secret-that-is-long-enough-for-hs256-signing';

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; path?: string[]; extensions?: { code?: string; reason?: string; fields?: Array<{ path: string; message: string }> } }>;
}

/** The real application on its own cloned database, driven over HTTP like a client would. */
export interface TestApp {
  app: NestFastifyApplication;
  db: DataSource;
  config: AppConfig;
  /** Every log line the app wrote, as text: tests search it for personal data. */
  logs: string[];
  queries: QueryCounter;
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResponse<T>>;
  http(): ReturnType<typeof request>;
  close(): Promise<void>;
}

/** `options.databaseUrl`: run on another app's database (a second instance of the service), e.g. `urlOf(t.db)`. */
export async function startTestApp(
  overrides: Partial<Record<keyof AppConfig, unknown>> = {},
  options: { databaseUrl?: string } = {},
): Promise<TestApp> {
  const databaseUrl = options.databaseUrl ?? (await createTestDatabase());
  const config = loadConfig(
    { NODE_ENV: 'test' },
    { JWT_SECRET: TEST_JWT_SECRET, BCRYPT_ROUNDS: '4', SEED_DEMO: 'false', LOG_LEVEL: 'info', ...overrides },
  );
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, callback) {
      logs.push(String(chunk));
      callback();
    },
  });
  const logger = createRootLogger(config.LOG_LEVEL, sink);
  const app = await createApp(config, databaseUrl, logger);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  const server = app.getHttpServer();
  const db = app.get(DataSource);
  return {
    app,
    db,
    config,
    logs,
    queries: app.get<QueryCounter>(QUERY_COUNTER),
    async gql(query, variables, token) {
      const req = request(server).post('/graphql').set('content-type', 'application/json');
      if (token) req.set('authorization', `Bearer ${token}`);
      const res = await req.send({ query, variables });
      return { status: res.status, data: res.body.data ?? undefined, errors: res.body.errors };
    },
    http: () => request(server),
    close: () => closeApp(app),
  };
}

/** The database URL a test app runs on (to start a second instance on it). */
export const urlOf = (db: DataSource): string => (db.options as { url: string }).url;
