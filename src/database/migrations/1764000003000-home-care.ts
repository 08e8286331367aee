import type { MigrationInterface, QueryRunner } from 'typeorm';

const SERVICES = `'MEAL','BATHING','CLEANING','WALKING_OUTING','MEDICAL_ESCORT','EMERGENCY_HELP','PERSONAL_CARE','MEDICATION_HELP',
  'REHABILITATION','HEALTH_MONITORING','WELFARE_VISIT','COMPANIONSHIP','ERRANDS_AND_BILLS','HOME_ADAPTATION'`;
const STATUSES = `'REQUESTED','ASSIGNED','IN_PROGRESS','COMPLETED','CANCELLED','NO_SHOW'`;
const ACTIVE = `('REQUESTED','ASSIGNED','IN_PROGRESS')`;

/**
 * Home care (没有围墙的养老院): caregiver profiles, visit orders with their events, the monthly subsidy allowance
 * ledger, providers' home-care settings and home beds (家庭养老床位) with weekly plans.
 *
 * The rules two requests can race on live here: one order per (account, idempotency key); no caregiver holds two
 * overlapping visits (travel buffer included) and no elder has two overlapping visits, as exclusion constraints over
 * the active statuses (btree_gist, created by the foundation migration); the allowance can never be overspent (CHECK).
 */
export class HomeCare1764000003000 implements MigrationInterface {
  name = 'HomeCare1764000003000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);

    // A caregiver without a profile row works the configured default hours and is qualified for every service
    // the provider offers; NULL columns mean the same, so a profile can override one of the two only.
    await q.query(`
      CREATE TABLE caregiver_profiles (
        user_id uuid PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
        provider_id uuid NOT NULL REFERENCES providers(id) ON DELETE CASCADE,
        qualified_services text[] CHECK (qualified_services <@ ARRAY[${SERVICES}]::text[]),
        weekly_hours jsonb CHECK (weekly_hours IS NULL OR jsonb_typeof(weekly_hours) = 'array'),
        updated_by uuid REFERENCES users(id),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX caregiver_profiles_provider_idx ON caregiver_profiles (provider_id)`);
    await q.query(`CREATE INDEX caregiver_profiles_updated_by_idx ON caregiver_profiles (updated_by)`);

    await q.query(`
      CREATE TABLE home_care_provider_settings (
        provider_id uuid PRIMARY KEY REFERENCES providers(id) ON DELETE CASCADE,
        auto_assign boolean NOT NULL DEFAULT false,
        updated_by uuid REFERENCES users(id),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX home_care_provider_settings_updated_by_idx ON home_care_provider_settings (updated_by)`);

    await q.query(`
      CREATE TABLE home_beds (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        provider_id uuid NOT NULL REFERENCES providers(id),
        elder_id uuid NOT NULL REFERENCES elders(id),
        status text NOT NULL CHECK (status IN ('ACTIVE','ENDED')),
        plan jsonb NOT NULL CHECK (jsonb_typeof(plan) = 'array'),
        generated_until timestamptz,
        registered_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        ended_at timestamptz,
        end_reason text,
        CONSTRAINT home_beds_end CHECK ((status = 'ENDED') = (ended_at IS NOT NULL))
      )`);
    // An elder holds at most one active home bed with a provider.
    await q.query(`CREATE UNIQUE INDEX home_beds_active_key ON home_beds (provider_id, elder_id) WHERE status = 'ACTIVE'`);
    await q.query(`CREATE INDEX home_beds_elder_idx ON home_beds (elder_id)`);
    await q.query(`CREATE INDEX home_beds_registered_by_idx ON home_beds (registered_by)`);
    await q.query(`CREATE INDEX home_beds_generation_idx ON home_beds (generated_until) WHERE status = 'ACTIVE'`);

    await q.query(`
      CREATE TABLE home_care_orders (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        elder_id uuid NOT NULL REFERENCES elders(id),
        provider_id uuid NOT NULL REFERENCES providers(id),
        service text NOT NULL CHECK (service IN (${SERVICES})),
        status text NOT NULL CHECK (status IN (${STATUSES})),
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        -- end of the visit plus the travel buffer in force when it was booked: the caregiver's blocked time
        hold_ends_at timestamptz NOT NULL,
        -- the assigned caregiver (ASSIGNED and later)
        caregiver_id uuid REFERENCES users(id),
        -- the caregiver whose time the order reserves, even while REQUESTED, so that no slot is sold twice
        held_caregiver_id uuid REFERENCES users(id),
        price_fen integer NOT NULL CHECK (price_fen >= 0),
        subsidy_fen integer NOT NULL CHECK (subsidy_fen >= 0),
        copay_fen integer NOT NULL CHECK (copay_fen >= 0),
        allowance_month date NOT NULL,
        -- where the visit happens: the elder's home when booked (check-in distances are measured from it)
        visit_latitude double precision NOT NULL,
        visit_longitude double precision NOT NULL,
        elder_region_code varchar(12) NOT NULL,
        provider_region_code varchar(12) NOT NULL,
        notes text CHECK (length(notes) <= 1000),
        booked_by uuid NOT NULL REFERENCES users(id),
        booked_by_role text NOT NULL,
        idempotency_key text NOT NULL CHECK (length(idempotency_key) BETWEEN 1 AND 200),
        request_hash text NOT NULL,
        home_bed_id uuid REFERENCES home_beds(id),
        checked_in_at timestamptz,
        check_in_distance_m double precision,
        check_in_flagged boolean,
        checked_out_at timestamptz,
        check_out_distance_m double precision,
        check_out_flagged boolean,
        visit_notes text,
        cancelled_late boolean,
        cancel_reason text,
        review_stars smallint CHECK (review_stars BETWEEN 1 AND 5),
        review_comment text CHECK (length(review_comment) <= 1000),
        reviewed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT home_care_orders_idempotency_key UNIQUE (booked_by, idempotency_key),
        CONSTRAINT home_care_orders_times CHECK (ends_at > starts_at AND hold_ends_at >= ends_at),
        CONSTRAINT home_care_orders_money CHECK (price_fen = subsidy_fen + copay_fen),
        CONSTRAINT home_care_orders_assigned CHECK (
          (status IN ('ASSIGNED','IN_PROGRESS','COMPLETED')) <= (caregiver_id IS NOT NULL)
          AND (caregiver_id IS NULL OR status NOT IN ('REQUESTED'))),
        CONSTRAINT home_care_orders_held CHECK ((status IN ${ACTIVE}) <= (held_caregiver_id IS NOT NULL)),
        CONSTRAINT home_care_orders_review CHECK ((review_stars IS NULL) = (reviewed_at IS NULL) AND (review_stars IS NULL OR status = 'COMPLETED')),
        -- deferrable so that a staff assignment can swap two tentative holds inside one transaction
        CONSTRAINT home_care_orders_caregiver_overlap EXCLUDE USING gist (
          held_caregiver_id WITH =, tstzrange(starts_at, hold_ends_at) WITH &&) WHERE (status IN ${ACTIVE})
          DEFERRABLE INITIALLY IMMEDIATE,
        CONSTRAINT home_care_orders_elder_overlap EXCLUDE USING gist (
          elder_id WITH =, tstzrange(starts_at, ends_at) WITH &&) WHERE (status IN ${ACTIVE})
      )`);
    await q.query(`CREATE INDEX home_care_orders_elder_idx ON home_care_orders (elder_id, starts_at)`);
    await q.query(`CREATE INDEX home_care_orders_provider_idx ON home_care_orders (provider_id, starts_at)`);
    await q.query(`CREATE INDEX home_care_orders_caregiver_idx ON home_care_orders (caregiver_id, starts_at) WHERE caregiver_id IS NOT NULL`);
    await q.query(`CREATE INDEX home_care_orders_held_idx ON home_care_orders (held_caregiver_id, starts_at) WHERE held_caregiver_id IS NOT NULL`);
    await q.query(`CREATE INDEX home_care_orders_status_idx ON home_care_orders (status, starts_at)`);
    await q.query(`CREATE INDEX home_care_orders_elder_region_idx ON home_care_orders (elder_region_code text_pattern_ops)`);
    await q.query(`CREATE INDEX home_care_orders_provider_region_idx ON home_care_orders (provider_region_code text_pattern_ops)`);
    await q.query(`CREATE INDEX home_care_orders_home_bed_idx ON home_care_orders (home_bed_id, starts_at) WHERE home_bed_id IS NOT NULL`);
    await q.query(`CREATE INDEX home_care_orders_starts_idx ON home_care_orders (starts_at, id)`);

    await q.query(`
      CREATE TABLE home_care_order_events (
        id bigserial PRIMARY KEY,
        order_id uuid NOT NULL REFERENCES home_care_orders(id) ON DELETE CASCADE,
        at timestamptz NOT NULL DEFAULT clock_timestamp(),
        action text NOT NULL,
        from_status text CHECK (from_status IN (${STATUSES})),
        status text NOT NULL CHECK (status IN (${STATUSES})),
        actor_id uuid REFERENCES users(id),
        actor_role text NOT NULL,
        note text
      )`);
    await q.query(`CREATE INDEX home_care_order_events_order_idx ON home_care_order_events (order_id, id)`);
    await q.query(`CREATE INDEX home_care_order_events_actor_idx ON home_care_order_events (actor_id) WHERE actor_id IS NOT NULL`);

    // The government-purchased-care allowance of one elder in one month (China time). spent_fen only moves by
    // conditional UPDATEs, and the CHECK makes overspending impossible whatever the application does.
    await q.query(`
      CREATE TABLE home_care_allowances (
        elder_id uuid NOT NULL REFERENCES elders(id),
        month date NOT NULL CHECK (extract(day FROM month) = 1),
        allowance_fen integer NOT NULL CHECK (allowance_fen >= 0),
        spent_fen integer NOT NULL DEFAULT 0,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (elder_id, month),
        CONSTRAINT home_care_allowances_within CHECK (spent_fen >= 0 AND spent_fen <= allowance_fen)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'home_care_allowances',
      'home_care_order_events',
      'home_care_orders',
      'home_beds',
      'home_care_provider_settings',
      'caregiver_profiles',
    ]) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
