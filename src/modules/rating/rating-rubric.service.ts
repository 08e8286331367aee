import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import type { Actor } from '../../core/auth/actor.js';
import { ProviderKind } from '../../core/domain/enums.js';
import { badInput, notFound } from '../../core/errors/domain-error.js';
import { ratingErrors } from './rating.errors.js';
import { mapConstraintError } from '../../core/errors/database-errors.js';
import { UnitOfWork } from '../../core/database/unit-of-work.js';
import type { PublishRatingRubricInput } from './dto/rating.input.js';
import { RatingRubricEntity, RatingRubricItemEntity, RatingRubricSectionEntity } from './rating.entity.js';
import { scaleThresholds, validateRubricDefinition, type RubricDefinition } from './rating-rubric.policy.js';

/** A stored rubric version with its sections and items, in form order. */
export interface RubricVersion extends RubricDefinition {
  id: string;
  kind: ProviderKind;
  version: number;
  publishedAt: Date;
}

/**
 * Versioned rubrics. A version never changes once published (assessments are scored against it), so versions are
 * cached by id for the life of the process; only "which version is current" is read from the database each time.
 */
@Injectable()
export class RatingRubricService {
  private readonly cache = new Map<string, RubricVersion>();

  constructor(private readonly uow: UnitOfWork) {}

  /** The current (highest) version for a kind; NOT_FOUND when the kind has no rubric (e.g. home-care agencies by default). */
  async current(kind: ProviderKind): Promise<RubricVersion> {
    const rubric = await this.currentOrNull(kind);
    if (!rubric) throw notFound(`Rating rubric for ${kind}`);
    return rubric;
  }

  async currentOrNull(kind: ProviderKind): Promise<RubricVersion | null> {
    const rows: Array<{ id: string }> = await this.uow.manager.query(
      `SELECT id FROM rating_rubrics WHERE kind = $1 ORDER BY version DESC LIMIT 1`,
      [kind],
    );
    return rows.length === 0 ? null : (await this.byIds([rows[0].id]))[0];
  }

  /** A given version of a kind's rubric. */
  async version(kind: ProviderKind, version: number): Promise<RubricVersion> {
    const rows: Array<{ id: string }> = await this.uow.manager.query(`SELECT id FROM rating_rubrics WHERE kind = $1 AND version = $2`, [kind, version]);
    if (rows.length === 0) throw notFound(`Rating rubric ${kind} version ${version}`);
    return (await this.byIds([rows[0].id]))[0]!;
  }

  /** Rubric versions by id (DataLoader batch): three queries for any number of versions not cached yet. */
  async byIds(ids: readonly string[]): Promise<(RubricVersion | null)[]> {
    const missing = [...new Set(ids.filter((id) => !this.cache.has(id)))];
    if (missing.length > 0) {
      const [rubrics, sections, items] = await Promise.all([
        this.uow.manager.find(RatingRubricEntity, { where: { id: In(missing) } }),
        this.uow.manager.find(RatingRubricSectionEntity, { where: { rubricId: In(missing) }, order: { position: 'ASC' } }),
        this.uow.manager.find(RatingRubricItemEntity, { where: { rubricId: In(missing) }, order: { position: 'ASC' } }),
      ]);
      for (const r of rubrics) {
        this.cache.set(r.id, {
          id: r.id,
          kind: r.kind,
          version: r.version,
          publishedAt: r.publishedAt,
          maxPoints: r.maxPoints,
          starThresholds: r.starThresholds,
          prerequisites: r.prerequisites,
          sections: sections
            .filter((s) => s.rubricId === r.id)
            .map((s) => ({
              code: s.code,
              title: s.title,
              titleEn: s.titleEn,
              maxPoints: s.maxPoints,
              items: items
                .filter((i) => i.rubricId === r.id && i.sectionCode === s.code)
                .map((i) => ({ code: i.code, title: i.title, titleEn: i.titleEn, maxPoints: i.maxPoints })),
            })),
        });
      }
    }
    return ids.map((id) => this.cache.get(id) ?? null);
  }

  /**
   * Publishes a new version for a kind (ADMIN). Section and rubric totals follow from the items; thresholds default to
   * the per-1,000 defaults rescaled. Two admins publishing at once race on UNIQUE (kind, version): the loser gets
   * STALE_VERSION, as does one who edited from an older version than the current one.
   */
  async publish(actor: Actor, input: PublishRatingRubricInput): Promise<RubricVersion> {
    const sections = input.sections.map((s) => ({
      code: s.code,
      title: s.title,
      titleEn: s.titleEn,
      maxPoints: s.items.reduce((sum, i) => sum + i.maxPoints, 0),
      items: s.items.map((i) => ({ code: i.code, title: i.title, titleEn: i.titleEn, maxPoints: i.maxPoints })),
    }));
    const maxPoints = sections.reduce((sum, s) => sum + s.maxPoints, 0);
    const definition: RubricDefinition = {
      maxPoints,
      sections,
      starThresholds: input.starThresholds ?? scaleThresholds(maxPoints),
      prerequisites: (input.prerequisites ?? []).map((p) => ({ star: p.star, code: p.code, value: p.value })),
    };
    const problems = validateRubricDefinition(definition);
    if (problems.length > 0) {
      throw badInput(
        `Invalid rubric: ${problems.map((p) => `${p.field} ${p.message}`).join('; ')}`,
        problems.map((p) => ({ path: `input.${p.field}`, message: p.message })),
      );
    }
    const stale = ratingErrors.staleRubric;

    const id = await this.uow.run(async () => {
      const [{ current }] = await this.uow.manager.query(`SELECT COALESCE(max(version), 0) AS current FROM rating_rubrics WHERE kind = $1`, [input.kind]);
      if (input.expectedCurrentVersion != null && input.expectedCurrentVersion !== Number(current)) throw stale();
      const version = Number(current) + 1;
      const [row] = await this.uow.manager
        .query(
          `INSERT INTO rating_rubrics (kind, version, max_points, star_thresholds, prerequisites, published_by)
           VALUES ($1, $2, $3, $4, $5::jsonb, $6) RETURNING id`,
          [input.kind, version, maxPoints, definition.starThresholds, JSON.stringify(definition.prerequisites), actor.userId],
        )
        .catch((e: unknown) => mapConstraintError(e, { rating_rubrics_kind_version_key: stale }));
      for (const [si, s] of sections.entries()) {
        await this.uow.manager.query(
          `INSERT INTO rating_rubric_sections (rubric_id, code, position, title, title_en, max_points) VALUES ($1, $2, $3, $4, $5, $6)`,
          [row.id, s.code, si, s.title, s.titleEn, s.maxPoints],
        );
      }
      const itemRows = sections.flatMap((s) => s.items.map((i, ii) => ({ ...i, section: s.code, position: ii })));
      await this.uow.manager.query(
        `INSERT INTO rating_rubric_items (rubric_id, section_code, code, position, title, title_en, max_points)
         SELECT $1, x.section, x.code, x.position, x.title, x.title_en, x.max_points
           FROM jsonb_to_recordset($2::jsonb) AS x(section text, code text, position int, title text, title_en text, max_points int)`,
        [row.id, JSON.stringify(itemRows.map((i) => ({ section: i.section, code: i.code, position: i.position, title: i.title, title_en: i.titleEn, max_points: i.maxPoints })))],
      );
      await this.uow.manager.query(
        `INSERT INTO rating_events (rubric_id, actor_id, actor_role, action, changes) VALUES ($1, $2, $3, 'PUBLISH_RUBRIC', $4::jsonb)`,
        [
          row.id,
          actor.userId,
          actor.role,
          JSON.stringify([
            { field: 'kind', before: null, after: input.kind },
            { field: 'version', before: Number(current) ? String(current) : null, after: String(version) },
            { field: 'maxPoints', before: null, after: String(maxPoints) },
          ]),
        ],
      );
      return row.id as string;
    });
    return (await this.byIds([id]))[0]!;
  }
}
