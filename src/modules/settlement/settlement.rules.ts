import { Injectable } from '@nestjs/common';
import type { Actor } from '../../core/auth/actor.js';
import { UnitOfWork } from '../../core/database/unit-of-work.js';
import { Role } from '../../core/domain/enums.js';
import { badInput } from '../../core/errors/domain-error.js';
import { SettingsService } from '../../core/settings/settings.service.js';
import type { SettlementRulesInput } from './dto/settlement-rules.input.js';

/** Settings key (per region prefix, see SettingsService) holding overrides of any of the numbers below. */
export const SETTLEMENT_RULES_SETTING = 'settlement.rules';

/** The regional numbers of settlement. Data, not code: regions differ and rates are revised. */
export interface SettlementRules {
  /**
   * Monthly support per government-supported (特困集中供养) resident by care level, fen. A resident never assessed is
   * paid at the INTACT rate.
   */
  supportMonthlyFenByCareLevel: Record<'INTACT' | 'MILD' | 'MODERATE' | 'SEVERE' | 'TOTAL', number>;
  /** Monthly subsidy per active home bed (家庭养老床位), fen, prorated by days. */
  homeBedMonthlySubsidyFen: number;
  /** A visit shorter than this share of its booked length is held, basis points. */
  shortVisitShareBp: number;
  /** Straight-line travel between a caregiver's visits faster than this is held, km/h. */
  maxTravelKmh: number;
  /** Funding source (资金来源) of institutional support for government-supported residents. */
  institutionalSupportFundingSource: string;
  /** Funding source of the home-bed subsidy. */
  homeBedFundingSource: string;
}

export const DEFAULT_SETTLEMENT_RULES: Readonly<SettlementRules> = Object.freeze({
  supportMonthlyFenByCareLevel: { INTACT: 80_000, MILD: 100_000, MODERATE: 120_000, SEVERE: 150_000, TOTAL: 180_000 },
  homeBedMonthlySubsidyFen: 30_000,
  shortVisitShareBp: 5_000,
  maxTravelKmh: 60,
  institutionalSupportFundingSource: 'CITY',
  homeBedFundingSource: 'CITY',
});

/** The rules in force for many regions: defaults, then every matching prefix's override, the most specific last. */
@Injectable()
export class SettlementRulesService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly settings: SettingsService,
  ) {}

  /**
   * Overrides numbers for a region prefix ("" = national default): ADMIN anywhere, CIVIL_AFFAIRS inside their scope.
   * Fields not given keep their current value at that prefix; shorter prefixes keep applying through inheritance.
   */
  async set(actor: Actor, regionPrefix: string, input: SettlementRulesInput): Promise<SettlementRules> {
    if (!/^\d{0,12}$/.test(regionPrefix)) throw badInput('regionPrefix is 0 to 12 digits', [{ path: 'regionPrefix', message: 'must be 0 to 12 digits' }]);
    if (actor.role !== Role.ADMIN && !(actor.regionScope && regionPrefix.startsWith(actor.regionScope))) {
      throw badInput('The region is outside your scope', [{ path: 'regionPrefix', message: 'outside your region scope' }]);
    }
    const { supportRates, ...rest } = input;
    const changes: Partial<SettlementRules> = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined && v !== null));
    const rows: Array<{ value: Partial<SettlementRules> }> = await this.uow.manager.query(
      `SELECT value FROM settings WHERE key = $1 AND region_prefix = $2`,
      [SETTLEMENT_RULES_SETTING, regionPrefix],
    );
    const own = rows[0]?.value ?? {};
    const merged: Partial<SettlementRules> = { ...own, ...changes };
    if (supportRates?.length) {
      merged.supportMonthlyFenByCareLevel = {
        ...(own.supportMonthlyFenByCareLevel ?? {}),
        ...Object.fromEntries(supportRates.map((r) => [r.careLevel, r.monthlyFen])),
      } as SettlementRules['supportMonthlyFenByCareLevel'];
    }
    await this.settings.set(SETTLEMENT_RULES_SETTING, merged, regionPrefix, this.uow.manager);
    return this.forRegion(regionPrefix);
  }

  async forRegions(regionCodes: readonly string[]): Promise<Map<string, SettlementRules>> {
    const codes = [...new Set(regionCodes)];
    const rows: Array<{ region_prefix: string; value: Partial<SettlementRules> }> = codes.length
      ? await this.uow.manager.query(
          `SELECT region_prefix, value FROM settings WHERE key = $1 AND EXISTS (SELECT 1 FROM unnest($2::text[]) c WHERE c LIKE region_prefix || '%')
            ORDER BY length(region_prefix)`,
          [SETTLEMENT_RULES_SETTING, codes],
        )
      : [];
    const out = new Map<string, SettlementRules>();
    for (const code of codes) {
      const rules: SettlementRules = { ...DEFAULT_SETTLEMENT_RULES, supportMonthlyFenByCareLevel: { ...DEFAULT_SETTLEMENT_RULES.supportMonthlyFenByCareLevel } };
      for (const r of rows) {
        if (!code.startsWith(r.region_prefix)) continue;
        const { supportMonthlyFenByCareLevel, ...rest } = r.value ?? {};
        Object.assign(rules, rest);
        if (supportMonthlyFenByCareLevel) Object.assign(rules.supportMonthlyFenByCareLevel, supportMonthlyFenByCareLevel);
      }
      out.set(code, rules);
    }
    return out;
  }

  async forRegion(regionCode: string): Promise<SettlementRules> {
    return (await this.forRegions([regionCode])).get(regionCode)!;
  }
}
