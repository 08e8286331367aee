import { Args, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../core/auth/actor.js';
import { CurrentActor } from '../../core/auth/current-actor.decorator.js';
import { Roles } from '../../core/auth/roles.decorator.js';
import { Role } from '../../core/domain/enums.js';
import { CareGap, MonthlyFigures, PolicyIndicator, RegionStatistics } from './statistics.model.js';
import { StatisticsService } from './statistics.service.js';

@Resolver(() => RegionStatistics)
export class StatisticsResolver {
  constructor(private readonly statistics: StatisticsService) {}

  @Query(() => RegionStatistics, { description: 'Figures of a region (a region-code prefix inside the officer\'s scope).' })
  @Roles(Role.CIVIL_AFFAIRS, Role.ADMIN)
  regionStatistics(
    @CurrentActor() actor: Actor,
    @Args('regionCode', { description: 'A known region code ("" for the whole country, admins only).' }) regionCode: string,
    @Args('from', { type: () => String, nullable: true, description: 'First month of the series, YYYY-MM or YYYY-MM-DD (China time); default: 11 months before `to`.' })
    from?: string | null,
    @Args('to', { type: () => String, nullable: true, description: 'Last month of the series, YYYY-MM or YYYY-MM-DD; default: the current month.' })
    to?: string | null,
  ) {
    return this.statistics.forRegion(actor, regionCode, from, to);
  }

  @ResolveField(() => [RegionStatistics], {
    description: 'The same figures for each child region (city, county, township), and an `unassigned` entry for records registered to this region itself: they add up to this region.',
  })
  children(stats: RegionStatistics) {
    return this.statistics.children(stats);
  }

  @ResolveField(() => [MonthlyFigures], { description: 'Month by month over the from/to window.' })
  monthly(stats: RegionStatistics) {
    return this.statistics.monthly(stats);
  }

  @ResolveField(() => [CareGap], { description: 'Townships ranked by the unmet need of dependent elders (the reach distance is a setting, default 10 km).' })
  careGaps(stats: RegionStatistics) {
    return this.statistics.careGaps(stats);
  }

  @ResolveField(() => [PolicyIndicator], { description: 'Policy indicators beside their targets: nursing-type bed share, centralized support of dependent extreme-poverty elders, grading.' })
  policyIndicators(stats: RegionStatistics) {
    return this.statistics.indicators(stats);
  }
}
