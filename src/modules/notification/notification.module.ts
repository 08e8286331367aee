import { Module } from '@nestjs/common';
import { BedModule } from '../bed/bed.module.js';
import { ElderModule } from '../elder/elder.module.js';
import { HomeCareModule } from '../home-care/home-care.module.js';
import { IdentityModule } from '../identity/identity.module.js';
import { ProviderModule } from '../provider/provider.module.js';
import { SubsidyModule } from '../subsidy/subsidy.module.js';
import { NotificationLoaders, NotificationResolver, OrderNotificationsResolver, ReservationNotificationsResolver } from './notification.resolver.js';
import { NotificationService } from './notification.service.js';
import { NotificationTriggers } from './notification-triggers.js';

/**
 * Notifications (通知): the in-app inbox, outward channels (SMS, webhook) with durable deliveries, preferences, and the
 * triggers that make them from domain events and schedules. It names only its own tables: recipients, names and the
 * scheduled scans come from the owners' services (identity, provider, elder, subsidy, home care, beds). See
 * docs/notifications.md.
 */
@Module({
  imports: [IdentityModule, ProviderModule, ElderModule, SubsidyModule, HomeCareModule, BedModule],
  providers: [NotificationService, NotificationTriggers, NotificationLoaders, NotificationResolver, OrderNotificationsResolver, ReservationNotificationsResolver],
  exports: [NotificationService],
})
export class NotificationModule {}
