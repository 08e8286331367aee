import { Module } from '@nestjs/common';
import { BedModule } from '../bed/bed.module.js';
import { CapacityModule } from '../capacity/capacity.module.js';
import { ElderModule } from '../elder/elder.module.js';
import { HomeCareModule } from '../home-care/home-care.module.js';
import { ProviderModule } from '../provider/provider.module.js';
import { RatingModule } from '../rating/rating.module.js';
import { FamilyStatementService } from './family-statement.service.js';
import { SettlementExportService } from './settlement-export.service.js';
import { SettlementLinesBuilder } from './settlement-lines.builder.js';
import { SettlementLoaders } from './settlement.loaders.js';
import { SettlementResolver } from './settlement.resolver.js';
import { SettlementRulesService } from './settlement.rules.js';
import { SettlementService } from './settlement.service.js';
import { VisitEvidenceCheck } from './visit-evidence-check.service.js';
import { VisitEvidenceModule } from '../home-care/visit-evidence.module.js';
import { VisitFundingLoader, VisitFundingResolver } from './visit-funding.resolver.js';

/**
 * Settlement (结算): providers' monthly statements per funding source with integrity holds, their approval workflow
 * and ledger; family statements and payments; the visit-evidence check; XLSX/CSV exports.
 */
@Module({
  imports: [ProviderModule, ElderModule, HomeCareModule, BedModule, CapacityModule, RatingModule, VisitEvidenceModule],
  providers: [SettlementRulesService, SettlementLinesBuilder, VisitEvidenceCheck, SettlementService, FamilyStatementService, SettlementExportService, SettlementLoaders, SettlementResolver, VisitFundingLoader, VisitFundingResolver],
  exports: [SettlementService, FamilyStatementService],
})
export class SettlementModule {}
