import { gradeInForce } from './provider-grade.policy.js';
import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../core/auth/actor.js';
import { CurrentActor } from '../../core/auth/current-actor.decorator.js';
import { Public, Roles } from '../../core/auth/roles.decorator.js';
import { Role } from '../../core/domain/enums.js';
import { GeoPoint } from '../../core/graphql/geo-point.js';
import type { GraphQLContext } from '../../core/graphql/graphql-context.js';
import { InputValidationPipe } from '../../core/graphql/input-validation.pipe.js';
import { PageArgs } from '../../core/graphql/pagination.js';
import { CreateProviderInput, ProviderFilter, ServiceOfferingInput, UpdateProviderInput } from './dto/provider.input.js';
import type { ProviderEntity } from './provider.entity.js';
import { ProviderLoaders } from './provider.loaders.js';
import { CurrentRating, ProviderConnection, ProviderModel, ReviewSummary, ServiceOffering } from './provider.model.js';
import { ProviderService } from './provider.service.js';

@Resolver(() => ProviderModel)
export class ProviderResolver {
  constructor(
    private readonly providerService: ProviderService,
    private readonly loaders: ProviderLoaders,
  ) {}

  @Query(() => ProviderModel, { nullable: true, description: 'A provider\'s public facts; null when there is none with this id.' })
  @Public()
  provider(@Args('id', { type: () => ID, description: 'The provider (from `providers` or `createProvider`).' }) id: string) {
    return this.providerService.getPublic(id);
  }

  @Query(() => ProviderConnection, { description: 'The public provider finder.' })
  @Public()
  providers(
    @Args('filter', { type: () => ProviderFilter, nullable: true, description: 'Optional filter: kinds, region prefix, ownership, distance from a point, a free bed category, minimum stars.' }) filter: ProviderFilter,
    @Args() page: PageArgs,
  ) {
    return this.providerService.list(filter, page);
  }

  @Mutation(() => ProviderModel, { description: 'Registers a provider in the caller\'s region scope.' })
  @Roles(Role.CIVIL_AFFAIRS, Role.ADMIN)
  createProvider(@CurrentActor() actor: Actor, @Args('input', { description: 'The registry entry of the new provider; its region code must be in the officer\'s scope.' }) input: CreateProviderInput) {
    return this.providerService.create(actor, input);
  }

  @Mutation(() => ProviderModel, { description: 'Changes a provider\'s registry entry (officer in scope or admin).' })
  @Roles(Role.CIVIL_AFFAIRS, Role.ADMIN)
  updateProvider(@CurrentActor() actor: Actor, @Args('id', { type: () => ID, description: 'The provider to change.' }) id: string, @Args('input', { description: 'Fields to change; fields left out stay as they are.' }) input: UpdateProviderInput) {
    return this.providerService.update(actor, id, input);
  }

  @Mutation(() => ProviderModel, { description: 'Replaces the services and prices the provider offers (its staff).' })
  @Roles(Role.PROVIDER_STAFF, Role.ADMIN)
  setProviderServices(
    @CurrentActor() actor: Actor,
    @Args('providerId', { type: () => ID, description: 'The provider the calling staff member works for.' }) providerId: string,
    @Args('services', { type: () => [ServiceOfferingInput], description: 'The full list of services offered, one per kind (replaces the current list; [] offers nothing).' }, new InputValidationPipe(ServiceOfferingInput)) services: ServiceOfferingInput[],
  ) {
    return this.providerService.setServices(actor, providerId, services);
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'Unified social credit code (统一社会信用代码); shown to the provider\'s staff, officers in scope and admins, null for others.',
  })
  creditCode(provider: ProviderEntity, _args: unknown, ctx: GraphQLContext): string | null {
    return this.providerService.creditCodeFor(ctx.actor, provider);
  }

  @ResolveField(() => GeoPoint, { description: 'Where the provider is.' })
  location(provider: ProviderEntity): GeoPoint {
    return { latitude: provider.latitude, longitude: provider.longitude };
  }

  @ResolveField(() => [ServiceOffering], { description: 'Services offered and their prices.' })
  services(provider: ProviderEntity, _args: unknown, ctx: GraphQLContext) {
    return this.loaders.services(ctx).load(provider.id);
  }

  @ResolveField(() => CurrentRating, { nullable: true, description: 'The official star grade in force; null when none or expired.' })
  currentRating(provider: ProviderEntity): CurrentRating | null {
    const stars = gradeInForce(provider);
    if (stars == null) return null;
    return { assessmentId: provider.currentRatingId, stars, validUntil: provider.currentRatingValidUntil! };
  }

  @ResolveField(() => ReviewSummary, { description: 'Families\' reviews of completed visits (not an official grade).' })
  reviewSummary(provider: ProviderEntity): ReviewSummary {
    return {
      count: provider.reviewCount,
      average: provider.reviewCount > 0 ? Math.round((provider.reviewSum / provider.reviewCount) * 100) / 100 : null,
    };
  }
}
