import type { MigrationInterface, QueryRunner } from 'typeorm';

const CATEGORIES = `'EXTREME_POVERTY','SUBSISTENCE_ALLOWANCE','LOW_INCOME','ADVANCED_AGE','LIVING_ALONE','EMPTY_NEST','LEFT_BEHIND','DISABLED'`;
const LEVELS = `'INTACT','MILD','MODERATE','SEVERE','TOTAL'`;

/**
 * Elders with guardians and categories, the providers that serve them, capability assessments (GB/T 42195) and
 * region-configurable subsidy rules. The ID number is stored only encrypted, with a keyed hash for duplicates.
 */
export class Elders1764000001000 implements MigrationInterface {
  name = 'Elders1764000001000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE elders (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        full_name text NOT NULL CHECK (length(full_name) BETWEEN 1 AND 100),
        gender text NOT NULL CHECK (gender IN ('MALE','FEMALE')),
        birth_date date NOT NULL,
        id_number_cipher bytea NOT NULL,
        id_number_hash bytea NOT NULL CHECK (length(id_number_hash) = 32),
        id_number_masked varchar(18) NOT NULL,
        region_code varchar(12) NOT NULL CHECK (region_code ~ '^[0-9]{6}([0-9]{3}([0-9]{3})?)?$'),
        address text NOT NULL CHECK (length(address) BETWEEN 1 AND 300),
        latitude double precision NOT NULL CHECK (latitude BETWEEN -90 AND 90),
        longitude double precision NOT NULL CHECK (longitude BETWEEN -180 AND 180),
        phone text,
        support_form text CHECK (support_form IN ('CENTRALIZED','DISPERSED')),
        self_care_class text CHECK (self_care_class IN ('SELF_CARE','PARTLY_DEPENDENT','FULLY_DEPENDENT')),
        care_level text CHECK (care_level IN (${LEVELS})),
        dementia boolean NOT NULL DEFAULT false,
        latest_assessment_id uuid,
        latest_assessed_at timestamptz,
        created_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT elders_id_number_hash_key UNIQUE (id_number_hash)
      )`);
    await q.query(`CREATE INDEX elders_region_idx ON elders (region_code text_pattern_ops)`);
    await q.query(`CREATE INDEX elders_geo_idx ON elders USING gist (ll_to_earth(latitude, longitude))`);
    await q.query(`CREATE INDEX elders_care_level_idx ON elders (care_level) WHERE care_level IS NOT NULL`);
    await q.query(`CREATE INDEX elders_birth_date_idx ON elders (birth_date)`);
    await q.query(`CREATE INDEX elders_created_idx ON elders (created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX elders_created_by_idx ON elders (created_by)`);

    await q.query(`
      CREATE TABLE elder_categories (
        elder_id uuid NOT NULL REFERENCES elders(id) ON DELETE CASCADE,
        category text NOT NULL CHECK (category IN (${CATEGORIES}) AND category <> 'ADVANCED_AGE'),
        status text NOT NULL CHECK (status IN ('DECLARED','VERIFIED')),
        verified_by uuid REFERENCES users(id),
        verified_at timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (elder_id, category),
        CONSTRAINT elder_categories_verification CHECK ((status = 'VERIFIED') = (verified_at IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX elder_categories_filter_idx ON elder_categories (category, status, elder_id)`);
    await q.query(`CREATE INDEX elder_categories_verified_by_idx ON elder_categories (verified_by) WHERE verified_by IS NOT NULL`);

    await q.query(`
      CREATE TABLE elder_guardians (
        elder_id uuid NOT NULL REFERENCES elders(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        added_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (elder_id, user_id)
      )`);
    await q.query(`CREATE INDEX elder_guardians_user_idx ON elder_guardians (user_id, elder_id)`);
    await q.query(`CREATE INDEX elder_guardians_added_by_idx ON elder_guardians (added_by)`);

    await q.query(`
      CREATE TABLE provider_elder_links (
        provider_id uuid NOT NULL REFERENCES providers(id) ON DELETE CASCADE,
        elder_id uuid NOT NULL REFERENCES elders(id) ON DELETE CASCADE,
        source text NOT NULL CHECK (length(source) BETWEEN 1 AND 40),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT provider_elder_links_pkey PRIMARY KEY (provider_id, elder_id)
      )`);
    await q.query(`CREATE INDEX provider_elder_links_elder_idx ON provider_elder_links (elder_id, provider_id)`);

    await q.query(`
      CREATE TABLE capability_assessments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        elder_id uuid NOT NULL REFERENCES elders(id) ON DELETE CASCADE,
        self_care smallint[] NOT NULL CHECK (cardinality(self_care) = 8),
        mobility smallint[] NOT NULL CHECK (cardinality(mobility) = 4),
        mental_state smallint[] NOT NULL CHECK (cardinality(mental_state) = 9),
        perception_social smallint[] NOT NULL CHECK (cardinality(perception_social) = 5),
        self_care_score smallint NOT NULL CHECK (self_care_score BETWEEN 0 AND 32),
        mobility_score smallint NOT NULL CHECK (mobility_score BETWEEN 0 AND 15),
        mental_state_score smallint NOT NULL CHECK (mental_state_score BETWEEN 0 AND 28),
        perception_social_score smallint NOT NULL CHECK (perception_social_score BETWEEN 0 AND 15),
        total_score smallint NOT NULL CHECK (total_score BETWEEN 0 AND 90),
        score_level text NOT NULL CHECK (score_level IN (${LEVELS})),
        final_level text NOT NULL CHECK (final_level IN (${LEVELS})),
        coma boolean NOT NULL,
        dementia_diagnosed boolean NOT NULL,
        other_mental_disorder_diagnosed boolean NOT NULL,
        care_risk_events integer NOT NULL CHECK (care_risk_events >= 0),
        adjustments text[] NOT NULL,
        assessed_at timestamptz NOT NULL,
        next_due timestamptz NOT NULL,
        assessor_id uuid NOT NULL REFERENCES users(id),
        assessor_role text NOT NULL CHECK (assessor_role IN ('CIVIL_AFFAIRS','PROVIDER_STAFF')),
        assessor_provider_id uuid REFERENCES providers(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT capability_assessments_total CHECK (
          total_score = self_care_score + mobility_score + mental_state_score + perception_social_score),
        CONSTRAINT capability_assessments_due CHECK (next_due > assessed_at)
      )`);
    await q.query(`CREATE INDEX capability_assessments_elder_idx ON capability_assessments (elder_id, assessed_at DESC, created_at DESC)`);
    await q.query(`CREATE INDEX capability_assessments_assessor_idx ON capability_assessments (assessor_id)`);
    await q.query(`CREATE INDEX capability_assessments_provider_idx ON capability_assessments (assessor_provider_id) WHERE assessor_provider_id IS NOT NULL`);
    await q.query(`CREATE INDEX capability_assessments_due_idx ON capability_assessments (next_due)`);
    await q.query(`
      ALTER TABLE elders ADD CONSTRAINT elders_latest_assessment_fkey
        FOREIGN KEY (latest_assessment_id) REFERENCES capability_assessments(id)`);
    await q.query(`CREATE INDEX elders_latest_assessment_idx ON elders (latest_assessment_id) WHERE latest_assessment_id IS NOT NULL`);

    // A rule set is immutable once written: a change is a new set with a later effective_from, so figures
    // computed for an earlier time are reproduced exactly.
    await q.query(`
      CREATE TABLE subsidy_rule_sets (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_prefix varchar(12) NOT NULL CHECK (region_prefix ~ '^[0-9]{0,12}$'),
        effective_from timestamptz NOT NULL,
        created_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT subsidy_rule_sets_region_from_key UNIQUE (region_prefix, effective_from)
      )`);
    await q.query(`CREATE INDEX subsidy_rule_sets_created_by_idx ON subsidy_rule_sets (created_by)`);
    await q.query(`
      CREATE TABLE subsidy_rules (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        rule_set_id uuid NOT NULL REFERENCES subsidy_rule_sets(id) ON DELETE CASCADE,
        position integer NOT NULL CHECK (position >= 0),
        code text NOT NULL CHECK (length(code) BETWEEN 1 AND 60),
        any_of_categories text[] NOT NULL DEFAULT '{}' CHECK (any_of_categories <@ ARRAY[${CATEGORIES}]::text[]),
        min_age integer CHECK (min_age BETWEEN 0 AND 150),
        min_care_level text CHECK (min_care_level IN (${LEVELS})),
        monthly_allowance_fen integer NOT NULL CHECK (monthly_allowance_fen >= 0),
        coverage_rate_bp integer NOT NULL CHECK (coverage_rate_bp BETWEEN 0 AND 10000),
        basis text NOT NULL CHECK (length(basis) BETWEEN 1 AND 300),
        CONSTRAINT subsidy_rules_position_key UNIQUE (rule_set_id, position)
      )`);

    // The defaults (DEFAULT_SUBSIDY_RULES in subsidy.policy.ts), written out here because a migration is
    // history: changing the code's defaults later must not change what this migration seeded.
    const [{ id: setId }] = await q.query(
      `INSERT INTO subsidy_rule_sets (region_prefix, effective_from) VALUES ('', '1970-01-01T00:00:00Z') RETURNING id`,
    );
    const defaults: Array<[string, string[], number | null, string | null, number, number, string]> = [
      ['default:extreme-poverty', ['EXTREME_POVERTY'], null, null, 120000, 10000,
        'Extreme poverty (特困): 100% of visits, up to 1,200 yuan a month'],
      ['default:allowance-70', ['SUBSISTENCE_ALLOWANCE', 'LOW_INCOME'], 70, null, 60000, 8000,
        'Subsistence allowance or low income, aged 70+: 80% of visits, up to 600 yuan a month'],
      ['default:age-90', [], 90, null, 60000, 8000, 'Aged 90+: 80% of visits, up to 600 yuan a month'],
      ['default:low-income-moderate', ['LOW_INCOME'], null, 'MODERATE', 40000, 5000,
        'Low income with moderate or worse disability: 50% of visits, up to 400 yuan a month'],
    ];
    for (const [position, row] of defaults.entries()) {
      await q.query(
        `INSERT INTO subsidy_rules (rule_set_id, position, code, any_of_categories, min_age, min_care_level,
           monthly_allowance_fen, coverage_rate_bp, basis) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [setId, position, ...row],
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE elders DROP CONSTRAINT IF EXISTS elders_latest_assessment_fkey`);
    for (const table of [
      'subsidy_rules',
      'subsidy_rule_sets',
      'capability_assessments',
      'provider_elder_links',
      'elder_guardians',
      'elder_categories',
      'elders',
    ]) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
