import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../core/auth/actor.js';
import { CurrentActor } from '../../core/auth/current-actor.decorator.js';
import { Roles } from '../../core/auth/roles.decorator.js';
import { Role } from '../../core/domain/enums.js';
import type { GraphQLContext } from '../../core/graphql/graphql-context.js';
import { PageArgs } from '../../core/graphql/pagination.js';
import type { ProviderEntity } from '../provider/provider.entity.js';
import { ProviderModel } from '../provider/provider.model.js';
import { BedCapacity, BedCapacityChangeConnection } from './bed-capacity.model.js';
import { CapacityLoaders } from './capacity.loaders.js';
import { CapacityService } from './capacity.service.js';
import { UpdateBedCapacityInput } from './dto/update-bed-capacity.input.js';

@Resolver(() => ProviderModel)
export class CapacityResolver {
  constructor(
    private readonly capacityService: CapacityService,
    private readonly loaders: CapacityLoaders,
  ) {}

  @Mutation(() => BedCapacity, { description: 'Sets total and occupied beds of a category (the provider\'s staff), guarded by expectedVersion.' })
  @Roles(Role.PROVIDER_STAFF)
  updateBedCapacity(@CurrentActor() actor: Actor, @Args('input', { description: 'Provider, category, the new total and occupied counts, and the version read last.' }) input: UpdateBedCapacityInput) {
    return this.capacityService.update(actor, input);
  }

  @Query(() => BedCapacityChangeConnection, { description: 'Changes of a provider\'s bed counts, newest first (its staff, officers in scope).' })
  @Roles(Role.PROVIDER_STAFF, Role.CIVIL_AFFAIRS, Role.ADMIN)
  bedCapacityHistory(@CurrentActor() actor: Actor, @Args('providerId', { type: () => ID, description: 'The provider whose changes to list.' }) providerId: string, @Args() page: PageArgs) {
    return this.capacityService.history(actor, providerId, page);
  }

  @ResolveField(() => [BedCapacity], { description: 'Beds by category: total, occupied, reserved, available.' })
  capacity(provider: ProviderEntity, _args: unknown, ctx: GraphQLContext) {
    return this.loaders.byProvider(ctx).load(provider.id);
  }
}
