import type { DeliveredEvent, DomainEvents, EventName } from '../events/domain-events.js';
import type { GraphQLContext } from '../graphql/graphql-context.js';
import { appLogger } from '../logging/logger.js';

/**
 * One subscriber's stream of committed events, each turned into what it may see: `select` reloads the object and
 * applies the same visibility rule as the queries (at delivery, not at subscribe time), and returns nothing when the
 * subscriber may no longer see it. Events are handled in arrival order, one at a time; the context's DataLoaders are
 * emptied before each, so nothing read for an earlier event is served again. Ends when the client unsubscribes.
 */
export function liveStream<T>(
  events: DomainEvents,
  names: EventName[],
  ctx: GraphQLContext,
  select: (event: DeliveredEvent) => Promise<T | T[] | null>,
  maxQueued = 1000,
): AsyncIterableIterator<T> {
  const ready: T[] = [];
  let waiting: ((result: IteratorResult<T>) => void) | null = null;
  let chain: Promise<void> = Promise.resolve();
  let queued = 0;
  let done = false;

  const emit = (value: T) => {
    if (done) return;
    if (waiting) {
      const resolve = waiting;
      waiting = null;
      ctx.loaders.clear();
      resolve({ value, done: false });
    } else ready.push(value);
  };

  const onEvent = (event: DeliveredEvent) => {
    if (done) return;
    // A subscriber that cannot keep up loses the oldest work rather than holding memory without bound.
    if (queued >= maxQueued) {
      appLogger().warn({ event: event.name }, 'live subscriber too slow, event skipped');
      return;
    }
    queued++;
    chain = chain
      .then(async () => {
        if (done) return;
        const selected = await select(event);
        if (selected === null) return;
        for (const value of Array.isArray(selected) ? selected : [selected]) emit(value);
      })
      .catch((error: unknown) => appLogger().error({ event: event.name, err: error instanceof Error ? error.message : String(error) }, 'live delivery failed'))
      .finally(() => queued--);
  };

  const unsubscribe = names.map((name) => events.live(name, onEvent as (e: DeliveredEvent<typeof name>) => void));
  const finish = (): IteratorResult<T> => {
    if (!done) {
      done = true;
      for (const off of unsubscribe) off();
      if (waiting) waiting({ value: undefined, done: true });
      waiting = null;
      ready.length = 0;
    }
    return { value: undefined, done: true };
  };

  return {
    next(): Promise<IteratorResult<T>> {
      if (done) return Promise.resolve({ value: undefined, done: true });
      if (ready.length > 0) {
        ctx.loaders.clear();
        return Promise.resolve({ value: ready.shift()!, done: false });
      }
      return new Promise((resolve) => (waiting = resolve));
    },
    return(): Promise<IteratorResult<T>> {
      return Promise.resolve(finish());
    },
    throw(error?: unknown): Promise<IteratorResult<T>> {
      finish();
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

/**
 * What one event loads for every subscriber of this instance that needs the same thing (the changed row, before each
 * subscriber's own visibility check): loaded once per event, not once per subscriber. Keeps the last few hundred.
 */
export class EventMemo<T> {
  private readonly entries = new Map<string, Promise<T>>();

  constructor(private readonly size = 500) {}

  get(key: string, load: () => Promise<T>): Promise<T> {
    let value = this.entries.get(key);
    if (!value) {
      value = load();
      this.entries.set(key, value);
      value.catch(() => this.entries.delete(key));
      if (this.entries.size > this.size) this.entries.delete(this.entries.keys().next().value!);
    }
    return value;
  }
}
