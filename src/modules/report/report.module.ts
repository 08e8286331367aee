import { Module } from '@nestjs/common';
import { IdentityModule } from '../identity/identity.module.js';
import { StatisticsModule } from '../statistics/statistics.module.js';
import { ReportController } from './report.controller.js';
import { ReportDownloads } from './report.downloads.js';
import { ReportResolver } from './report.resolver.js';
import { ReportService } from './report.service.js';

/** Officers' files out: exports of a region and the import templates, behind signed short-lived links. */
@Module({
  imports: [IdentityModule, StatisticsModule],
  controllers: [ReportController],
  providers: [ReportService, ReportDownloads, ReportResolver],
})
export class ReportModule {}
