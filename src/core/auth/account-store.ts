import type { Role } from '../domain/enums.js';

/** The account fields a session's tokens are made from. */
export interface SessionAccount {
  id: string;
  role: Role;
  providerId: string | null;
  regionScope: string | null;
  tokenVersion: number;
}

/**
 * The accounts the auth core checks tokens and sessions against. Accounts are the identity module's (its `users`
 * table), and the core knows no feature module: so the core declares this port and identity provides it under
 * ACCOUNT_STORE (the dependency points from identity to the core, never back).
 */
export interface AccountStore {
  /**
   * The account's token version and whether it is disabled; null when it no longer exists. Read on every request
   * whose state is not cached: one indexed read on the pool itself, outside the query counter (see AccountStateService).
   */
  tokenStateOf(userId: string): Promise<{ tokenVersion: number; disabled: boolean } | null>;
  /** What a refreshed session's new tokens are made from, and whether the account is disabled (in the caller's unit of work). */
  sessionAccountOf(userId: string): Promise<(SessionAccount & { disabled: boolean }) | null>;
  /** Raises the account's token version, ending every access token handed out (in the caller's unit of work). */
  raiseTokenVersion(userId: string): Promise<void>;
}

/** Nest token under which the identity module provides the AccountStore. */
export const ACCOUNT_STORE = Symbol('ACCOUNT_STORE');
