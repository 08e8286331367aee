import { createHmac } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/app-config.js';
import { RateLimiterFactory } from '../../core/rate-limit/rate-limiter.factory.js';
import { rateLimited } from '../../core/errors/domain-error.js';

export const ThrottleReason = {
  /** The account (phone) had too many failed sign-ins: locked for a while, even with the right password. */
  ACCOUNT_LOCKED: 'ACCOUNT_LOCKED',
  /** The client address had too many failed sign-ins or registrations. */
  TOO_MANY_ATTEMPTS: 'TOO_MANY_ATTEMPTS',
} as const;

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

/**
 * Brute-force protection of sign-in and registration, with counters shared by every instance (RateLimiterFactory).
 * - per account: LOGIN_MAX_FAILURES_PER_ACCOUNT failed sign-ins within the window lock the phone for a window. The
 *   lock applies to unregistered phones alike, so it tells nothing about which phones have accounts; a successful
 *   sign-in clears the count.
 * - per client address: LOGIN_MAX_FAILURES_PER_ADDRESS failures within the window refuse the address for a window
 *   (one client guessing many accounts); registrations have their own hourly budget per address.
 * A refused attempt costs no bcrypt work. Keys are keyed hashes, so the store holds no phone numbers or addresses.
 */
@Injectable()
export class LoginThrottle {
  private readonly byAccount: RateLimiterAbstract;
  private readonly byAddress: RateLimiterAbstract;
  private readonly registrations: RateLimiterAbstract;
  private readonly windowSeconds: number;

  constructor(factory: RateLimiterFactory, @Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.windowSeconds = config.LOGIN_WINDOW_MINUTES * 60;
    this.byAccount = factory.create({ name: 'login_account', points: config.LOGIN_MAX_FAILURES_PER_ACCOUNT, windowSeconds: this.windowSeconds });
    this.byAddress = factory.create({ name: 'login_address', points: config.LOGIN_MAX_FAILURES_PER_ADDRESS, windowSeconds: this.windowSeconds });
    this.registrations = factory.create({ name: 'register_address', points: config.REGISTRATIONS_PER_ADDRESS_PER_HOUR, windowSeconds: 3600 });
  }

  /** Refuses (RATE_LIMITED with retryAfter) when the account or the address is locked. */
  async assertMayTry(phone: string, address: string): Promise<void> {
    const [account, client] = await Promise.all([this.byAccount.get(this.key(phone)), this.byAddress.get(this.key(address))]);
    if (account && account.remainingPoints <= 0) {
      throw rateLimited(ThrottleReason.ACCOUNT_LOCKED, 'Too many failed sign-ins for this account: it is locked for a while', seconds(account.msBeforeNext));
    }
    if (client && client.remainingPoints <= 0) {
      throw rateLimited(ThrottleReason.TOO_MANY_ATTEMPTS, 'Too many failed sign-ins from this address: try again later', seconds(client.msBeforeNext));
    }
  }

  /** Counts a failed sign-in; the one that uses up the account's budget locks it for a whole window from now. */
  async failed(phone: string, address: string): Promise<void> {
    await Promise.all([this.spend(this.byAccount, this.key(phone)), this.spend(this.byAddress, this.key(address))]);
  }

  /** A successful sign-in clears the account's failures (not the address's: one client may guess many accounts). */
  async succeeded(phone: string): Promise<void> {
    await this.byAccount.delete(this.key(phone));
  }

  /** Spends one registration of the address's hourly budget, or refuses. */
  async register(address: string): Promise<void> {
    try {
      await this.registrations.consume(this.key(address));
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) throw error;
      throw rateLimited(ThrottleReason.TOO_MANY_ATTEMPTS, 'Too many registrations from this address: try again later', seconds(error.msBeforeNext));
    }
  }

  private async spend(limiter: RateLimiterAbstract, key: string): Promise<void> {
    try {
      const res = await limiter.consume(key);
      if (res.remainingPoints <= 0) await limiter.block(key, this.windowSeconds);
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) throw error;
    }
  }

  private key(value: string): string {
    return createHmac('sha256', this.config.JWT_SECRET ?? 'yiyang-rate-limit').update(value.trim()).digest('base64url').slice(0, 32);
  }
}
