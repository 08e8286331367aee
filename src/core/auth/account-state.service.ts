import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/app-config.js';
import { rawPool } from '../database/sql.js';
import { UnitOfWork } from '../database/unit-of-work.js';
import { appLogger } from '../logging/logger.js';
import { ACCOUNT_STORE, type AccountStore } from './account-store.js';

/** What an access token is checked against on every request. */
export interface AccountState {
  tokenVersion: number;
  disabled: boolean;
  /** The token's session was ended (logout, reuse of a refresh token); false for a token without a session. */
  sessionRevoked: boolean;
}

const CHANNEL = 'yiyang_account_state';
const MAX_ENTRIES = 50_000;

/**
 * The cheap read behind every authenticated request: an account's token version, whether it is disabled, and whether
 * the token's session was ended. One indexed query, kept for AUTH_STATE_CACHE_MS; concurrent requests of one account
 * share one read. A change (see `changed`) clears the entry on this server after its commit and is announced to the
 * other servers with NOTIFY, so an ended token stops working at once everywhere. While the announcements cannot be
 * received (the listening connection is down), nothing is cached.
 */
@Injectable()
export class AccountStateService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly cache = new Map<string, { at: number; state: AccountState | null }>();
  private readonly inflight = new Map<string, Promise<AccountState | null>>();
  private listener: pg.Client | null = null;
  private listening = false;
  private stopped = false;
  private retry: NodeJS.Timeout | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    @Inject(ACCOUNT_STORE) private readonly accounts: AccountStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.AUTH_STATE_CACHE_MS > 0) await this.listen();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    await this.listener?.end().catch(() => undefined);
  }

  /** The account's state for a token of `sessionId` (null: the account no longer exists). */
  read(userId: string, sessionId: string | null): Promise<AccountState | null> {
    const key = `${userId}|${sessionId ?? ''}`;
    const ttl = this.listening ? this.config.AUTH_STATE_CACHE_MS : 0;
    const hit = this.cache.get(key);
    if (hit && Date.now() - hit.at < ttl) return Promise.resolve(hit.state);
    const pending = this.inflight.get(key);
    if (pending) return pending;
    const load = this.load(userId, sessionId)
      .then((state) => {
        if (ttl > 0) {
          if (this.cache.size >= MAX_ENTRIES) this.cache.clear();
          this.cache.set(key, { at: Date.now(), state });
        }
        return state;
      })
      .finally(() => this.inflight.delete(key));
    this.inflight.set(key, load);
    return load;
  }

  /**
   * Call inside the unit of work that changed the account's version, status or sessions: every server forgets what
   * it read about the account once the change has committed.
   */
  async changed(userId: string): Promise<void> {
    await this.uow.manager.query(`SELECT pg_notify($1, $2)`, [CHANNEL, userId]);
    this.uow.afterCommit(() => this.forget(userId));
  }

  private forget(userId: string): void {
    for (const key of this.cache.keys()) if (key.startsWith(`${userId}|`)) this.cache.delete(key);
  }

  private async load(userId: string, sessionId: string | null): Promise<AccountState | null> {
    // On the pool directly, outside TypeORM's logger: the query counter measures what an operation itself costs
    // (N+1 tests), and this read happens before the operation, once per account and cache period. The account (identity's)
    // and the session (the core's) are read side by side.
    const [account, sessionRevoked] = await Promise.all([this.accounts.tokenStateOf(userId), sessionId ? this.sessionRevoked(userId, sessionId) : false]);
    if (!account) return null;
    return { tokenVersion: account.tokenVersion, disabled: account.disabled, sessionRevoked };
  }

  /** A session id that is not the user's (or no longer exists) counts as ended. */
  private async sessionRevoked(userId: string, sessionId: string): Promise<boolean> {
    const { rows } = await rawPool(this.dataSource).query<{ revoked: boolean }>(`SELECT s.revoked_at IS NOT NULL AS revoked FROM auth_sessions s WHERE s.id = $1 AND s.user_id = $2`, [
      sessionId,
      userId,
    ]);
    return rows.length === 0 || rows[0].revoked;
  }

  private async listen(): Promise<void> {
    if (this.stopped) return;
    const url = (this.dataSource.options as { url?: string }).url;
    const client = new pg.Client({ connectionString: url, application_name: 'yiyang-auth-listener' });
    const lost = () => {
      if (this.listener !== client) return;
      this.listening = false;
      this.listener = null;
      this.cache.clear();
      client.end().catch(() => undefined);
      if (!this.stopped) this.retry = setTimeout(() => void this.listen(), 2_000).unref();
    };
    client.on('error', lost);
    client.on('end', lost);
    client.on('notification', (message) => {
      if (message.channel === CHANNEL && message.payload) this.forget(message.payload);
    });
    this.listener = client;
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
      this.cache.clear();
      this.listening = true;
    } catch (error) {
      appLogger().warn({ err: error instanceof Error ? error.message : String(error) }, 'account-state listener unavailable; reading on every request');
      lost();
    }
  }
}
