import { Injectable, type OnModuleInit } from '@nestjs/common';
import { JobQueue } from '../../core/jobs/job-queue.js';
import { appLogger } from '../../core/logging/logger.js';
import { EmergencyService } from './emergency.service.js';
import { MedicationService } from './medication.service.js';

/** How often the care jobs run: a missed dose is found at most this long after its hour; an escalation as late. */
export const CARE_JOBS_INTERVAL_SECONDS = 30;

/** The job queue's schedule names of the care jobs. */
export const CARE_MISSED_DOSES_SCHEDULE = 'schedule.care-missed-doses';
export const CARE_ESCALATION_SCHEDULE = 'schedule.care-emergency-escalation';

/**
 * The care jobs (missed doses, emergency escalation) as job-queue schedules: one run per period across all instances.
 * Each job is a service method that takes "now" and is safe to run twice. Off when JOBS_ENABLED is false (the default
 * in tests, which call the service methods with a chosen clock).
 */
@Injectable()
export class CareRecordJobs implements OnModuleInit {
  constructor(
    private readonly jobs: JobQueue,
    private readonly medication: MedicationService,
    private readonly emergencies: EmergencyService,
  ) {}

  onModuleInit() {
    this.every(CARE_MISSED_DOSES_SCHEDULE, () => this.medication.markMissedDoses(new Date()));
    this.every(CARE_ESCALATION_SCHEDULE, () => this.emergencies.escalateUnacknowledged(new Date()));
  }

  private every(name: string, work: () => Promise<number>): void {
    void this.jobs.every(name, CARE_JOBS_INTERVAL_SECONDS, async () => {
      const count = await work();
      if (count > 0) appLogger().info({ job: name, count }, 'care job ran');
    });
  }
}
