import type { DataSource, EntityManager } from 'typeorm';
import { isSerializationFailure } from '../errors/database-errors.js';

/**
 * Runs a use case in one transaction, retrying a few times when PostgreSQL reports a serialization
 * failure or deadlock (the losing side of a race that the database settled).
 */
export async function inTransaction<T>(dataSource: DataSource, work: (manager: EntityManager) => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await dataSource.transaction(work);
    } catch (error) {
      if (attempt >= attempts || !isSerializationFailure(error)) throw error;
    }
  }
}
