import { Args, ID, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../core/auth/actor.js';
import { CurrentActor } from '../../core/auth/current-actor.decorator.js';
import { Roles } from '../../core/auth/roles.decorator.js';
import { Role, ServiceKind } from '../../core/domain/enums.js';
import { GeoPointInput } from '../../core/graphql/geo-point.js';
import type { GraphQLContext } from '../../core/graphql/graphql-context.js';
import { PageArgs } from '../../core/graphql/pagination.js';
import { ElderLoaders } from '../elder/elder.loaders.js';
import { ElderModel } from '../elder/elder.model.js';
import { UserModel } from '../identity/user.model.js';
import { ProviderLoaders } from '../provider/provider.loaders.js';
import { ProviderModel } from '../provider/provider.model.js';
import { BookHomeCareVisitInput, HomeCareOrderFilter } from './dto/home-care-order.input.js';
import { HomeCareRulesInput } from './dto/home-care-rules.input.js';
import { HomeCareRulesService, type HomeCareRules } from './home-care.rules.js';
import { formatClock } from './visit-slot.policy.js';
import { HomeCareLoaders } from './home-care.loaders.js';
import {
  HomeCareOrderConnection,
  HomeCareOrderModel,
  HomeCareProviderSettings,
  HomeCareRulesModel,
  OrderEvent,
  OrderReview,
  TimeSlot,
  VisitCheck,
} from './home-care.model.js';
import type { HomeCareOrderRecord } from './home-care-order.record.js';
import { HomeCareOrderReads } from './home-care-order-reads.service.js';
import { HomeCareBookingService } from './home-care-booking.service.js';
import { HomeCareLifecycleService } from './home-care-lifecycle.service.js';
import { VisitTaskResultInput } from './dto/visit-task-result.input.js';

const ALL_ROLES = [Role.FAMILY, Role.CAREGIVER, Role.PROVIDER_STAFF, Role.CIVIL_AFFAIRS, Role.ADMIN];

const rulesModel = (regionCode: string, r: HomeCareRules): HomeCareRulesModel => {
  const { defaultWeeklyHours, utcOffsetMinutes: _offset, ...numbers } = r;
  return {
    regionCode,
    ...numbers,
    defaultWorkingHours: defaultWeeklyHours.map((p) => ({ weekday: p.weekday, startTime: formatClock(p.startMinute), endTime: formatClock(p.endMinute) })),
  };
};

/** The configurable numbers of home care, readable by anyone signed in, set by admins and officers in scope. */
@Resolver(() => HomeCareRulesModel)
export class HomeCareRulesResolver {
  constructor(private readonly rules: HomeCareRulesService) {}

  @Query(() => HomeCareRulesModel, { description: 'The home-care numbers in force for a region code ("" for the national default).' })
  @Roles(...ALL_ROLES)
  async homeCareRules(@Args('regionCode', { type: () => String, defaultValue: '', description: 'A region code (6, 9 or 12 digits); the most specific configured prefix wins. "" (the default) reads the national default.' }) regionCode: string) {
    return rulesModel(regionCode, await this.rules.forRegion(regionCode));
  }

  @Mutation(() => HomeCareRulesModel, { description: 'Overrides home-care numbers for a region prefix (ADMIN anywhere, CIVIL_AFFAIRS in scope).' })
  @Roles(Role.ADMIN, Role.CIVIL_AFFAIRS)
  async setHomeCareRules(
    @CurrentActor() actor: Actor,
    @Args('regionPrefix', { description: 'The region-code prefix the numbers apply to (1 to 12 digits; "" for the national default, ADMIN only).' }) regionPrefix: string,
    @Args('input', { description: 'The numbers to set at this prefix; fields left out keep what they had here (or inherit from shorter prefixes).' }) input: HomeCareRulesInput,
  ) {
    return rulesModel(regionPrefix, await this.rules.set(actor, regionPrefix, input));
  }
}

@Resolver(() => HomeCareOrderModel)
export class HomeCareOrderResolver {
  constructor(
    private readonly booking: HomeCareBookingService,
    private readonly lifecycle: HomeCareLifecycleService,
    private readonly reads: HomeCareOrderReads,
    private readonly loaders: HomeCareLoaders,
    private readonly providerLoaders: ProviderLoaders,
    private readonly elderLoaders: ElderLoaders,
  ) {}

  @Query(() => [TimeSlot], {
    description: 'Start times in [from, to] at which a qualified caregiver of the provider is free for the whole visit, with how many are. '
      + 'Give elderId to leave out times that overlap that elder\'s own visits.',
  })
  @Roles(...ALL_ROLES)
  async availableVisitSlots(
    @CurrentActor() actor: Actor,
    @Args('providerId', { type: () => ID, description: 'The provider that would deliver the visit.' }) providerId: string,
    @Args('service', { type: () => ServiceKind, description: 'The service wanted; only caregivers qualified for it count.' }) service: ServiceKind,
    @Args('from', { description: 'Start of the window searched (ISO 8601 with offset); the window spans at most 14 days by default (homeCareRules.maxSlotWindowDays).' }) from: Date,
    @Args('to', { description: 'End of the window searched; a slot must end by then.' }) to: Date,
    @Args('durationMinutes', { type: () => Int, description: 'Length of the visit in minutes, within the service\'s allowed range (see homeCareRules).' }) durationMinutes: number,
    @Args('elderId', { type: () => ID, nullable: true, description: 'Optional elder: leaves out slots overlapping the elder\'s other visits.' }) elderId?: string | null,
  ): Promise<TimeSlot[]> {
    const slots = await this.booking.availableSlots(actor, { providerId, service, from, to, durationMinutes, elderId });
    return slots.map((s) => ({ startsAt: new Date(s.startsAt), endsAt: new Date(s.endsAt), freeCaregivers: s.freeCaregivers }));
  }

  @Query(() => HomeCareOrderModel, { nullable: true, description: 'One order; null when missing or not visible to the caller.' })
  @Roles(...ALL_ROLES)
  homeCareOrder(@CurrentActor() actor: Actor, @Args('id', { type: () => ID, description: 'The order (from `bookHomeCareVisit` or `homeCareOrders`).' }) id: string) {
    return this.reads.getVisible(actor, id);
  }

  @Query(() => HomeCareOrderConnection, {
    description: 'Orders the caller may see (families: their elders\'; caregivers: their visits; staff: their provider\'s; officers: in scope), by start time.',
  })
  @Roles(...ALL_ROLES)
  homeCareOrders(
    @CurrentActor() actor: Actor,
    @Args('filter', { type: () => HomeCareOrderFilter, nullable: true, description: 'Optional filter by status, elder, provider, caregiver, home bed, start-time window and flagged checks; the caller\'s scope always applies.' }) filter: HomeCareOrderFilter,
    @Args() page: PageArgs,
  ) {
    return this.reads.list(actor, filter, page);
  }

  @Mutation(() => HomeCareOrderModel, { description: 'Books a visit (FAMILY guardian, CIVIL_AFFAIRS in scope). Idempotent per idempotencyKey.' })
  @Roles(Role.FAMILY, Role.CIVIL_AFFAIRS)
  bookHomeCareVisit(@CurrentActor() actor: Actor, @Args('input', { description: 'Elder, provider, service, start, duration and the idempotency key of the booking.' }) input: BookHomeCareVisitInput) {
    return this.booking.book(actor, input);
  }

  @Mutation(() => HomeCareOrderModel, { description: 'Assigns or reassigns a caregiver of the provider (its staff).' })
  @Roles(Role.PROVIDER_STAFF)
  assignCaregiver(
    @CurrentActor() actor: Actor,
    @Args('orderId', { type: () => ID, description: 'The REQUESTED or ASSIGNED order.' }) orderId: string,
    @Args('caregiverId', { type: () => ID, description: 'A CAREGIVER of the order\'s provider, qualified for the service and free for the whole visit.' }) caregiverId: string,
  ) {
    return this.lifecycle.assignCaregiver(actor, orderId, caregiverId);
  }

  @Mutation(() => HomeCareOrderModel, { description: 'Moves a visit that has not started; availability is checked again.' })
  @Roles(Role.FAMILY, Role.CIVIL_AFFAIRS, Role.PROVIDER_STAFF)
  rescheduleHomeCareOrder(
    @CurrentActor() actor: Actor,
    @Args('orderId', { type: () => ID, description: 'The order to move (REQUESTED or ASSIGNED).' }) orderId: string,
    @Args('startsAt', { description: 'The new start (ISO 8601 with offset); the duration stays.' }) startsAt: Date,
  ) {
    return this.lifecycle.reschedule(actor, orderId, startsAt);
  }

  @Mutation(() => HomeCareOrderModel, { description: 'Cancels a visit that has not started; the family\'s late cancellations are recorded as late.' })
  @Roles(Role.FAMILY, Role.CIVIL_AFFAIRS, Role.PROVIDER_STAFF)
  cancelHomeCareOrder(
    @CurrentActor() actor: Actor,
    @Args('orderId', { type: () => ID, description: 'The order to cancel (REQUESTED or ASSIGNED).' }) orderId: string,
    @Args('reason', { description: 'Why; the first 500 characters are kept in the order\'s events.' }) reason: string,
  ) {
    return this.lifecycle.cancel(actor, orderId, reason.slice(0, 500));
  }

  @Mutation(() => HomeCareOrderModel, { description: 'The assigned caregiver arrives (inside the check-in window); the distance from the home is recorded.' })
  @Roles(Role.CAREGIVER)
  checkInVisit(
    @CurrentActor() actor: Actor,
    @Args('orderId', { type: () => ID, description: 'The ASSIGNED order of the calling caregiver.' }) orderId: string,
    @Args('location', { type: () => GeoPointInput, description: 'Where the caregiver is (WGS-84); the distance to the home is recorded and beyond the geofence flagged.' }) location: GeoPointInput,
  ) {
    return this.lifecycle.checkIn(actor, orderId, location);
  }

  @Mutation(() => HomeCareOrderModel, { description: 'The assigned caregiver leaves; the visit is COMPLETED.' })
  @Roles(Role.CAREGIVER)
  checkOutVisit(
    @CurrentActor() actor: Actor,
    @Args('orderId', { type: () => ID, description: 'The IN_PROGRESS order of the calling caregiver.' }) orderId: string,
    @Args('location', { type: () => GeoPointInput, description: 'Where the caregiver is when leaving (WGS-84).' }) location: GeoPointInput,
    @Args('notes', { type: () => String, nullable: true, description: 'Optional visit notes; the first 2,000 characters are kept, shown to the family and the provider.' }) notes?: string | null,
    @Args('tasks', { type: () => [VisitTaskResultInput], nullable: true, description: 'How each task of the visit went (HomeCareOrder.tasks); every required task must be DONE or SKIPPED with a reason, or the check-out is refused naming it.' })
    tasks?: VisitTaskResultInput[],
  ) {
    return this.lifecycle.checkOut(actor, orderId, location, notes ? notes.slice(0, 2000) : null, tasks ?? []);
  }

  @Mutation(() => HomeCareOrderModel, { description: 'The provider\'s staff record that an assigned visit did not happen.' })
  @Roles(Role.PROVIDER_STAFF)
  markNoShow(@CurrentActor() actor: Actor, @Args('orderId', { type: () => ID, description: 'The ASSIGNED order whose visit did not happen.' }) orderId: string, @Args('reason', { description: 'What happened; the first 500 characters are kept.' }) reason: string) {
    return this.lifecycle.markNoShow(actor, orderId, reason.slice(0, 500));
  }

  @Mutation(() => HomeCareOrderModel, { description: 'The guardian reviews a completed visit, once, 1 to 5 stars.' })
  @Roles(Role.FAMILY)
  reviewHomeCareOrder(
    @CurrentActor() actor: Actor,
    @Args('orderId', { type: () => ID, description: 'A COMPLETED order of an elder the caller is guardian of, not yet reviewed.' }) orderId: string,
    @Args('stars', { type: () => Int, description: '1 to 5 stars.' }) stars: number,
    @Args('comment', { type: () => String, nullable: true, description: 'Optional comment; the first 1,000 characters are kept.' }) comment?: string | null,
  ) {
    return this.lifecycle.review(actor, orderId, stars, comment ? comment.slice(0, 1000) : null);
  }

  @Mutation(() => HomeCareProviderSettings, { description: 'Turns automatic caregiver assignment on or off (the provider\'s staff).' })
  @Roles(Role.PROVIDER_STAFF)
  async setHomeCareAutoAssign(
    @CurrentActor() actor: Actor,
    @Args('providerId', { type: () => ID, description: 'The provider the caller works for.' }) providerId: string,
    @Args('enabled', { description: 'true: new bookings get a free qualified caregiver at once; false: staff assign by hand.' }) enabled: boolean,
  ): Promise<HomeCareProviderSettings> {
    return { providerId, autoAssign: await this.lifecycle.setAutoAssign(actor, providerId, enabled) };
  }

  @ResolveField(() => ElderModel, {
    nullable: true,
    description: 'The elder visited, as the elder visibility rule lets the caller see it (see Elder.view); null when not at all.',
  })
  elder(order: HomeCareOrderRecord, _args: unknown, ctx: GraphQLContext) {
    return this.elderLoaders.visibleById(ctx).load(order.elderId);
  }

  @ResolveField(() => ProviderModel, { description: 'The provider delivering the visit.' })
  provider(order: HomeCareOrderRecord, _args: unknown, ctx: GraphQLContext) {
    return this.providerLoaders.byId(ctx).load(order.providerId);
  }

  @ResolveField(() => UserModel, { nullable: true, description: 'The assigned caregiver; null until one is assigned.' })
  caregiver(order: HomeCareOrderRecord, _args: unknown, ctx: GraphQLContext) {
    return order.caregiverId ? this.loaders.users(ctx).load(order.caregiverId) : null;
  }

  @ResolveField(() => Int, { description: 'Booked length in minutes.' })
  durationMinutes(order: HomeCareOrderRecord): number {
    return Math.round((order.endsAt.getTime() - order.startsAt.getTime()) / 60_000);
  }

  @ResolveField(() => Int, { nullable: true, description: 'Minutes from check-in to check-out; null until checked out.' })
  actualDurationMinutes(order: HomeCareOrderRecord): number | null {
    if (!order.checkedInAt || !order.checkedOutAt) return null;
    return Math.max(0, Math.round((order.checkedOutAt.getTime() - order.checkedInAt.getTime()) / 60_000));
  }

  @ResolveField(() => VisitCheck, { nullable: true, description: 'Check-in on site; null until then.' })
  checkIn(order: HomeCareOrderRecord): VisitCheck | null {
    return order.checkedInAt ? { at: order.checkedInAt, distanceMeters: order.checkInDistanceM ?? 0, flagged: !!order.checkInFlagged } : null;
  }

  @ResolveField(() => VisitCheck, { nullable: true, description: 'Check-out on site; null until then.' })
  checkOut(order: HomeCareOrderRecord): VisitCheck | null {
    return order.checkedOutAt ? { at: order.checkedOutAt, distanceMeters: order.checkOutDistanceM ?? 0, flagged: !!order.checkOutFlagged } : null;
  }

  @ResolveField(() => OrderReview, { nullable: true, description: 'The family\'s review; null until reviewed.' })
  review(order: HomeCareOrderRecord): OrderReview | null {
    return order.reviewStars && order.reviewedAt ? { stars: order.reviewStars, comment: order.reviewComment, at: order.reviewedAt } : null;
  }

  @ResolveField(() => [OrderEvent], { description: 'Every transition, oldest first, with actor, time and note.' })
  async events(order: HomeCareOrderRecord, _args: unknown, ctx: GraphQLContext): Promise<OrderEvent[]> {
    const events = await this.loaders.events(ctx).load(order.id);
    return events.map((e) => ({
      at: e.at,
      status: e.status as OrderEvent['status'],
      fromStatus: e.fromStatus as OrderEvent['fromStatus'],
      action: e.action,
      actor: e.actorRole,
      actorId: e.actorId,
      note: e.note,
    }));
  }
}

/** Home-care facts shown on a provider. */
@Resolver(() => ProviderModel)
export class ProviderHomeCareResolver {
  constructor(private readonly loaders: HomeCareLoaders) {}

  @ResolveField(() => Boolean, { description: 'Whether new home-care orders are assigned to a caregiver automatically.' })
  homeCareAutoAssign(provider: { id: string }, _args: unknown, ctx: GraphQLContext) {
    return this.loaders.autoAssign(ctx).load(provider.id);
  }

  @ResolveField(() => Int, { description: 'Active home beds (家庭养老床位): elders\' beds at home that the provider serves and counts as its own.' })
  homeBedCount(provider: { id: string }, _args: unknown, ctx: GraphQLContext) {
    return this.loaders.activeHomeBeds(ctx).load(provider.id);
  }
}
