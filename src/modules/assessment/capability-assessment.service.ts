import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import type { Actor } from '../../core/auth/actor.js';
import { regionSliceSql, type RegionSlice } from '../../core/access/region-code.js';
import { chinaMonthSql, inChinaDatesSql, type ChinaDates } from '../../core/database/china-month-sql.js';
import { SqlParams } from '../../core/database/paged-query.js';
import { UnitOfWork } from '../../core/database/unit-of-work.js';
import { CareLevel, Role } from '../../core/domain/enums.js';
import { badInput, notFound, notFoundAs } from '../../core/errors/domain-error.js';
import { SettingsService } from '../../core/settings/settings.service.js';
import { ElderService } from '../elder/elder.service.js';
import { IdentityService } from '../identity/identity.service.js';
import type { CapabilityAssessmentInput } from './dto/capability-assessment.input.js';
import { CapabilityAssessmentEntity } from './capability-assessment.entity.js';
import {
  assessmentInputErrors,
  DEFAULT_CARE_RISK_EVENT_THRESHOLD,
  DEFAULT_LEVEL_BANDS,
  DEFAULT_REASSESSMENT_MONTHS,
  nextAssessmentDue,
  scoreAssessment,
  type AssessmentRules,
} from './capability-assessment.policy.js';

/** Settings (per region prefix) of the assessment; the level bands are the standard's and not configurable here. */
export const CARE_RISK_EVENT_THRESHOLD_SETTING = 'assessment.careRiskEventThreshold';
export const REASSESSMENT_MONTHS_SETTING = 'assessment.reassessmentMonths';

/** Clock skew tolerated between an assessor's device and the server for `assessedAt`. */
export const ASSESSED_AT_SKEW_MS = 5 * 60_000;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Records and reads GB/T 42195 capability assessments; keeps the elder's care level in step. */
@Injectable()
export class CapabilityAssessmentService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly elders: ElderService,
    private readonly settings: SettingsService,
    private readonly identity: IdentityService,
  ) {}

  /** CIVIL_AFFAIRS in scope, or PROVIDER_STAFF of a provider serving the elder. */
  async record(actor: Actor, input: CapabilityAssessmentInput): Promise<CapabilityAssessmentEntity> {
    const elder = await this.elders.requireAssessable(actor, input.elderId);
    const problems = assessmentInputErrors(input);
    if (problems.length) {
      throw badInput(
        `Capability assessment is invalid: ${problems.map((p) => p.field).join(', ')}`,
        problems.map((p) => ({ path: `input.${p.field}`, message: p.message })),
        'ASSESSMENT_INVALID',
      );
    }
    const now = Date.now();
    const assessedAt = input.assessedAt ?? new Date(now);
    if (assessedAt.getTime() > now + ASSESSED_AT_SKEW_MS || assessedAt.toISOString().slice(0, 10) < elder.birthDate) {
      throw badInput('assessedAt must not be in the future or before the birth date', [
        { path: 'input.assessedAt', message: 'not in the future, not before the birth date' },
      ]);
    }
    const rules: AssessmentRules = {
      levelBands: DEFAULT_LEVEL_BANDS,
      careRiskEventThreshold: await this.settings.get(CARE_RISK_EVENT_THRESHOLD_SETTING, DEFAULT_CARE_RISK_EVENT_THRESHOLD, elder.regionCode),
      reassessmentMonths: await this.settings.get(REASSESSMENT_MONTHS_SETTING, DEFAULT_REASSESSMENT_MONTHS, elder.regionCode),
    };
    const result = scoreAssessment(input, rules);

    return this.uow.run(async () => {
      const saved = await this.uow.manager.getRepository(CapabilityAssessmentEntity).save(
        this.uow.manager.getRepository(CapabilityAssessmentEntity).create({
          elderId: elder.id,
          selfCare: [...input.selfCare],
          mobility: [...input.mobility],
          mentalState: [...input.mentalState],
          perceptionSocial: [...input.perceptionSocial],
          selfCareScore: result.dimensionScores.selfCare,
          mobilityScore: result.dimensionScores.mobility,
          mentalStateScore: result.dimensionScores.mentalState,
          perceptionSocialScore: result.dimensionScores.perceptionSocial,
          totalScore: result.totalScore,
          scoreLevel: result.scoreLevel as CareLevel,
          finalLevel: result.finalLevel as CareLevel,
          coma: !!input.coma,
          dementiaDiagnosed: !!input.dementiaDiagnosed,
          otherMentalDisorderDiagnosed: !!input.otherMentalDisorderDiagnosed,
          careRiskEvents: input.careRiskEventsLast30Days ?? 0,
          adjustments: result.adjustments,
          assessedAt,
          nextDue: nextAssessmentDue(assessedAt, rules.reassessmentMonths),
          assessorId: actor.userId,
          assessorRole: actor.role,
          assessorProviderId: actor.role === Role.PROVIDER_STAFF ? actor.providerId : null,
        }),
      );
      await this.elders.applyLatestAssessment(elder.id, {
        id: saved.id,
        finalLevel: saved.finalLevel,
        dementia: saved.dementiaDiagnosed,
        assessedAt,
      });
      return saved;
    });
  }

  /** One assessment, if the caller may read its elder; NOT_FOUND otherwise. */
  async getVisible(actor: Actor, id: string): Promise<CapabilityAssessmentEntity> {
    const row = UUID.test(id) ? await this.uow.manager.getRepository(CapabilityAssessmentEntity).findOne({ where: { id } }) : null;
    if (!row) throw notFound('Capability assessment');
    await this.elders.requireReadable(actor, row.elderId).catch(notFoundAs('Capability assessment'));
    return row;
  }

  async findByIds(ids: readonly string[]): Promise<CapabilityAssessmentEntity[]> {
    const valid = ids.filter((id) => UUID.test(id));
    return valid.length ? this.uow.manager.getRepository(CapabilityAssessmentEntity).find({ where: { id: In(valid) } }) : [];
  }

  /** Histories of many elders, newest first. */
  async historyOf(elderIds: readonly string[]): Promise<Map<string, CapabilityAssessmentEntity[]>> {
    const rows = elderIds.length
      ? await this.uow.manager
          .getRepository(CapabilityAssessmentEntity)
          .find({ where: { elderId: In([...elderIds]) }, order: { assessedAt: 'DESC', createdAt: 'DESC' } })
      : [];
    const out = new Map<string, CapabilityAssessmentEntity[]>();
    for (const r of rows) out.set(r.elderId, [...(out.get(r.elderId) ?? []), r]);
    return out;
  }

  /** Display names of assessors (through the identity module). */
  async assessorNames(userIds: readonly string[]): Promise<Map<string, string>> {
    const users = userIds.length ? await this.identity.findByIds(userIds) : [];
    return new Map(users.map((u) => [u.id, u.displayName]));
  }

  /** Assessments of elders of a region slice per China month, within the China dates (the regional figures' series). One query. */
  async monthlyCounts(slice: RegionSlice, dates: ChinaDates): Promise<Array<{ m: string; n: number }>> {
    const params = new SqlParams();
    return this.uow.manager.query(
      `SELECT ${chinaMonthSql('assessed_at')} AS m, count(*)::int AS n FROM assessments_by_region
        WHERE ${regionSliceSql(slice, 'elder_region_code', params.param)}
          AND ${inChinaDatesSql('assessed_at', params.param(dates.fromDate), params.param(dates.untilDate))} GROUP BY 1`,
      params.values,
    );
  }
}
