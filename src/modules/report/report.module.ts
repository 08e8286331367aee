import { Module } from '@nestjs/common';
import { CapacityModule } from '../capacity/capacity.module.js';
import { ElderModule } from '../elder/elder.module.js';
import { HomeCareModule } from '../home-care/home-care.module.js';
import { IdentityModule } from '../identity/identity.module.js';
import { ProviderModule } from '../provider/provider.module.js';
import { StatisticsModule } from '../statistics/statistics.module.js';
import { ReportController } from './report.controller.js';
import { ReportDownloads } from './report.downloads.js';
import { ReportResolver } from './report.resolver.js';
import { ReportService } from './report.service.js';

/**
 * Officers' files out: exports of a region and the import templates, behind signed short-lived links. The rows come
 * page by page from the owners' export reads; the module names no table.
 */
@Module({
  imports: [IdentityModule, StatisticsModule, ProviderModule, CapacityModule, ElderModule, HomeCareModule],
  controllers: [ReportController],
  providers: [ReportService, ReportDownloads, ReportResolver],
})
export class ReportModule {}
