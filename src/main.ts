import 'reflect-metadata';
import { closeApp, createApp } from './app.factory.js';
import { ConfigInvalidError, loadConfig } from './config/app-config.js';
import { loadOrCreateJwtSecret } from './config/jwt-secret.js';
import { startEmbeddedPostgres, type RunningDatabase } from './core/database/embedded-postgres.js';
import { createRootLogger } from './core/logging/logger.js';

/** `npm start`: the configured PostgreSQL, or an embedded one under DATA_DIR; migrate, seed, serve. */
async function main() {
  const config = loadConfig();
  const logger = createRootLogger(config.LOG_LEVEL);
  let embedded: RunningDatabase | undefined;
  try {
    if (!config.JWT_SECRET) config.JWT_SECRET = loadOrCreateJwtSecret(config.DATA_DIR);
    const databaseUrl = config.DATABASE_URL ?? (embedded = await startEmbeddedPostgres(config.DATA_DIR, logger)).url;
    const app = await createApp(config, databaseUrl, logger);
    await app.listen({ port: config.PORT, host: config.HOST });
    logger.info({ url: await app.getUrl(), embeddedDatabase: !!embedded }, 'Yiyang is serving POST /graphql (GraphiQL on GET /graphql)');

    // Signals are handled here rather than by Nest's shutdown hooks, so that the app (and its connection pool)
    // closes before the embedded database stops.
    let stopping = false;
    const stop = async (signal: string) => {
      if (stopping) return;
      stopping = true;
      logger.info({ signal }, 'shutting down');
      await closeApp(app);
      await embedded?.stop();
      logger.flush();
      process.exit(0);
    };
    process.once('SIGINT', () => void stop('SIGINT'));
    process.once('SIGTERM', () => void stop('SIGTERM'));
  } catch (error) {
    logger.fatal({ err: { message: error instanceof Error ? error.message : String(error) } }, 'failed to start');
    await embedded?.stop().catch(() => undefined);
    logger.flush();
    process.exit(error instanceof ConfigInvalidError ? 2 : 1);
  }
}

void main();
