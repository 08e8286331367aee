import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The elders list (`elders`, newest first in the caller's scope: `region_code LIKE '<scope>%' ORDER BY created_at DESC,
 * id DESC`) on one index that holds both its scope predicate and its order: (region_code text_pattern_ops, created_at
 * DESC, id DESC). A narrow scope reads its few rows from the range of its prefix; a wide one is served by
 * elders_created_idx (created_at DESC, id DESC), read newest first until the page is full. It replaces
 * elders_region_idx (region_code text_pattern_ops), whose every use it covers with its leading column.
 */
export class EldersRegionCreated1765130000000 implements MigrationInterface {
  name = 'EldersRegionCreated1765130000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX elders_region_created_idx ON elders (region_code text_pattern_ops, created_at DESC, id DESC)`);
    await q.query(`DROP INDEX elders_region_idx`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX elders_region_idx ON elders (region_code text_pattern_ops)`);
    await q.query(`DROP INDEX elders_region_created_idx`);
  }
}
