import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { appLogger } from '../../core/logging/logger.js';
import { DEFAULT_MATCH_PARAMS, MATCH_FACTORS, weightProblems, type MatchParams, type MatchWeights } from './match.policy.js';

/** Setting (per region prefix): the factor weights, `{ "DISTANCE": 0.3, ... }`, each 0..1, adding up to 1. */
export const MATCH_WEIGHTS_SETTING = 'matching.weights';
/** Setting (per region prefix): overrides of the other matching numbers (MatchParams without weights). */
export const MATCH_PARAMS_SETTING = 'matching.params';

const NUMERIC_PARAMS = [
  'defaultMaxDistanceKm',
  'maxDistanceCapKm',
  'reservedSharePercent',
  'capacitySaturationBeds',
  'untrackedCapacityValue',
  'unknownPriceValue',
  'defaultUnitsPerMonth',
  'reviewPriorMean',
  'reviewPriorCount',
  'ungradedStarsValue',
] as const;

/**
 * The matching numbers in force for a region: the defaults of match.policy overridden by stored settings.
 * A stored value that does not make sense is ignored (and logged) rather than failing every family's search.
 */
@Injectable()
export class MatchingSettings {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Both settings in one round trip (SettingsService.get reads one key a query; a search is latency-bound): the most
   * specific region prefix of each key wins, as in SettingsService.
   */
  async paramsFor(regionCode: string): Promise<MatchParams> {
    const rows: Array<{ key: string; value: unknown }> = await this.dataSource.query(
      `SELECT DISTINCT ON (key) key, value FROM settings
        WHERE key = ANY($1::text[]) AND $2 LIKE region_prefix || '%'
        ORDER BY key, length(region_prefix) DESC`,
      [[MATCH_WEIGHTS_SETTING, MATCH_PARAMS_SETTING], regionCode],
    );
    const value = (key: string) => (rows.find((r) => r.key === key)?.value ?? null) as Partial<Record<string, number>> | null;
    return mergeParams(value(MATCH_WEIGHTS_SETTING), value(MATCH_PARAMS_SETTING));
  }
}

export function mergeParams(weights: Partial<Record<string, number>> | null, overrides: Partial<Record<string, unknown>> | null): MatchParams {
  const params: MatchParams = { ...DEFAULT_MATCH_PARAMS };
  if (weights) {
    const problems = weightProblems(weights);
    if (problems.length === 0) {
      params.weights = Object.fromEntries(MATCH_FACTORS.map((f) => [f, weights[f]!])) as unknown as MatchWeights;
    } else {
      appLogger().warn({ setting: MATCH_WEIGHTS_SETTING, problems }, 'ignoring invalid matching weights');
    }
  }
  if (overrides) {
    const mutable = params as unknown as Record<string, unknown>;
    for (const key of NUMERIC_PARAMS) {
      const value = overrides[key];
      if (typeof value === 'number' && Number.isFinite(value) && value >= 0) mutable[key] = value;
    }
    const budgets = overrides.referenceMonthlyBudgetFen;
    if (budgets && typeof budgets === 'object') params.referenceMonthlyBudgetFen = { ...params.referenceMonthlyBudgetFen, ...(budgets as object) };
    const units = overrides.unitsPerMonth;
    if (units && typeof units === 'object') params.unitsPerMonth = { ...params.unitsPerMonth, ...(units as object) };
  }
  return params;
}
