import { Args, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../core/auth/actor.js';
import { CurrentActor } from '../../core/auth/current-actor.decorator.js';
import { Roles } from '../../core/auth/roles.decorator.js';
import { Role } from '../../core/domain/enums.js';
import { RegionStatistics } from './statistics.model.js';
import { StatisticsService } from './statistics.service.js';

@Resolver(() => RegionStatistics)
export class StatisticsResolver {
  constructor(private readonly statistics: StatisticsService) {}

  @Query(() => RegionStatistics, { description: 'Figures of a region (a region-code prefix inside the officer\'s scope).' })
  @Roles(Role.CIVIL_AFFAIRS, Role.ADMIN)
  regionStatistics(@CurrentActor() actor: Actor, @Args('regionCode', { description: 'A region code or prefix (digits, e.g. "3708" for Jining) inside the officer\'s scope; ADMIN any.' }) regionCode: string) {
    return this.statistics.forRegion(actor, regionCode);
  }
}
