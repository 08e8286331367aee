import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import type { Actor } from '../../core/auth/actor.js';
import { access, can, definePolicy, scopeSql } from '../../core/access/access-policy.js';
import { regionPrefixPattern } from '../../core/access/region-code.js';
import { UnitOfWork } from '../../core/database/unit-of-work.js';
import { ProviderKind, Role } from '../../core/domain/enums.js';
import { badInput, type FieldProblem } from '../../core/errors/domain-error.js';
import { ratingErrors } from './rating.errors.js';
import { mapConstraintError } from '../../core/errors/database-errors.js';
import { pagedQuery, SqlParams } from '../../core/database/paged-query.js';
import type { Connection, PageArgs } from '../../core/graphql/pagination.js';
import { SettingsService } from '../../core/settings/settings.service.js';
import { DomainEvents } from '../../core/events/domain-events.js';
import type { ProviderEntity } from '../provider/provider.entity.js';
import { CapacityService } from '../capacity/capacity.service.js';
import { gradeInForce } from '../provider/provider-grade.policy.js';
import { providerRegionSql } from '../provider/provider-region.policy.js';
import { ProviderService } from '../provider/provider.service.js';
import type { RatingAssessmentFilter, RatingFactsInput, RatingItemScoreInput, RatingSubsidyTierInput } from './dto/rating.input.js';
import { RATING_MACHINE, type RatingAction } from './rating-assessment.state.js';
import { RatingRubricService } from './rating-rubric.service.js';
import { totalPoints, unscoredItemCodes, validateItemScores } from './rating-score.policy.js';
import {
  computeGrade,
  DEFAULT_GRADE_VALIDITY_YEARS,
  gradeValidUntil,
  missingFacts,
  type PrerequisiteFacts,
} from './rating-star.policy.js';
import { monthlySubsidyFen } from './subsidy-tier.policy.js';
import {
  RatingAssessmentEntity,
  RatingEventEntity,
  RatingItemScoreEntity,
  RatingSubsidyTierEntity,
  type RatingChangeRecord,
  type RatingEventAction,
} from './rating.entity.js';
import { RegionService } from '../region/region.service.js';

/** Setting key (SettingsService, per region): how many years a published grade stays valid. */
/** A grade was published (and the provider's previous one superseded), in the same transaction. */
export interface RatingPublished {
  assessmentId: string;
  providerId: string;
  stars: number;
  previousStars: number | null;
  validUntil: string;
}

declare module '../../core/events/domain-events.js' {
  interface DomainEventMap {
    'rating.published': RatingPublished;
  }
}

export const GRADE_VALIDITY_YEARS_SETTING = 'rating.gradeValidityYears';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;


/** The provider's current grade and what it is worth, for `Provider.ratingSubsidy`. */
export interface ProviderSubsidyView {
  stars: number | null;
  tier: RatingSubsidyTierEntity | null;
  occupiedBeds: number;
  monthlySubsidyFen: number;
}

const FACT_FIELDS = ['caregiverCount', 'fullyDependentResidentCount', 'roomCount', 'roomsWithOwnBathroomCount'] as const;
const FACT_COLUMNS: Record<(typeof FACT_FIELDS)[number], string> = {
  caregiverCount: 'caregiver_count',
  fullyDependentResidentCount: 'fully_dependent_resident_count',
  roomCount: 'room_count',
  roomsWithOwnBathroomCount: 'rooms_with_own_bathroom_count',
};

/** The assessment's provider's region in SQL (the registry is the provider module's: it gives the expression). */
const PROVIDER_REGION = providerRegionSql('a.provider_id');

/** What the rating access rules look at: the assessment's provider (and its region) and status. */
interface RatingRow {
  providerId: string;
  providerRegionCode: string;
  status: string;
}

/** Officers in scope and admins see every assessment; a provider's staff see its published and past grades, not drafts. */
const RATING_VISIBILITY = definePolicy<RatingRow>('rating assessment', {
  [Role.ADMIN]: [[access.any]],
  [Role.CIVIL_AFFAIRS]: [[access.region('providerRegionCode', PROVIDER_REGION)]],
  [Role.PROVIDER_STAFF]: [[access.provider('providerId', 'a.provider_id'), access.notIn('status', 'a.status', ['DRAFT'])]],
});

/**
 * An officer may assess a provider in their region scope, never one they are bound to. Everyone else, and officers
 * out of scope, get NOT_FOUND so that provider and assessment ids cannot be probed.
 */
const RATING_ASSESSOR = definePolicy<RatingRow>('rating assessment (assess)', {
  [Role.CIVIL_AFFAIRS]: [[access.region('providerRegionCode', PROVIDER_REGION)]],
});

/** A grade over the time it pays: from publication to expiry or supersession. */
export interface GradePeriod {
  id: string;
  stars: number;
  publishedAt: Date;
  endsAt: Date;
}

/** A grade-linked subsidy tier as it applies to one provider. */
export interface ApplyingTier {
  stars: number;
  perOccupiedBedMonthlyFen: number;
  flatMonthlyFen: number;
  fundingSource: string;
}

/**
 * Star ratings of facilities: civil-affairs officers in scope start, score and finalize assessments; the finalize
 * transaction publishes the grade, supersedes the previous one and keeps the provider's denormalized current grade
 * (read by `Provider.currentRating` and `providers(filter: { minStars })`) in step. Every step is audited.
 */
@Injectable()
export class RatingService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly providers: ProviderService,
    private readonly capacity: CapacityService,
    private readonly rubrics: RatingRubricService,
    private readonly settings: SettingsService,
    private readonly events: DomainEvents,
    private readonly regions: RegionService,
  ) {}

  // ---- access ------------------------------------------------------------------------------------------------

  /** RATING_ASSESSOR, and never a provider the officer is bound to. */
  private async canAssess(actor: Actor, provider: ProviderEntity): Promise<boolean> {
    return (await can(RATING_ASSESSOR, actor, { providerId: provider.id, providerRegionCode: provider.regionCode, status: '' })) && actor.providerId !== provider.id;
  }

  private canRead(actor: Actor | null, assessment: RatingAssessmentEntity, provider: ProviderEntity): Promise<boolean> {
    return can(RATING_VISIBILITY, actor, { providerId: provider.id, providerRegionCode: provider.regionCode, status: assessment.status });
  }

  private async requireAssessable(actor: Actor, assessmentId: string): Promise<{ assessment: RatingAssessmentEntity; provider: ProviderEntity }> {
    if (!UUID.test(assessmentId)) throw ratingErrors.assessmentNotFound();
    const assessment = await this.uow.manager.findOne(RatingAssessmentEntity, { where: { id: assessmentId } });
    const provider = assessment ? await this.providers.findById(assessment.providerId) : null;
    if (!assessment || !provider || !(await this.canAssess(actor, provider))) throw ratingErrors.assessmentNotFound();
    return { assessment, provider };
  }

  /** Locks the assessment row for the rest of the transaction and checks the lifecycle allows the action. */
  private async lockFor(id: string, action: RatingAction): Promise<RatingAssessmentEntity> {
    const row = await this.uow.manager.findOne(RatingAssessmentEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!row) throw ratingErrors.assessmentNotFound();
    RATING_MACHINE.assert(row.status, action);
    return row;
  }

  private async audit(
    actor: Actor,
    e: { assessmentId?: string | null; providerId?: string | null; action: RatingEventAction; from?: string | null; to?: string | null; changes: RatingChangeRecord[] },
  ): Promise<void> {
    await this.uow.manager.query(
      `INSERT INTO rating_events (assessment_id, provider_id, actor_id, actor_role, action, from_status, to_status, changes)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb)`,
      [e.assessmentId ?? null, e.providerId ?? null, actor.userId, actor.role, e.action, e.from ?? null, e.to ?? null, JSON.stringify(e.changes)],
    );
  }

  // ---- reads -------------------------------------------------------------------------------------------------

  findByIds(ids: readonly string[]): Promise<RatingAssessmentEntity[]> {
    return this.uow.manager.find(RatingAssessmentEntity, { where: { id: In([...ids]) } });
  }

  /**
   * What the last assessments of a provider recorded, for its readiness: the rooms as last recorded (null before the
   * first record) and the last published total points with their rubric (null before the first publication).
   */
  async lastRecordedFacts(providerId: string): Promise<{
    rooms: { roomCount: number; roomsWithOwnBathroomCount: number } | null;
    lastScore: { rubricId: string; totalPoints: number } | null;
  }> {
    if (!UUID.test(providerId)) return { rooms: null, lastScore: null };
    const [rooms]: Array<{ room_count: number; rooms_with_own_bathroom_count: number } | undefined> = await this.uow.manager.query(
      `SELECT room_count, rooms_with_own_bathroom_count FROM rating_assessments WHERE provider_id = $1 AND room_count IS NOT NULL
        ORDER BY coalesce(published_at, updated_at) DESC, id LIMIT 1`,
      [providerId],
    );
    const [last]: Array<{ rubric_id: string; total_points: string } | undefined> = await this.uow.manager.query(
      `SELECT rubric_id, total_points FROM rating_assessments WHERE provider_id = $1 AND status IN ('PUBLISHED','SUPERSEDED') AND total_points IS NOT NULL
        ORDER BY published_at DESC, id LIMIT 1`,
      [providerId],
    );
    return {
      rooms: rooms ? { roomCount: rooms.room_count, roomsWithOwnBathroomCount: rooms.rooms_with_own_bathroom_count } : null,
      lastScore: last ? { rubricId: last.rubric_id, totalPoints: Number(last.total_points) } : null,
    };
  }

  /** An assessment the actor may see, or null. */
  async get(actor: Actor | null, id: string): Promise<RatingAssessmentEntity | null> {
    if (!UUID.test(id)) return null;
    const assessment = await this.uow.manager.findOne(RatingAssessmentEntity, { where: { id } });
    const provider = assessment ? await this.providers.findById(assessment.providerId) : null;
    return assessment && provider && (await this.canRead(actor, assessment, provider)) ? assessment : null;
  }

  /** Rating history, newest first, filtered by the caller's visibility in SQL. */
  async list(actor: Actor, filter: RatingAssessmentFilter | undefined, page: PageArgs): Promise<Connection<RatingAssessmentEntity>> {
    const where: string[] = [];
    const params = new SqlParams();
    const param = params.param;
    where.push(scopeSql(RATING_VISIBILITY, actor, param));
    if (filter?.providerId) where.push(`a.provider_id = ${param(filter.providerId)}`);
    if (filter?.regionCode) where.push(`${PROVIDER_REGION} LIKE ${param(regionPrefixPattern(filter.regionCode))}`);
    if (filter?.status?.length) where.push(`a.status = ANY(${param(filter.status)})`);
    return pagedQuery<{ id: string }, RatingAssessmentEntity>(
      this.uow.manager,
      {
        select: 'a.id',
        from: 'rating_assessments a',
        where,
        orderBy: 'a.started_at DESC, a.id DESC',
        params,
        page,
      },
      async (rows) => {
        const byId = new Map((rows.length ? await this.findByIds(rows.map((r) => r.id)) : []).map((e) => [e.id, e]));
        return rows.map((r) => byId.get(r.id)!);
      },
    );
  }

  /** Item scores of many assessments (DataLoader batch). */
  async scoresFor(assessmentIds: readonly string[]): Promise<RatingItemScoreEntity[][]> {
    const rows = await this.uow.manager.find(RatingItemScoreEntity, {
      where: { assessmentId: In([...assessmentIds]) },
      order: { itemCode: 'ASC' },
    });
    return assessmentIds.map((id) => rows.filter((r) => r.assessmentId === id));
  }

  /** Audit trails of many assessments (DataLoader batch), oldest step first. */
  async eventsFor(assessmentIds: readonly string[]): Promise<RatingEventEntity[][]> {
    const rows = await this.uow.manager.find(RatingEventEntity, {
      where: { assessmentId: In([...assessmentIds]) },
      order: { at: 'ASC', id: 'ASC' },
    });
    return assessmentIds.map((id) => rows.filter((r) => r.assessmentId === id));
  }

  // ---- workflow ----------------------------------------------------------------------------------------------

  /** Creates a DRAFT on the kind's current rubric. One DRAFT per provider (partial unique index). */
  async start(actor: Actor, providerId: string, facts?: RatingFactsInput | null): Promise<RatingAssessmentEntity> {
    const provider = UUID.test(providerId) ? await this.providers.findById(providerId) : null;
    if (!provider || !(await this.canAssess(actor, provider))) throw ratingErrors.providerNotFound();
    const rubric = await this.rubrics.currentOrNull(provider.kind);
    if (!rubric) throw ratingErrors.rubricMissing(provider.kind);
    const values = this.mergeFacts(null, facts ?? {});
    const id = await this.uow.run(async () => {
      const [row] = await this.uow.manager
        .query(
          `INSERT INTO rating_assessments (provider_id, rubric_id, status, started_by,
             caregiver_count, fully_dependent_resident_count, room_count, rooms_with_own_bathroom_count)
           VALUES ($1, $2, 'DRAFT', $3, $4, $5, $6, $7) RETURNING id`,
          [provider.id, rubric.id, actor.userId, ...FACT_FIELDS.map((f) => values[f])],
        )
        .catch((e: unknown) => mapConstraintError(e, { rating_assessments_one_draft: ratingErrors.inProgress }));
      await this.audit(actor, {
        assessmentId: row.id,
        providerId: provider.id,
        action: 'START',
        from: null,
        to: 'DRAFT',
        changes: [
          { field: 'rubricVersion', before: null, after: String(rubric.version) },
          ...FACT_FIELDS.filter((f) => values[f] !== null).map((f) => ({ field: f, before: null, after: String(values[f]) })),
        ],
      });
      return row.id as string;
    });
    return (await this.findByIds([id]))[0]!;
  }

  /** Records or replaces points per item while DRAFT; every offending item is named in `extensions.fields`. */
  async score(actor: Actor, assessmentId: string, scores: RatingItemScoreInput[]): Promise<RatingAssessmentEntity> {
    const { assessment, provider } = await this.requireAssessable(actor, assessmentId);
    const rubric = (await this.rubrics.byIds([assessment.rubricId]))[0]!;
    const problems = validateItemScores(rubric, scores);
    if (problems.length > 0) {
      throw badInput(
        `Invalid scores: ${problems.map((p) => p.message).join('; ')}`,
        problems.map((p) => ({
          path: `scores[${p.index}].${p.kind === 'UNKNOWN_ITEM' || p.kind === 'DUPLICATE_ITEM' ? 'itemCode' : 'points'}`,
          message: p.message,
        })),
        'ASSESSMENT_INVALID',
      );
    }
    await this.uow.run(async () => {
      await this.lockFor(assessment.id, 'SCORE');
      if (scores.length === 0) return;
      const before = await this.uow.manager.find(RatingItemScoreEntity, { where: { assessmentId: assessment.id, itemCode: In(scores.map((s) => s.itemCode)) } });
      const old = new Map(before.map((b) => [b.itemCode, b.points]));
      await this.uow.manager
        .query(
          `INSERT INTO rating_item_scores (assessment_id, rubric_id, item_code, points, note, scored_by)
           SELECT $1, $2, x.item_code, x.points, x.note, $3
             FROM jsonb_to_recordset($4::jsonb) AS x(item_code text, points numeric, note text)
           ON CONFLICT (assessment_id, item_code)
           DO UPDATE SET points = EXCLUDED.points, note = EXCLUDED.note, scored_by = EXCLUDED.scored_by, scored_at = now()`,
          [
            assessment.id,
            assessment.rubricId,
            actor.userId,
            JSON.stringify(scores.map((s) => ({ item_code: s.itemCode, points: s.points, note: s.note ?? null }))),
          ],
        )
        .catch((e: unknown) => mapConstraintError(e, { rating_item_scores_draft_only: ratingErrors.notDraft }));
      await this.uow.manager.query(`UPDATE rating_assessments SET updated_at = now() WHERE id = $1`, [assessment.id]);
      await this.audit(actor, {
        assessmentId: assessment.id,
        providerId: provider.id,
        action: 'SCORE',
        from: 'DRAFT',
        to: 'DRAFT',
        changes: scores.map((s) => ({
          field: `item.${s.itemCode}`,
          before: old.has(s.itemCode) ? String(old.get(s.itemCode)) : null,
          after: String(s.points),
        })),
      });
    });
    return (await this.findByIds([assessment.id]))[0]!;
  }

  /** Records the assessor's facts for the prerequisites while DRAFT; omitted fields stay as they are. */
  async recordFacts(actor: Actor, assessmentId: string, input: RatingFactsInput): Promise<RatingAssessmentEntity> {
    const { assessment, provider } = await this.requireAssessable(actor, assessmentId);
    await this.uow.run(async () => {
      const row = await this.lockFor(assessment.id, 'RECORD_FACTS');
      const values = this.mergeFacts(row, input);
      const changed = FACT_FIELDS.filter((f) => values[f] !== row[f]);
      if (changed.length === 0) return;
      await this.uow.manager
        .query(
          `UPDATE rating_assessments SET ${changed.map((f, i) => `${FACT_COLUMNS[f]} = $${i + 2}`).join(', ')}, updated_at = now()
            WHERE id = $1 AND status = 'DRAFT'`,
          [assessment.id, ...changed.map((f) => values[f])],
        )
        .catch((e: unknown) => mapConstraintError(e, { rating_assessments_rooms: () => ratingErrors.roomsExceeded() }));
      await this.audit(actor, {
        assessmentId: assessment.id,
        providerId: provider.id,
        action: 'RECORD_FACTS',
        from: 'DRAFT',
        to: 'DRAFT',
        changes: changed.map((f) => ({ field: f, before: row[f] === null ? null : String(row[f]), after: values[f] === null ? null : String(values[f]) })),
      });
    });
    return (await this.findByIds([assessment.id]))[0]!;
  }

  private mergeFacts(row: RatingAssessmentEntity | null, input: RatingFactsInput): Record<(typeof FACT_FIELDS)[number], number | null> {
    const merged = Object.fromEntries(
      FACT_FIELDS.map((f) => [f, input[f] !== undefined ? (input[f] ?? null) : (row?.[f] ?? null)]),
    ) as Record<(typeof FACT_FIELDS)[number], number | null>;
    if (merged.roomCount !== null && merged.roomsWithOwnBathroomCount !== null && merged.roomsWithOwnBathroomCount > merged.roomCount) {
      throw ratingErrors.roomsExceeded();
    }
    return merged;
  }

  /**
   * Publishes the grade: every item scored, the assessor's facts given, occupancy taken from live capacity; stars from
   * the rubric's thresholds capped by its prerequisites. In one transaction: the previous grade is superseded, this one
   * published, and the provider's current-grade columns updated, so a reader never sees two grades or none in between.
   */
  async finalize(actor: Actor, assessmentId: string): Promise<RatingAssessmentEntity> {
    const { assessment, provider } = await this.requireAssessable(actor, assessmentId);
    const rubric = (await this.rubrics.byIds([assessment.rubricId]))[0]!;
    const years = await this.settings.get<number>(GRADE_VALIDITY_YEARS_SETTING, DEFAULT_GRADE_VALIDITY_YEARS, provider.regionCode);

    await this.uow.run(async () => {
      const row = await this.lockFor(assessment.id, 'FINALIZE');
      const scores = await this.uow.manager.find(RatingItemScoreEntity, { where: { assessmentId: row.id } });
      const problems: FieldProblem[] = unscoredItemCodes(rubric, scores.map((s) => s.itemCode)).map((code) => ({
        path: `items.${code}`,
        message: `item ${code} is not scored`,
      }));
      const capacity = await this.capacity.totalsOf(provider.id);
      const facts: PrerequisiteFacts = {
        caregiverCount: row.caregiverCount,
        fullyDependentResidentCount: row.fullyDependentResidentCount,
        roomCount: row.roomCount,
        roomsWithOwnBathroomCount: row.roomsWithOwnBathroomCount,
        occupiedBeds: capacity.occupied,
        totalBeds: capacity.total,
      };
      for (const f of missingFacts(rubric.prerequisites, facts)) problems.push({ path: `facts.${f}`, message: `${f} is needed for the prerequisites` });
      if (problems.length > 0) {
        throw badInput(`The assessment is incomplete: ${problems.map((p) => p.message).join('; ')}`, problems, 'ASSESSMENT_INVALID');
      }

      const total = totalPoints(scores);
      const grade = computeGrade({ totalPoints: total, starThresholds: rubric.starThresholds, prerequisites: rubric.prerequisites, facts });
      const [{ now }] = await this.uow.manager.query(`SELECT now() AS now`);
      const validUntil = gradeValidUntil(new Date(now), years);

      // TypeORM answers UPDATE … RETURNING with [rows, affected].
      const [superseded]: [Array<{ id: string; stars: number }>, number] = await this.uow.manager.query(
        `UPDATE rating_assessments SET status = 'SUPERSEDED', superseded_at = $3, superseded_by = $2, updated_at = $3
          WHERE provider_id = $1 AND status = 'PUBLISHED' AND id <> $2 RETURNING id, stars`,
        [provider.id, row.id, now],
      );
      for (const old of superseded) {
        await this.audit(actor, {
          assessmentId: old.id,
          providerId: provider.id,
          action: 'SUPERSEDE',
          from: 'PUBLISHED',
          to: 'SUPERSEDED',
          changes: [{ field: 'supersededBy', before: null, after: row.id }],
        });
      }
      await this.uow.manager.query(
        `UPDATE rating_assessments
            SET status = 'PUBLISHED', total_points = $2, score_stars = $3, stars = $4, prerequisite_results = $5::jsonb,
                failed_prerequisites = $6::jsonb, occupied_beds = $7, total_beds = $8, published_at = $9, published_by = $10,
                valid_until = $11, updated_at = $9
          WHERE id = $1 AND status = 'DRAFT'`,
        [
          row.id,
          total,
          grade.scoreStars,
          grade.stars,
          JSON.stringify(grade.prerequisiteResults),
          JSON.stringify(grade.failedPrerequisites),
          facts.occupiedBeds,
          facts.totalBeds,
          now,
          actor.userId,
          validUntil,
        ],
      );
      // 0 stars is a published outcome too: the facility is no longer graded, so the old grade must not linger.
      await this.providers.setCurrentGrade(provider.id, grade.stars > 0 ? { stars: grade.stars, ratingId: row.id, validUntil } : null);
      await this.audit(actor, {
        assessmentId: row.id,
        providerId: provider.id,
        action: 'FINALIZE',
        from: 'DRAFT',
        to: 'PUBLISHED',
        changes: [
          { field: 'totalPoints', before: null, after: String(total) },
          { field: 'scoreStars', before: null, after: String(grade.scoreStars) },
          { field: 'stars', before: null, after: String(grade.stars) },
          { field: 'failedPrerequisites', before: null, after: grade.failedPrerequisites.map((f) => `${f.code}@${f.star}`).join(',') || null },
          { field: 'occupancy', before: null, after: `${facts.occupiedBeds}/${facts.totalBeds}` },
          { field: 'validUntil', before: null, after: validUntil.toISOString() },
          ...(superseded.length ? [{ field: 'supersedes', before: null, after: superseded.map((s) => s.id).join(',') }] : []),
        ],
      });
      this.events.publish('rating.published', {
        assessmentId: row.id,
        providerId: provider.id,
        stars: grade.stars,
        previousStars: superseded[0]?.stars ?? null,
        validUntil: validUntil.toISOString(),
      });
    });
    return (await this.findByIds([assessment.id]))[0]!;
  }

  // ---- subsidy tiers -----------------------------------------------------------------------------------------

  /** The configured tiers, optionally of one kind or region prefix. */
  listTiers(kind?: ProviderKind | null, regionPrefix?: string | null): Promise<RatingSubsidyTierEntity[]> {
    return this.uow.manager.find(RatingSubsidyTierEntity, {
      where: { ...(kind ? { kind } : {}), ...(regionPrefix != null ? { regionPrefix } : {}) },
      order: { kind: 'ASC', regionPrefix: 'ASC', stars: 'ASC' },
    });
  }

  /** Replaces the tiers of a kind for a region prefix ('' = national default); audited with before and after. */
  async setTiers(actor: Actor, kind: ProviderKind, regionPrefix: string, tiers: RatingSubsidyTierInput[]): Promise<RatingSubsidyTierEntity[]> {
    const dup = tiers.findIndex((t, i) => tiers.findIndex((u) => u.stars === t.stars) !== i);
    if (dup >= 0) throw badInput('A grade is listed twice', [{ path: `tiers[${dup}].stars`, message: 'listed twice' }]);
    await this.regions.requirePrefix(regionPrefix, 'regionPrefix', true);
    await this.uow.run(async () => {
      const before = await this.uow.manager.find(RatingSubsidyTierEntity, { where: { kind, regionPrefix } });
      await this.uow.manager.delete(RatingSubsidyTierEntity, { kind, regionPrefix });
      for (const t of tiers) {
        await this.uow.manager.query(
          `INSERT INTO rating_subsidy_tiers (kind, stars, region_prefix, per_occupied_bed_monthly_fen, flat_monthly_fen, updated_by, funding_source)
           VALUES ($1, $2, $3, $4, $5, $6, $7)`,
          [kind, t.stars, regionPrefix, t.perOccupiedBedMonthlyFen, t.flatMonthlyFen, actor.userId, t.fundingSource ?? 'CITY'],
        );
      }
      const show = (t?: { perOccupiedBedMonthlyFen: number; flatMonthlyFen: number }) =>
        t ? `perOccupiedBed=${t.perOccupiedBedMonthlyFen},flat=${t.flatMonthlyFen}` : null;
      await this.audit(actor, {
        action: 'SET_SUBSIDY_TIERS',
        changes: [1, 2, 3, 4, 5].map((stars) => ({
          field: `${kind}/${regionPrefix || '*'}/${stars}`,
          before: show(before.find((b) => b.stars === stars)),
          after: show(tiers.find((t) => t.stars === stars)),
        })),
      });
    });
    return this.listTiers(kind, regionPrefix);
  }

  /**
   * The provider's grades (with stars) in force at some time in [from, to): published before `to`, and neither
   * expired nor superseded by `from`. A grade stops on the day it expires or is superseded; by publication.
   */
  async gradesInForce(providerId: string, from: Date, to: Date): Promise<GradePeriod[]> {
    const rows: Array<{ id: string; stars: number; published_at: Date; ends_at: Date }> = await this.uow.manager.query(
      `SELECT a.id, a.stars, a.published_at, LEAST(a.valid_until, COALESCE(a.superseded_at, a.valid_until)) AS ends_at
         FROM rating_assessments a
        WHERE a.provider_id = $1 AND a.status IN ('PUBLISHED','SUPERSEDED') AND a.stars > 0
          AND a.published_at < $3 AND LEAST(a.valid_until, COALESCE(a.superseded_at, a.valid_until)) > $2
        ORDER BY a.published_at`,
      [providerId, from, to],
    );
    return rows.map((r) => ({ id: r.id, stars: r.stars, publishedAt: r.published_at, endsAt: r.ends_at }));
  }

  /** The subsidy tiers that apply to a provider of this kind in this region: per star count, the most specific prefix. */
  async tiersApplying(kind: ProviderKind, regionCode: string): Promise<ApplyingTier[]> {
    const rows: Array<{ stars: number; per_bed: number; flat: number; funding_source: string }> = await this.uow.manager.query(
      `SELECT DISTINCT ON (stars) stars, per_occupied_bed_monthly_fen AS per_bed, flat_monthly_fen AS flat, funding_source
         FROM rating_subsidy_tiers WHERE kind = $1 AND $2 LIKE region_prefix || '%'
        ORDER BY stars, length(region_prefix) DESC`,
      [kind, regionCode],
    );
    return rows.map((r) => ({ stars: r.stars, perOccupiedBedMonthlyFen: r.per_bed, flatMonthlyFen: r.flat, fundingSource: r.funding_source }));
  }

  /**
   * The subsidy of many providers (DataLoader batch) in one query: the current, unexpired grade, the most specific
   * tier for the provider's region, and today's occupied beds.
   */
  async subsidiesFor(providerIds: readonly string[]): Promise<ProviderSubsidyView[]> {
    const providers = await this.providers.findByIds(providerIds);
    const graded = providers.map((p) => ({ p, stars: gradeInForce(p) }));
    const starred = graded.filter((g) => g.stars !== null);
    const tiers = starred.length
      ? await this.uow.manager.find(RatingSubsidyTierEntity, {
          where: { kind: In([...new Set(starred.map((g) => g.p.kind))]), stars: In([...new Set(starred.map((g) => g.stars!))]) },
        })
      : [];
    const occupiedBy = new Map(
      (providers.length ? await this.capacity.capacitiesFor(providers.map((p) => p.id)) : []).map((beds, i) => [providers[i].id, beds.reduce((a, b) => a + b.occupied, 0)]),
    );
    const byId = new Map(
      graded.map(({ p, stars }) => {
        // The most specific tier for the provider's kind, grade and region.
        const tier =
          stars === null
            ? null
            : (tiers
                .filter((t) => t.kind === p.kind && t.stars === stars && p.regionCode.startsWith(t.regionPrefix))
                .sort((a, b) => b.regionPrefix.length - a.regionPrefix.length)[0] ?? null);
        const occupied = occupiedBy.get(p.id) ?? 0;
        return [p.id, { stars, tier, occupiedBeds: occupied, monthlySubsidyFen: monthlySubsidyFen(tier, occupied) }];
      }),
    );
    return providerIds.map((id) => byId.get(id) ?? { stars: null, tier: null, occupiedBeds: 0, monthlySubsidyFen: 0 });
  }
}
