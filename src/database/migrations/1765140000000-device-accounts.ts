import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Device accounts (docs/accounts.md, docs/care-records.md): an emergency button or watch at an elder's home signs in
 * as a DEVICE account bound to that one elder.
 *
 * - users.elder_id: the elder a DEVICE account is bound to (a foreign key); the binding CHECK makes it required for
 *   DEVICE and forbidden for every other role, next to the provider and region bindings.
 * - users.created_by: who created a device (its guardian or the serving provider's staff).
 */
export class DeviceAccounts1765140000000 implements MigrationInterface {
  name = 'DeviceAccounts1765140000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users ADD COLUMN elder_id uuid REFERENCES elders(id), ADD COLUMN created_by uuid REFERENCES users(id)`);
    await q.query(`ALTER TABLE users DROP CONSTRAINT users_role_check`);
    await q.query(`ALTER TABLE users ADD CONSTRAINT users_role_check CHECK (role IN ('FAMILY','CAREGIVER','PROVIDER_STAFF','CIVIL_AFFAIRS','ADMIN','DEVICE'))`);
    await q.query(`ALTER TABLE users DROP CONSTRAINT users_role_binding`);
    await q.query(`
      ALTER TABLE users ADD CONSTRAINT users_role_binding CHECK (
        (role IN ('PROVIDER_STAFF','CAREGIVER')) = (provider_id IS NOT NULL)
        AND (role = 'CIVIL_AFFAIRS') = (region_scope IS NOT NULL)
        AND (role = 'DEVICE') = (elder_id IS NOT NULL))`);
    await q.query(`CREATE INDEX users_elder_idx ON users (elder_id) WHERE elder_id IS NOT NULL`);
    await q.query(`CREATE INDEX users_created_by_idx ON users (created_by) WHERE created_by IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM users WHERE role = 'DEVICE'`);
    await q.query(`ALTER TABLE users DROP CONSTRAINT users_role_binding`);
    await q.query(`
      ALTER TABLE users ADD CONSTRAINT users_role_binding CHECK (
        (role IN ('PROVIDER_STAFF','CAREGIVER')) = (provider_id IS NOT NULL)
        AND (role = 'CIVIL_AFFAIRS') = (region_scope IS NOT NULL))`);
    await q.query(`ALTER TABLE users DROP CONSTRAINT users_role_check`);
    await q.query(`ALTER TABLE users ADD CONSTRAINT users_role_check CHECK (role IN ('FAMILY','CAREGIVER','PROVIDER_STAFF','CIVIL_AFFAIRS','ADMIN'))`);
    await q.query(`ALTER TABLE users DROP COLUMN created_by, DROP COLUMN elder_id`);
  }
}
