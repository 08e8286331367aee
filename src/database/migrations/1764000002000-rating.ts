import type { MigrationInterface, QueryRunner } from 'typeorm';
import { DEFAULT_RUBRICS } from '../../modules/rating/rating-rubric.defaults.js';
import { DEFAULT_SUBSIDY_TIERS } from '../../modules/rating/subsidy-tier.policy.js';

/**
 * Star ratings of facilities (GB/T 37276): versioned rubrics, assessments with their item scores and audit trail,
 * and the grade-linked subsidy tiers. Seeds version 1 of the default rubrics and the default tiers; the defaults
 * module is frozen as "version 1", later changes are published as new rubric versions, never by editing it.
 */
export class Rating1764000002000 implements MigrationInterface {
  name = 'Rating1764000002000';

  async up(q: QueryRunner): Promise<void> {
    const kinds = `('NURSING_HOME','DAY_CARE_CENTRE','RURAL_HAPPINESS_HOME','HOME_CARE_AGENCY')`;

    await q.query(`
      CREATE TABLE rating_rubrics (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ${kinds}),
        version integer NOT NULL CHECK (version > 0),
        max_points integer NOT NULL CHECK (max_points > 0),
        star_thresholds numeric(7,1)[] NOT NULL CHECK (cardinality(star_thresholds) = 5),
        prerequisites jsonb NOT NULL DEFAULT '[]'::jsonb,
        published_at timestamptz NOT NULL DEFAULT now(),
        published_by uuid REFERENCES users(id),
        CONSTRAINT rating_rubrics_kind_version_key UNIQUE (kind, version)
      )`);
    await q.query(`CREATE INDEX rating_rubrics_published_by_idx ON rating_rubrics (published_by)`);

    await q.query(`
      CREATE TABLE rating_rubric_sections (
        rubric_id uuid NOT NULL REFERENCES rating_rubrics(id) ON DELETE CASCADE,
        code text NOT NULL,
        position integer NOT NULL,
        title text NOT NULL,
        title_en text NOT NULL,
        max_points integer NOT NULL CHECK (max_points > 0),
        PRIMARY KEY (rubric_id, code)
      )`);

    await q.query(`
      CREATE TABLE rating_rubric_items (
        rubric_id uuid NOT NULL,
        section_code text NOT NULL,
        code text NOT NULL,
        position integer NOT NULL,
        title text NOT NULL,
        title_en text NOT NULL,
        max_points integer NOT NULL CHECK (max_points > 0),
        PRIMARY KEY (rubric_id, code),
        FOREIGN KEY (rubric_id, section_code) REFERENCES rating_rubric_sections(rubric_id, code) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX rating_rubric_items_section_idx ON rating_rubric_items (rubric_id, section_code)`);

    await q.query(`
      CREATE TABLE rating_assessments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        provider_id uuid NOT NULL REFERENCES providers(id),
        rubric_id uuid NOT NULL REFERENCES rating_rubrics(id),
        status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT','PUBLISHED','SUPERSEDED')),
        started_by uuid NOT NULL REFERENCES users(id),
        started_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        caregiver_count integer CHECK (caregiver_count >= 0),
        fully_dependent_resident_count integer CHECK (fully_dependent_resident_count >= 0),
        room_count integer CHECK (room_count >= 0),
        rooms_with_own_bathroom_count integer CHECK (rooms_with_own_bathroom_count >= 0),
        occupied_beds integer CHECK (occupied_beds >= 0),
        total_beds integer CHECK (total_beds >= 0),
        total_points numeric(7,1),
        score_stars smallint CHECK (score_stars BETWEEN 0 AND 5),
        stars smallint CHECK (stars BETWEEN 0 AND 5),
        prerequisite_results jsonb,
        failed_prerequisites jsonb,
        published_at timestamptz,
        published_by uuid REFERENCES users(id),
        valid_until timestamptz,
        superseded_at timestamptz,
        superseded_by uuid REFERENCES rating_assessments(id),
        CONSTRAINT rating_assessments_rooms CHECK (rooms_with_own_bathroom_count <= room_count),
        CONSTRAINT rating_assessments_published_complete CHECK (status = 'DRAFT' OR (
          total_points IS NOT NULL AND stars IS NOT NULL AND score_stars IS NOT NULL AND stars <= score_stars
          AND published_at IS NOT NULL AND valid_until > published_at)),
        CONSTRAINT rating_assessments_superseded_complete CHECK ((status = 'SUPERSEDED') = (superseded_at IS NOT NULL)),
        -- lets item scores reference the pair, so a score can only be for an item of the assessment's own rubric
        CONSTRAINT rating_assessments_id_rubric_key UNIQUE (id, rubric_id)
      )`);
    // One assessment in progress per provider, and one grade in force: two officers starting, or two finalizations,
    // race here and the loser gets a business refusal.
    await q.query(`CREATE UNIQUE INDEX rating_assessments_one_draft ON rating_assessments (provider_id) WHERE status = 'DRAFT'`);
    await q.query(`CREATE UNIQUE INDEX rating_assessments_one_published ON rating_assessments (provider_id) WHERE status = 'PUBLISHED'`);
    await q.query(`CREATE INDEX rating_assessments_provider_idx ON rating_assessments (provider_id, started_at DESC, id DESC)`);
    await q.query(`CREATE INDEX rating_assessments_rubric_idx ON rating_assessments (rubric_id)`);
    await q.query(`CREATE INDEX rating_assessments_started_by_idx ON rating_assessments (started_by)`);
    await q.query(`CREATE INDEX rating_assessments_published_by_idx ON rating_assessments (published_by)`);
    await q.query(`CREATE INDEX rating_assessments_superseded_by_idx ON rating_assessments (superseded_by)`);

    await q.query(`
      CREATE TABLE rating_item_scores (
        assessment_id uuid NOT NULL,
        rubric_id uuid NOT NULL,
        item_code text NOT NULL,
        points numeric(6,1) NOT NULL CHECK (points >= 0),
        note text CHECK (length(note) <= 2000),
        scored_by uuid NOT NULL REFERENCES users(id),
        scored_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (assessment_id, item_code),
        FOREIGN KEY (assessment_id, rubric_id) REFERENCES rating_assessments(id, rubric_id) ON DELETE CASCADE,
        FOREIGN KEY (rubric_id, item_code) REFERENCES rating_rubric_items(rubric_id, code)
      )`);
    await q.query(`CREATE INDEX rating_item_scores_rubric_item_idx ON rating_item_scores (rubric_id, item_code)`);
    await q.query(`CREATE INDEX rating_item_scores_scored_by_idx ON rating_item_scores (scored_by)`);

    // Published grades are official records: the database itself refuses edits of their scores and facts, so that no
    // code path (or hand-written SQL) can change a grade after the fact.
    await q.query(`
      CREATE FUNCTION rating_item_scores_draft_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM rating_assessments a
                    WHERE a.id = COALESCE(NEW.assessment_id, OLD.assessment_id) AND a.status <> 'DRAFT') THEN
          RAISE EXCEPTION 'rating assessment is not a draft' USING ERRCODE = 'check_violation',
            CONSTRAINT = 'rating_item_scores_draft_only';
        END IF;
        RETURN COALESCE(NEW, OLD);
      END $$`);
    await q.query(`
      CREATE TRIGGER rating_item_scores_draft_only BEFORE INSERT OR UPDATE OR DELETE ON rating_item_scores
        FOR EACH ROW EXECUTE FUNCTION rating_item_scores_draft_only()`);
    await q.query(`
      CREATE FUNCTION rating_assessments_published_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- A published grade may only be superseded; a superseded one never changes again.
        IF OLD.status <> 'DRAFT' AND NOT (OLD.status = 'PUBLISHED' AND NEW.status = 'SUPERSEDED'
            AND (to_jsonb(NEW) - 'status' - 'superseded_at' - 'superseded_by' - 'updated_at')
              = (to_jsonb(OLD) - 'status' - 'superseded_at' - 'superseded_by' - 'updated_at')) THEN
          RAISE EXCEPTION 'published rating assessments are immutable' USING ERRCODE = 'check_violation',
            CONSTRAINT = 'rating_assessments_published_immutable';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER rating_assessments_published_immutable BEFORE UPDATE ON rating_assessments
        FOR EACH ROW EXECUTE FUNCTION rating_assessments_published_immutable()`);

    await q.query(`
      CREATE TABLE rating_events (
        id bigserial PRIMARY KEY,
        assessment_id uuid REFERENCES rating_assessments(id) ON DELETE CASCADE,
        rubric_id uuid REFERENCES rating_rubrics(id) ON DELETE CASCADE,
        provider_id uuid REFERENCES providers(id),
        actor_id uuid REFERENCES users(id),
        actor_role text,
        at timestamptz NOT NULL DEFAULT now(),
        action text NOT NULL CHECK (action IN ('START','SCORE','RECORD_FACTS','FINALIZE','SUPERSEDE','PUBLISH_RUBRIC','SET_SUBSIDY_TIERS')),
        from_status text,
        to_status text,
        changes jsonb NOT NULL DEFAULT '[]'::jsonb
      )`);
    await q.query(`CREATE INDEX rating_events_assessment_idx ON rating_events (assessment_id, at, id) WHERE assessment_id IS NOT NULL`);
    await q.query(`CREATE INDEX rating_events_rubric_idx ON rating_events (rubric_id) WHERE rubric_id IS NOT NULL`);
    await q.query(`CREATE INDEX rating_events_provider_idx ON rating_events (provider_id) WHERE provider_id IS NOT NULL`);
    await q.query(`CREATE INDEX rating_events_actor_idx ON rating_events (actor_id)`);

    await q.query(`
      CREATE TABLE rating_subsidy_tiers (
        kind text NOT NULL CHECK (kind IN ${kinds}),
        stars smallint NOT NULL CHECK (stars BETWEEN 1 AND 5),
        region_prefix varchar(12) NOT NULL DEFAULT '' CHECK (region_prefix ~ '^[0-9]{0,12}$'),
        per_occupied_bed_monthly_fen integer NOT NULL CHECK (per_occupied_bed_monthly_fen >= 0),
        flat_monthly_fen integer NOT NULL CHECK (flat_monthly_fen >= 0),
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid REFERENCES users(id),
        PRIMARY KEY (kind, stars, region_prefix)
      )`);
    await q.query(`CREATE INDEX rating_subsidy_tiers_updated_by_idx ON rating_subsidy_tiers (updated_by)`);

    for (const [kind, rubric] of Object.entries(DEFAULT_RUBRICS)) {
      if (!rubric) continue;
      const [{ id }] = await q.query(
        `INSERT INTO rating_rubrics (kind, version, max_points, star_thresholds, prerequisites)
         VALUES ($1, 1, $2, $3, $4::jsonb) RETURNING id`,
        [kind, rubric.maxPoints, rubric.starThresholds, JSON.stringify(rubric.prerequisites)],
      );
      for (const [si, s] of rubric.sections.entries()) {
        await q.query(
          `INSERT INTO rating_rubric_sections (rubric_id, code, position, title, title_en, max_points) VALUES ($1, $2, $3, $4, $5, $6)`,
          [id, s.code, si, s.title, s.titleEn, s.maxPoints],
        );
        for (const [ii, item] of s.items.entries()) {
          await q.query(
            `INSERT INTO rating_rubric_items (rubric_id, section_code, code, position, title, title_en, max_points)
             VALUES ($1, $2, $3, $4, $5, $6, $7)`,
            [id, s.code, item.code, ii, item.title, item.titleEn, item.maxPoints],
          );
        }
      }
    }
    for (const t of DEFAULT_SUBSIDY_TIERS) {
      await q.query(
        `INSERT INTO rating_subsidy_tiers (kind, stars, per_occupied_bed_monthly_fen, flat_monthly_fen) VALUES ($1, $2, $3, $4)`,
        [t.kind, t.stars, t.perOccupiedBedMonthlyFen, t.flatMonthlyFen],
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS rating_subsidy_tiers`);
    await q.query(`DROP TABLE IF EXISTS rating_events`);
    await q.query(`DROP TABLE IF EXISTS rating_item_scores`);
    await q.query(`DROP TABLE IF EXISTS rating_assessments`);
    await q.query(`DROP FUNCTION IF EXISTS rating_item_scores_draft_only()`);
    await q.query(`DROP FUNCTION IF EXISTS rating_assessments_published_immutable()`);
    await q.query(`DROP TABLE IF EXISTS rating_rubric_items`);
    await q.query(`DROP TABLE IF EXISTS rating_rubric_sections`);
    await q.query(`DROP TABLE IF EXISTS rating_rubrics`);
  }
}
