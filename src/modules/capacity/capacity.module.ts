import { Module } from '@nestjs/common';
import { ProviderModule } from '../provider/provider.module.js';
import { CapacityLoaders } from './capacity.loaders.js';
import { CapacityResolver } from './capacity.resolver.js';
import { CapacityService } from './capacity.service.js';

@Module({
  imports: [ProviderModule],
  providers: [CapacityService, CapacityLoaders, CapacityResolver],
  exports: [CapacityService, CapacityLoaders],
})
export class CapacityModule {}
