import { Injectable, type BeforeApplicationShutdown } from '@nestjs/common';
import { appLogger } from '../../core/logging/logger.js';

/**
 * Runs import jobs in the background of this process, one at a time (an import is a long write: two at once would only
 * share the two cores and the database). Kept to this one small class so that a durable queue can take its place:
 * `enqueue(jobId, work)` is all the import service asks of it. A shutdown waits for the job in progress.
 */
@Injectable()
export class ImportJobRunner implements BeforeApplicationShutdown {
  private tail: Promise<void> = Promise.resolve();
  private stopping = false;

  enqueue(jobId: string, work: () => Promise<void>): void {
    this.tail = this.tail.then(async () => {
      if (this.stopping) return;
      try {
        await work();
      } catch (error) {
        appLogger().error({ jobId, err: error instanceof Error ? error.message : String(error) }, 'import job crashed');
      }
    });
  }

  /** Resolves when every job enqueued so far has finished (tests and the command line wait on it). */
  idle(): Promise<void> {
    return this.tail;
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.tail;
    this.stopping = true;
  }
}
