import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Imports of providers and elders from officers' spreadsheets run as jobs: the job row carries its progress, its
 * counts and the rejected rows (row, column, message) so the officer can fix the file and import it again.
 */
export class ImportJobs1765050002000 implements MigrationInterface {
  name = 'ImportJobs1765050002000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE import_jobs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('PROVIDERS','ELDERS')),
        status text NOT NULL DEFAULT 'QUEUED' CHECK (status IN ('QUEUED','RUNNING','DONE','FAILED')),
        dry_run boolean NOT NULL DEFAULT false,
        all_or_nothing boolean NOT NULL DEFAULT false,
        committed boolean NOT NULL DEFAULT false,
        file_name text NOT NULL,
        file_format text NOT NULL CHECK (file_format IN ('XLSX','CSV')),
        file_bytes bigint NOT NULL CHECK (file_bytes >= 0),
        created_by uuid NOT NULL REFERENCES users (id),
        total_rows integer NOT NULL DEFAULT 0 CHECK (total_rows >= 0),
        processed_rows integer NOT NULL DEFAULT 0 CHECK (processed_rows >= 0),
        created_rows integer NOT NULL DEFAULT 0 CHECK (created_rows >= 0),
        updated_rows integer NOT NULL DEFAULT 0 CHECK (updated_rows >= 0),
        unchanged_rows integer NOT NULL DEFAULT 0 CHECK (unchanged_rows >= 0),
        rejected_rows integer NOT NULL DEFAULT 0 CHECK (rejected_rows >= 0),
        errors jsonb NOT NULL DEFAULT '[]'::jsonb,
        failure text,
        created_at timestamptz NOT NULL DEFAULT now(),
        started_at timestamptz,
        finished_at timestamptz
      )`);
    await q.query(`CREATE INDEX import_jobs_created_by_idx ON import_jobs (created_by, created_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS import_jobs`);
  }
}
