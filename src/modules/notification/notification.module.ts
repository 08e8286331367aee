import { Module } from '@nestjs/common';
import { NotificationLoaders, NotificationResolver, OrderNotificationsResolver, ReservationNotificationsResolver } from './notification.resolver.js';
import { NotificationService } from './notification.service.js';
import { NotificationTriggers } from './notification-triggers.js';

/**
 * Notifications (通知): the in-app inbox, outward channels (SMS, webhook) with durable deliveries, preferences, and the
 * triggers that make them from domain events and schedules. See docs/notifications.md.
 */
@Module({
  providers: [NotificationService, NotificationTriggers, NotificationLoaders, NotificationResolver, OrderNotificationsResolver, ReservationNotificationsResolver],
  exports: [NotificationService],
})
export class NotificationModule {}
