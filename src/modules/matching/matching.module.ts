import { Module } from '@nestjs/common';
import { ElderModule } from '../elder/elder.module.js';
import { ProviderModule } from '../provider/provider.module.js';
import { MatchingResolver } from './matching.resolver.js';
import { MatchingService } from './matching.service.js';
import { MatchingSettings } from './matching.settings.js';

/** matchProviders: hard filters and the candidate short list in one indexed query, explained scores from match.policy. */
@Module({
  imports: [ProviderModule, ElderModule],
  providers: [MatchingService, MatchingSettings, MatchingResolver],
  exports: [MatchingService],
})
export class MatchingModule {}
