import type { MigrationInterface, QueryRunner } from 'typeorm';

const SOURCE = `~ '^[A-Z][A-Z0-9_]{0,31}$'`;

/**
 * The money side (结算): funding sources (资金来源) on subsidy rules, grade tiers and each visit's subsidy; the
 * hash-chained check-in/check-out evidence; monthly settlement statements per provider and funding source with their
 * lines, workflow events, adjustments and the immutable ledger; payments families make to providers.
 *
 * What must never change quietly is refused by the database itself: approved statements and their lines (a trigger
 * allows only APPROVED -> PAID with the payment fields), ledger entries, workflow events, evidence records and
 * payments (no UPDATE or DELETE at all).
 */
export class Settlement1765060000000 implements MigrationInterface {
  name = 'Settlement1765060000000';

  async up(q: QueryRunner): Promise<void> {
    // Existing rules, tiers and visits default to one source, so past figures stay as they are.
    await q.query(`ALTER TABLE subsidy_rules ADD COLUMN funding_source text NOT NULL DEFAULT 'CITY' CONSTRAINT subsidy_rules_funding_source CHECK (funding_source ${SOURCE})`);
    await q.query(`ALTER TABLE rating_subsidy_tiers ADD COLUMN funding_source text NOT NULL DEFAULT 'CITY' CONSTRAINT rating_subsidy_tiers_funding_source CHECK (funding_source ${SOURCE})`);
    await q.query(`
      ALTER TABLE home_care_orders
        ADD COLUMN subsidy_funding_source text NOT NULL DEFAULT 'CITY' CONSTRAINT home_care_orders_funding_source CHECK (subsidy_funding_source ${SOURCE}),
        -- the price as booked, when a short visit was repriced at check-out (price_fen is then what was worked)
        ADD COLUMN booked_price_fen integer CONSTRAINT home_care_orders_booked_price CHECK (booked_price_fen >= price_fen)`);
    await q.query(`CREATE INDEX home_care_orders_settlement_idx ON home_care_orders (provider_id, starts_at) WHERE status IN ('COMPLETED','IN_PROGRESS')`);

    // ---------------------------------------------------------------- evidence chain
    await q.query(`
      CREATE TABLE visit_evidence (
        id bigserial PRIMARY KEY,
        provider_id uuid NOT NULL REFERENCES providers(id),
        seq bigint NOT NULL CHECK (seq > 0),
        order_id uuid NOT NULL REFERENCES home_care_orders(id),
        kind text NOT NULL CHECK (kind IN ('CHECK_IN','CHECK_OUT')),
        caregiver_id uuid REFERENCES users(id),
        at timestamptz NOT NULL,
        latitude double precision NOT NULL,
        longitude double precision NOT NULL,
        distance_m double precision NOT NULL,
        flagged boolean NOT NULL,
        prev_hash text NOT NULL CHECK (prev_hash ~ '^[0-9a-f]{64}$'),
        record_hash text NOT NULL CHECK (record_hash ~ '^[0-9a-f]{64}$'),
        CONSTRAINT visit_evidence_seq_key UNIQUE (provider_id, seq),
        CONSTRAINT visit_evidence_order_kind_key UNIQUE (order_id, kind)
      )`);
    await q.query(`CREATE INDEX visit_evidence_provider_at_idx ON visit_evidence (provider_id, at)`);
    await q.query(`CREATE INDEX visit_evidence_caregiver_idx ON visit_evidence (caregiver_id)`);
    // The head of each provider's chain: taking it with an upsert locks it, so two check-ins never fork the chain.
    await q.query(`
      CREATE TABLE visit_evidence_heads (
        provider_id uuid PRIMARY KEY REFERENCES providers(id),
        seq bigint NOT NULL,
        record_hash text NOT NULL
      )`);

    // ---------------------------------------------------------------- statements
    await q.query(`
      CREATE TABLE settlement_statements (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        provider_id uuid NOT NULL REFERENCES providers(id),
        provider_region_code varchar(12) NOT NULL,
        month date NOT NULL CHECK (extract(day FROM month) = 1),
        funding_source text NOT NULL CHECK (funding_source ${SOURCE}),
        status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT','SUBMITTED','APPROVED','PAID')),
        total_fen integer NOT NULL DEFAULT 0,
        line_count integer NOT NULL DEFAULT 0,
        held_count integer NOT NULL DEFAULT 0,
        generated_at timestamptz NOT NULL DEFAULT now(),
        generated_by uuid REFERENCES users(id),
        submitted_at timestamptz,
        submitted_by uuid REFERENCES users(id),
        approved_at timestamptz,
        approved_by uuid REFERENCES users(id),
        paid_at timestamptz,
        paid_by uuid REFERENCES users(id),
        payment_reference text CHECK (length(payment_reference) BETWEEN 1 AND 100),
        paid_on date,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        -- generating twice at once can never make two statements
        CONSTRAINT settlement_statements_key UNIQUE (provider_id, month, funding_source),
        CONSTRAINT settlement_statements_approved CHECK ((status IN ('APPROVED','PAID')) = (approved_at IS NOT NULL AND approved_by IS NOT NULL)),
        CONSTRAINT settlement_statements_paid CHECK ((status = 'PAID') = (paid_at IS NOT NULL AND payment_reference IS NOT NULL AND paid_on IS NOT NULL)),
        CONSTRAINT settlement_statements_approvable CHECK (status IN ('DRAFT','SUBMITTED') OR held_count = 0)
      )`);
    await q.query(`CREATE INDEX settlement_statements_region_idx ON settlement_statements (provider_region_code text_pattern_ops, month)`);
    await q.query(`CREATE INDEX settlement_statements_month_idx ON settlement_statements (month, id)`);
    for (const col of ['generated_by', 'submitted_by', 'approved_by', 'paid_by']) {
      await q.query(`CREATE INDEX settlement_statements_${col}_idx ON settlement_statements (${col}) WHERE ${col} IS NOT NULL`);
    }

    await q.query(`
      CREATE TABLE settlement_adjustments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        provider_id uuid NOT NULL REFERENCES providers(id),
        original_line_id uuid NOT NULL,
        funding_source text NOT NULL CHECK (funding_source ${SOURCE}),
        month date NOT NULL CHECK (extract(day FROM month) = 1),
        amount_fen integer NOT NULL CHECK (amount_fen <> 0),
        reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
        created_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX settlement_adjustments_provider_idx ON settlement_adjustments (provider_id, month)`);
    await q.query(`CREATE INDEX settlement_adjustments_line_idx ON settlement_adjustments (original_line_id)`);
    await q.query(`CREATE INDEX settlement_adjustments_created_by_idx ON settlement_adjustments (created_by)`);

    await q.query(`
      CREATE TABLE settlement_lines (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        statement_id uuid NOT NULL REFERENCES settlement_statements(id),
        position integer NOT NULL,
        kind text NOT NULL CHECK (kind IN ('HOME_CARE_VISIT','INSTITUTIONAL_SUPPORT','STAR_SUBSIDY','HOME_BED','ADJUSTMENT')),
        -- what the line is for (a visit, a stay, a grade, a home bed, an adjustment): a rebuild keeps decisions by it
        source_key text NOT NULL,
        status text NOT NULL CHECK (status IN ('INCLUDED','HELD','REJECTED')),
        hold_reasons text[] NOT NULL DEFAULT '{}' CHECK (hold_reasons <@ ARRAY['CHECK_IN_FLAGGED','CHECK_OUT_FLAGGED','CHECK_MISSING',
          'SHORT_VISIT','IMPOSSIBLE_TRAVEL','OVERLAPPING_VISITS','CHECKED_OUT_BEFORE_START']::text[]),
        amount_fen integer NOT NULL,
        order_id uuid REFERENCES home_care_orders(id),
        elder_id uuid REFERENCES elders(id),
        reservation_id uuid REFERENCES bed_reservations(id),
        home_bed_id uuid REFERENCES home_beds(id),
        rating_assessment_id uuid REFERENCES rating_assessments(id),
        adjustment_id uuid REFERENCES settlement_adjustments(id),
        adjusts_line_id uuid REFERENCES settlement_lines(id),
        details jsonb NOT NULL DEFAULT '{}'::jsonb,
        decided_by uuid REFERENCES users(id),
        decided_at timestamptz,
        decision_note text CHECK (length(decision_note) BETWEEN 1 AND 500),
        CONSTRAINT settlement_lines_source_key UNIQUE (statement_id, source_key),
        CONSTRAINT settlement_lines_held CHECK (status <> 'HELD' OR cardinality(hold_reasons) > 0),
        CONSTRAINT settlement_lines_decision CHECK ((decided_at IS NULL) = (decision_note IS NULL)
          AND (status <> 'REJECTED' OR decided_at IS NOT NULL) AND (status <> 'HELD' OR decided_at IS NULL))
      )`);
    await q.query(`CREATE INDEX settlement_lines_statement_idx ON settlement_lines (statement_id, position)`);
    for (const col of ['order_id', 'elder_id', 'reservation_id', 'home_bed_id', 'rating_assessment_id', 'adjustment_id', 'adjusts_line_id', 'decided_by']) {
      await q.query(`CREATE INDEX settlement_lines_${col}_idx ON settlement_lines (${col}) WHERE ${col} IS NOT NULL`);
    }
    await q.query(`ALTER TABLE settlement_adjustments ADD CONSTRAINT settlement_adjustments_line_fkey FOREIGN KEY (original_line_id) REFERENCES settlement_lines(id)`);

    await q.query(`
      CREATE TABLE settlement_events (
        id bigserial PRIMARY KEY,
        statement_id uuid NOT NULL REFERENCES settlement_statements(id),
        -- the line decided, as it was then (no foreign key: a draft's lines are rebuilt, its history stays)
        line_id uuid,
        at timestamptz NOT NULL DEFAULT clock_timestamp(),
        action text NOT NULL CHECK (action IN ('GENERATE','REGENERATE','DECIDE_LINE','SUBMIT','APPROVE','REJECT','MARK_PAID')),
        from_status text,
        to_status text NOT NULL,
        actor_id uuid NOT NULL REFERENCES users(id),
        actor_role text NOT NULL,
        note text CHECK (length(note) <= 1000)
      )`);
    await q.query(`CREATE INDEX settlement_events_statement_idx ON settlement_events (statement_id, id)`);
    await q.query(`CREATE INDEX settlement_events_line_idx ON settlement_events (line_id) WHERE line_id IS NOT NULL`);
    await q.query(`CREATE INDEX settlement_events_actor_idx ON settlement_events (actor_id)`);

    await q.query(`
      CREATE TABLE settlement_ledger_entries (
        id bigserial PRIMARY KEY,
        statement_id uuid NOT NULL REFERENCES settlement_statements(id),
        line_id uuid NOT NULL REFERENCES settlement_lines(id),
        provider_id uuid NOT NULL REFERENCES providers(id),
        provider_region_code varchar(12) NOT NULL,
        funding_source text NOT NULL,
        month date NOT NULL,
        amount_fen integer NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT settlement_ledger_entries_line_key UNIQUE (line_id)
      )`);
    await q.query(`CREATE INDEX settlement_ledger_entries_region_idx ON settlement_ledger_entries (provider_region_code text_pattern_ops, month)`);
    await q.query(`CREATE INDEX settlement_ledger_entries_statement_idx ON settlement_ledger_entries (statement_id)`);
    await q.query(`CREATE INDEX settlement_ledger_entries_provider_idx ON settlement_ledger_entries (provider_id, month)`);

    // ---------------------------------------------------------------- family payments
    await q.query(`
      CREATE TABLE elder_payments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        elder_id uuid NOT NULL REFERENCES elders(id),
        provider_id uuid NOT NULL REFERENCES providers(id),
        amount_fen integer NOT NULL CHECK (amount_fen <> 0),
        method text NOT NULL CHECK (method IN ('CASH','WECHAT','ALIPAY','BANK','OTHER')),
        reference text CHECK (length(reference) BETWEEN 1 AND 100),
        paid_at timestamptz NOT NULL,
        recorded_by uuid REFERENCES users(id),
        channel text NOT NULL DEFAULT 'MANUAL' CHECK (channel ~ '^[A-Z][A-Z0-9_]{0,31}$'),
        created_at timestamptz NOT NULL DEFAULT now(),
        -- a payment integration may deliver the same notification twice: one payment per reference
        CONSTRAINT elder_payments_reference_key UNIQUE (provider_id, method, reference)
      )`);
    await q.query(`CREATE INDEX elder_payments_elder_idx ON elder_payments (elder_id, paid_at)`);
    await q.query(`CREATE INDEX elder_payments_recorded_by_idx ON elder_payments (recorded_by)`);

    // ---------------------------------------------------------------- immutability
    await q.query(`
      CREATE FUNCTION settlement_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% rows are immutable', TG_TABLE_NAME USING ERRCODE = 'check_violation', CONSTRAINT = TG_TABLE_NAME || '_immutable';
      END $$`);
    for (const table of ['settlement_ledger_entries', 'settlement_events', 'visit_evidence', 'elder_payments']) {
      await q.query(`CREATE TRIGGER ${table}_immutable BEFORE UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION settlement_refuse_change()`);
    }
    await q.query(`
      CREATE FUNCTION settlement_statements_approved_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.status IN ('APPROVED','PAID') THEN
          -- the only change left: recording the payment of an approved statement
          IF TG_OP = 'UPDATE' AND OLD.status = 'APPROVED' AND NEW.status = 'PAID'
             AND (to_jsonb(NEW) - 'status' - 'paid_at' - 'paid_by' - 'payment_reference' - 'paid_on' - 'updated_at')
               = (to_jsonb(OLD) - 'status' - 'paid_at' - 'paid_by' - 'payment_reference' - 'paid_on' - 'updated_at') THEN
            RETURN NEW;
          END IF;
          RAISE EXCEPTION 'approved settlement statements are immutable' USING ERRCODE = 'check_violation',
            CONSTRAINT = 'settlement_statements_immutable';
        END IF;
        RETURN COALESCE(NEW, OLD);
      END $$`);
    await q.query(`
      CREATE TRIGGER settlement_statements_immutable BEFORE UPDATE OR DELETE ON settlement_statements
        FOR EACH ROW EXECUTE FUNCTION settlement_statements_approved_immutable()`);
    // Statement-level, over the transition tables: a rebuild of 10,000 lines is one check, not 10,000.
    await q.query(`
      CREATE FUNCTION settlement_lines_of_open_statement() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP <> 'DELETE' THEN
          IF EXISTS (SELECT 1 FROM changed_new c JOIN settlement_statements s ON s.id = c.statement_id WHERE s.status IN ('APPROVED','PAID')) THEN
            RAISE EXCEPTION 'lines of approved settlement statements are immutable' USING ERRCODE = 'check_violation',
              CONSTRAINT = 'settlement_lines_immutable';
          END IF;
        END IF;
        IF TG_OP <> 'INSERT' THEN
          IF EXISTS (SELECT 1 FROM changed_old c JOIN settlement_statements s ON s.id = c.statement_id WHERE s.status IN ('APPROVED','PAID')) THEN
            RAISE EXCEPTION 'lines of approved settlement statements are immutable' USING ERRCODE = 'check_violation',
              CONSTRAINT = 'settlement_lines_immutable';
          END IF;
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER settlement_lines_immutable_insert AFTER INSERT ON settlement_lines REFERENCING NEW TABLE AS changed_new
        FOR EACH STATEMENT EXECUTE FUNCTION settlement_lines_of_open_statement()`);
    await q.query(`
      CREATE TRIGGER settlement_lines_immutable_update AFTER UPDATE ON settlement_lines REFERENCING OLD TABLE AS changed_old NEW TABLE AS changed_new
        FOR EACH STATEMENT EXECUTE FUNCTION settlement_lines_of_open_statement()`);
    await q.query(`
      CREATE TRIGGER settlement_lines_immutable_delete AFTER DELETE ON settlement_lines REFERENCING OLD TABLE AS changed_old
        FOR EACH STATEMENT EXECUTE FUNCTION settlement_lines_of_open_statement()`);
    await q.query(`
      CREATE FUNCTION settlement_ledger_of_approved() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM settlement_statements s WHERE s.id = NEW.statement_id AND s.status = 'APPROVED') THEN
          RAISE EXCEPTION 'ledger entries are written for approved statements only' USING ERRCODE = 'check_violation',
            CONSTRAINT = 'settlement_ledger_entries_approved';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER settlement_ledger_entries_approved BEFORE INSERT ON settlement_ledger_entries
        FOR EACH ROW EXECUTE FUNCTION settlement_ledger_of_approved()`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'elder_payments',
      'settlement_ledger_entries',
      'settlement_events',
      'settlement_adjustments',
      'settlement_lines',
      'settlement_statements',
      'visit_evidence_heads',
      'visit_evidence',
    ]) {
      await q.query(`DROP TABLE IF EXISTS ${table} CASCADE`);
    }
    for (const fn of ['settlement_refuse_change', 'settlement_statements_approved_immutable', 'settlement_lines_of_open_statement', 'settlement_ledger_of_approved']) {
      await q.query(`DROP FUNCTION IF EXISTS ${fn}()`);
    }
    await q.query(`DROP INDEX IF EXISTS home_care_orders_settlement_idx`);
    await q.query(`ALTER TABLE home_care_orders DROP COLUMN IF EXISTS subsidy_funding_source, DROP COLUMN IF EXISTS booked_price_fen`);
    await q.query(`ALTER TABLE rating_subsidy_tiers DROP COLUMN IF EXISTS funding_source`);
    await q.query(`ALTER TABLE subsidy_rules DROP COLUMN IF EXISTS funding_source`);
  }
}
