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
 * What travels with a write (a mutation, a job, a unit of work) through every await: its id for the logs and, while a
 * use case runs, its open transaction. One store for both, because each AsyncLocalStorage in use costs every promise.
 */
export interface AmbientStore {
  requestId?: string;
  unit?: UnitState;
}

const storage = new AsyncLocalStorage<AmbientStore>();

/** Runs (entered) whose work has not finished yet. */
let open = 0;

/**
 * Stores whose run has ended. An async resource made during a run (a pooled connection's socket, a timer) keeps its
 * store, and while the storage is off, promise callbacks run in the context of the native callback that drains them:
 * such a store can surface again once the storage is back on. Once its run has ended it is nobody's, so it reads as
 * none (and a finished unit of work is never joined).
 */
const ended = new WeakSet<AmbientStore>();

function leave(): void {
  open -= 1;
  // Nothing runs in a store any more: stop tracking. On Node 20 an AsyncLocalStorage in use runs promise hooks for
  // every promise the process makes (a fifth of a one-row read's CPU); the next `run` turns them on again.
  if (open === 0) storage.disable();
}

const isPromise = (value: unknown): value is Promise<unknown> => typeof (value as Promise<unknown> | null)?.then === 'function';

/**
 * The ambient store: AsyncLocalStorage's `run` and `getStore`, switched on only while some `run` has work in progress.
 * Reads answered while no write, job or unit of work is running pay nothing for it. What a `run` started and left
 * running after its own work ended (a timer, a promise nobody awaits) no longer sees the store once every run has
 * ended: the unit of work it belonged to is over by then, and the work that must follow a commit runs in a `run` of its
 * own (unit-of-work.ts).
 */
export const ambient = {
  run<R>(store: AmbientStore, work: () => R): R {
    // Its own object, so that ending this run ends no other that was given the same one.
    const own: AmbientStore = { ...store };
    const end = () => {
      ended.add(own);
      leave();
    };
    open += 1;
    let result: R;
    try {
      result = storage.run(own, work);
    } catch (error) {
      end();
      throw error;
    }
    if (!isPromise(result)) {
      end();
      return result;
    }
    return Promise.resolve(result).finally(end) as R;
  },

  getStore(): AmbientStore | undefined {
    const store = storage.getStore();
    return store && !ended.has(store) ? store : undefined;
  },

  /** How many runs have work in progress (for tests). */
  get openRuns(): number {
    return open;
  },
};
