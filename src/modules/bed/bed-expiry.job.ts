import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/app-config.js';
import { UnitOfWork } from '../../core/database/unit-of-work.js';
import { JobQueue } from '../../core/jobs/job-queue.js';
import { appLogger } from '../../core/logging/logger.js';
import { BedHoldWriter, BedCapacityLog, SYSTEM_ACTOR, type ReservationRow } from './bed-hold.writer.js';
import { BedWaitlistService } from './bed-waitlist.service.js';

/** The job queue's schedule name of the expiry run. */
export const BED_EXPIRY_SCHEDULE = 'schedule.bed-hold-expiry';

/**
 * Expires HELD reservations whose time has passed and offers each freed bed to the waitlist, once per
 * BED_EXPIRY_PERIOD_SECONDS across all instances (a job-queue schedule: one job per period, run by one instance).
 * Safe even if two runs overlapped: each due hold is claimed with `FOR UPDATE SKIP LOCKED` in its own transaction, so
 * two runs never take the same hold (no double expiry), and a run keeps claiming until none is due (none missed).
 * The schedule is off when JOBS_ENABLED is false (the default in tests, which call `run` directly).
 */
@Injectable()
export class BedExpiryJob implements OnModuleInit {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jobs: JobQueue,
    private readonly uow: UnitOfWork,
    private readonly writer: BedHoldWriter,
    private readonly waitlist: BedWaitlistService,
  ) {}

  onModuleInit() {
    void this.jobs.every(BED_EXPIRY_SCHEDULE, this.config.BED_EXPIRY_PERIOD_SECONDS, async () => {
      const expired = await this.run();
      if (expired > 0) appLogger().info({ job: BED_EXPIRY_SCHEDULE, expired }, 'expired bed holds');
    });
  }

  /**
   * Expires every hold due at `now`; returns how many this run expired. A hold whose expiry fails is logged and left
   * for the next run, so one bad row never stops the others.
   */
  async run(now: Date = new Date()): Promise<number> {
    let expired = 0;
    const failed: string[] = [];
    for (;;) {
      let claimed: string | null = null;
      try {
        const done = await this.uow.run(async () => {
          claimed = null;
          const due: ReservationRow[] = await this.uow.manager.query(
            `SELECT * FROM bed_reservations WHERE status = 'HELD' AND expires_at <= $1 AND id <> ALL($2::uuid[])
              ORDER BY expires_at, id LIMIT 1 FOR UPDATE SKIP LOCKED`,
            [now, failed],
          );
          if (due.length === 0) return false;
          claimed = due[0].id;
          const unit = new BedCapacityLog();
          const row = await this.writer.applyTransition(unit, due[0], 'EXPIRE', SYSTEM_ACTOR, 'Not admitted before the hold expired');
          await this.waitlist.settleOffer(unit, row.id, row.status, SYSTEM_ACTOR);
          const provider = await this.waitlist.requireBedProvider(row.provider_id);
          await this.waitlist.offerFreeBeds(unit, provider, row.category, now);
          this.writer.publish(unit);
          return true;
        });
        if (!done) return expired;
        expired++;
      } catch (error) {
        if (!claimed) throw error;
        failed.push(claimed);
        appLogger().error(
          { job: BED_EXPIRY_SCHEDULE, reservationId: claimed, err: error instanceof Error ? error.message : String(error) },
          'could not expire a bed hold',
        );
      }
    }
  }
}
