import { Global, Module } from '@nestjs/common';
import { RegionResolver } from './region.resolver.js';
import { RegionService } from './region.service.js';

/** The division list every module checks region codes against: global, as the settings are. */
@Global()
@Module({ providers: [RegionService, RegionResolver], exports: [RegionService] })
export class RegionModule {}
