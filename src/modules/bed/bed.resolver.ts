import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../core/auth/actor.js';
import { CurrentActor } from '../../core/auth/current-actor.decorator.js';
import { Roles } from '../../core/auth/roles.decorator.js';
import { BedCategory, Role } from '../../core/domain/enums.js';
import type { GraphQLContext } from '../../core/graphql/graphql-context.js';
import { PageArgs } from '../../core/graphql/pagination.js';
import { ElderLoaders } from '../elder/elder.loaders.js';
import { ElderModel } from '../elder/elder.model.js';
import { ProviderLoaders } from '../provider/provider.loaders.js';
import { ProviderModel } from '../provider/provider.model.js';
import { BedLoaders } from './bed.loaders.js';
import {
  BedReservationConnection,
  BedReservationEventModel,
  BedReservationModel,
  BedWaitlistEntryModel,
  BedWaitlistOfferModel,
} from './bed.model.js';
import { BedReservationService } from './bed-reservation.service.js';
import { BedWaitlistService } from './bed-waitlist.service.js';
import { BedReservationFilter } from './dto/bed-reservation-filter.input.js';
import { ReserveBedInput } from './dto/reserve-bed.input.js';
import { JoinBedWaitlistInput } from './dto/waitlist.input.js';

const READERS = [Role.FAMILY, Role.PROVIDER_STAFF, Role.CIVIL_AFFAIRS, Role.ADMIN];

@Resolver(() => BedReservationModel)
export class BedReservationResolver {
  constructor(
    private readonly reservations: BedReservationService,
    private readonly loaders: BedLoaders,
    private readonly providerLoaders: ProviderLoaders,
    private readonly elderLoaders: ElderLoaders,
  ) {}

  @Mutation(() => BedReservationModel, {
    description:
      'Holds a bed of a category for an elder (a guardian, or an officer in scope) until expiresAt. NO_BED_AVAILABLE when none is ' +
      'free for this elder; ACTIVE_RESERVATION_EXISTS when the elder already holds or occupies a bed.',
  })
  @Roles(Role.FAMILY, Role.CIVIL_AFFAIRS)
  reserveBed(@CurrentActor() actor: Actor, @Args('input', { description: 'Provider, elder, bed category and the idempotency key of the reservation.' }) input: ReserveBedInput) {
    return this.reservations.reserve(actor, input);
  }

  @Mutation(() => BedReservationModel, { description: 'The provider\'s staff admit the elder of a HELD reservation (入住).' })
  @Roles(Role.PROVIDER_STAFF)
  admitReservation(@CurrentActor() actor: Actor, @Args('reservationId', { type: () => ID, description: 'The HELD reservation (from `reserveBed` or `bedReservations`).' }) reservationId: string) {
    return this.reservations.admit(actor, reservationId);
  }

  @Mutation(() => BedReservationModel, {
    description: 'Gives a HELD bed back (the provider\'s staff, a guardian or an officer in scope); for a waitlist offer this declines it.',
  })
  @Roles(Role.FAMILY, Role.CIVIL_AFFAIRS, Role.PROVIDER_STAFF)
  releaseReservation(
    @CurrentActor() actor: Actor,
    @Args('reservationId', { type: () => ID, description: 'The HELD reservation to give up.' }) reservationId: string,
    @Args('reason', { description: 'Why, 1 to 500 characters.' }) reason: string,
  ) {
    return this.reservations.release(actor, reservationId, reason);
  }

  @Mutation(() => BedReservationModel, { description: 'The provider\'s staff record that an ADMITTED resident has left; the bed is free again.' })
  @Roles(Role.PROVIDER_STAFF)
  dischargeResident(
    @CurrentActor() actor: Actor,
    @Args('reservationId', { type: () => ID, description: 'The ADMITTED reservation of the resident who leaves.' }) reservationId: string,
    @Args('reason', { description: 'Why, 1 to 500 characters.' }) reason: string,
  ) {
    return this.reservations.discharge(actor, reservationId, reason);
  }

  @Query(() => BedReservationModel, { nullable: true, description: 'A reservation; null when missing or not visible to the caller.' })
  @Roles(...READERS)
  bedReservation(@CurrentActor() actor: Actor, @Args('id', { type: () => ID, description: 'The reservation (from `reserveBed` or `bedReservations`).' }) id: string) {
    return this.reservations.getVisible(actor, id);
  }

  @Query(() => BedReservationConnection, {
    description:
      'Reservations newest first: a family sees its elders\', staff their provider\'s, an officer those at providers or of elders in scope.',
  })
  @Roles(...READERS)
  bedReservations(
    @CurrentActor() actor: Actor,
    @Args('filter', { type: () => BedReservationFilter, nullable: true, description: 'Optional filter by provider, elder, status and category; the caller\'s scope always applies.' }) filter: BedReservationFilter,
    @Args() page: PageArgs,
  ) {
    return this.reservations.list(actor, filter, page);
  }

  @ResolveField(() => ProviderModel, { description: 'The provider holding the bed.' })
  provider(r: BedReservationModel, _args: unknown, ctx: GraphQLContext) {
    return this.providerLoaders.byId(ctx).load(r.providerId);
  }

  @ResolveField(() => ElderModel, {
    nullable: true,
    description: 'The elder the bed is for, as the elder visibility rule lets the caller see it (see Elder.view); null when not at all.',
  })
  elder(r: BedReservationModel, _args: unknown, ctx: GraphQLContext) {
    return this.elderLoaders.visibleById(ctx).load(r.elderId);
  }

  @ResolveField(() => [BedReservationEventModel], { description: 'Every transition, oldest first, with actor and time.' })
  events(r: BedReservationModel, _args: unknown, ctx: GraphQLContext) {
    return this.loaders.events(ctx).load(r.id);
  }

  @ResolveField(() => BedWaitlistOfferModel, { nullable: true, description: 'The waitlist offer this hold was created for; null for a direct reservation.' })
  offer(r: BedReservationModel, _args: unknown, ctx: GraphQLContext) {
    return this.loaders.offerOfReservation(ctx).load(r.id);
  }

  @ResolveField(() => Boolean, { description: 'True when the hold was created automatically for a waitlist entry.' })
  async fromWaitlist(r: BedReservationModel, _args: unknown, ctx: GraphQLContext) {
    return (await this.loaders.offerOfReservation(ctx).load(r.id)) !== null;
  }
}

@Resolver(() => BedWaitlistEntryModel)
export class BedWaitlistResolver {
  constructor(
    private readonly waitlist: BedWaitlistService,
    private readonly loaders: BedLoaders,
    private readonly providerLoaders: ProviderLoaders,
    private readonly elderLoaders: ElderLoaders,
  ) {}

  @Mutation(() => BedWaitlistEntryModel, {
    description:
      'Puts an elder on a provider\'s waitlist (轮候) for a category (a guardian or an officer in scope). Refused with BED_AVAILABLE when ' +
      'a bed is free for the elder (reserve it instead). Joining again returns the open entry.',
  })
  @Roles(Role.FAMILY, Role.CIVIL_AFFAIRS)
  joinBedWaitlist(@CurrentActor() actor: Actor, @Args('input', { description: 'Provider, elder and bed category to wait for; only when no bed of it is free.' }) input: JoinBedWaitlistInput) {
    return this.waitlist.join(actor, input);
  }

  @Mutation(() => BedWaitlistEntryModel, { description: 'Takes a WAITING entry off the list (a guardian or an officer in scope).' })
  @Roles(Role.FAMILY, Role.CIVIL_AFFAIRS)
  leaveBedWaitlist(@CurrentActor() actor: Actor, @Args('entryId', { type: () => ID, description: 'The WAITING entry (from `joinBedWaitlist` or `elderBedWaitlist`).' }) entryId: string) {
    return this.waitlist.leave(actor, entryId);
  }

  @Query(() => [BedWaitlistEntryModel], {
    description:
      'Open entries (WAITING, OFFERED) of a provider\'s category in priority order with positions: its staff, officers in scope and ' +
      'admins see all; a family sees its own elders\' entries.',
  })
  @Roles(...READERS)
  bedWaitlist(
    @CurrentActor() actor: Actor,
    @Args('providerId', { type: () => ID, description: 'The provider whose list to read.' }) providerId: string,
    @Args('category', { type: () => BedCategory, description: 'The bed category of the list.' }) category: BedCategory,
  ) {
    return this.waitlist.list(actor, providerId, category);
  }

  @Query(() => [BedWaitlistEntryModel], { description: 'An elder\'s waitlist entries, newest first (anyone who may read the elder).' })
  @Roles(...READERS)
  elderBedWaitlist(@CurrentActor() actor: Actor, @Args('elderId', { type: () => ID, description: 'The elder.' }) elderId: string) {
    return this.waitlist.forElder(actor, elderId);
  }

  @ResolveField(() => ProviderModel, { description: 'The provider.' })
  provider(e: BedWaitlistEntryModel, _args: unknown, ctx: GraphQLContext) {
    return this.providerLoaders.byId(ctx).load(e.providerId);
  }

  @ResolveField(() => ElderModel, {
    nullable: true,
    description: 'The elder waiting, as the elder visibility rule lets the caller see it (see Elder.view); null when not at all.',
  })
  elder(e: BedWaitlistEntryModel, _args: unknown, ctx: GraphQLContext) {
    return this.elderLoaders.visibleById(ctx).load(e.elderId);
  }

  @ResolveField(() => [BedWaitlistOfferModel], { description: 'Beds offered to this entry, newest first.' })
  offers(e: BedWaitlistEntryModel, _args: unknown, ctx: GraphQLContext) {
    return this.loaders.offersOfEntry(ctx).load(e.id);
  }
}
