import { Global, Inject, Injectable, Module } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRedis, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import { rawPool } from '../database/sql.js';
import { REDIS_CLIENT } from '../redis/redis-client.js';

export interface LimiterOptions {
  /** Distinguishes this limiter's keys from the others' in the shared store. */
  name: string;
  /** Points in one window. */
  points: number;
  windowSeconds: number;
}

/**
 * Rate limiters (rate-limiter-flexible) whose counters every instance of the service shares: in Redis when REDIS_URL is
 * set, else in PostgreSQL's `rate_limits` table (created by a migration). While the shared store cannot be reached,
 * an in-memory limiter of the same shape stands in, so a store outage neither opens the gate nor fails every sign-in.
 */
@Injectable()
export class RateLimiterFactory {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(REDIS_CLIENT) private readonly redis: Redis | null,
  ) {}

  create(options: LimiterOptions): RateLimiterAbstract {
    const shape = { keyPrefix: options.name, points: options.points, duration: options.windowSeconds };
    const insuranceLimiter = new RateLimiterMemory(shape);
    if (this.redis) return new RateLimiterRedis({ ...shape, storeClient: this.redis, insuranceLimiter });
    const pool = rawPool(this.dataSource);
    return new RateLimiterPostgres({
      ...shape,
      storeClient: pool,
      storeType: 'pool',
      tableName: 'rate_limits',
      tableCreated: true,
      insuranceLimiter,
    });
  }
}

@Global()
@Module({ providers: [RateLimiterFactory], exports: [RateLimiterFactory] })
export class RateLimitModule {}
