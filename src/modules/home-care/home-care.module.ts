import { SubsidyModule } from '../subsidy/subsidy.module.js';
import { Module } from '@nestjs/common';
import { ElderModule } from '../elder/elder.module.js';
import { IdentityModule } from '../identity/identity.module.js';
import { ProviderModule } from '../provider/provider.module.js';
import { CaregiverResolver } from './caregiver.resolver.js';
import { HomeCareOrderReads } from './home-care-order-reads.service.js';
import { CaregiverHoldService } from './caregiver-hold.service.js';
import { CaregiverService } from './caregiver.service.js';
import { HomeBedResolver } from './home-bed.resolver.js';
import { HomeBedService } from './home-bed.service.js';
import { HomeCareLoaders } from './home-care.loaders.js';
import { HomeCareOrderResolver, HomeCareRulesResolver, ProviderHomeCareResolver } from './home-care.resolver.js';
import { HomeCareRulesService } from './home-care.rules.js';
import { HomeCareBookingService } from './home-care-booking.service.js';
import { HomeCareLifecycleService } from './home-care-lifecycle.service.js';
import { HomeCareLiveResolver } from './home-care-live.resolver.js';
import { HomeCareLiveService } from './home-care-live.service.js';
import { ShortVisitPricing } from './short-visit.pricing.js';
import { VisitCheckoutHooks } from './visit-checkout-hooks.service.js';
import { VisitEvidenceModule } from './visit-evidence.module.js';

/**
 * Home care (没有围墙的养老院): caregivers and their time, visit orders — booking (home-care-booking.service.ts),
 * caregiver holds (caregiver-hold.service.ts), lifecycle (home-care-lifecycle.service.ts), reads
 * (home-care-order-reads.service.ts) — subsidy allowance, reviews, home beds (home-bed.service.ts) and the visit
 * evidence chain (visit-evidence.module.ts, which settlement verifies). Exports the booking and lifecycle services,
 * the home-bed service (home beds count in a provider's figures), the order reads (care records check a visit) and
 * the check-out hooks (care records record a visit's tasks at check-out).
 */
@Module({
  imports: [ProviderModule, IdentityModule, ElderModule, SubsidyModule, VisitEvidenceModule],
  providers: [
    HomeCareRulesService,
    CaregiverService,
    CaregiverHoldService,
    HomeCareOrderReads,
    VisitCheckoutHooks,
    HomeCareBookingService,
    HomeCareLifecycleService,
    ShortVisitPricing,
    HomeBedService,
    HomeCareLoaders,
    HomeCareOrderResolver,
    ProviderHomeCareResolver,
    HomeCareRulesResolver,
    CaregiverResolver,
    HomeBedResolver,
    HomeCareLiveService,
    HomeCareLiveResolver,
  ],
  exports: [HomeCareBookingService, HomeCareLifecycleService, HomeBedService, HomeCareOrderReads, VisitCheckoutHooks],
})
export class HomeCareModule {}
