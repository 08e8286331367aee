import { Injectable } from '@nestjs/common';
import type { Actor } from '../../core/auth/actor.js';
import { regionCovers } from '../../core/access/region-code.js';
import { UnitOfWork } from '../../core/database/unit-of-work.js';
import { Role, type CareLevel, type ElderCategory } from '../../core/domain/enums.js';
import { mapConstraintError } from '../../core/errors/database-errors.js';
import { badInput, conflict, notFound } from '../../core/errors/domain-error.js';
import type { SetSubsidyRulesInput } from './dto/subsidy-rules.input.js';
import { ageOn } from '../../core/domain/china-calendar.js';
import type { CareLevelName, ElderCategoryName } from '../../core/domain/enums.js';
import { DEFAULT_FUNDING_SOURCE, evaluateSubsidy, subsidyRuleErrors, type SubsidyEligibility, type SubsidyRule } from './subsidy.policy.js';
import { RegionService } from '../region/region.service.js';

/** What the subsidy rules look at of an elder (the elder module's ElderRecord has these). */
export interface SubsidyApplicant {
  regionCode: string;
  /** YYYY-MM-DD */
  birthDate: string;
  verifiedCategories: readonly ElderCategoryName[];
  careLevel: CareLevelName | null;
}

/** An elder's subsidy figures and where they come from. */
export interface SubsidyFigures extends SubsidyEligibility {
  /** Monthly allowance in fen. */
  monthlyAllowanceFen: number;
  /** Share of each visit's price covered, in basis points 0..10000. */
  coverageRateBp: number;
  /** The rule that applied, in words. */
  basis: string;
  /** Row id of the rule that applied (stable: rule rows are never changed), or null when none did. */
  ruleId: string | null;
  /** Short code of that rule (e.g. `default:extreme-poverty`), or null. */
  ruleCode: string | null;
  /** Funding source (资金来源) of that rule's subsidy (CITY when no rule applied). */
  fundingSource: string;
  /** The rule set used: its region prefix ('' = national default) and since when it is in force. */
  ruleSetId: string;
  regionPrefix: string;
  effectiveFrom: Date;
}

export interface RuleSet {
  id: string;
  regionPrefix: string;
  effectiveFrom: Date;
  rules: Array<SubsidyRule & { code: string }>;
}

/** Clock skew tolerated for an `effectiveFrom` of "now" sent by a client. */
export const EFFECTIVE_FROM_SKEW_MS = 60_000;

/** Every prefix of a region code, the empty one included ('370811' -> '', '3', '37', ... '370811'). */
const prefixesOf = (code: string) => Array.from({ length: code.length + 1 }, (_, i) => code.slice(0, i));

/**
 * Home-care subsidy eligibility under the regional rules in force at a given time. The most specific region
 * prefix that has a rule set in force wins (a region's set replaces its parent's as a whole); within a prefix,
 * the set with the latest `effective_from` not after `at`. Sets are immutable, so asking about a past time
 * reproduces the figures of that time.
 */
/** A rule set's rules in order, as JSON rows of subsidy_rules, selected with the set (`s`). */
const RULES_OF_SET = `coalesce((SELECT json_agg(r ORDER BY r.position) FROM subsidy_rules r WHERE r.rule_set_id = s.id), '[]'::json) AS rules`;

interface RuleSetRow {
  id: string;
  region_prefix: string;
  effective_from: Date;
  rules: Array<{
    id: string;
    code: string;
    any_of_categories: string[];
    min_age: number | null;
    min_care_level: string | null;
    monthly_allowance_fen: number;
    coverage_rate_bp: number;
    basis: string;
    funding_source: string;
  }>;
}

const toRuleSet = (s: RuleSetRow): RuleSet => ({
  id: s.id,
  regionPrefix: s.region_prefix,
  effectiveFrom: s.effective_from,
  rules: s.rules.map((r) => ({
    id: r.id,
    code: r.code,
    anyOfCategories: r.any_of_categories as ElderCategory[],
    minAge: r.min_age,
    minCareLevel: r.min_care_level as CareLevel | null,
    monthlyAllowanceFen: r.monthly_allowance_fen,
    coverageRateBp: r.coverage_rate_bp,
    basis: r.basis,
    fundingSource: r.funding_source,
  })),
});

@Injectable()
export class SubsidyService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly regions: RegionService,
  ) {}

  /**
   * The elder's subsidy at `at` (default now). The age is taken at `at`; categories and care level are the
   * record's current ones (history of those is kept by the modules that record them).
   */
  async eligibilityFor(elder: SubsidyApplicant, at: Date = new Date()): Promise<SubsidyFigures> {
    return (await this.eligibilityForMany([elder], at))[0];
  }

  /** Figures for many elders with two queries in all (DataLoader batches). */
  async eligibilityForMany(elders: readonly SubsidyApplicant[], at: Date = new Date()): Promise<SubsidyFigures[]> {
    const sets = await this.ruleSetsFor(elders.map((e) => e.regionCode), at);
    return elders.map((elder) => {
      const set = sets.get(elder.regionCode)!;
      const result = evaluateSubsidy(set.rules, {
        categories: elder.verifiedCategories,
        age: ageOn(elder.birthDate, at),
        careLevel: elder.careLevel,
      });
      return {
        ...result,
        ruleCode: set.rules.find((r) => r.id === result.ruleId)?.code ?? null,
        fundingSource: set.rules.find((r) => r.id === result.ruleId)?.fundingSource ?? DEFAULT_FUNDING_SOURCE,
        ruleSetId: set.id,
        regionPrefix: set.regionPrefix,
        effectiveFrom: set.effectiveFrom,
      };
    });
  }

  /**
   * The rule set in force at `at` for each region code, with its rules, in one query (the latest set of each matching
   * prefix; the longest matching prefix wins). The seeded national set guarantees one exists.
   */
  async ruleSetsFor(regionCodes: readonly string[], at: Date): Promise<Map<string, RuleSet>> {
    const codes = [...new Set(regionCodes)];
    const prefixes = [...new Set(codes.flatMap(prefixesOf))];
    const setRows: RuleSetRow[] = await this.uow.manager.query(
      `SELECT DISTINCT ON (s.region_prefix) s.id, s.region_prefix, s.effective_from, ${RULES_OF_SET}
         FROM subsidy_rule_sets s
        WHERE s.region_prefix = ANY($1) AND s.effective_from <= $2
        ORDER BY s.region_prefix, s.effective_from DESC, s.id`,
      [prefixes, at],
    );
    setRows.sort((a, b) => b.region_prefix.length - a.region_prefix.length);
    const out = new Map<string, RuleSet>();
    for (const code of codes) {
      const hit = setRows.find((row) => code.startsWith(row.region_prefix));
      if (!hit) throw new Error('No subsidy rule set in force (the national default set is missing)');
      out.set(code, toRuleSet(hit));
    }
    return out;
  }

  /** The rule set in force for a region code at `at` (default now), for anyone signed in: the rules are public policy. */
  async ruleSetFor(regionCode: string, at: Date = new Date()): Promise<RuleSet> {
    if (!/^\d{0,12}$/.test(regionCode)) throw badInput('regionCode must be digits', [{ path: 'regionCode', message: '0 to 12 digits' }]);
    return (await this.ruleSetsFor([regionCode], at)).get(regionCode)!;
  }

  /**
   * Publishes a new rule set for a region prefix: CIVIL_AFFAIRS inside its scope, ADMIN anywhere (the national
   * default included). It takes effect at `effectiveFrom`, never earlier than now, so figures already given for a
   * past time stay what they were.
   */
  async publish(actor: Actor, input: SetSubsidyRulesInput): Promise<RuleSet> {
    await this.regions.requirePrefix(input.regionPrefix, 'input.regionPrefix', true);
    const allowed = actor.role === Role.ADMIN || (actor.role === Role.CIVIL_AFFAIRS && regionCovers(actor.regionScope, input.regionPrefix));
    if (!allowed) throw notFound('Region');
    const now = Date.now();
    const effectiveFrom = input.effectiveFrom ?? new Date(now);
    if (effectiveFrom.getTime() < now - EFFECTIVE_FROM_SKEW_MS) {
      throw badInput('A rule change cannot take effect in the past', [{ path: 'input.effectiveFrom', message: 'must be now or later' }]);
    }
    const bad = subsidyRuleErrors(input.rules.map((r) => ({ ...r, anyOfCategories: r.anyOfCategories ?? [] })));
    const codes = new Set<string>();
    input.rules.forEach((r, i) => (codes.has(r.code) ? bad.push(`rules[${i}].code`) : codes.add(r.code)));
    if (bad.length) throw badInput('Invalid subsidy rules', bad.map((path) => ({ path: `input.${path}`, message: 'invalid or repeated' })));
    try {
      const id = await this.uow.run(async () => {
        const [{ id: setId }] = await this.uow.manager.query(
          `INSERT INTO subsidy_rule_sets (region_prefix, effective_from, created_by) VALUES ($1, $2, $3) RETURNING id`,
          [input.regionPrefix, effectiveFrom, actor.userId],
        );
        for (const [position, r] of input.rules.entries()) {
          await this.uow.manager.query(
            `INSERT INTO subsidy_rules (rule_set_id, position, code, any_of_categories, min_age, min_care_level,
               monthly_allowance_fen, coverage_rate_bp, basis, funding_source) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
            [setId, position, r.code, r.anyOfCategories ?? [], r.minAge ?? null, r.minCareLevel ?? null, r.monthlyAllowanceFen, r.coverageRateBp, r.basis,
              r.fundingSource ?? DEFAULT_FUNDING_SOURCE],
          );
        }
        return setId as string;
      });
      return (await this.ruleSetsById([id]))[0];
    } catch (error) {
      mapConstraintError(error, {
        subsidy_rule_sets_region_from_key: () => conflict('RULE_SET_EXISTS', 'A rule set for this region prefix starts at that exact time already'),
      });
    }
  }

  private async ruleSetsById(ids: string[]): Promise<RuleSet[]> {
    const sets: RuleSetRow[] = await this.uow.manager.query(
      `SELECT s.id, s.region_prefix, s.effective_from, ${RULES_OF_SET} FROM subsidy_rule_sets s WHERE s.id = ANY($1::uuid[])`,
      [ids],
    );
    return sets.map(toRuleSet);
  }

}
