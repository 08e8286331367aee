import { Module } from '@nestjs/common';
import { CapacityModule } from '../capacity/capacity.module.js';
import { ElderModule } from '../elder/elder.module.js';
import { ProviderModule } from '../provider/provider.module.js';
import { BedExpiryJob } from './bed-expiry.job.js';
import { BedHoldWriter } from './bed-hold.writer.js';
import { BedLiveResolver } from './bed-live.resolver.js';
import { BedLiveService } from './bed-live.service.js';
import { BedLoaders } from './bed.loaders.js';
import { BedReservationResolver, BedWaitlistResolver } from './bed.resolver.js';
import { BedReservationService } from './bed-reservation.service.js';
import { BedWaitlistService } from './bed-waitlist.service.js';

/**
 * Bed reservations, admissions and the fair waitlist. Exports the reservation and waitlist services and the expiry
 * job (tests and operators call `BedExpiryJob.run` directly).
 */
@Module({
  imports: [ProviderModule, CapacityModule, ElderModule],
  providers: [BedHoldWriter, BedReservationService, BedWaitlistService, BedExpiryJob, BedLoaders, BedReservationResolver, BedWaitlistResolver, BedLiveService, BedLiveResolver],
  exports: [BedReservationService, BedWaitlistService, BedExpiryJob],
})
export class BedModule {}
