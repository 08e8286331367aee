import type { MigrationInterface, QueryRunner } from 'typeorm';

const SERVICES = `'MEAL','BATHING','CLEANING','WALKING_OUTING','MEDICAL_ESCORT','EMERGENCY_HELP','PERSONAL_CARE','MEDICATION_HELP',
  'REHABILITATION','HEALTH_MONITORING','WELFARE_VISIT','COMPANIONSHIP','ERRANDS_AND_BILLS','HOME_ADAPTATION'`;

/**
 * Care records (docs/care-records.md): care plans and the tasks each visit carries, observations, medication orders
 * and administrations, incidents with their lifecycle, emergency help, risk alerts, staff/officer alerts and the
 * audit of every read of a care record by staff or an officer.
 *
 * Races settled here: one plan per (elder, provider); one administration record per scheduled dose (so the
 * missed-dose job and a late record never both land); one open risk alert per (elder, rule); an emergency is
 * acknowledged, escalated and resolved by conditional updates on its status.
 */
export class CareRecords1765080000000 implements MigrationInterface {
  name = 'CareRecords1765080000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE care_plans (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        elder_id uuid NOT NULL REFERENCES elders(id),
        provider_id uuid NOT NULL REFERENCES providers(id),
        goals text[] NOT NULL DEFAULT '{}',
        updated_by uuid NOT NULL REFERENCES users(id),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT care_plans_elder_provider UNIQUE (elder_id, provider_id)
      )`);
    await q.query(`CREATE INDEX care_plans_provider_idx ON care_plans (provider_id)`);
    await q.query(`CREATE INDEX care_plans_updated_by_idx ON care_plans (updated_by)`);
    await q.query(`
      CREATE TABLE care_plan_tasks (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id uuid NOT NULL REFERENCES care_plans(id) ON DELETE CASCADE,
        position smallint NOT NULL,
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        service text NOT NULL CHECK (service IN (${SERVICES})),
        instructions text CHECK (length(instructions) <= 2000),
        required boolean NOT NULL,
        schedule text NOT NULL CHECK (schedule IN ('EVERY_VISIT','WEEKDAYS','SERVICE')),
        weekdays smallint[] CHECK (weekdays <@ ARRAY[1,2,3,4,5,6,7]::smallint[]),
        CONSTRAINT care_plan_tasks_weekdays CHECK ((schedule = 'WEEKDAYS') = (weekdays IS NOT NULL AND cardinality(weekdays) > 0))
      )`);
    await q.query(`CREATE INDEX care_plan_tasks_plan_idx ON care_plan_tasks (plan_id, position)`);
    // The outcome of each task of a visit, written at check-out; the title is copied so that a later plan change
    // does not rewrite what was done.
    await q.query(`
      CREATE TABLE visit_tasks (
        order_id uuid NOT NULL REFERENCES home_care_orders(id) ON DELETE CASCADE,
        task_id uuid NOT NULL,
        position smallint NOT NULL,
        title text NOT NULL,
        required boolean NOT NULL,
        status text NOT NULL CHECK (status IN ('OPEN','DONE','SKIPPED')),
        note text CHECK (length(note) <= 500),
        recorded_by uuid REFERENCES users(id),
        recorded_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (order_id, task_id),
        CONSTRAINT visit_tasks_skip_reason CHECK (status <> 'SKIPPED' OR note IS NOT NULL),
        CONSTRAINT visit_tasks_required_closed CHECK (NOT required OR status <> 'OPEN')
      )`);
    await q.query(`CREATE INDEX visit_tasks_recorded_by_idx ON visit_tasks (recorded_by)`);

    await q.query(`
      CREATE TABLE observations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        elder_id uuid NOT NULL REFERENCES elders(id),
        provider_id uuid NOT NULL REFERENCES providers(id),
        order_id uuid REFERENCES home_care_orders(id),
        observed_at timestamptz NOT NULL,
        food_intake text CHECK (food_intake IN ('NONE','SOME','HALF','MOST','ALL')),
        fluid_ml integer CHECK (fluid_ml BETWEEN 0 AND 10000),
        mood text CHECK (mood IN ('CALM','HAPPY','LOW','ANXIOUS','AGITATED','CONFUSED')),
        skin_problems text CHECK (length(skin_problems) <= 500),
        night_toileting smallint CHECK (night_toileting BETWEEN 0 AND 30),
        pain smallint CHECK (pain BETWEEN 0 AND 10),
        systolic smallint CHECK (systolic BETWEEN 40 AND 300),
        diastolic smallint CHECK (diastolic BETWEEN 20 AND 200),
        pulse smallint CHECK (pulse BETWEEN 20 AND 250),
        blood_glucose numeric(4,1) CHECK (blood_glucose BETWEEN 0 AND 50),
        weight_kg numeric(5,1) CHECK (weight_kg BETWEEN 10 AND 300),
        note text CHECK (length(note) <= 2000),
        recorded_by uuid NOT NULL REFERENCES users(id),
        recorded_by_role text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX observations_elder_idx ON observations (elder_id, observed_at DESC)`);
    await q.query(`CREATE INDEX observations_provider_idx ON observations (provider_id)`);
    await q.query(`CREATE INDEX observations_order_idx ON observations (order_id)`);
    await q.query(`CREATE INDEX observations_recorded_by_idx ON observations (recorded_by)`);

    await q.query(`
      CREATE TABLE medication_orders (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        elder_id uuid NOT NULL REFERENCES elders(id),
        provider_id uuid NOT NULL REFERENCES providers(id),
        drug_name text NOT NULL CHECK (length(drug_name) BETWEEN 1 AND 200),
        dose text NOT NULL CHECK (length(dose) BETWEEN 1 AND 100),
        route text NOT NULL CHECK (route IN ('ORAL','TOPICAL','INJECTION','INHALED','EYE','EAR','NASAL','RECTAL','OTHER')),
        times_of_day text[] NOT NULL CHECK (cardinality(times_of_day) BETWEEN 1 AND 12),
        starts_on date NOT NULL,
        ends_on date,
        prescriber_note text CHECK (length(prescriber_note) <= 1000),
        created_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT medication_orders_dates CHECK (ends_on IS NULL OR ends_on >= starts_on)
      )`);
    await q.query(`CREATE INDEX medication_orders_elder_idx ON medication_orders (elder_id)`);
    await q.query(`CREATE INDEX medication_orders_provider_idx ON medication_orders (provider_id)`);
    await q.query(`CREATE INDEX medication_orders_created_by_idx ON medication_orders (created_by)`);
    await q.query(`CREATE INDEX medication_orders_active_idx ON medication_orders (ends_on)`);
    await q.query(`
      CREATE TABLE medication_administrations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        medication_order_id uuid NOT NULL REFERENCES medication_orders(id),
        elder_id uuid NOT NULL REFERENCES elders(id),
        scheduled_at timestamptz NOT NULL,
        status text NOT NULL CHECK (status IN ('GIVEN','REFUSED','MISSED','HELD')),
        reason text CHECK (length(reason) <= 500),
        at timestamptz NOT NULL,
        -- null: written by the missed-dose job
        recorded_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT medication_administrations_dose UNIQUE (medication_order_id, scheduled_at),
        CONSTRAINT medication_administrations_reason CHECK (status = 'GIVEN' OR reason IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX medication_administrations_elder_idx ON medication_administrations (elder_id, scheduled_at DESC)`);
    await q.query(`CREATE INDEX medication_administrations_recorded_by_idx ON medication_administrations (recorded_by)`);

    await q.query(`
      CREATE TABLE incidents (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        elder_id uuid NOT NULL REFERENCES elders(id),
        provider_id uuid REFERENCES providers(id),
        region_code varchar(12) NOT NULL,
        kind text NOT NULL CHECK (kind IN ('FALL','WANDERING','INJURY','CHOKING','MEDICATION_ERROR','SUSPECTED_ABUSE','COMPLAINT','OTHER')),
        severity text NOT NULL CHECK (severity IN ('LOW','MEDIUM','HIGH')),
        occurred_at timestamptz NOT NULL,
        place text NOT NULL CHECK (length(place) BETWEEN 1 AND 200),
        description text NOT NULL CHECK (length(description) BETWEEN 1 AND 4000),
        actions_taken text CHECK (length(actions_taken) <= 4000),
        status text NOT NULL CHECK (status IN ('REPORTED','UNDER_REVIEW','CLOSED')),
        outcome text CHECK (length(outcome) <= 4000),
        serious boolean NOT NULL,
        reported_by uuid NOT NULL REFERENCES users(id),
        reported_by_role text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT incidents_closed CHECK ((status = 'CLOSED') = (outcome IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX incidents_elder_idx ON incidents (elder_id, occurred_at DESC)`);
    await q.query(`CREATE INDEX incidents_provider_idx ON incidents (provider_id, occurred_at DESC)`);
    await q.query(`CREATE INDEX incidents_region_idx ON incidents (region_code text_pattern_ops)`);
    await q.query(`CREATE INDEX incidents_reported_by_idx ON incidents (reported_by)`);
    await q.query(`
      CREATE TABLE incident_events (
        id bigserial PRIMARY KEY,
        incident_id uuid NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
        from_status text,
        status text NOT NULL,
        actor_id uuid NOT NULL REFERENCES users(id),
        actor_role text NOT NULL,
        note text,
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX incident_events_incident_idx ON incident_events (incident_id, id)`);
    await q.query(`CREATE INDEX incident_events_actor_idx ON incident_events (actor_id)`);

    await q.query(`
      CREATE TABLE emergencies (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        elder_id uuid NOT NULL REFERENCES elders(id),
        provider_id uuid REFERENCES providers(id),
        region_code varchar(12) NOT NULL,
        kind text NOT NULL CHECK (kind IN ('FALL','ILLNESS','CHEST_PAIN','BREATHING','LOST','FIRE','OTHER')),
        latitude double precision,
        longitude double precision,
        status text NOT NULL CHECK (status IN ('RAISED','ACKNOWLEDGED','RESOLVED')),
        raised_by uuid NOT NULL REFERENCES users(id),
        raised_by_role text NOT NULL,
        raised_at timestamptz NOT NULL,
        acknowledged_by uuid REFERENCES users(id),
        acknowledged_at timestamptz,
        escalated_at timestamptz,
        resolved_by uuid REFERENCES users(id),
        resolved_at timestamptz,
        resolution_note text CHECK (length(resolution_note) <= 2000),
        CONSTRAINT emergencies_ack CHECK ((acknowledged_at IS NULL) = (acknowledged_by IS NULL) AND (status = 'RAISED') = (acknowledged_at IS NULL AND resolved_at IS NULL)),
        CONSTRAINT emergencies_resolved CHECK ((status = 'RESOLVED') = (resolved_at IS NOT NULL AND resolution_note IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX emergencies_elder_idx ON emergencies (elder_id)`);
    await q.query(`CREATE INDEX emergencies_provider_idx ON emergencies (provider_id)`);
    await q.query(`CREATE INDEX emergencies_region_idx ON emergencies (region_code text_pattern_ops)`);
    await q.query(`CREATE INDEX emergencies_unacknowledged_idx ON emergencies (raised_at) WHERE status = 'RAISED' AND escalated_at IS NULL`);
    for (const col of ['raised_by', 'acknowledged_by', 'resolved_by']) await q.query(`CREATE INDEX emergencies_${col}_idx ON emergencies (${col})`);

    await q.query(`
      CREATE TABLE risk_alerts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        elder_id uuid NOT NULL REFERENCES elders(id),
        region_code varchar(12) NOT NULL,
        rule text NOT NULL CHECK (rule IN ('FOOD_INTAKE_FALLING','NIGHT_TOILETING_RISING','WEIGHT_LOSS','PAIN_HIGH','MISSED_DOSES','INCIDENTS')),
        detail text NOT NULL,
        record_ids uuid[] NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        acknowledged_by uuid REFERENCES users(id),
        acknowledged_at timestamptz,
        CONSTRAINT risk_alerts_ack CHECK ((acknowledged_at IS NULL) = (acknowledged_by IS NULL))
      )`);
    await q.query(`CREATE UNIQUE INDEX risk_alerts_open_key ON risk_alerts (elder_id, rule) WHERE acknowledged_at IS NULL`);
    await q.query(`CREATE INDEX risk_alerts_region_idx ON risk_alerts (region_code text_pattern_ops) WHERE acknowledged_at IS NULL`);
    await q.query(`CREATE INDEX risk_alerts_acknowledged_by_idx ON risk_alerts (acknowledged_by)`);

    // Notifications are not built yet: an alert is a row its audience lists (careAlerts).
    await q.query(`
      CREATE TABLE care_alerts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('MISSED_DOSE','SERIOUS_INCIDENT','EMERGENCY','EMERGENCY_ESCALATED')),
        audience text NOT NULL CHECK (audience IN ('PROVIDER','OFFICER','GUARDIAN')),
        elder_id uuid NOT NULL REFERENCES elders(id),
        provider_id uuid REFERENCES providers(id),
        region_code varchar(12) NOT NULL,
        recipient_id uuid REFERENCES users(id),
        subject_id uuid NOT NULL,
        message text NOT NULL,
        created_at timestamptz NOT NULL,
        CONSTRAINT care_alerts_audience CHECK ((audience <> 'PROVIDER' OR provider_id IS NOT NULL) AND ((audience = 'GUARDIAN') = (recipient_id IS NOT NULL)))
      )`);
    await q.query(`CREATE INDEX care_alerts_provider_idx ON care_alerts (provider_id, created_at DESC)`);
    await q.query(`CREATE INDEX care_alerts_region_idx ON care_alerts (region_code text_pattern_ops, created_at DESC)`);
    await q.query(`CREATE INDEX care_alerts_recipient_idx ON care_alerts (recipient_id, created_at DESC)`);
    await q.query(`CREATE INDEX care_alerts_elder_idx ON care_alerts (elder_id)`);
    await q.query(`CREATE INDEX care_alerts_subject_idx ON care_alerts (subject_id)`);

    await q.query(`
      CREATE TABLE care_record_reads (
        id bigserial PRIMARY KEY,
        actor_id uuid NOT NULL REFERENCES users(id),
        actor_role text NOT NULL,
        elder_id uuid NOT NULL REFERENCES elders(id),
        what text NOT NULL,
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX care_record_reads_elder_idx ON care_record_reads (elder_id, at DESC)`);
    await q.query(`CREATE INDEX care_record_reads_actor_idx ON care_record_reads (actor_id, at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'care_record_reads',
      'care_alerts',
      'risk_alerts',
      'emergencies',
      'incident_events',
      'incidents',
      'medication_administrations',
      'medication_orders',
      'observations',
      'visit_tasks',
      'care_plan_tasks',
      'care_plans',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
