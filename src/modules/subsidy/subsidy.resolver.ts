import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../core/auth/actor.js';
import { CurrentActor } from '../../core/auth/current-actor.decorator.js';
import { Roles } from '../../core/auth/roles.decorator.js';
import { Role } from '../../core/domain/enums.js';
import { SetSubsidyRulesInput } from './dto/subsidy-rules.input.js';
import { DEFAULT_FUNDING_SOURCE, FULL_COVERAGE_BP } from './subsidy.policy.js';
import { SubsidyRuleSetModel } from './subsidy.model.js';
import { SubsidyService, type RuleSet } from './subsidy.service.js';

const toModel = (set: RuleSet): SubsidyRuleSetModel => ({
  id: set.id,
  regionPrefix: set.regionPrefix,
  effectiveFrom: set.effectiveFrom,
  rules: set.rules.map((r, position) => ({
    id: r.id,
    position,
    code: r.code,
    anyOfCategories: [...(r.anyOfCategories ?? [])],
    minAge: r.minAge ?? null,
    minCareLevel: r.minCareLevel ?? null,
    monthlyAllowanceFen: r.monthlyAllowanceFen,
    coverageRateBp: r.coverageRateBp,
    coverageRate: r.coverageRateBp / FULL_COVERAGE_BP,
    basis: r.basis,
    fundingSource: r.fundingSource ?? DEFAULT_FUNDING_SOURCE,
  })) as SubsidyRuleSetModel['rules'],
});

@Resolver(() => SubsidyRuleSetModel)
export class SubsidyResolver {
  constructor(private readonly subsidies: SubsidyService) {}

  @Query(() => SubsidyRuleSetModel, { description: 'The home-care subsidy rules in force for a region code at a time (default now).' })
  @Roles(...Object.values(Role).filter((r) => r !== Role.DEVICE))
  async subsidyRules(
    @Args('regionCode', { description: 'A region code; the rules of its most specific configured prefix apply.' }) regionCode: string,
    @Args('at', { type: () => Date, nullable: true, description: 'Default now.' }) at?: Date | null,
  ): Promise<SubsidyRuleSetModel> {
    return toModel(await this.subsidies.ruleSetFor(regionCode, at ?? new Date()));
  }

  @Mutation(() => SubsidyRuleSetModel, { description: 'Publishes new subsidy rules for a region prefix from now or a later time. CIVIL_AFFAIRS in scope, ADMIN.' })
  @Roles(Role.CIVIL_AFFAIRS, Role.ADMIN)
  async setSubsidyRules(@CurrentActor() actor: Actor, @Args('input', { description: 'Region prefix, start time and the full list of rules.' }) input: SetSubsidyRulesInput): Promise<SubsidyRuleSetModel> {
    return toModel(await this.subsidies.publish(actor, input));
  }
}
