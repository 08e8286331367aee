import { createHash } from 'node:crypto';
import { Global, Injectable, Module, type BeforeApplicationShutdown } from '@nestjs/common';
import type { Pool, PoolClient } from 'pg';
import { DataSource, type EntityManager, type QueryRunner } from 'typeorm';
import { ambient, type UnitState } from '../context/ambient.js';
import { isSerializationFailure } from '../errors/database-errors.js';
import { appLogger } from '../logging/logger.js';

/**
 * The ambient unit of work: a write use case runs in one transaction that travels with the async context,
 * so every service it calls reads and writes on that transaction's connection without passing a manager.
 *
 * - `run(work)` opens a transaction (or joins the one already open) and retries the whole work on a
 *   serialization failure or deadlock, the losing side of a race that the database settled.
 * - `retrying(work)` retries the same way work that needs no transaction: its one write is a single statement.
 * - `manager` is the open transaction's manager, or the pool's outside one (a read on its own).
 * - `beforeCommit(fn)` runs fn inside the transaction, after the work and just before COMMIT (on the same
 *   connection), so what it writes commits or rolls back with the work: the durable outbox of domain events.
 * - `afterCommit(fn)` runs fn once the outermost transaction has committed; never if it rolled back.
 *   Outside a transaction it runs at once (after the current tick).
 * - `prepared(name, sql, values)` runs a named prepared statement (planned once per connection) on the open
 *   transaction's connection, or on the pool outside one: for hot reads of a fixed shape (see entity-rows.ts).
 */
@Injectable()
export class UnitOfWork implements BeforeApplicationShutdown {
  constructor(private readonly dataSource: DataSource) {}

  get manager(): EntityManager {
    return ambient.getStore()?.unit?.manager ?? this.dataSource.manager;
  }

  /** True while a transaction is open in this async context. */
  get inTransaction(): boolean {
    return ambient.getStore()?.unit !== undefined;
  }

  run<T>(work: (manager: EntityManager) => Promise<T>, attempts = 3): Promise<T> {
    return runInUnit(this.dataSource, work, attempts);
  }

  /**
   * Work outside a transaction whose one write is a single statement (atomic on its own, its outbox rows included:
   * DomainEvents.publishInStatement), so that a row lock it takes is held for that statement only, not until a COMMIT
   * one more round trip away. Retried as `run` retries, when the database settles a race between two such statements
   * with a deadlock or a serialization failure. Inside an open unit it simply joins it.
   */
  async retrying<T>(work: () => Promise<T>, attempts = 3): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await work();
      } catch (error) {
        if (this.inTransaction || attempt >= attempts || !isSerializationFailure(error)) throw error;
      }
    }
  }

  /**
   * A named prepared statement: each connection parses and plans it once, and no SQL is built per call. Inside a unit
   * of work it runs on the transaction's connection (never a second one from the pool); outside, straight on the pool.
   * Logged like every TypeORM query, so the query counter and the slow-query log include it. The name must stand for
   * one SQL text only.
   */
  prepared<T = Record<string, unknown>>(name: string, sql: string, values: unknown[]): Promise<T[]> {
    return preparedQuery<T>(this.manager, name, sql, values);
  }

  /**
   * `prepared` for a statement whose text is assembled from parts (outbox expressions, optional clauses) but takes
   * only a few shapes, all its values being parameters: each shape is prepared under its own name, `prefix` and a
   * digest of the text. A large statement is then parsed and planned once per connection, not on every call.
   */
  preparedText<T = Record<string, unknown>>(prefix: string, sql: string, values: unknown[]): Promise<T[]> {
    return preparedQuery<T>(this.manager, statementName(prefix, sql), sql, values);
  }

  beforeCommit(fn: () => Promise<unknown>): void {
    const unit = ambient.getStore()?.unit;
    if (!unit) throw new Error('beforeCommit needs an open unit of work');
    unit.beforeCommit.push(fn);
  }

  afterCommit(fn: () => unknown): void {
    const unit = ambient.getStore()?.unit;
    if (unit) unit.afterCommit.push(fn);
    else runAfterCommit(fn);
  }

  /** A stop waits for the after-commit work already started, before the database pool closes. */
  async beforeApplicationShutdown(): Promise<void> {
    await afterCommitSettled();
  }
}

const statementNames = new Map<string, string>();

/** The prepared statement's name of one SQL text (see UnitOfWork.preparedText): kept for the few texts there are. */
export function statementName(prefix: string, sql: string): string {
  let name = statementNames.get(sql);
  if (!name) {
    name = `${prefix}_${createHash('sha256').update(sql).digest('base64url').slice(0, 20)}`;
    if (statementNames.size < 1000) statementNames.set(sql, name);
  }
  return name;
}

/** As TypeORM's maxQueryExecutionTime (database.module.ts): a statement this slow is logged. */
const SLOW_QUERY_MS = 500;

/**
 * A named prepared statement on the connection of `manager`: its transaction's when it has one, else the pool's (see
 * UnitOfWork.prepared).
 */
export async function preparedQuery<T = Record<string, unknown>>(manager: EntityManager, name: string, sql: string, values: unknown[]): Promise<T[]> {
  const runner = manager.queryRunner && !manager.queryRunner.isReleased ? manager.queryRunner : undefined;
  const dataSource = manager.connection;
  dataSource.logger.logQuery(sql, values, runner);
  const started = performance.now();
  const client: Pool | PoolClient = runner ? ((await runner.connect()) as PoolClient) : (dataSource.driver as unknown as { master: Pool }).master;
  try {
    const send = () => client.query({ name, text: sql, values });
    return (await (runner ? inTurn(runner, send) : send())).rows as T[];
  } catch (error) {
    dataSource.logger.logQueryError(error as Error, sql, values, runner);
    throw error;
  } finally {
    const ms = performance.now() - started;
    if (ms >= SLOW_QUERY_MS) dataSource.logger.logQuerySlow(ms, sql, values, runner);
  }
}

/**
 * One statement at a time on a transaction's connection. A unit of work may start several reads together (Promise.all
 * over several owners' services); pg would queue them on its one connection, but that is deprecated (pg 9 refuses it),
 * so here each waits its turn, in the order asked for, as pg's own queue kept them.
 */
const turns = new WeakMap<object, Promise<unknown>>();

function inTurn<T>(runner: object, send: () => Promise<T>): Promise<T> {
  const sent = (turns.get(runner) ?? Promise.resolve()).then(send);
  turns.set(runner, sent.catch(() => undefined));
  return sent;
}

/** A transaction's query runner whose statements take their turns (see inTurn). */
function oneAtATime(runner: QueryRunner): void {
  const query = runner.query.bind(runner);
  runner.query = ((...args: Parameters<QueryRunner['query']>) => inTurn(runner, () => query(...args))) as QueryRunner['query'];
}

/** After-commit work started and not finished yet. */
const pendingAfterCommit = new Set<Promise<unknown>>();

/** Resolves once every piece of after-commit work started so far (and any it starts) has finished. */
export async function afterCommitSettled(): Promise<void> {
  while (pendingAfterCommit.size > 0) await Promise.allSettled([...pendingAfterCommit]);
}

/** Opens a unit of work on the data source, or joins the one open in this async context (see UnitOfWork). */
export async function runInUnit<T>(dataSource: DataSource, work: (manager: EntityManager) => Promise<T>, attempts = 3): Promise<T> {
  const store = ambient.getStore();
  if (store?.unit) return work(store.unit.manager);
  for (let attempt = 1; ; attempt++) {
    const unit: UnitState = { manager: dataSource.manager, beforeCommit: [], afterCommit: [] };
    try {
      const result = await dataSource.transaction((manager) => {
        unit.manager = manager;
        if (manager.queryRunner) oneAtATime(manager.queryRunner);
        return ambient.run({ ...store, unit }, async () => {
          const done = await work(manager);
          // A step may add another (an event whose handler list is built lazily): run until none is left.
          for (let i = 0; i < unit.beforeCommit.length; i++) await unit.beforeCommit[i]();
          return done;
        });
      });
      for (const fn of unit.afterCommit) runAfterCommit(fn);
      return result;
    } catch (error) {
      if (attempt >= attempts || !isSerializationFailure(error)) throw error;
    }
  }
}

/** Work after a commit runs outside the finished transaction: its reads must not join it. */
function runAfterCommit(fn: () => unknown): void {
  const store = ambient.getStore();
  const run = () => Promise.resolve().then(fn);
  const done = (store?.unit ? ambient.run({ ...store, unit: undefined }, run) : run())
    .catch((error: unknown) => appLogger().error({ err: error instanceof Error ? error.message : String(error) }, 'after-commit work failed'))
    .finally(() => pendingAfterCommit.delete(done));
  pendingAfterCommit.add(done);
}

@Global()
@Module({ providers: [UnitOfWork], exports: [UnitOfWork] })
export class UnitOfWorkModule {}
