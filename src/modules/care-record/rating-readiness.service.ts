import { Injectable } from '@nestjs/common';
import type { Actor } from '../../core/auth/actor.js';
import { UnitOfWork } from '../../core/database/unit-of-work.js';
import type { ProviderKind } from '../../core/domain/enums.js';
import { ProviderService } from '../provider/provider.service.js';
import { RatingRubricService } from '../rating/rating-rubric.service.js';
import { computeGrade, evaluatePrerequisite, failedPrerequisiteCodes, type PrerequisiteFacts } from '../rating/rating-star.policy.js';
import type { RatingPrerequisiteCode } from '../rating/rating.model.js';
import type { RatingReadiness } from './rating-readiness.model.js';

/**
 * Where a home stands before inspection: the star prerequisites computed from live data (caregiver accounts, residents'
 * latest capability levels, bed capacity, the rooms last recorded at an assessment), its incidents of the last
 * 12 months, and the stars its last scores would give today, through the rating module's own star rules.
 */
@Injectable()
export class RatingReadinessService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly providers: ProviderService,
    private readonly rubrics: RatingRubricService,
  ) {}

  async readiness(actor: Actor, providerId: string, now = new Date()): Promise<RatingReadiness> {
    const provider = await this.providers.requireOverseer(actor, providerId);
    const m = this.uow.manager;
    const [live]: Array<{ caregivers: number; fully_dependent: number; occupied: number; total: number; incidents: number }> = await m.query(
      `SELECT
         (SELECT count(*)::int FROM users WHERE role = 'CAREGIVER' AND provider_id = $1) AS caregivers,
         (SELECT count(DISTINCT r.elder_id)::int FROM bed_reservations r JOIN elders e ON e.id = r.elder_id
           WHERE r.provider_id = $1 AND r.status = 'ADMITTED' AND e.care_level = 'TOTAL') AS fully_dependent,
         (SELECT COALESCE(sum(occupied), 0)::int FROM bed_capacity WHERE provider_id = $1) AS occupied,
         (SELECT COALESCE(sum(total), 0)::int FROM bed_capacity WHERE provider_id = $1) AS total,
         (SELECT count(*)::int FROM incidents WHERE provider_id = $1 AND occurred_at > $2::timestamptz - interval '12 months' AND occurred_at <= $2) AS incidents`,
      [provider.id, now],
    );
    const [rooms]: Array<{ room_count: number; rooms_with_own_bathroom_count: number } | undefined> = await m.query(
      `SELECT room_count, rooms_with_own_bathroom_count FROM rating_assessments WHERE provider_id = $1 AND room_count IS NOT NULL
        ORDER BY coalesce(published_at, updated_at) DESC, id LIMIT 1`,
      [provider.id],
    );
    const [last]: Array<{ rubric_id: string; total_points: string } | undefined> = await m.query(
      `SELECT rubric_id, total_points FROM rating_assessments WHERE provider_id = $1 AND status IN ('PUBLISHED','SUPERSEDED') AND total_points IS NOT NULL
        ORDER BY published_at DESC, id LIMIT 1`,
      [provider.id],
    );
    const facts: PrerequisiteFacts = {
      caregiverCount: live.caregivers,
      fullyDependentResidentCount: live.fully_dependent,
      occupiedBeds: live.occupied,
      totalBeds: live.total,
      roomCount: rooms?.room_count ?? null,
      roomsWithOwnBathroomCount: rooms?.rooms_with_own_bathroom_count ?? null,
    };
    const rubric = last ? (await this.rubrics.byIds([last.rubric_id]))[0] : await this.rubrics.currentOrNull(provider.kind as ProviderKind);
    const prerequisites = (rubric?.prerequisites ?? []).map((p) => {
      const r = evaluatePrerequisite(p, facts);
      return { star: r.star, code: r.code as RatingPrerequisiteCode, met: r.met, value: r.actual, required: r.required };
    });
    const grade =
      last && rubric ? computeGrade({ totalPoints: Number(last.total_points), starThresholds: rubric.starThresholds, prerequisites: rubric.prerequisites, facts }) : null;
    return {
      providerId: provider.id,
      rubricVersion: rubric?.version ?? null,
      prerequisites,
      caregiverCount: facts.caregiverCount!,
      fullyDependentResidentCount: facts.fullyDependentResidentCount!,
      occupiedBeds: live.occupied,
      totalBeds: live.total,
      roomCount: facts.roomCount,
      roomsWithOwnBathroomCount: facts.roomsWithOwnBathroomCount,
      incidentsLast12Months: live.incidents,
      lastTotalPoints: last ? Number(last.total_points) : null,
      scoreStars: grade?.scoreStars ?? null,
      predictedStars: grade?.stars ?? null,
      failedPrerequisites: grade ? (failedPrerequisiteCodes(grade.failedPrerequisites) as RatingPrerequisiteCode[]) : [],
    };
  }
}
