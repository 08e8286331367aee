import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../core/auth/actor.js';
import { CurrentActor } from '../../core/auth/current-actor.decorator.js';
import { Roles } from '../../core/auth/roles.decorator.js';
import { Role } from '../../core/domain/enums.js';
import { CareNeedInput } from './dto/care-need.input.js';
import { ProviderMatch } from './match.model.js';
import { MatchingService } from './matching.service.js';

@Resolver(() => ProviderMatch)
export class MatchingResolver {
  constructor(private readonly matching: MatchingService) {}

  @Query(() => [ProviderMatch], {
    description:
      'The providers that can take the need, best first, each with a 0-100 score and the reasons behind it. Providers that fail a ' +
      'hard filter (setting, care level, dementia care, free bed, service radius, services, distance, stars) are left out. ' +
      'FAMILY: own elders or an explicit location; CIVIL_AFFAIRS: elders in scope; ADMIN.',
  })
  @Roles(Role.FAMILY, Role.CIVIL_AFFAIRS, Role.ADMIN)
  matchProviders(
    @CurrentActor() actor: Actor,
    @Args('need', { type: () => CareNeedInput, description: 'What the elder needs; with elderId, location, care level and eligibility come from the elder\'s record.' }) need: CareNeedInput,
    @Args('first', { type: () => Int, defaultValue: 10, description: 'How many matches, 1 to 50.' }) first: number,
  ) {
    return this.matching.match(actor, need, first);
  }
}
