// Drops this run's databases from a shared server, or stops the embedded one (which removes its files).
import pg from 'pg';

export default async function globalTeardown() {
  const embedded = globalThis.__YIYANG_TEST_PG__;
  if (embedded) {
    await embedded.stop();
    return;
  }
  const runId = process.env.TEST_RUN_ID;
  const url = process.env.TEST_ADMIN_DATABASE_URL;
  if (!runId || !url) return;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [`yiyang_t_${runId}%`]);
    for (const { datname } of rows) {
      await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    }
  } finally {
    await client.end();
  }
}
