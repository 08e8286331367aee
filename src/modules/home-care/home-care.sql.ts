/**
 * Rows returned by `UPDATE ... RETURNING` through TypeORM's `query()`: for UPDATE and DELETE it answers
 * `[rows, affectedCount]` instead of the rows, so the raw result must not be taken as the row list.
 */
export function returnedRows<T = Record<string, any>>(result: unknown): T[] {
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') return result[0] as T[];
  return result as T[];
}
