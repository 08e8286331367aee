import { Args, Context, ID, Resolver, Subscription } from '@nestjs/graphql';
import type { Actor } from '../../core/auth/actor.js';
import { CurrentActor } from '../../core/auth/current-actor.decorator.js';
import { Public, Roles } from '../../core/auth/roles.decorator.js';
import { Role } from '../../core/domain/enums.js';
import type { GraphQLContext } from '../../core/graphql/graphql-context.js';
import { BedCapacity } from '../capacity/bed-capacity.model.js';
import { BedLiveService } from './bed-live.service.js';
import { BedWaitlistEntryModel } from './bed.model.js';

@Resolver(() => BedWaitlistEntryModel)
export class BedLiveResolver {
  constructor(private readonly live: BedLiveService) {}

  @Subscription(() => BedCapacity, {
    description:
      'The changed category\'s counts of a provider after each change (staff update, reservation, admission, discharge, expiry). ' +
      'Public like the provider\'s capacity; NOT_FOUND for an unknown provider.',
    resolve: (row: unknown) => row,
  })
  @Public()
  bedCapacityChanged(
    @Context() ctx: GraphQLContext,
    @Args('providerId', { type: () => ID, description: 'The provider to watch.' }) providerId: string,
  ) {
    return this.live.watchCapacity(providerId, ctx);
  }

  @Subscription(() => BedWaitlistEntryModel, {
    description:
      'The elder\'s waitlist entry (with its position) each time its list changes: it moved up, was offered a bed, or the offer was ' +
      'accepted, declined or lapsed. For whoever may read the elder (else NOT_FOUND).',
    resolve: (entry: unknown) => entry,
  })
  @Roles(Role.FAMILY, Role.PROVIDER_STAFF, Role.CIVIL_AFFAIRS, Role.ADMIN)
  bedWaitlistChanged(
    @CurrentActor() actor: Actor,
    @Context() ctx: GraphQLContext,
    @Args('elderId', { type: () => ID, description: 'The elder whose entries to watch.' }) elderId: string,
  ) {
    return this.live.watchWaitlist(actor, elderId, ctx);
  }
}
