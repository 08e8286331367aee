import { Injectable } from '@nestjs/common';
import type { Actor } from '../../core/auth/actor.js';
import { UnitOfWork } from '../../core/database/unit-of-work.js';
import { CareLevel, Role, type ProviderKind } from '../../core/domain/enums.js';
import { BedReservationService } from '../bed/bed-reservation.service.js';
import { CapacityService } from '../capacity/capacity.service.js';
import { ElderService } from '../elder/elder.service.js';
import { IdentityService } from '../identity/identity.service.js';
import { ProviderService } from '../provider/provider.service.js';
import { RatingRubricService } from '../rating/rating-rubric.service.js';
import { RatingService } from '../rating/rating.service.js';
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
    private readonly ratings: RatingService,
    private readonly identity: IdentityService,
    private readonly beds: BedReservationService,
    private readonly capacity: CapacityService,
    private readonly elders: ElderService,
  ) {}

  async readiness(actor: Actor, providerId: string, now = new Date()): Promise<RatingReadiness> {
    const provider = await this.providers.requireOverseer(actor, providerId);
    const caregivers = await this.identity.findByProvider(provider.id, Role.CAREGIVER);
    const residents = await this.elders.recordsByIds(await this.beds.admittedElderIds(provider.id));
    const beds = await this.capacity.totalsOf(provider.id);
    const { rooms, lastScore: last } = await this.ratings.lastRecordedFacts(provider.id);
    const [{ incidents }]: Array<{ incidents: number }> = await this.uow.manager.query(
      `SELECT count(*)::int AS incidents FROM incidents WHERE provider_id = $1 AND occurred_at > $2::timestamptz - interval '12 months' AND occurred_at <= $2`,
      [provider.id, now],
    );
    const facts: PrerequisiteFacts = {
      caregiverCount: caregivers.length,
      fullyDependentResidentCount: residents.filter((e) => e?.careLevel === CareLevel.TOTAL).length,
      occupiedBeds: beds.occupied,
      totalBeds: beds.total,
      roomCount: rooms?.roomCount ?? null,
      roomsWithOwnBathroomCount: rooms?.roomsWithOwnBathroomCount ?? null,
    };
    const rubric = last ? (await this.rubrics.byIds([last.rubricId]))[0] : await this.rubrics.currentOrNull(provider.kind as ProviderKind);
    const prerequisites = (rubric?.prerequisites ?? []).map((p) => {
      const r = evaluatePrerequisite(p, facts);
      return { star: r.star, code: r.code as RatingPrerequisiteCode, met: r.met, value: r.actual, required: r.required };
    });
    const grade =
      last && rubric ? computeGrade({ totalPoints: last.totalPoints, starThresholds: rubric.starThresholds, prerequisites: rubric.prerequisites, facts }) : null;
    return {
      providerId: provider.id,
      rubricVersion: rubric?.version ?? null,
      prerequisites,
      caregiverCount: facts.caregiverCount!,
      fullyDependentResidentCount: facts.fullyDependentResidentCount!,
      occupiedBeds: beds.occupied,
      totalBeds: beds.total,
      roomCount: facts.roomCount,
      roomsWithOwnBathroomCount: facts.roomsWithOwnBathroomCount,
      incidentsLast12Months: incidents,
      lastTotalPoints: last?.totalPoints ?? null,
      scoreStars: grade?.scoreStars ?? null,
      predictedStars: grade?.stars ?? null,
      failedPrerequisites: grade ? (failedPrerequisiteCodes(grade.failedPrerequisites) as RatingPrerequisiteCode[]) : [],
    };
  }
}
