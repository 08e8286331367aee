import { Module } from '@nestjs/common';
import { SubsidyAllowanceService } from './subsidy-allowance.service.js';
import { SubsidyResolver } from './subsidy.resolver.js';
import { SubsidyService } from './subsidy.service.js';

/** Home-care subsidy rules (data, per region prefix, versioned by effective date) and their evaluation. Exports SubsidyService and the monthly allowance ledger. */
@Module({
  providers: [SubsidyService, SubsidyAllowanceService, SubsidyResolver],
  exports: [SubsidyService, SubsidyAllowanceService],
})
export class SubsidyModule {}
