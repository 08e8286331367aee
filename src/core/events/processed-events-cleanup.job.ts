import { Injectable, type OnModuleInit } from '@nestjs/common';
import { queryRows } from '../database/sql.js';
import { UnitOfWork } from '../database/unit-of-work.js';
import { JobQueue } from '../jobs/job-queue.js';
import { appLogger } from '../logging/logger.js';
import { SettingsService } from '../settings/settings.service.js';

/** The job queue's schedule name of the cleanup. */
export const PROCESSED_EVENTS_CLEANUP_SCHEDULE = 'schedule.processed-events-cleanup';
/** Setting (national): how many days a handled event's idempotency record is kept. */
export const PROCESSED_EVENTS_RETENTION_SETTING = 'events.processedRetentionDays';
export const DEFAULT_PROCESSED_EVENTS_RETENTION_DAYS = 30;
/** Rows deleted per statement, so that no one statement holds many locks or runs long. */
const BATCH = 5000;

/** The retention in force: a whole number of days, at least 1; anything else is ignored for the default (and logged). */
export function retentionDays(value: unknown): number {
  if (Number.isInteger(value) && (value as number) >= 1) return value as number;
  return DEFAULT_PROCESSED_EVENTS_RETENTION_DAYS;
}

/**
 * Keeps processed_events (the handlers' idempotency records, see DomainEvents) from growing forever: every hour (a
 * job-queue schedule, one run across all instances) deletes the records older than the retention setting
 * (`events.processedRetentionDays`, default 30 days, at least 1). A record only guards against a delivery of an event
 * whose handling already committed, which happens within the job's expiry and retries (minutes); a dead letter has no
 * record (its handling rolled back), so its retry is unaffected. Deletes in batches; safe to run twice. Off when
 * JOBS_ENABLED is false (tests call `run`).
 */
@Injectable()
export class ProcessedEventsCleanupJob implements OnModuleInit {
  constructor(
    private readonly jobs: JobQueue,
    private readonly uow: UnitOfWork,
    private readonly settings: SettingsService,
  ) {}

  onModuleInit(): void {
    void this.jobs.every(PROCESSED_EVENTS_CLEANUP_SCHEDULE, 3600, async () => {
      const done = await this.run();
      if (done.deleted > 0) appLogger().info({ job: PROCESSED_EVENTS_CLEANUP_SCHEDULE, ...done }, 'deleted old processed-event records');
    });
  }

  /** Deletes the records older than the retention at `now`; returns how many and the retention used. */
  async run(now = new Date()): Promise<{ deleted: number; retentionDays: number }> {
    const setting = await this.settings.get<unknown>(PROCESSED_EVENTS_RETENTION_SETTING, DEFAULT_PROCESSED_EVENTS_RETENTION_DAYS);
    const days = retentionDays(setting);
    if (days !== setting) appLogger().warn({ setting: PROCESSED_EVENTS_RETENTION_SETTING, value: setting }, 'ignoring an invalid retention (a whole number of days, 1 or more)');
    const before = new Date(now.getTime() - days * 24 * 3600_000);
    let deleted = 0;
    for (;;) {
      const rows = await queryRows(
        this.uow.manager,
        `DELETE FROM processed_events WHERE ctid = ANY(ARRAY(SELECT ctid FROM processed_events WHERE processed_at < $1 LIMIT ${BATCH})) RETURNING 1`,
        [before],
      );
      deleted += rows.length;
      if (rows.length < BATCH) break;
    }
    return { deleted, retentionDays: days };
  }
}
