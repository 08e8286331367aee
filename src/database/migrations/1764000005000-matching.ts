import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * matchProviders looks for providers of given kinds inside a box around the elder. The plain geo index returns every
 * kind in the box (a few thousand at a dense county seat) and each row costs a heap visit; with the kind as the first
 * column (btree_gist) each kind is its own index scan, so a residential search visits only nursing homes.
 */
export class Matching1764000005000 implements MigrationInterface {
  name = 'Matching1764000005000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX providers_kind_geo_idx ON providers USING gist (kind, ll_to_earth(latitude, longitude))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS providers_kind_geo_idx`);
  }
}
