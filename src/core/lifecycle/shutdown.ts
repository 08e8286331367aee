import type { Logger } from 'pino';

/** One step of a graceful stop: what it closes, and how. */
export interface ShutdownStep {
  name: string;
  run(): Promise<unknown>;
}

/**
 * Runs the steps of a stop in the order given, each after the one before has finished; a step that fails is logged
 * and the next one still runs (the pool must close and the database stop even if draining failed). Resolves true when
 * every step finished before the deadline; false when the deadline cut the stop short.
 */
export async function runShutdown(steps: readonly ShutdownStep[], logger: Logger, deadlineMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), deadlineMs);
    timer.unref();
  });
  const all = (async () => {
    for (const step of steps) {
      const started = Date.now();
      try {
        await step.run();
        logger.info({ step: step.name, ms: Date.now() - started }, 'shutdown step done');
      } catch (error) {
        logger.error({ step: step.name, err: { message: error instanceof Error ? error.message : String(error) } }, 'shutdown step failed');
      }
    }
    return true as const;
  })();
  const finished = await Promise.race([all, deadline]);
  clearTimeout(timer);
  if (!finished) logger.error({ deadlineMs }, 'shutdown did not finish in time; exiting anyway');
  return finished;
}
