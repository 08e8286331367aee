import { Injectable, type OnModuleInit } from '@nestjs/common';
import { JobQueue } from '../jobs/job-queue.js';
import { queryRows } from '../database/sql.js';
import { UnitOfWork } from '../database/unit-of-work.js';
import { appLogger } from '../logging/logger.js';

/** The job queue's schedule name of the cleanup. */
export const SESSION_CLEANUP_SCHEDULE = 'schedule.session-cleanup';

/**
 * Keeps the session tables small: every hour (a job-queue schedule, one run across all instances), deletes refresh
 * tokens that expired more than a day ago (used or not: past expiry a token is refused anyway, so its use no longer
 * needs detecting) and sessions with no token left. Plain DELETEs, safe to run twice. Off when JOBS_ENABLED is false
 * (tests call `run`).
 */
@Injectable()
export class SessionCleanupJob implements OnModuleInit {
  constructor(
    private readonly jobs: JobQueue,
    private readonly uow: UnitOfWork,
  ) {}

  onModuleInit(): void {
    void this.jobs.every(SESSION_CLEANUP_SCHEDULE, 3600, async () => {
      const done = await this.run();
      if (done.tokens + done.sessions > 0) appLogger().info({ job: SESSION_CLEANUP_SCHEDULE, ...done }, 'deleted expired sessions');
    });
  }

  async run(): Promise<{ tokens: number; sessions: number }> {
    const tokens = await queryRows(this.uow.manager, `DELETE FROM refresh_tokens WHERE expires_at < now() - interval '1 day' RETURNING 1`);
    const sessions = await queryRows(
      this.uow.manager,
      `DELETE FROM auth_sessions s WHERE s.created_at < now() - interval '1 day'
          AND NOT EXISTS (SELECT 1 FROM refresh_tokens t WHERE t.session_id = s.id) RETURNING 1`,
    );
    return { tokens: tokens.length, sessions: sessions.length };
  }
}
