import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/app-config.js';
import { queryRows } from '../database/sql.js';
import { UnitOfWork } from '../database/unit-of-work.js';
import { DomainError } from '../errors/domain-error.js';
import { ACCOUNT_STORE, type AccountStore, type SessionAccount } from './account-store.js';
import { AccountStateService } from './account-state.service.js';
import { TokenService } from './token.service.js';

export type { SessionAccount } from './account-store.js';

export interface IssuedTokens {
  accessToken: string;
  expiresAt: Date;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
  sessionId: string;
  userId: string;
}

/** Why a session ended (kept on the session row). */
export type SessionEnd = 'LOGOUT' | 'LOGOUT_ALL' | 'PASSWORD_CHANGED' | 'PASSWORD_RESET' | 'DISABLED' | 'ROLE_CHANGED' | 'REFRESH_TOKEN_REUSED';

export const AuthReason = {
  REFRESH_TOKEN_INVALID: 'REFRESH_TOKEN_INVALID',
  REFRESH_TOKEN_REUSED: 'REFRESH_TOKEN_REUSED',
  ACCOUNT_DISABLED: 'ACCOUNT_DISABLED',
} as const;

const hashOf = (token: string) => createHash('sha256').update(token, 'utf8').digest();

/**
 * Sign-in sessions. A session has one live refresh token at a time: each refresh uses it up and hands out the next
 * (rotation). Presenting a used one means it was copied: the whole session (the token family) ends, for the thief and
 * the owner alike. Ending a session, or raising the account's token version, ends its access tokens at once, because
 * every request checks both (AccountStateService). Refresh tokens are random 256-bit strings stored as SHA-256 hashes.
 */
@Injectable()
export class SessionService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly tokens: TokenService,
    private readonly state: AccountStateService,
    @Inject(ACCOUNT_STORE) private readonly accounts: AccountStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Opens a session for the account and returns its first tokens. */
  start(account: SessionAccount): Promise<IssuedTokens> {
    return this.uow.run(async () => {
      const [{ id }] = await this.uow.manager.query(`INSERT INTO auth_sessions (user_id) VALUES ($1) RETURNING id`, [account.id]);
      return this.tokensFor(account, id);
    });
  }

  /**
   * Exchanges a live refresh token for new tokens. The conditional update lets exactly one of two concurrent refreshes
   * with the same token win; the other is reuse and ends the session.
   */
  async refresh(refreshToken: string): Promise<IssuedTokens> {
    const outcome = await this.uow.run(async () => {
      const m = this.uow.manager;
      const used = await queryRows<{ session_id: string; expired: boolean }>(
        m,
        `UPDATE refresh_tokens SET used_at = now() WHERE token_hash = $1 AND used_at IS NULL
          RETURNING session_id, expires_at <= now() AS expired`,
        [hashOf(refreshToken)],
      );
      if (used.length === 0) {
        const [seen]: Array<{ session_id: string; user_id: string }> = await m.query(
          `SELECT t.session_id, s.user_id FROM refresh_tokens t JOIN auth_sessions s ON s.id = t.session_id WHERE t.token_hash = $1`,
          [hashOf(refreshToken)],
        );
        if (!seen) return { refused: AuthReason.REFRESH_TOKEN_INVALID } as const;
        await this.endSession(seen.session_id, seen.user_id, 'REFRESH_TOKEN_REUSED');
        return { refused: AuthReason.REFRESH_TOKEN_REUSED } as const;
      }
      const [session]: Array<{ user_id: string; revoked: boolean }> = await m.query(
        `SELECT s.user_id, s.revoked_at IS NOT NULL AS revoked FROM auth_sessions s WHERE s.id = $1 FOR UPDATE`,
        [used[0].session_id],
      );
      if (!session || session.revoked || used[0].expired) return { refused: AuthReason.REFRESH_TOKEN_INVALID } as const;
      const found = await this.accounts.sessionAccountOf(session.user_id);
      if (!found) return { refused: AuthReason.REFRESH_TOKEN_INVALID } as const;
      if (found.disabled) return { refused: AuthReason.ACCOUNT_DISABLED } as const;
      await m.query(`UPDATE auth_sessions SET last_refreshed_at = now() WHERE id = $1`, [used[0].session_id]);
      const account: SessionAccount = { id: found.id, role: found.role, providerId: found.providerId, regionScope: found.regionScope, tokenVersion: found.tokenVersion };
      return { tokens: await this.tokensFor(account, used[0].session_id) } as const;
    });
    if ('refused' in outcome) {
      const message =
        outcome.refused === AuthReason.REFRESH_TOKEN_REUSED
          ? 'This refresh token was used already: the session has been ended, sign in again'
          : outcome.refused === AuthReason.ACCOUNT_DISABLED
            ? 'The account is disabled'
            : 'The refresh token is invalid or expired: sign in again';
      throw new DomainError('UNAUTHENTICATED', message, outcome.refused);
    }
    return outcome.tokens;
  }

  /** Ends one session of the user (idempotent). */
  async endOne(userId: string, sessionId: string, reason: SessionEnd): Promise<void> {
    await this.uow.run(() => this.endSession(sessionId, userId, reason));
  }

  /**
   * Ends every session of the user and raises the token version, so every access token already handed out stops
   * working at once. Joins the caller's unit of work (a password change commits with it, or not at all).
   */
  async endAll(userId: string, reason: SessionEnd): Promise<void> {
    await this.uow.run(async () => {
      await this.uow.manager.query(
        `UPDATE auth_sessions SET revoked_at = now(), revoked_reason = $2 WHERE user_id = $1 AND revoked_at IS NULL`,
        [userId, reason],
      );
      await this.accounts.raiseTokenVersion(userId);
      await this.state.changed(userId);
    });
  }

  private async endSession(sessionId: string, userId: string, reason: SessionEnd): Promise<void> {
    await this.uow.manager.query(
      `UPDATE auth_sessions SET revoked_at = now(), revoked_reason = $3 WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL`,
      [sessionId, userId, reason],
    );
    await this.state.changed(userId);
  }

  private async tokensFor(account: SessionAccount, sessionId: string): Promise<IssuedTokens> {
    const refreshToken = randomBytes(32).toString('base64url');
    const refreshTokenExpiresAt = new Date(Date.now() + this.config.REFRESH_TOKEN_TTL_DAYS * 86_400_000);
    await this.uow.manager.query(`INSERT INTO refresh_tokens (session_id, token_hash, expires_at) VALUES ($1, $2, $3)`, [
      sessionId,
      hashOf(refreshToken),
      refreshTokenExpiresAt,
    ]);
    const { token, expiresAt } = await this.tokens.sign(
      { userId: account.id, role: account.role, providerId: account.providerId, regionScope: account.regionScope, sessionId },
      account.tokenVersion,
    );
    return { accessToken: token, expiresAt, refreshToken, refreshTokenExpiresAt, sessionId, userId: account.id };
  }
}
