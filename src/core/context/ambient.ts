import { AsyncLocalStorage } from 'node:async_hooks';
import type { EntityManager } from 'typeorm';

/** The open transaction of a unit of work, and what waits for its commit. */
export interface UnitState {
  manager: EntityManager;
  /** Writes that belong to the transaction but are collected as it goes (the outbox of its domain events). */
  beforeCommit: Array<() => Promise<unknown>>;
  afterCommit: Array<() => unknown>;
}

/**
 * What travels with one request or job through every await: its id for the logs and, while a use case
 * runs, its open transaction. One store for both, because each AsyncLocalStorage in use costs every promise.
 */
export interface AmbientStore {
  requestId?: string;
  unit?: UnitState;
}

export const ambient = new AsyncLocalStorage<AmbientStore>();
