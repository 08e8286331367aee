import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../core/auth/actor.js';
import { CurrentActor } from '../../core/auth/current-actor.decorator.js';
import { Roles } from '../../core/auth/roles.decorator.js';
import { Role } from '../../core/domain/enums.js';
import type { GraphQLContext } from '../../core/graphql/graphql-context.js';
import { ProviderLoaders } from '../provider/provider.loaders.js';
import { ProviderModel } from '../provider/provider.model.js';
import { RegisterHomeBedInput } from './dto/home-bed.input.js';
import { HomeBedGeneration, HomeBedModel, HomeBedPlanItem } from './home-bed.model.js';
import { HomeBedService, type HomeBedRecord } from './home-bed.service.js';

@Resolver(() => HomeBedModel)
export class HomeBedResolver {
  constructor(
    private readonly homeBedService: HomeBedService,
    private readonly providerLoaders: ProviderLoaders,
  ) {}

  @Mutation(() => HomeBedGeneration, {
    description: 'Registers a home bed with a weekly plan and books its visits up to the horizon (default 4 weeks). '
      + 'The provider\'s staff (for an elder it serves), the guardian, or an officer in scope.',
  })
  @Roles(Role.PROVIDER_STAFF, Role.FAMILY, Role.CIVIL_AFFAIRS)
  registerHomeBed(@CurrentActor() actor: Actor, @Args('input', { description: 'Provider, elder and the weekly visit plan of the home bed.' }) input: RegisterHomeBedInput) {
    return this.homeBedService.register(actor, input);
  }

  @Mutation(() => HomeBedGeneration, { description: 'Books the plan\'s visits that have come within the horizon (also done daily).' })
  @Roles(Role.PROVIDER_STAFF, Role.FAMILY, Role.CIVIL_AFFAIRS)
  extendHomeBedVisits(@CurrentActor() actor: Actor, @Args('homeBedId', { type: () => ID, description: 'The ACTIVE home bed whose plan to book ahead (from `registerHomeBed` or `homeBeds`).' }) homeBedId: string) {
    return this.homeBedService.extend(actor, homeBedId);
  }

  @Mutation(() => HomeBedModel, { description: 'Ends a home bed; its visits that have not started are cancelled.' })
  @Roles(Role.PROVIDER_STAFF, Role.FAMILY, Role.CIVIL_AFFAIRS)
  endHomeBed(@CurrentActor() actor: Actor, @Args('homeBedId', { type: () => ID, description: 'The ACTIVE home bed to end (from `registerHomeBed` or `homeBeds`).' }) homeBedId: string, @Args('reason', { description: 'Why the bed ends; the first 500 characters are kept on the bed and its cancelled visits.' }) reason: string) {
    return this.homeBedService.end(actor, homeBedId, reason.slice(0, 500));
  }

  @Query(() => HomeBedModel, { nullable: true, description: 'One home bed; null when missing or not visible.' })
  @Roles(Role.PROVIDER_STAFF, Role.FAMILY, Role.CIVIL_AFFAIRS)
  homeBed(@CurrentActor() actor: Actor, @Args('id', { type: () => ID, description: 'The home bed (from `registerHomeBed` or `homeBeds`).' }) id: string) {
    return this.homeBedService.getVisible(actor, id);
  }

  @Query(() => [HomeBedModel], { description: 'A provider\'s home beds (its staff, officers in scope, admins).' })
  @Roles(Role.PROVIDER_STAFF, Role.CIVIL_AFFAIRS, Role.ADMIN)
  homeBeds(@CurrentActor() actor: Actor, @Args('providerId', { type: () => ID, description: 'The provider whose home beds to list.' }) providerId: string) {
    return this.homeBedService.listForProvider(actor, providerId);
  }

  @ResolveField(() => [HomeBedPlanItem], { description: 'The weekly care plan.' })
  plan(bed: HomeBedRecord): HomeBedPlanItem[] {
    return this.homeBedService.planView(bed);
  }

  @ResolveField(() => ProviderModel, { description: 'The provider serving the bed.' })
  provider(bed: HomeBedRecord, _args: unknown, ctx: GraphQLContext) {
    return this.providerLoaders.byId(ctx).load(bed.providerId);
  }
}
