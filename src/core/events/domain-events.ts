import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { Global, Inject, Injectable, Module, type BeforeApplicationShutdown } from '@nestjs/common';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { BusModule, MessageBus, type BusMessage } from '../bus/message-bus.js';
import { ambient } from '../context/ambient.js';
import { UnitOfWork } from '../database/unit-of-work.js';
import { JobQueue, type JobContext } from '../jobs/job-queue.js';
import { appLogger } from '../logging/logger.js';
import { ProcessedEventsCleanupJob } from './processed-events-cleanup.job.js';

/** Bed counts of a provider's category changed (staff update, reservation, admission, discharge...). */
export interface BedCapacityChanged {
  providerId: string;
  category: string;
  totalBefore: number;
  totalAfter: number;
  freeBefore: number;
  freeAfter: number;
  /** The change's own transaction already offered the freed beds to the waitlist (bed module changes). */
  waitlistServed?: boolean;
}

/** Every event by name; feature modules add theirs by declaration merging. Payloads are JSON (ids and counts). */
export interface DomainEventMap {
  'bed-capacity.changed': BedCapacityChanged;
}

export type EventName = keyof DomainEventMap;

/** A committed event as handlers and live listeners receive it. */
export interface DeliveredEvent<K extends EventName = EventName> {
  /** Unique per publication; the key of idempotent handling. */
  id: string;
  name: K;
  payload: DomainEventMap[K];
  occurredAt: string;
}

interface EventJob {
  eventId: string;
  name: EventName;
  payload: unknown;
  occurredAt: string;
}

const toDelivered = (job: EventJob): DeliveredEvent => ({ id: job.eventId, name: job.name, payload: job.payload as never, occurredAt: job.occurredAt });

const newEvent = (name: EventName, payload: unknown): EventJob => ({ eventId: randomUUID(), name, payload, occurredAt: new Date().toISOString() });

type Handler<K extends EventName> = (payload: DomainEventMap[K], event: DeliveredEvent<K>) => Promise<unknown>;

export interface HandlerOptions<K extends EventName> {
  /** Decided at publication: events it refuses are not queued for this handler at all (a pure test of the payload). */
  when?: (payload: DomainEventMap[K]) => boolean;
}

interface Registration {
  fn: Handler<any>;
  when?: (payload: any) => boolean;
}

/** Events a handler's worker fetches at once (see QueuePolicy.batchSize). */
const EVENT_BATCH_SIZE = 10;

/** Queue of one durable handler. */
export const handlerQueue = (handler: string) => `event.${handler}`;

/**
 * Domain events, durable (a transactional outbox on the job queue):
 *
 * - `publish(name, payload)` inside a unit of work writes one job per durable handler of the event in the same
 *   transaction (just before COMMIT, on its connection): the event exists exactly when the change committed, and not
 *   at all if it rolled back. After the commit the local workers are woken and the event goes on the bus for the live
 *   subscriptions of every instance. Outside a unit it opens one of its own.
 * - `handle(name, handler, fn)` registers a durable handler: deliveries are at least once, retried with backoff
 *   (EVENT_RETRY_LIMIT, EVENT_RETRY_DELAY_SECONDS), then dead-lettered (pg-boss state `failed`, listed by
 *   `failedEvents`). Each delivery runs in a unit of work that first records (event id, handler) in
 *   processed_events: a redelivered event whose handling committed does nothing again. A worker fetches up to
 *   EVENT_BATCH_SIZE waiting events at once; `handleMany(name, handler, fn)` takes them in one call and one unit of work
 *   (falling back to one at a time when that call fails).
 * - `live(name, listener)` hears committed events of any instance, at most once (the bus): live updates only.
 */
@Injectable()
export class DomainEvents implements BeforeApplicationShutdown {
  private readonly handlers = new Map<EventName, Map<string, Registration>>();
  private readonly liveEmitter = new EventEmitter().setMaxListeners(0);
  private readonly running = new Set<Promise<unknown>>();

  constructor(
    private readonly uow: UnitOfWork,
    private readonly jobs: JobQueue,
    private readonly bus: MessageBus,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.bus.subscribe('events', (message) => this.onBus(message));
  }

  publish<K extends EventName>(name: K, payload: DomainEventMap[K]): void {
    const unit = ambient.getStore()?.unit;
    if (!unit) {
      this.track(this.uow.run(async () => this.publish(name, payload)));
      return;
    }
    const event = newEvent(name, payload);
    const queues = this.queuesFor(name, payload);
    unit.beforeCommit.push(async () => {
      for (const queue of queues) await this.jobs.sendInTransaction(queue, event, unit.manager);
    });
    unit.afterCommit.push(() => this.announce(event, queues));
  }

  /**
   * publish, for an event whose change is one statement: the outbox rows come back as common table expressions
   * (`ctes`, to add to that statement's WITH list) instead of being written before COMMIT. They commit or roll back
   * with the statement — with the open unit of work when there is one, else the statement is its own transaction —
   * so the event still exists exactly when the change committed. Once the statement has succeeded, the caller calls
   * `written()`: the workers are woken and the bus told after the commit (at once outside a unit; never if the unit
   * rolls back). A statement that failed simply never calls it, and leaves nothing.
   *
   * The expressions are named `<alias>_0`, `<alias>_1` ...: a statement that carries the outbox rows of several events
   * gives each its own alias. The names (and so the statement's text) are the same for every event of a kind, so that
   * the statement can be prepared once per connection (UnitOfWork.preparedText).
   */
  async publishInStatement<K extends EventName>(
    name: K,
    payload: DomainEventMap[K],
    param: (value: unknown) => string,
    alias = 'outbox',
  ): Promise<{ ctes: string[]; written: () => void }> {
    const event = newEvent(name, payload);
    const queues = this.queuesFor(name, payload);
    const ctes: string[] = [];
    for (const [i, queue] of queues.entries()) ctes.push(`${alias}_${i} AS (${await this.jobs.sendSql(queue, event, param)})`);
    return { ctes, written: () => this.uow.afterCommit(() => this.announce(event, queues)) };
  }

  /**
   * The event of a change that has already committed on its own (one statement, no transaction), when no durable
   * handler takes this payload (their `when` says so): there is no outbox row to write, only the live bus to tell.
   * An event some durable handler wants must be written with its statement (publishInStatement): refused here, loudly,
   * rather than lost.
   */
  publishCommitted<K extends EventName>(name: K, payload: DomainEventMap[K]): void {
    if (ambient.getStore()?.unit) {
      this.publish(name, payload);
      return;
    }
    const queues = this.queuesFor(name, payload);
    if (queues.length > 0) throw new Error(`${name}: durable handlers (${queues.join(', ')}) need its outbox rows written with the change`);
    this.announce(newEvent(name, payload), queues);
  }

  /** The queues of the durable handlers that take this payload. */
  private queuesFor<K extends EventName>(name: K, payload: DomainEventMap[K]): string[] {
    return [...(this.handlers.get(name) ?? [])].filter(([, r]) => !r.when || r.when(payload)).map(([handler]) => handlerQueue(handler));
  }

  /** After the commit: wakes this instance's workers of the event's queues and puts the event on the bus. */
  private announce(event: EventJob, queues: string[]): void {
    for (const queue of queues) this.jobs.wake(queue);
    this.track(this.bus.publish('events', { id: event.eventId, name: event.name, payload: event.payload, occurredAt: event.occurredAt }));
  }

  /** Registers a durable handler under a stable name (its queue and its idempotency key). */
  handle<K extends EventName>(name: K, handler: string, fn: Handler<K>, options: HandlerOptions<K> = {}): Promise<void> {
    return this.register(name, handler, fn, options);
  }

  /**
   * `handle` for a handler that can take several events at once (reading what they need in a fixed number of queries
   * however many there are). Under load its worker fetches several waiting events and delivers them together, in one
   * unit of work: one transaction, one processed_events statement, one call. If that call throws, each event is
   * delivered alone (`fn` with one event), retried and dead-lettered alone, as with `handle`.
   */
  handleMany<K extends EventName>(name: K, handler: string, fn: (events: DeliveredEvent<K>[]) => Promise<unknown>, options: HandlerOptions<K> = {}): Promise<void> {
    return this.register(name, handler, (_payload, event) => fn([event]), options, fn as (events: DeliveredEvent[]) => Promise<unknown>);
  }

  private register<K extends EventName>(
    name: K,
    handler: string,
    fn: Handler<K>,
    options: HandlerOptions<K>,
    many?: (events: DeliveredEvent[]) => Promise<unknown>,
  ): Promise<void> {
    let forEvent = this.handlers.get(name);
    if (!forEvent) this.handlers.set(name, (forEvent = new Map()));
    forEvent.set(handler, { fn, when: options.when });
    return this.jobs.define<EventJob>(
      handlerQueue(handler),
      {
        retryLimit: this.config.EVENT_RETRY_LIMIT,
        retryDelaySeconds: this.config.EVENT_RETRY_DELAY_SECONDS,
        retryBackoff: true,
        expireInSeconds: this.config.EVENT_DELIVERY_TIMEOUT_SECONDS,
        // Handlers are database work of a few milliseconds: under load a fetch serves several events.
        batchSize: EVENT_BATCH_SIZE,
      },
      (job, context) => this.deliver(handler, fn as Handler<any>, job, context),
      2,
      many ? (jobs) => this.deliverTogether(handler, many, jobs.map(({ data }) => data)) : undefined,
    );
  }

  /** Names of the durable handlers of an event. */
  handlersOf(name: EventName): string[] {
    return [...(this.handlers.get(name)?.keys() ?? [])];
  }

  /** Hears committed events on every instance (live updates); returns the unsubscribe function. */
  live<K extends EventName>(name: K, listener: (event: DeliveredEvent<K>) => void): () => void {
    this.liveEmitter.on(name, listener);
    return () => this.liveEmitter.off(name, listener);
  }

  private async deliver(handler: string, fn: Handler<any>, job: EventJob, context: JobContext): Promise<void> {
    try {
      await this.deliverOnce(handler, fn, job);
    } catch (error) {
      const last = context.retryCount >= this.config.EVENT_RETRY_LIMIT;
      appLogger()[last ? 'error' : 'warn'](
        { event: job.name, handler, attempt: context.retryCount + 1, err: error instanceof Error ? error.message : String(error) },
        last ? 'event delivery dead-lettered' : 'event delivery failed, will retry',
      );
      throw error;
    }
  }

  private async deliverOnce(handler: string, fn: Handler<any>, job: EventJob): Promise<void> {
    await this.uow.run(async (manager) => {
      const fresh: unknown[] = await manager.query(
        `INSERT INTO processed_events (event_id, handler) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING event_id`,
        [job.eventId, handler],
      );
      if (fresh.length === 0) return;
      await fn(job.payload, toDelivered(job));
    });
  }

  /** Several events to one handler in one unit of work; a redelivered one whose handling committed is left out. */
  private async deliverTogether(handler: string, fn: (events: DeliveredEvent[]) => Promise<unknown>, jobs: EventJob[]): Promise<void> {
    await this.uow.run(async (manager) => {
      const fresh: Array<{ event_id: string }> = await manager.query(
        `INSERT INTO processed_events (event_id, handler) SELECT DISTINCT unnest($1::uuid[]), $2 ON CONFLICT DO NOTHING RETURNING event_id`,
        [jobs.map((job) => job.eventId), handler],
      );
      const ids = new Set(fresh.map((row) => row.event_id));
      const events = jobs.filter((job) => ids.delete(job.eventId)).map(toDelivered);
      if (events.length > 0) await fn(events);
    });
  }

  private onBus(message: BusMessage): void {
    const body = message.body as Partial<DeliveredEvent>;
    if (!body.name || !body.id) return;
    this.liveEmitter.emit(body.name, body as DeliveredEvent);
  }

  private track(work: Promise<unknown>): void {
    const run: Promise<unknown> = work
      .catch((error: unknown) => appLogger().error({ err: error instanceof Error ? error.message : String(error) }, 'event publication failed'))
      .finally(() => this.running.delete(run));
    this.running.add(run);
  }

  /** Publications already started (bus messages, events published outside a unit) finish before the pool closes. */
  async beforeApplicationShutdown(): Promise<void> {
    while (this.running.size > 0) await Promise.all([...this.running]);
  }
}

@Global()
@Module({ imports: [BusModule], providers: [DomainEvents, ProcessedEventsCleanupJob], exports: [DomainEvents] })
export class DomainEventsModule {}
