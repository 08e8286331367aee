import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/app-config.js';
import { appLogger } from '../../core/logging/logger.js';
import { EmergencyService } from './emergency.service.js';
import { MedicationService } from './medication.service.js';

/** How often the care jobs run: a missed dose is found at most this long after its hour; an escalation as late. */
export const CARE_JOBS_INTERVAL_MS = 30_000;

/**
 * In-process timers for the care jobs (missed doses, emergency escalation). Each job is a service method that takes
 * "now" and is safe to run on many instances at once; moving a schedule elsewhere is moving its one-line trigger.
 * Off when JOBS_ENABLED is false (the default in tests, which call the service methods with a chosen clock).
 */
@Injectable()
export class CareRecordJobs implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly running = new Map<string, Promise<unknown>>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly scheduler: SchedulerRegistry,
    private readonly medication: MedicationService,
    private readonly emergencies: EmergencyService,
  ) {}

  onApplicationBootstrap() {
    if (!this.config.jobsEnabled) return;
    this.every('care-missed-doses', () => this.medication.markMissedDoses(new Date()));
    this.every('care-emergency-escalation', () => this.emergencies.escalateUnacknowledged(new Date()));
  }

  async onApplicationShutdown() {
    for (const name of ['care-missed-doses', 'care-emergency-escalation']) {
      if (this.scheduler.doesExist('interval', name)) this.scheduler.deleteInterval(name);
    }
    await Promise.all([...this.running.values()].map((p) => p.catch(() => undefined)));
  }

  private every(name: string, work: () => Promise<number>): void {
    this.scheduler.addInterval(
      name,
      setInterval(() => {
        if (this.running.has(name)) return;
        const run = work()
          .then((count) => count > 0 && appLogger().info({ job: name, count }, 'care job ran'))
          .catch((error: unknown) => appLogger().error({ job: name, err: error instanceof Error ? error.message : String(error) }, 'care job failed'))
          .finally(() => this.running.delete(name));
        this.running.set(name, run);
      }, CARE_JOBS_INTERVAL_MS),
    );
  }
}
