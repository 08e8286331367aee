import { Injectable } from '@nestjs/common';
import { Args, Context, ID, Int, Mutation, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import type { Actor } from '../../core/auth/actor.js';
import { CurrentActor } from '../../core/auth/current-actor.decorator.js';
import { Roles } from '../../core/auth/roles.decorator.js';
import { Role } from '../../core/domain/enums.js';
import { DomainEvents, type DeliveredEvent } from '../../core/events/domain-events.js';
import { requestLoader, type GraphQLContext } from '../../core/graphql/graphql-context.js';
import { PageArgs } from '../../core/graphql/pagination.js';
import { liveStream } from '../../core/live/live-stream.js';
import { BedReservationModel } from '../bed/bed.model.js';
import { HomeCareOrderModel } from '../home-care/home-care.model.js';
import type { HomeCareOrderRecord } from '../home-care/home-care-order.record.js';
import type { NotificationKind } from './notification-kinds.js';
import { NotificationChannel, type Preferences } from './notification.policy.js';
import {
  NotificationConnection,
  NotificationDeliveryEntryConnection,
  NotificationDeliveryFilter,
  NotificationDeliveryModel,
  NotificationModel,
  NotificationPreferencesInput,
  NotificationPreferencesModel,
} from './notification.model.js';
import { NotificationService, type DeliveryRecord, type NotificationRecord } from './notification.service.js';

const ALL = [Role.FAMILY, Role.CAREGIVER, Role.PROVIDER_STAFF, Role.CIVIL_AFFAIRS, Role.ADMIN];
/** Who sees every notification about an object they may read (what was sent to whom); others see only their own. */
const OVERSEERS = new Set<string>([Role.PROVIDER_STAFF, Role.CIVIL_AFFAIRS, Role.ADMIN]);

const hhmm = (minute: number) => `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
const minuteOf = (text: string) => Number(text.slice(0, 2)) * 60 + Number(text.slice(3, 5));

const toPreferencesModel = (p: Preferences): NotificationPreferencesModel => ({
  channels: Object.entries(p.channels).map(([kind, channels]) => ({ kind: kind as NotificationKind, channels: channels ?? [] })),
  quietHoursStart: hhmm(p.quietStartMinute),
  quietHoursEnd: hhmm(p.quietEndMinute),
});

@Injectable()
export class NotificationLoaders {
  constructor(private readonly notifications: NotificationService) {}

  deliveries(ctx: GraphQLContext): DataLoader<string, DeliveryRecord[]> {
    return requestLoader(ctx, 'notification.deliveries', () => new DataLoader((ids: readonly string[]) => this.notifications.deliveriesOf(ids)));
  }

  byObject(ctx: GraphQLContext): DataLoader<string, NotificationRecord[]> {
    return requestLoader(ctx, 'notification.byObject', () => new DataLoader((ids: readonly string[]) => this.notifications.forObjects(ids)));
  }
}

@Resolver(() => NotificationModel)
export class NotificationResolver {
  constructor(
    private readonly notifications: NotificationService,
    private readonly loaders: NotificationLoaders,
    private readonly events: DomainEvents,
  ) {}

  @Query(() => NotificationConnection, { description: 'The caller\'s own notifications, newest first.' })
  @Roles(...ALL)
  myNotifications(
    @CurrentActor() actor: Actor,
    @Args() page: PageArgs,
    @Args('unreadOnly', { type: () => Boolean, nullable: true, description: 'Only those not yet marked read.' }) unreadOnly?: boolean | null,
  ) {
    return this.notifications.inbox(actor.userId, unreadOnly ?? false, page.first, page.after);
  }

  @Query(() => Int, { description: 'How many of the caller\'s notifications are unread.' })
  @Roles(...ALL)
  unreadNotificationCount(@CurrentActor() actor: Actor) {
    return this.notifications.unreadCount(actor.userId);
  }

  @Mutation(() => Int, { description: 'Marks the caller\'s own notifications read (others\' ids are ignored); returns how many changed.' })
  @Roles(...ALL)
  markNotificationsRead(
    @CurrentActor() actor: Actor,
    @Args('ids', { type: () => [ID], description: 'The notifications to mark read (up to 500).' }) ids: string[],
  ) {
    return this.notifications.markRead(actor.userId, ids.slice(0, 500));
  }

  @Query(() => NotificationPreferencesModel, { description: 'The caller\'s notification preferences.' })
  @Roles(...ALL)
  async myNotificationPreferences(@CurrentActor() actor: Actor) {
    return toPreferencesModel(await this.notifications.preferences(actor.userId));
  }

  @Mutation(() => NotificationPreferencesModel, {
    description: 'Sets the caller\'s channels per kind and quiet hours (China time; SMS waits until they end unless the kind is urgent).',
  })
  @Roles(...ALL)
  async setNotificationPreferences(
    @CurrentActor() actor: Actor,
    @Args('input', { type: () => NotificationPreferencesInput, description: 'What to change.' }) input: NotificationPreferencesInput,
  ) {
    const current = await this.notifications.preferences(actor.userId);
    const channels = { ...current.channels };
    for (const c of input.channels ?? []) channels[c.kind] = [...new Set(c.channels)].filter((x) => Object.values(NotificationChannel).includes(x));
    const next: Preferences = {
      channels,
      quietStartMinute: input.quietHoursStart ? minuteOf(input.quietHoursStart) : current.quietStartMinute,
      quietEndMinute: input.quietHoursEnd ? minuteOf(input.quietHoursEnd) : current.quietEndMinute,
    };
    return toPreferencesModel(await this.notifications.setPreferences(actor.userId, next));
  }

  @Query(() => NotificationDeliveryEntryConnection, {
    description: 'Outward deliveries by status (default FAILED) and channel, most recently changed first, with their notifications (ADMIN).',
  })
  @Roles(Role.ADMIN)
  notificationDeliveries(
    @Args() page: PageArgs,
    @Args('filter', { type: () => NotificationDeliveryFilter, nullable: true, description: 'Which deliveries (default: the FAILED ones).' })
    filter?: NotificationDeliveryFilter,
  ) {
    return this.notifications.deliveriesByStatus({ statuses: filter?.status, channels: filter?.channel }, page);
  }

  @Mutation(() => NotificationDeliveryModel, {
    description:
      'Sends a FAILED delivery once more, with its own retries (ADMIN); CONFLICT (INVALID_TRANSITION) unless it is FAILED. An SMS whose outcome was unknown may then reach the person twice.',
  })
  @Roles(Role.ADMIN)
  retryNotificationDelivery(
    @Args('notificationId', { type: () => ID, description: 'The notification whose delivery failed.' }) notificationId: string,
    @Args('channel', { type: () => NotificationChannel, description: 'The channel it failed on.' }) channel: NotificationChannel,
  ) {
    return this.notifications.retryDelivery(notificationId, channel);
  }

  @ResolveField(() => [NotificationDeliveryModel], { description: 'The outward deliveries (SMS, webhook) and where each stands.' })
  deliveries(n: NotificationRecord, _args: unknown, ctx: GraphQLContext) {
    return this.loaders.deliveries(ctx).load(n.id);
  }

  @Subscription(() => NotificationModel, {
    description: 'Each new notification for the caller, as it is made. Over graphql-ws on /graphql, authenticated by connectionParams.authorization.',
    resolve: (n: unknown) => n,
  })
  @Roles(...ALL)
  notificationAdded(@CurrentActor() actor: Actor, @Context() ctx: GraphQLContext) {
    return liveStream(this.events, ['notification.added'], ctx, async (event) => {
      const e = event as DeliveredEvent<'notification.added'>;
      if (e.payload.recipientId !== actor.userId) return null;
      return this.notifications.findOwn(actor.userId, e.payload.notificationId);
    });
  }
}

@Resolver(() => HomeCareOrderModel)
export class OrderNotificationsResolver {
  constructor(private readonly loaders: NotificationLoaders) {}

  @ResolveField(() => [NotificationModel], {
    description: 'What was sent to whom and when about this order: every notification for provider staff, officers and admins; the caller\'s own for others.',
  })
  async notifications(order: HomeCareOrderRecord, _args: unknown, ctx: GraphQLContext) {
    const all = await this.loaders.byObject(ctx).load(order.id);
    const actor = ctx.actor;
    return actor && OVERSEERS.has(actor.role) ? all : all.filter((n) => n.recipientId === actor?.userId);
  }
}

@Resolver(() => BedReservationModel)
export class ReservationNotificationsResolver {
  constructor(private readonly loaders: NotificationLoaders) {}

  @ResolveField(() => [NotificationModel], {
    description: 'What was sent to whom and when about this reservation: every notification for provider staff, officers and admins; the caller\'s own for others.',
  })
  async notifications(reservation: BedReservationModel, _args: unknown, ctx: GraphQLContext) {
    const all = await this.loaders.byObject(ctx).load(reservation.id);
    const actor = ctx.actor;
    return actor && OVERSEERS.has(actor.role) ? all : all.filter((n) => n.recipientId === actor?.userId);
  }
}
