import type { Pool } from 'pg';
import type { DataSource, EntityManager } from 'typeorm';

/**
 * Raw SQL that returns its rows whatever the statement. TypeORM's `query()` answers an UPDATE or DELETE
 * with `[rows, rowCount]` instead of the rows; this undoes that, so `UPDATE ... RETURNING` reads like a SELECT.
 */
export async function queryRows<T = Record<string, any>>(db: EntityManager | DataSource, sql: string, params: unknown[] = []): Promise<T[]> {
  const result: unknown = await db.query(sql, params);
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') return result[0] as T[];
  return result as T[];
}

/**
 * The data source's pg pool itself, outside TypeORM (and so outside its logger and the query counter): for the reads
 * that happen before an operation rather than as part of it (the per-request account check) and for libraries that
 * take a pool.
 */
export function rawPool(dataSource: DataSource): Pool {
  return (dataSource.driver as unknown as { master: Pool }).master;
}
