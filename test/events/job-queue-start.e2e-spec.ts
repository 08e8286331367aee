import type { AppConfig } from '../../src/config/app-config.js';
import { JobQueue, type QueuePolicy } from '../../src/core/jobs/job-queue.js';
import { createTestDatabase } from '../support/database.js';

/** A start of the job queue writes a queue's row only when the app's policy for it differs from the stored one. */
describe('job queue start', () => {
  const config = { JOBS_POOL_SIZE: 2, JOBS_MAINTENANCE_INTERVAL_SECONDS: 300, jobsEnabled: false, jobsWork: false, jobsPollSeconds: 1 } as AppConfig;
  const QUEUE = 'test.start-policy';
  const first: QueuePolicy = { retryLimit: 3, retryDelaySeconds: 5, retryBackoff: true, expireInSeconds: 120 };
  let url: string;
  const running: JobQueue[] = [];

  beforeAll(async () => {
    url = await createTestDatabase();
  });
  afterAll(async () => {
    for (const queue of running) await queue.stop();
  });

  /** Starts a queue library as an app instance does: queues are defined before start. */
  async function start(policy: QueuePolicy): Promise<JobQueue> {
    const jobs = new JobQueue(config, url);
    running.push(jobs);
    await jobs.define(QUEUE, policy);
    await jobs.start();
    return jobs;
  }

  async function stored(jobs: JobQueue) {
    const { rows } = await jobs.getDb().executeSql(
      `SELECT retry_limit, retry_delay, retry_backoff, expire_seconds, updated_on FROM pgboss.queue WHERE name = $1`,
      [QUEUE],
    );
    return rows[0] as { retry_limit: number; retry_delay: number; retry_backoff: boolean; expire_seconds: number; updated_on: Date };
  }

  it('creates a new queue with its policy, leaves it untouched when a later start defines the same, and updates it when the policy changes', async () => {
    const a = await start(first);
    const created = await stored(a);
    expect(created).toMatchObject({ retry_limit: 3, retry_delay: 5, retry_backoff: true, expire_seconds: 120 });
    await a.stop();

    const b = await start({ ...first });
    const again = await stored(b);
    // Not rewritten: pg-boss's update sets updated_on to now() whenever it runs.
    expect(again.updated_on.getTime()).toBe(created.updated_on.getTime());
    await b.stop();

    const c = await start({ ...first, retryLimit: 7, expireInSeconds: 600 });
    const changed = await stored(c);
    expect(changed).toMatchObject({ retry_limit: 7, retry_delay: 5, retry_backoff: true, expire_seconds: 600 });
    expect(changed.updated_on.getTime()).toBeGreaterThan(created.updated_on.getTime());
  });
});
