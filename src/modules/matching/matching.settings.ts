import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { appLogger } from '../../core/logging/logger.js';
import { resolveRegional } from '../../core/settings/regional.js';
import { SettingsService } from '../../core/settings/settings.service.js';
import { MessageBus } from '../../core/bus/message-bus.js';
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

interface SettingRow {
  key: string;
  region_prefix: string;
  value: unknown;
}

/**
 * The matching numbers in force for a region: the defaults of match.policy overridden by stored settings.
 * A stored value that does not make sense is ignored (and logged) rather than failing every family's search.
 *
 * Every search needs them, and they change seldom (an officer's decision, written to the settings table): the rows of
 * both keys, every region prefix (a few hundred at most), are read once and kept for MATCHING_SETTINGS_CACHE_MS
 * (10 s by default), which took a round trip and about a tenth of a search's CPU off each search. A committed change
 * of these settings empties the snapshot on every instance at once (the settings trigger, over the bus); the period
 * only bounds how long a lost bus message could leave it stale.
 */
@Injectable()
export class MatchingSettings {
  private snapshot: { expires: number; rows: Promise<SettingRow[]> } | null = null;

  constructor(
    private readonly settings: SettingsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    bus: MessageBus,
  ) {
    // A committed change of either key (announced by the settings trigger, on every instance) drops the snapshot at once.
    bus.subscribe('cache', ({ body }) => {
      if (body.resync || body.settings === MATCH_WEIGHTS_SETTING || body.settings === MATCH_PARAMS_SETTING) this.snapshot = null;
    });
  }

  /** The most specific region prefix of each key wins, as in SettingsService. */
  async paramsFor(regionCode: string): Promise<MatchParams> {
    const rows = await this.rows();
    const value = (key: string) =>
      resolveRegional<Partial<Record<string, number>> | null>(
        rows.filter((r) => r.key === key),
        regionCode,
        null,
      );
    return mergeParams(value(MATCH_WEIGHTS_SETTING), value(MATCH_PARAMS_SETTING));
  }

  /** The stored rows of both keys; concurrent searches share one read, and a failed read is not kept. */
  private rows(): Promise<SettingRow[]> {
    const ttl = this.config.matchingSettingsCacheMs;
    if (ttl <= 0) return this.load();
    const now = Date.now();
    if (!this.snapshot || this.snapshot.expires <= now) {
      const rows = this.load();
      const snapshot = { expires: now + ttl, rows };
      this.snapshot = snapshot;
      rows.catch(() => {
        if (this.snapshot === snapshot) this.snapshot = null;
      });
    }
    return this.snapshot.rows;
  }

  private load(): Promise<SettingRow[]> {
    return this.settings.rowsOfKeys([MATCH_WEIGHTS_SETTING, MATCH_PARAMS_SETTING]) as Promise<SettingRow[]>;
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
