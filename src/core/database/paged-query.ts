import type { EntityManager } from 'typeorm';
import { decodeOffsetCursor, toConnection, type Connection } from '../graphql/pagination.js';

/** Bind parameters of one statement: `param(value)` adds a value and returns its placeholder (`$3`). */
export class SqlParams {
  readonly values: unknown[] = [];
  readonly param = (value: unknown): string => `$${this.values.push(value)}`;
}

export interface PagedQuery {
  /** The select list, e.g. `e.id` or the module's column list; `total_count` is added. */
  select: string;
  /** Table and alias (and joins), e.g. `elders e`. */
  from: string;
  /** Conditions ANDed together (the access scope among them); built with `params.param`. */
  where: readonly string[];
  /** A total order (end with the id), so that pages never overlap. */
  orderBy: string;
  params: SqlParams;
  page: { first: number; after?: string | null };
}

/**
 * One page of a list, the way every list of the API pages: offset cursors, `first + 1` rows to learn whether more
 * follow, and the total from `count(*) OVER ()`, counted separately only when the page is past the end.
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
  const rows: Array<Row & { total_count: string }> = await db.query(
    `SELECT ${q.select}, count(*) OVER () AS total_count FROM ${q.from} ${whereSql} ORDER BY ${q.orderBy} LIMIT ${limit} OFFSET ${skip}`,
    q.params.values,
  );
  let totalCount = rows.length > 0 ? Number(rows[0].total_count) : 0;
  if (rows.length === 0 && offset > 0) {
    const [{ count }] = await db.query(`SELECT count(*) AS count FROM ${q.from} ${whereSql}`, filterValues);
    totalCount = Number(count);
  }
  return toConnection(await toNodes(rows), totalCount, offset, q.page.first);
}
