import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Account security: a token version per user (every access token carries it; a change of password, role or status
 * raises it and so ends every token at once), disabled accounts, sign-in sessions with rotating refresh tokens
 * (stored as SHA-256 hashes only), and the shared counters of the rate limiter (rate-limiter-flexible's PostgreSQL
 * store), co-guardian invitations, and the stored ID numbers re-masked to their last 4 characters (docs/elder-privacy.md).
 */
export class AccountSecurity1765030000000 implements MigrationInterface {
  name = 'AccountSecurity1765030000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE users
        ADD COLUMN token_version integer NOT NULL DEFAULT 0,
        ADD COLUMN disabled_at timestamptz,
        ADD COLUMN disabled_reason text CHECK (length(disabled_reason) <= 500),
        ADD COLUMN password_changed_at timestamptz`);
    await q.query(`
      CREATE TABLE auth_sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_refreshed_at timestamptz,
        revoked_at timestamptz,
        revoked_reason text
      )`);
    await q.query(`CREATE INDEX auth_sessions_user_idx ON auth_sessions (user_id) WHERE revoked_at IS NULL`);
    await q.query(`
      CREATE TABLE refresh_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        session_id uuid NOT NULL REFERENCES auth_sessions(id) ON DELETE CASCADE,
        token_hash bytea NOT NULL,
        issued_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        CONSTRAINT refresh_tokens_hash_key UNIQUE (token_hash)
      )`);
    await q.query(`CREATE INDEX refresh_tokens_session_idx ON refresh_tokens (session_id)`);
    await q.query(`CREATE INDEX refresh_tokens_expires_idx ON refresh_tokens (expires_at)`);
    await q.query(`
      CREATE TABLE rate_limits (
        key varchar(255) PRIMARY KEY,
        points integer NOT NULL DEFAULT 0,
        expire bigint
      )`);
    await q.query(`CREATE INDEX rate_limits_expire_idx ON rate_limits (expire)`);
    // A family invites a co-guardian by phone; the invitee accepts. The answer is the same whether or not the phone has
    // an account, so that guardians cannot probe which phones are registered.
    await q.query(`
      CREATE TABLE elder_guardian_invitations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        elder_id uuid NOT NULL REFERENCES elders(id) ON DELETE CASCADE,
        phone varchar(20) NOT NULL,
        invited_by uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        accepted_at timestamptz
      )`);
    await q.query(`CREATE UNIQUE INDEX elder_guardian_invitations_open_key ON elder_guardian_invitations (elder_id, phone) WHERE accepted_at IS NULL`);
    await q.query(`CREATE INDEX elder_guardian_invitations_phone_idx ON elder_guardian_invitations (phone) WHERE accepted_at IS NULL`);
    await q.query(`CREATE INDEX elder_guardian_invitations_invited_by_idx ON elder_guardian_invitations (invited_by)`);
    await q.query(`
      UPDATE elders SET id_number_masked = repeat('*', length(id_number_masked) - 4) || right(id_number_masked, 4)
       WHERE length(id_number_masked) > 4`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS elder_guardian_invitations`);
    await q.query(`DROP TABLE IF EXISTS rate_limits`);
    await q.query(`DROP TABLE IF EXISTS refresh_tokens`);
    await q.query(`DROP TABLE IF EXISTS auth_sessions`);
    await q.query(`ALTER TABLE users DROP COLUMN IF EXISTS token_version, DROP COLUMN IF EXISTS disabled_at,
      DROP COLUMN IF EXISTS disabled_reason, DROP COLUMN IF EXISTS password_changed_at`);
  }
}
