import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A home-care search at a dense county seat keeps ~800 providers after the distance and radius filters, and checking
 * the requested services (and pricing them) through provider_services cost two index searches a provider: 10 µs a
 * row, most of the query. providers.service_offers is the same list as one JSON object on the row the search already
 * reads, `{"MEAL": {"priceFen": 1500, "unit": "meal"}, ...}`: `?&` checks the services, and the price comes from it.
 *
 * provider_services stays the record; statement-level triggers rewrite the object of every provider a statement
 * touched, in the same transaction, so no writer can forget it and a bulk import recomputes each provider once.
 */
export class ServiceOffers1764000006000 implements MigrationInterface {
  name = 'ServiceOffers1764000006000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE providers ADD COLUMN service_offers jsonb NOT NULL DEFAULT '{}'::jsonb`);
    await q.query(`
      CREATE FUNCTION provider_service_offers_of(provider uuid) RETURNS jsonb LANGUAGE sql STABLE AS $$
        SELECT coalesce(jsonb_object_agg(s.kind, jsonb_build_object('priceFen', s.price_fen, 'unit', s.unit)), '{}'::jsonb)
          FROM provider_services s WHERE s.provider_id = provider
      $$`);
    await q.query(`
      CREATE FUNCTION provider_service_offers_sync() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          UPDATE providers p SET service_offers = provider_service_offers_of(p.id)
           WHERE p.id IN (SELECT provider_id FROM changed_rows);
        ELSIF TG_OP = 'DELETE' THEN
          UPDATE providers p SET service_offers = provider_service_offers_of(p.id)
           WHERE p.id IN (SELECT provider_id FROM removed_rows);
        ELSE
          UPDATE providers p SET service_offers = provider_service_offers_of(p.id)
           WHERE p.id IN (SELECT provider_id FROM changed_rows UNION SELECT provider_id FROM removed_rows);
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER provider_services_offers_insert AFTER INSERT ON provider_services
        REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION provider_service_offers_sync()`);
    await q.query(`
      CREATE TRIGGER provider_services_offers_update AFTER UPDATE ON provider_services
        REFERENCING OLD TABLE AS removed_rows NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION provider_service_offers_sync()`);
    await q.query(`
      CREATE TRIGGER provider_services_offers_delete AFTER DELETE ON provider_services
        REFERENCING OLD TABLE AS removed_rows FOR EACH STATEMENT EXECUTE FUNCTION provider_service_offers_sync()`);
    await q.query(`
      UPDATE providers p SET service_offers = provider_service_offers_of(p.id)
       WHERE EXISTS (SELECT 1 FROM provider_services s WHERE s.provider_id = p.id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER IF EXISTS provider_services_offers_insert ON provider_services`);
    await q.query(`DROP TRIGGER IF EXISTS provider_services_offers_update ON provider_services`);
    await q.query(`DROP TRIGGER IF EXISTS provider_services_offers_delete ON provider_services`);
    await q.query(`DROP FUNCTION IF EXISTS provider_service_offers_sync()`);
    await q.query(`DROP FUNCTION IF EXISTS provider_service_offers_of(uuid)`);
    await q.query(`ALTER TABLE providers DROP COLUMN IF EXISTS service_offers`);
  }
}
