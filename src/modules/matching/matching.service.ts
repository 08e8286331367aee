import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../../core/database/unit-of-work.js';
import type { Actor } from '../../core/auth/actor.js';
import { badInput, notFound } from '../../core/errors/domain-error.js';
import type { ProviderEntity } from '../provider/provider.entity.js';
import { ProviderService } from '../provider/provider.service.js';
import { ElderService, type ElderRecord } from '../elder/elder.service.js';
import type { SubsidyFigures } from '../subsidy/subsidy.service.js';
import type { CareNeedInput } from './dto/care-need.input.js';
import { candidateQuery, toCandidate, type CandidateRow } from './match-candidates.query.js';
import type { MatchFactor } from './match.model.js';
import { needProblems, rankCandidates, resolveNeed, type ElderNeedSource, type ResolvedNeed } from './match.policy.js';
import { MatchingSettings } from './matching.settings.js';
import { RegionService } from '../region/region.service.js';

/**
 * Rows kept past `first` in the candidate query. The SQL score is match.policy's score before the policy rounds each
 * value to 2 decimals (at most 0.005 apart), so a small margin is enough for the policy's order of the short list to
 * hold the true best `first`.
 */
export const SHORT_LIST_MARGIN = 5;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface ProviderMatchResult {
  provider: ProviderEntity;
  score: number;
  distanceKm: number;
  reasons: Array<{ factor: MatchFactor; weight: number; value: number; detail: string }>;
  availableBeds: number | null;
  estimatedMonthlyCostFen: number | null;
  estimatedSubsidyFen: number | null;
  setting: ResolvedNeed['setting'];
  bedCategory: ResolvedNeed['bedCategory'];
}

/**
 * matchProviders. A constant number of queries whatever the number of providers: the elder and their eligibility
 * (when named), the settings, and ONE candidate query on the geo index that also returns the short list's provider rows.
 */
@Injectable()
export class MatchingService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly providers: ProviderService,
    private readonly elders: ElderService,
    private readonly settings: MatchingSettings,
    private readonly regions: RegionService,
  ) {}

  async match(actor: Actor, input: CareNeedInput, first: number): Promise<ProviderMatchResult[]> {
    const problems = needProblems(input, !!input.elderId, first);
    if (problems.length > 0) {
      throw badInput(
        `Invalid need: ${problems.map((p) => p.message).join('; ')}`,
        problems.map((p) => ({ path: p.field === 'first' ? 'first' : `need.${p.field}`, message: p.message })),
      );
    }
    if (input.regionCode) await this.regions.requirePrefix(input.regionCode, 'need.regionCode');
    const record = input.elderId ? await this.readableElder(actor, input.elderId) : null;
    const [eligibility, params] = await Promise.all([
      record ? this.elders.eligibilityFor(record) : null,
      this.settings.paramsFor(input.regionCode ?? record?.regionCode ?? ''),
    ]);
    const elder = record && eligibility ? needSource(record, eligibility) : null;
    const need = resolveNeed(input, elder, params);
    const { sql, params: values } = candidateQuery(need, params, first + SHORT_LIST_MARGIN);
    const rows = await this.preparedQuery<CandidateRow>(sql, values);
    const ranked = rankCandidates(
      rows.map((row) => toCandidate(row, need.bedCategory)),
      need,
      first,
      params,
    );
    const rowById = new Map(rows.map((row) => [row.id, row]));
    return ranked.map((m) => ({
      provider: Object.assign(this.providers.fromJsonRow(rowById.get(m.candidate.id)!.provider), { distanceKm: round3(m.distanceKm) }),
      score: m.score,
      distanceKm: round3(m.distanceKm),
      reasons: m.reasons.map((r) => ({ ...r, factor: r.factor as MatchFactor })),
      availableBeds: m.availableBeds,
      estimatedMonthlyCostFen: m.estimatedMonthlyCostFen,
      estimatedSubsidyFen: m.estimatedSubsidyFen,
      setting: need.setting,
      bedCategory: need.bedCategory,
    }));
  }

  /**
   * The candidate query as a named prepared statement: planning it costs more than running it (a few ms against about
   * one on the index), and there are only a few dozen shapes of it, so each pooled connection plans each shape once.
   */
  private preparedQuery<T>(sql: string, values: unknown[]): Promise<T[]> {
    return this.uow.prepared<T>(`match_${createHash('sha1').update(sql).digest('hex').slice(0, 20)}`, sql, values);
  }

  /** The elder's record, when the caller may read it; NOT_FOUND for one the caller may not see (another family's). */
  private async readableElder(actor: Actor, elderId: string): Promise<ElderRecord> {
    if (!UUID.test(elderId)) throw notFound('Elder');
    return this.elders.requireReadable(actor, elderId);
  }
}

/** The elder's record and subsidy as matching needs them. */
function needSource(record: ElderRecord, eligibility: SubsidyFigures): ElderNeedSource & { regionCode: string } {
  return {
    id: record.id,
    regionCode: record.regionCode,
    location: { latitude: record.latitude, longitude: record.longitude },
    careLevel: record.careLevel,
    dementia: record.dementia,
    verifiedCategories: record.verifiedCategories,
    monthlySubsidyFen: eligibility.monthlyAllowanceFen,
    subsidyCoverageBp: eligibility.coverageRateBp,
  };
}

const round3 = (v: number) => Math.round(v * 1000) / 1000;
