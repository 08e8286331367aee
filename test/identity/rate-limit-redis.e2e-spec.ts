import { randomInt } from 'node:crypto';
import { Redis } from 'ioredis';
import { expectError } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** With REDIS_URL the limiter counts in Redis (the local one, 127.0.0.1:6379) instead of PostgreSQL. */
describe('accounts: the rate limiter store in Redis', () => {
  const url = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
  let t: TestApp;
  let redis: Redis;

  beforeAll(async () => {
    redis = new Redis(url, { maxRetriesPerRequest: 1 });
    await redis.ping();
    t = await startTestApp({ REDIS_URL: url, LOGIN_MAX_FAILURES_PER_ACCOUNT: '2' });
  });
  afterAll(async () => {
    await t.close();
    redis.disconnect();
  });

  it('locks an account from counters kept in Redis, not in PostgreSQL', async () => {
    // A random phone: the Redis server may be shared with other runs.
    const phone = `139${String(randomInt(0, 1e8)).padStart(8, '0')}`;
    const before = await redis.keys('login_account:*');
    for (let i = 0; i < 2; i++) expectError(await t.gql(`mutation { login(phone: "${phone}", password: "wrong-guess-${i}") { accessToken } }`), 'UNAUTHENTICATED');
    const locked = expectError(await t.gql(`mutation { login(phone: "${phone}", password: "anything-else") { accessToken } }`), 'RATE_LIMITED', 'ACCOUNT_LOCKED');
    expect((locked.extensions as { retryAfter?: number }).retryAfter).toBeGreaterThan(0);
    const after = await redis.keys('login_account:*');
    expect(after.filter((k) => !before.includes(k)).length).toBeGreaterThanOrEqual(1);
    for (const k of after) expect(k).not.toContain(phone);
    expect(await t.db.query(`SELECT key FROM rate_limits`)).toEqual([]);
  });
});
