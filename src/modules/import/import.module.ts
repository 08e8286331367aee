import { Module } from '@nestjs/common';
import { CapacityModule } from '../capacity/capacity.module.js';
import { ElderModule } from '../elder/elder.module.js';
import { ProviderModule } from '../provider/provider.module.js';
import { ImportJobRunner } from './import-job.runner.js';
import { ImportResolver } from './import.resolver.js';
import { ImportService } from './import.service.js';

/** Officers' spreadsheets in: providers and elders from XLSX or CSV, as background jobs. */
@Module({
  imports: [ProviderModule, CapacityModule, ElderModule],
  providers: [ImportService, ImportJobRunner, ImportResolver],
  exports: [ImportService],
})
export class ImportModule {}
