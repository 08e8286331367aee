import { Inject, Injectable, Module, type BeforeApplicationShutdown, type DynamicModule, type OnApplicationBootstrap } from '@nestjs/common';
import PgBoss from 'pg-boss';
import type { EntityManager } from 'typeorm';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { JOB_SCHEMA } from '../../database/migrations/1765040000000-durable-events.js';
import { ambient } from '../context/ambient.js';
import { appLogger } from '../logging/logger.js';

export const JOBS_DATABASE_URL = Symbol('JOBS_DATABASE_URL');

/** The longest period `every` accepts (a day and a half: daily work, with room); completed jobs stay this long. */
export const LONGEST_SCHEDULE_PERIOD_SECONDS = 36 * 3600;

/** How a queue retries: attempts after the first, seconds before the first retry, doubling when backoff is on. */
export interface QueuePolicy {
  retryLimit: number;
  retryDelaySeconds: number;
  retryBackoff: boolean;
  /** An attempt running longer than this is taken as lost (its instance died) and retried. */
  expireInSeconds: number;
  /**
   * Jobs a worker fetches at once (default 1), run one after another, each completed or failed on its own: under load
   * one fetch and one completion serve several jobs. Only for quick jobs: a fetched job's time to expire runs while
   * it waits for those before it in the batch.
   */
  batchSize?: number;
}

export interface JobContext {
  id: string;
  queue: string;
  /** Attempts before this one (0 on the first). */
  retryCount: number;
}

type Worker<T> = (data: T, job: JobContext) => Promise<void>;

/**
 * Works a fetched batch (two jobs or more) as one: it succeeds for all of them or throws, and then each job is worked
 * alone by the queue's worker (failing alone). See `define`.
 */
export type BatchWorker<T> = (jobs: Array<{ data: T; job: JobContext }>) => Promise<void>;

interface QueueDefinition {
  policy: QueuePolicy;
  worker?: Worker<any>;
  concurrency: number;
  together?: BatchWorker<any>;
}

interface ScheduleDefinition {
  queue: string;
  periodSeconds: number;
  timer?: NodeJS.Timeout;
}

/**
 * The job library on PostgreSQL (pg-boss, schema `pgboss`): durable queues with retries and backoff, the event
 * dispatcher's deliveries and the periodic work, shared by every instance through the database.
 *
 * - `define(queue, policy, worker)` creates the queue (idempotent across instances) and, on instances that work jobs,
 *   polls it. A worker that throws has its job retried per the policy, then left in state `failed` (dead letter).
 * - `sendInTransaction` writes a job on the open transaction's own connection: it exists exactly when the
 *   transaction commits.
 * - `every(name, seconds, worker)`: runs once per period across all instances. Each instance offers a job for the
 *   current period slot (pg-boss throttling: a unique index on the queue and slot), so however many instances offer it,
 *   one job exists per period and one instance runs it.
 *
 * pg-boss runs its own small pool (JOBS_POOL_SIZE) so that polling never waits behind request traffic.
 */
@Injectable()
export class JobQueue implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly boss: PgBoss;
  private readonly queues = new Map<string, QueueDefinition>();
  private readonly schedules = new Map<string, ScheduleDefinition>();
  private readonly workerIds = new Map<string, string[]>();
  private started: Promise<void> | null = null;
  private stopped = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(JOBS_DATABASE_URL) databaseUrl: string,
  ) {
    this.boss = new PgBoss({
      connectionString: databaseUrl,
      schema: JOB_SCHEMA,
      max: config.JOBS_POOL_SIZE,
      application_name: 'yiyang-jobs',
      // pg-boss's cron is minute-grained; periodic work uses `every` (slot-throttled jobs) instead.
      schedule: false,
      supervise: true,
      maintenanceIntervalSeconds: config.JOBS_MAINTENANCE_INTERVAL_SECONDS,
      // A dead-lettered event stays retryable (in pgboss.job) for 30 days.
      archiveFailedAfterSeconds: 30 * 24 * 3600,
      // A schedule's period is a throttling slot, and pg-boss refuses a slot longer than the time a completed job stays
      // in pgboss.job (12 hours by default): the daily schedules need it to be at least a day.
      archiveCompletedAfterSeconds: LONGEST_SCHEDULE_PERIOD_SECONDS,
    });
    this.boss.on('error', (error: Error) => appLogger().error({ err: error.message }, 'job queue error'));
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.start();
  }

  /** Jobs in flight use the app's pool: they finish before it closes (closeApp stops the queue earlier still). */
  async beforeApplicationShutdown(): Promise<void> {
    await this.stop();
  }

  /** Opens the queue library at bootstrap; queues and schedules defined before now start with it. */
  start(): Promise<void> {
    this.started ??= (async () => {
      await this.boss.start();
      // One read of the stored queues, so that a start that changes none of them (every warm start) writes nothing:
      // creating and updating each queue in turn cost two round trips per queue.
      const stored = new Map((await this.boss.getQueues()).map((q) => [q.name, q]));
      for (const [name, def] of this.queues) await this.open(name, def, stored.get(name));
      for (const schedule of this.schedules.values()) this.arm(schedule);
    })();
    return this.started;
  }

  get isStarted(): boolean {
    return this.started !== null && !this.stopped;
  }

  /**
   * Creates (or reconfigures) a queue; with a worker, this instance works it when JOBS_WORK is on. With `together`
   * (and a policy.batchSize above 1), a fetched batch of several jobs is first worked by it as one; if it throws, each
   * job of the batch is worked alone by `worker`, so one bad job costs the others nothing but the attempt.
   */
  async define<T>(queue: string, policy: QueuePolicy, worker?: Worker<T>, concurrency = 1, together?: BatchWorker<T>): Promise<void> {
    const def: QueueDefinition = { policy, worker, concurrency, together };
    this.queues.set(queue, def);
    if (this.started) {
      await this.started;
      await this.open(queue, def);
    }
  }

  has(queue: string): boolean {
    return this.queues.has(queue);
  }

  /** Writes a job in the transaction of `manager` (same connection, same commit). */
  async sendInTransaction(queue: string, data: object, manager: EntityManager, options: { id?: string; startAfter?: Date } = {}): Promise<void> {
    const runner = manager.queryRunner;
    if (!runner) throw new Error('sendInTransaction needs a transaction manager');
    const db: PgBoss.Db = {
      executeSql: async (text, values) => ({ rows: (await runner.query(text, values, true)).records }),
    };
    await this.boss.send(queue, data, { ...options, db });
  }

  /**
   * The job as SQL for a common table expression of the caller's own statement (`name AS (<this>)`): pg-boss's own
   * insert, with the values pg-boss would bind, bound through `param` instead. The job then exists exactly when that
   * statement's change commits, and one statement writes both (no round trip of its own). The insert is pg-boss's
   * (its defaults, its queue policy), captured rather than rewritten, so it cannot drift from `send`.
   */
  async sendSql(queue: string, data: object, param: (value: unknown) => string): Promise<string> {
    let captured: { text: string; values: unknown[] } | null = null;
    const db: PgBoss.Db = {
      executeSql: async (text, values) => {
        captured = { text, values: values ?? [] };
        return { rows: [{ id: null }] };
      },
    };
    await this.boss.send(queue, data, { db });
    const { text, values } = captured as unknown as { text: string; values: unknown[] };
    // Each of pg-boss's placeholders becomes one of the caller's (the same one wherever it recurs).
    const renamed = new Map<number, string>();
    return text.replace(/\$(\d+)/g, (_, n: string) => {
      const index = Number(n);
      if (!renamed.has(index)) renamed.set(index, param(values[index - 1] ?? null));
      return renamed.get(index)!;
    });
  }

  /** Sends a job on pg-boss's own connection (outside any transaction). */
  async send(queue: string, data: object): Promise<string | null> {
    return this.boss.send(queue, data);
  }

  /** Wakes this instance's workers of the queue now instead of at their next poll (a job was just committed). */
  wake(queue: string): void {
    if (this.stopped) return;
    for (const id of this.workerIds.get(queue) ?? []) this.boss.notifyWorker(id);
  }

  /** Runs `worker` once per `periodSeconds` across all instances (see the class comment). Off when JOBS_ENABLED is false. */
  async every(queue: string, periodSeconds: number, worker: Worker<object>): Promise<void> {
    if (!(periodSeconds >= 1 && periodSeconds <= LONGEST_SCHEDULE_PERIOD_SECONDS)) {
      throw new Error(`Schedule ${queue}: the period must be 1 s to ${LONGEST_SCHEDULE_PERIOD_SECONDS} s, not ${periodSeconds}`);
    }
    await this.define(queue, { retryLimit: 0, retryDelaySeconds: 0, retryBackoff: false, expireInSeconds: Math.min(23 * 3600, Math.max(60, periodSeconds)) }, worker);
    if (!this.config.jobsEnabled) return;
    const schedule: ScheduleDefinition = { queue, periodSeconds };
    this.schedules.set(queue, schedule);
    if (this.started) {
      await this.started;
      this.arm(schedule);
    }
  }

  /** Offers the current period's job now (what each instance's timer does); null when the slot already has one. */
  offerScheduled(queue: string): Promise<string | null> {
    const schedule = this.schedules.get(queue);
    if (!schedule) throw new Error(`No schedule ${queue}`);
    return this.boss.sendThrottled(queue, {}, {}, schedule.periodSeconds, 'period');
  }

  /** The schedules this instance offers (none when JOBS_ENABLED is false). */
  scheduleNames(): string[] {
    return [...this.schedules.keys()];
  }

  /** Direct access for the admin views (failed jobs) and tests. */
  getDb(): PgBoss.Db {
    return this.boss.getDb();
  }

  async retry(queue: string, id: string): Promise<void> {
    await this.boss.retry(queue, id);
  }

  /** Stop offering schedules; stop fetching; wait for jobs in flight (up to timeoutMs); close pg-boss's pool. */
  /** Stops the queue; a second caller (closeApp, then Nest's shutdown hook) waits for the same stop to finish. */
  stop(timeoutMs = 10_000): Promise<void> {
    if (!this.started) return Promise.resolve();
    this.stopping ??= this.stopNow(timeoutMs);
    return this.stopping;
  }

  private stopping: Promise<void> | null = null;

  private async stopNow(timeoutMs: number): Promise<void> {
    this.stopped = true;
    for (const schedule of this.schedules.values()) if (schedule.timer) clearInterval(schedule.timer);
    await this.started?.catch(() => undefined);
    await new Promise<void>((resolve) => {
      this.boss.once('stopped', () => resolve());
      this.boss.stop({ graceful: true, wait: true, timeout: timeoutMs }).catch((error: unknown) => {
        appLogger().error({ err: String(error) }, 'job queue stop failed');
        resolve();
      });
    });
    // pg-boss watches its stopping workers on one-second timers that outlive 'stopped' (one more second for a worker
    // caught mid-poll on a busy machine); let two of them pass, so that no timer of the queue fires after the instance
    // closed (seen with many queues in tests, where it fails the test file after its teardown).
    if (this.workerIds.size > 0) await new Promise((resolve) => setTimeout(resolve, 2100));
  }

  /** Creates the queue or brings its stored policy up to date (`stored`: its row as read at start, if it was there). */
  private async open(queue: string, def: QueueDefinition, stored?: PgBoss.QueueResult): Promise<void> {
    const options = {
      name: queue,
      retryLimit: def.policy.retryLimit,
      retryDelay: def.policy.retryDelaySeconds,
      retryBackoff: def.policy.retryBackoff,
      expireInSeconds: def.policy.expireInSeconds,
    };
    if (!stored || !storedAsDefined(stored, options)) {
      // One queue at a time, as before: each creation adds a partition with foreign keys to pg-boss's queue table, and
      // creations running at once could deadlock on its locks.
      await this.boss.createQueue(queue, options);
      await this.boss.updateQueue(queue, options);
    }
    if (!def.worker || !this.config.jobsWork || this.workerIds.has(queue)) return;
    const worker = def.worker;
    const batchSize = def.policy.batchSize ?? 1;
    const ids: string[] = [];
    this.workerIds.set(queue, ids);
    for (let i = 0; i < def.concurrency; i++) {
      let workerId = '';
      workerId = await this.boss.work<object>(
        queue,
        { batchSize, includeMetadata: true, pollingIntervalSeconds: this.config.jobsPollSeconds },
        async (jobs: PgBoss.JobWithMetadata<object>[]) => {
          try {
            const context = (job: PgBoss.JobWithMetadata<object>): JobContext => ({ id: job.id, queue, retryCount: job.retryCount });
            if (def.together && jobs.length > 1) {
              try {
                await ambient.run({ requestId: `jobs:${jobs[0].id}+${jobs.length - 1}` }, () =>
                  def.together!(jobs.map((job) => ({ data: job.data, job: context(job) }))),
                );
                return;
              } catch (error) {
                appLogger().debug({ queue, jobs: jobs.length, err: error instanceof Error ? error.message : String(error) }, 'batch failed, working its jobs one by one');
              }
            }
            for (const job of jobs) {
              try {
                await ambient.run({ requestId: `job:${job.id}` }, () => worker(job.data, context(job)));
              } catch (error) {
                // A job of one is failed by pg-boss as before; in a batch it fails alone (retried or dead-lettered by its
                // queue's policy), and pg-boss completes only the jobs still active once the batch is done.
                if (jobs.length === 1) throw error;
                await this.boss.fail(queue, job.id, error as object);
              }
            }
          } finally {
            // A worker whose fetch came back full fetches again at once (pg-boss would otherwise wait a polling interval
            // after every batch); one that found fewer jobs than it asked for has emptied its queue, and waits for the
            // next wake (a commit of this instance) or poll.
            if (workerId && !this.stopped && jobs.length >= batchSize) this.boss.notifyWorker(workerId);
          }
        },
      );
      ids.push(workerId);
    }
  }

  private arm(schedule: ScheduleDefinition): void {
    if (schedule.timer || this.stopped) return;
    const offer = () =>
      void this.offerScheduled(schedule.queue)
        .then((id) => id && this.wake(schedule.queue))
        .catch((error: unknown) => appLogger().error({ job: schedule.queue, err: String(error) }, 'could not offer a scheduled job'));
    // Often enough that every slot is offered early in its period, whichever instance gets there first.
    const tickMs = Math.max(200, Math.min(30_000, (schedule.periodSeconds * 1000) / 4));
    offer();
    schedule.timer = setInterval(offer, tickMs);
    schedule.timer.unref();
  }
}

/** Whether a stored queue already has the policy the app defines for it (pg-boss's default policy, `standard`). */
function storedAsDefined(
  stored: PgBoss.QueueResult,
  options: { retryLimit: number; retryDelay: number; retryBackoff: boolean; expireInSeconds: number },
): boolean {
  return (
    (stored.policy ?? 'standard') === 'standard' &&
    stored.retryLimit === options.retryLimit &&
    stored.retryDelay === options.retryDelay &&
    stored.retryBackoff === options.retryBackoff &&
    stored.expireInSeconds === options.expireInSeconds
  );
}

/** The job queue for the whole app (global): feature modules define their queues and schedules on it. */
@Module({})
export class JobsModule {
  static forRoot(databaseUrl: string): DynamicModule {
    return {
      module: JobsModule,
      global: true,
      providers: [{ provide: JOBS_DATABASE_URL, useValue: databaseUrl }, JobQueue],
      exports: [JobQueue],
    };
  }
}
