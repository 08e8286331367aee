import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The unified social credit code (统一社会信用代码) of a provider: the natural key of an institution in official lists, so
 * imports find the provider a row means by it. Unique; null only for providers registered before it was asked for.
 */
export class ProviderCreditCode1765050001000 implements MigrationInterface {
  name = 'ProviderCreditCode1765050001000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE providers ADD COLUMN credit_code varchar(18)
      CONSTRAINT providers_credit_code_format CHECK (credit_code ~ '^[0-9A-HJ-NP-RT-UW-Y]{18}$')`);
    await q.query(`CREATE UNIQUE INDEX providers_credit_code_key ON providers (credit_code)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS providers_credit_code_key`);
    await q.query(`ALTER TABLE providers DROP COLUMN IF EXISTS credit_code`);
  }
}
