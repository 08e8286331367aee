import type { DataSource, EntityManager } from 'typeorm';
import { runInUnit } from './unit-of-work.js';

/**
 * Runs a use case in one transaction (joining the ambient one when it is already open), retrying a few
 * times when PostgreSQL reports a serialization failure or deadlock. Prefer UnitOfWork.run in services.
 */
export function inTransaction<T>(dataSource: DataSource, work: (manager: EntityManager) => Promise<T>, attempts = 3): Promise<T> {
  return runInUnit(dataSource, work, attempts);
}
