import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { Redis } from 'ioredis';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/app-config.js';

/** Injection token of the shared Redis client, or null when REDIS_URL is not set (PostgreSQL then keeps shared state). */
export const REDIS_CLIENT = Symbol('REDIS_CLIENT');

/**
 * The one place a Redis client is made. Commands fail at once while the connection is down (no offline queue), so a
 * caller can fall back instead of waiting; the client reconnects by itself.
 */
export function createRedisClient(url: string): Redis {
  return new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, connectionName: 'yiyang' });
}

class RedisCloser implements OnApplicationShutdown {
  constructor(@Inject(REDIS_CLIENT) private readonly redis: Redis | null) {}

  async onApplicationShutdown(): Promise<void> {
    await this.redis?.quit().catch(() => this.redis?.disconnect());
  }
}

@Global()
@Module({
  providers: [
    { provide: REDIS_CLIENT, inject: [APP_CONFIG], useFactory: (config: AppConfig) => (config.REDIS_URL ? createRedisClient(config.REDIS_URL) : null) },
    RedisCloser,
  ],
  exports: [REDIS_CLIENT],
})
export class RedisModule {}
