import { Module } from '@nestjs/common';
import { SubsidyResolver } from './subsidy.resolver.js';
import { SubsidyService } from './subsidy.service.js';

/** Home-care subsidy rules (data, per region prefix, versioned by effective date) and their evaluation. Exports SubsidyService. */
@Module({
  providers: [SubsidyService, SubsidyResolver],
  exports: [SubsidyService],
})
export class SubsidyModule {}
