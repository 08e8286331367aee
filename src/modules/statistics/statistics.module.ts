import { Module } from '@nestjs/common';
import { AssessmentModule } from '../assessment/assessment.module.js';
import { BedModule } from '../bed/bed.module.js';
import { CapacityModule } from '../capacity/capacity.module.js';
import { ElderModule } from '../elder/elder.module.js';
import { HomeCareModule } from '../home-care/home-care.module.js';
import { ProviderModule } from '../provider/provider.module.js';
import { StatisticsResolver } from './statistics.resolver.js';
import { StatisticsService } from './statistics.service.js';

/** Regional figures for officers, composed of each owner's aggregates (see docs/statistics.md). */
@Module({
  imports: [ProviderModule, CapacityModule, ElderModule, HomeCareModule, BedModule, AssessmentModule],
  providers: [StatisticsService, StatisticsResolver],
  exports: [StatisticsService],
})
export class StatisticsModule {}
