import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The platform's spine: configurable settings, accounts, the provider registry with services and prices,
 * and bed capacity with its history. The geo index (cube/earthdistance) and btree_gist need extensions:
 * on a managed database the migrating role must be allowed to create them (see README).
 */
export class Foundation1764000000000 implements MigrationInterface {
  name = 'Foundation1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS cube`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS earthdistance`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);

    await q.query(`
      CREATE TABLE settings (
        key text NOT NULL,
        region_prefix varchar(12) NOT NULL DEFAULT '',
        value jsonb NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (key, region_prefix),
        CONSTRAINT settings_region_prefix_digits CHECK (region_prefix ~ '^[0-9]{0,12}$')
      )`);

    await q.query(`
      CREATE TABLE providers (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        kind text NOT NULL CHECK (kind IN ('NURSING_HOME','DAY_CARE_CENTRE','RURAL_HAPPINESS_HOME','HOME_CARE_AGENCY')),
        ownership text NOT NULL CHECK (ownership IN ('PUBLIC','PRIVATE','PUBLIC_BUILT_PRIVATE_RUN')),
        region_code varchar(12) NOT NULL CHECK (region_code ~ '^[0-9]{6}([0-9]{3}([0-9]{3})?)?$'),
        address text NOT NULL,
        latitude double precision NOT NULL CHECK (latitude BETWEEN -90 AND 90),
        longitude double precision NOT NULL CHECK (longitude BETWEEN -180 AND 180),
        phone text,
        service_radius_km double precision CHECK (service_radius_km >= 0 AND service_radius_km <= 200),
        accepts_care_levels text[] NOT NULL DEFAULT '{INTACT,MILD,MODERATE,SEVERE,TOTAL}'
          CHECK (accepts_care_levels <@ '{INTACT,MILD,MODERATE,SEVERE,TOTAL}'::text[]),
        dementia_care boolean NOT NULL DEFAULT false,
        current_stars smallint CHECK (current_stars BETWEEN 1 AND 5),
        current_rating_id uuid,
        current_rating_valid_until timestamptz,
        review_count integer NOT NULL DEFAULT 0 CHECK (review_count >= 0),
        review_sum integer NOT NULL DEFAULT 0 CHECK (review_sum >= 0),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX providers_geo_idx ON providers USING gist (ll_to_earth(latitude, longitude))`);
    await q.query(`CREATE INDEX providers_region_idx ON providers (region_code text_pattern_ops)`);
    await q.query(`CREATE INDEX providers_kind_idx ON providers (kind)`);
    await q.query(`CREATE INDEX providers_name_idx ON providers (name, id)`);
    await q.query(`CREATE INDEX providers_stars_idx ON providers (current_stars, current_rating_valid_until) WHERE current_stars IS NOT NULL`);

    await q.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        phone varchar(20) NOT NULL,
        password_hash text NOT NULL,
        display_name text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 100),
        role text NOT NULL CHECK (role IN ('FAMILY','CAREGIVER','PROVIDER_STAFF','CIVIL_AFFAIRS','ADMIN')),
        provider_id uuid REFERENCES providers(id),
        region_scope varchar(12) CHECK (region_scope ~ '^[0-9]{2,12}$'),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT users_phone_key UNIQUE (phone),
        CONSTRAINT users_role_binding CHECK (
          (role IN ('PROVIDER_STAFF','CAREGIVER')) = (provider_id IS NOT NULL)
          AND (role = 'CIVIL_AFFAIRS') = (region_scope IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX users_provider_idx ON users (provider_id) WHERE provider_id IS NOT NULL`);
    await q.query(`CREATE INDEX users_role_idx ON users (role)`);

    await q.query(`
      CREATE TABLE provider_services (
        provider_id uuid NOT NULL REFERENCES providers(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('MEAL','BATHING','CLEANING','WALKING_OUTING','MEDICAL_ESCORT','EMERGENCY_HELP',
          'PERSONAL_CARE','MEDICATION_HELP','REHABILITATION','HEALTH_MONITORING','WELFARE_VISIT','COMPANIONSHIP',
          'ERRANDS_AND_BILLS','HOME_ADAPTATION')),
        price_fen integer NOT NULL CHECK (price_fen >= 0),
        unit text NOT NULL CHECK (length(unit) BETWEEN 1 AND 20),
        duration_minutes integer CHECK (duration_minutes BETWEEN 1 AND 1440),
        PRIMARY KEY (provider_id, kind)
      )`);
    await q.query(`CREATE INDEX provider_services_kind_idx ON provider_services (kind, provider_id)`);

    await q.query(`
      CREATE TABLE bed_capacity (
        provider_id uuid NOT NULL REFERENCES providers(id) ON DELETE CASCADE,
        category text NOT NULL CHECK (category IN ('SELF_CARE','NURSING','DEMENTIA')),
        total integer NOT NULL,
        occupied integer NOT NULL DEFAULT 0,
        reserved integer NOT NULL DEFAULT 0,
        version integer NOT NULL DEFAULT 0,
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid REFERENCES users(id),
        PRIMARY KEY (provider_id, category),
        CONSTRAINT bed_capacity_counts CHECK (total >= 0 AND occupied >= 0 AND reserved >= 0 AND occupied + reserved <= total)
      )`);
    await q.query(`CREATE INDEX bed_capacity_free_idx ON bed_capacity (category, provider_id) WHERE occupied + reserved < total`);
    await q.query(`CREATE INDEX bed_capacity_updated_by_idx ON bed_capacity (updated_by)`);

    await q.query(`
      CREATE TABLE bed_capacity_history (
        id bigserial PRIMARY KEY,
        provider_id uuid NOT NULL REFERENCES providers(id) ON DELETE CASCADE,
        category text NOT NULL,
        actor_id uuid REFERENCES users(id),
        changed_at timestamptz NOT NULL DEFAULT now(),
        source text NOT NULL,
        total_before integer NOT NULL,
        occupied_before integer NOT NULL,
        reserved_before integer NOT NULL,
        total_after integer NOT NULL,
        occupied_after integer NOT NULL,
        reserved_after integer NOT NULL,
        version integer NOT NULL
      )`);
    await q.query(`CREATE INDEX bed_capacity_history_provider_idx ON bed_capacity_history (provider_id, changed_at DESC, id DESC)`);
    await q.query(`CREATE INDEX bed_capacity_history_actor_idx ON bed_capacity_history (actor_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['bed_capacity_history', 'bed_capacity', 'provider_services', 'users', 'providers', 'settings']) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
