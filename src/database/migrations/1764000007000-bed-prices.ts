import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The monthly price of a bed of each category (床位费 with the care of that category), as the home publishes it, so
 * that matching can estimate what a residential place costs a family and weigh it against their budget. Null: not
 * published. Its changes are kept in the capacity history next to the counts.
 */
export class BedPrices1764000007000 implements MigrationInterface {
  name = 'BedPrices1764000007000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE bed_capacity ADD COLUMN monthly_price_fen integer CONSTRAINT bed_capacity_price CHECK (monthly_price_fen >= 0)`);
    await q.query(`ALTER TABLE bed_capacity_history ADD COLUMN monthly_price_fen_before integer, ADD COLUMN monthly_price_fen_after integer`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE bed_capacity_history DROP COLUMN IF EXISTS monthly_price_fen_before, DROP COLUMN IF EXISTS monthly_price_fen_after`);
    await q.query(`ALTER TABLE bed_capacity DROP COLUMN IF EXISTS monthly_price_fen`);
  }
}
