import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/app-config.js';
import { queryRows } from '../database/sql.js';
import { UnitOfWork } from '../database/unit-of-work.js';
import { appLogger } from '../logging/logger.js';

const HOUR = 3_600_000;

/**
 * Keeps the session tables small: every hour, deletes refresh tokens that expired more than a day ago (used or not:
 * past expiry a token is refused anyway, so its use no longer needs detecting) and sessions with no token left.
 * Safe on several instances at once (plain DELETEs). Off when JOBS_ENABLED is false (tests call `run`).
 */
@Injectable()
export class SessionCleanupJob implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly uow: UnitOfWork,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.jobsEnabled) return;
    this.timer = setInterval(() => void this.tick(), HOUR);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running?.catch(() => undefined);
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

  private async tick(): Promise<void> {
    if (this.running) return;
    this.running = this.run();
    try {
      const done = (await this.running) as { tokens: number; sessions: number };
      if (done.tokens + done.sessions > 0) appLogger().info({ job: 'session-cleanup', ...done }, 'deleted expired sessions');
    } catch (error) {
      appLogger().warn({ job: 'session-cleanup', err: error instanceof Error ? error.message : String(error) }, 'session cleanup failed');
    } finally {
      this.running = null;
    }
  }
}
