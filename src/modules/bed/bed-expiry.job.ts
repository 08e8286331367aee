import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/app-config.js';
import { UnitOfWork } from '../../core/database/unit-of-work.js';
import { appLogger } from '../../core/logging/logger.js';
import { BedHoldWriter, BedCapacityLog, SYSTEM_ACTOR, type ReservationRow } from './bed-hold.writer.js';
import { BedWaitlistService } from './bed-waitlist.service.js';

/** How often the expiry job looks for due holds. A hold may outlive its expiresAt by at most this much. */
export const BED_EXPIRY_INTERVAL_MS = 60_000;
const INTERVAL_NAME = 'bed-hold-expiry';

/**
 * Expires HELD reservations whose time has passed and offers each freed bed to the waitlist. Safe on any number of
 * instances at once: each due hold is claimed with `FOR UPDATE SKIP LOCKED` in its own transaction, so two runs
 * never take the same hold (no double expiry), and a run keeps claiming until none is due (none missed; a hold that
 * another transaction has locked is either changed by it or picked up on the next tick).
 * The timer is off when JOBS_ENABLED is false (the default in tests, which call `run` directly).
 */
@Injectable()
export class BedExpiryJob implements OnApplicationBootstrap, OnApplicationShutdown {
  private running: Promise<number> | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly scheduler: SchedulerRegistry,
    private readonly uow: UnitOfWork,
    private readonly writer: BedHoldWriter,
    private readonly waitlist: BedWaitlistService,
  ) {}

  onApplicationBootstrap() {
    if (!this.config.jobsEnabled) return;
    this.scheduler.addInterval(INTERVAL_NAME, setInterval(() => void this.tick(), BED_EXPIRY_INTERVAL_MS));
  }

  async onApplicationShutdown() {
    if (this.scheduler.doesExist('interval', INTERVAL_NAME)) this.scheduler.deleteInterval(INTERVAL_NAME);
    await this.running?.catch(() => undefined);
  }

  /** One timer tick; a tick that finds the previous one still running does nothing. */
  private async tick(): Promise<void> {
    if (this.running) return;
    this.running = this.run();
    try {
      const expired = await this.running;
      if (expired > 0) appLogger().info({ job: INTERVAL_NAME, expired }, 'expired bed holds');
    } catch (error) {
      appLogger().error({ job: INTERVAL_NAME, err: error instanceof Error ? error.message : String(error) }, 'bed hold expiry failed');
    } finally {
      this.running = null;
    }
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
        const changes = await this.uow.run(async () => {
          claimed = null;
          const due: ReservationRow[] = await this.uow.manager.query(
            `SELECT * FROM bed_reservations WHERE status = 'HELD' AND expires_at <= $1 AND id <> ALL($2::uuid[])
              ORDER BY expires_at, id LIMIT 1 FOR UPDATE SKIP LOCKED`,
            [now, failed],
          );
          if (due.length === 0) return null;
          claimed = due[0].id;
          const unit = new BedCapacityLog();
          const row = await this.writer.applyTransition(unit, due[0], 'EXPIRE', SYSTEM_ACTOR, 'Not admitted before the hold expired');
          await this.waitlist.settleOffer(unit, row.id, row.status, SYSTEM_ACTOR);
          const provider = await this.waitlist.requireBedProvider(row.provider_id);
          await this.waitlist.offerFreeBeds(unit, provider, row.category, now);
          return unit;
        });
        if (!changes) return expired;
        this.writer.publish(changes);
        expired++;
      } catch (error) {
        if (!claimed) throw error;
        failed.push(claimed);
        appLogger().error(
          { job: INTERVAL_NAME, reservationId: claimed, err: error instanceof Error ? error.message : String(error) },
          'could not expire a bed hold',
        );
      }
    }
  }
}
