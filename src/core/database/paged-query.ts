import type { EntityManager } from 'typeorm';
import { preparedQuery, statementName } from './unit-of-work.js';
import { decodeOffsetCursor, toConnection, TOTAL_COUNT_CAP, type Connection } from '../graphql/pagination.js';

/** Bind parameters of one statement: `param(value)` adds a value and returns its placeholder (`$3`). */
export class SqlParams {
  readonly values: unknown[] = [];
  readonly param = (value: unknown): string => `$${this.values.push(value)}`;
}

export interface PagedQuery {
  /** The select list, e.g. `e.id` or the module's column list. */
  select: string;
  /** Table and alias (and joins), e.g. `elders e`. */
  from: string;
  /** Conditions ANDed together (the access scope among them); built with `params.param`. */
  where: readonly string[];
  /** A total order (end with the id), so that pages never overlap. */
  orderBy: string;
  params: SqlParams;
  page: { first: number; after?: string | null };
  /**
   * Run the page and its count as named prepared statements, planned once per connection and shape: for a hot list
   * whose plan does not hang on its values (no region prefix: a generic plan cannot use `LIKE $1` as a plan made for
   * the value can). Planning is then most of such a page's database time.
   */
  prepare?: boolean;
}

/**
 * One page of a list, the way every list of the API pages: offset cursors and `first + 1` rows to learn whether more
 * follow. The page's statement never counts: `totalCount` is known from the page itself when the page is the last
 * one, and otherwise counted only if a client selects it (GraphQL calls the connection's `totalCount`), with a
 * statement that stops at TOTAL_COUNT_CAP + 1 rows, so a count costs the same for 20,000 or 2,000,000 matches.
 */
export async function pagedQuery<Row extends object, Node = Row>(
  db: EntityManager,
  q: PagedQuery,
  toNodes: (rows: Row[]) => Node[] | Promise<Node[]> = (rows) => rows as unknown as Node[],
): Promise<Connection<Node>> {
  const offset = decodeOffsetCursor(q.page.after);
  const whereSql = q.where.length ? `WHERE ${q.where.join(' AND ')}` : '';
  const filterValues = [...q.params.values];
  const limit = q.params.param(q.page.first + 1);
  const skip = q.params.param(offset);
  const run = <T>(manager: EntityManager, sql: string, values: unknown[]): Promise<T[]> =>
    q.prepare ? preparedQuery<T>(manager, statementName('list', sql), sql, values) : manager.query(sql, values);
  const rows = await run<Row>(db, `SELECT ${q.select} FROM ${q.from} ${whereSql} ORDER BY ${q.orderBy} LIMIT ${limit} OFFSET ${skip}`, q.params.values);
  // A page with fewer rows than asked for is the last: the total is what came before it and what it holds.
  const lastPage = rows.length <= q.page.first && (rows.length > 0 || offset === 0);
  const count = lastPage ? offset + rows.length : () => cappedCount(db, `SELECT 1 FROM ${q.from} ${whereSql}`, filterValues, run);
  return toConnection(await toNodes(rows), count, offset, q.page.first);
}

/**
 * How many rows a query (`SELECT 1 FROM ... WHERE ...`) returns, counting no further than TOTAL_COUNT_CAP + 1.
 * It runs when GraphQL resolves the field, after the list's own work: inside a unit of work still open it joins it,
 * otherwise it reads on the pool.
 */
export async function cappedCount(
  db: EntityManager,
  rowsSql: string,
  values: unknown[],
  run: <T>(manager: EntityManager, sql: string, values: unknown[]) => Promise<T[]> = (manager, sql, v) => manager.query(sql, v),
): Promise<{ count: number; capped: boolean }> {
  const open = db.queryRunner && !db.queryRunner.isReleased ? db : db.connection.manager;
  const [{ n }] = await run<{ n: number }>(open, `SELECT count(*)::int AS n FROM (${rowsSql} LIMIT ${TOTAL_COUNT_CAP + 1}) AS counted`, values);
  return n > TOTAL_COUNT_CAP ? { count: TOTAL_COUNT_CAP, capped: true } : { count: n, capped: false };
}
