import { Module } from '@nestjs/common';
import { CapacityModule } from '../capacity/capacity.module.js';
import { IdentityModule } from '../identity/identity.module.js';
import { ProviderModule } from '../provider/provider.module.js';
import { DemoSeedService } from './demo-seed.service.js';

/** The demo region, created through the owners' services (registry, beds, accounts) on first start. */
@Module({ imports: [ProviderModule, CapacityModule, IdentityModule], providers: [DemoSeedService] })
export class DemoModule {}
