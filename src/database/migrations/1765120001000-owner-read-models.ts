import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Read models the owners keep for the regional figures (scripts/table-owners.mjs names each view's owner): the owner's
 * rows with the region code they are counted under, which lives on another module's row (a bed count on its
 * provider's, an assessment on its elder's). Only the owner's service reads its view; statistics and reports ask the
 * service. Plain views: the planner folds them into each query, so the figures cost what the joined query cost.
 */
export class OwnerReadModels1765120001000 implements MigrationInterface {
  name = 'OwnerReadModels1765120001000';

  async up(q: QueryRunner): Promise<void> {
    // capacity: bed counts per provider and category, under the provider's region (and since when it is registered).
    await q.query(`
      CREATE VIEW capacity_by_region AS
        SELECT bc.provider_id, bc.category, bc.total, bc.occupied, bc.reserved, p.region_code, p.created_at AS provider_created_at
          FROM bed_capacity bc JOIN providers p ON p.id = bc.provider_id`);
    // capacity: the history of the counts, under the provider's region.
    await q.query(`
      CREATE VIEW capacity_history_by_region AS
        SELECT h.id, h.provider_id, h.category, h.changed_at, h.source, h.total_before, h.occupied_before, h.total_after, h.occupied_after,
               p.region_code
          FROM bed_capacity_history h JOIN providers p ON p.id = h.provider_id`);
    // home care: home beds (家庭养老床位) under their provider's region.
    await q.query(`
      CREATE VIEW home_beds_by_region AS
        SELECT hb.id, hb.provider_id, hb.elder_id, hb.status, p.region_code AS provider_region_code
          FROM home_beds hb JOIN providers p ON p.id = hb.provider_id`);
    // assessment: capability assessments under their elder's region.
    await q.query(`
      CREATE VIEW assessments_by_region AS
        SELECT a.id, a.elder_id, a.assessed_at, e.region_code AS elder_region_code
          FROM capability_assessments a JOIN elders e ON e.id = a.elder_id`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const view of ['assessments_by_region', 'home_beds_by_region', 'capacity_history_by_region', 'capacity_by_region']) {
      await q.query(`DROP VIEW IF EXISTS ${view}`);
    }
  }
}
