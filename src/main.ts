import 'reflect-metadata';
import { ConfigInvalidError, loadConfig } from './config/app-config.js';
import { loadOrCreateJwtSecret } from './config/jwt-secret.js';
import { EmbeddedPostgresError, startEmbeddedPostgres, type RunningDatabase } from './core/database/embedded-postgres.js';
import { runShutdown, type ShutdownStep } from './core/lifecycle/shutdown.js';
import { createRootLogger } from './core/logging/logger.js';

/** `npm start`: the configured PostgreSQL, or an embedded one under DATA_DIR; migrate, seed, serve. */
async function main() {
  const config = loadConfig();
  const logger = createRootLogger(config.LOG_LEVEL);
  let embedded: RunningDatabase | undefined;
  try {
    if (!config.JWT_SECRET) config.JWT_SECRET = loadOrCreateJwtSecret(config.DATA_DIR);
    // Loading Nest and the feature modules is most of a warm start and needs no database: it runs while the embedded
    // PostgreSQL starts (a separate process). A failure to load is reported below, once the database has started.
    // When each phase of the start ended, in ms since the process began: logged with the serving line, so that a slow
    // start says where its time went.
    const startup: Record<string, number> = {};
    const ended = (phase: string) => (startup[phase] = Math.round(performance.now()));
    const loading = import('./app.factory.js').then((loaded) => {
      ended('modulesLoaded');
      return loaded;
    });
    loading.catch(() => undefined);
    const databaseUrl = config.DATABASE_URL ?? (embedded = await startEmbeddedPostgres(config.DATA_DIR, logger)).url;
    ended('databaseReady');
    const { createApp, closeApp, stopTraffic } = await loading;
    const app = await createApp(config, databaseUrl, logger);
    ended('appCreated');
    await app.listen({ port: config.PORT, host: config.HOST });
    ended('listening');
    logger.info({ url: await app.getUrl(), embeddedDatabase: !!embedded, startup }, 'Yiyang is serving POST /graphql (GraphiQL on GET /graphql)');

    // Signals are handled here rather than by Nest's shutdown hooks, so that every step below runs in this order.
    // A part that must stop between two of them (a job queue: after HTTP, before the pool) adds its step there.
    const steps: ShutdownStep[] = [
      // Live subscriptions closed (1001); no new connections; requests on open keep-alive connections get 503; those
      // in flight are answered.
      { name: 'http: refuse new requests, answer those in flight', run: () => stopTraffic(app) },
      // The job queue stops after the jobs in flight, the bus closes, then Nest's close: after-commit work and event
      // publications already started finish (UnitOfWork, DomainEvents), then the modules close, the database pool last.
      { name: 'app: after-commit work and event listeners, then the database pool', run: () => closeApp(app) },
      ...(embedded ? [{ name: 'embedded PostgreSQL', run: () => embedded!.stop() }] : []),
    ];
    let stopping = false;
    const stop = async (signal: string) => {
      if (stopping) {
        logger.warn({ signal }, 'second signal while stopping: exiting at once');
        logger.flush();
        process.exit(130);
      }
      stopping = true;
      logger.info({ signal }, 'shutting down');
      const clean = await runShutdown(steps, logger, config.SHUTDOWN_TIMEOUT_MS);
      logger.info('stopped');
      logger.flush();
      process.exit(clean ? 0 : 1);
    };
    process.on('SIGINT', () => void stop('SIGINT'));
    process.on('SIGTERM', () => void stop('SIGTERM'));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    logger.fatal({ err: { message } }, 'failed to start');
    // A refusal that says what to do is also printed plainly, for whoever reads the terminal rather than JSON.
    if (error instanceof EmbeddedPostgresError) process.stderr.write(`\n${message}\n\n`);
    await embedded?.stop().catch(() => undefined);
    logger.flush();
    process.exit(error instanceof ConfigInvalidError ? 2 : 1);
  }
}

void main();
