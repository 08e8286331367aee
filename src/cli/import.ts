import 'reflect-metadata';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { DataSource } from 'typeorm';
import { closeApp, createApp } from '../app.factory.js';
import { loadConfig } from '../config/app-config.js';
import { loadOrCreateJwtSecret } from '../config/jwt-secret.js';
import type { Actor } from '../core/auth/actor.js';
import { startEmbeddedPostgres, type RunningDatabase } from '../core/database/embedded-postgres.js';
import { Role } from '../core/domain/enums.js';
import { DomainError } from '../core/errors/domain-error.js';
import { createRootLogger } from '../core/logging/logger.js';
import { ImportFileKind, ImportJobStatus } from '../modules/import/import-job.model.js';
import { ImportService } from '../modules/import/import.service.js';

const USAGE = `usage: npm run import -- providers|elders FILE [--dry-run] [--all-or-nothing] [--as PHONE]

Imports a spreadsheet (XLSX, or CSV in UTF-8 or GB18030) with the same rules as the API. The rows are written as the
account given by --as (an officer: only rows inside their region; default: the first admin). Uses DATABASE_URL, or the
embedded database under DATA_DIR (stop the server first: one embedded database, one process).`;

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { 'dry-run': { type: 'boolean' }, 'all-or-nothing': { type: 'boolean' }, as: { type: 'string' }, help: { type: 'boolean' } },
  });
  const [kindArg, file] = positionals;
  if (values.help || !file || !['providers', 'elders'].includes(kindArg ?? '')) {
    process.stderr.write(`${USAGE}\n`);
    return values.help ? 0 : 2;
  }
  const config = loadConfig(process.env, { SEED_DEMO: 'false', JOBS_ENABLED: 'false', LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' });
  const logger = createRootLogger(config.LOG_LEVEL);
  if (!config.JWT_SECRET) config.JWT_SECRET = loadOrCreateJwtSecret(config.DATA_DIR);
  let embedded: RunningDatabase | undefined;
  const url = config.DATABASE_URL ?? (embedded = await startEmbeddedPostgres(config.DATA_DIR, logger)).url;
  const app = await createApp(config, url, logger);
  await app.init();
  try {
    const db = app.get(DataSource);
    const [user] = values.as
      ? await db.query(`SELECT id, role, provider_id, region_scope FROM users WHERE phone = $1`, [values.as])
      : await db.query(`SELECT id, role, provider_id, region_scope FROM users WHERE role = 'ADMIN' ORDER BY created_at LIMIT 1`);
    if (!user || (user.role !== Role.ADMIN && user.role !== Role.CIVIL_AFFAIRS)) {
      process.stderr.write('No such admin or civil-affairs account (give --as PHONE of one)\n');
      return 2;
    }
    const actor: Actor = { userId: user.id, role: user.role, providerId: user.provider_id, regionScope: user.region_scope };
    const imports = app.get(ImportService);
    const kind = kindArg === 'providers' ? ImportFileKind.PROVIDERS : ImportFileKind.ELDERS;
    let job = await imports.startFromFile(actor, kind, file, basename(file), { dryRun: !!values['dry-run'], allOrNothing: !!values['all-or-nothing'] });
    const bar = new cliProgress.SingleBar(
      { format: '{bar} {percentage}% | {value}/{total} rows | {rejected} rejected', stream: process.stderr, hideCursor: true },
      cliProgress.Presets.shades_classic,
    );
    bar.start(1, 0, { rejected: 0 });
    const done = imports.idle();
    let finished = false;
    void done.then(() => (finished = true));
    while (!finished) {
      await new Promise((resolve) => setTimeout(resolve, 300));
      job = await imports.job(actor, job.id);
      bar.setTotal(Math.max(1, job.totalRows));
      bar.update(job.processedRows, { rejected: job.rejectedRows });
    }
    job = await imports.job(actor, job.id);
    bar.update(job.processedRows, { rejected: job.rejectedRows });
    bar.stop();
    const summary = {
      status: job.status,
      dryRun: job.dryRun,
      committed: job.committed,
      totalRows: job.totalRows,
      created: job.createdRows,
      updated: job.updatedRows,
      unchanged: job.unchangedRows,
      rejected: job.rejectedRows,
      failure: job.failure,
    };
    process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
    for (const e of job.errors.slice(0, 50)) process.stdout.write(`row ${e.row}${e.column ? ` ${e.column}` : ''}: ${e.message}\n`);
    if (job.errors.length > 50) process.stdout.write(`... ${job.errors.length - 50} more problems (see importJob(id: "${job.id}"))\n`);
    return job.status === ImportJobStatus.DONE ? 0 : 1;
  } catch (error) {
    process.stderr.write(`${error instanceof DomainError ? `${error.code}: ${error.message}` : String(error)}\n`);
    return 1;
  } finally {
    await closeApp(app);
    await embedded?.stop();
  }
}

process.exit(await main());
