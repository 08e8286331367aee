import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/app-config.js';
import { IdentityModule } from '../identity/identity.module.js';
import { ProviderModule } from '../provider/provider.module.js';
import { SubsidyModule } from '../subsidy/subsidy.module.js';
import { ElderCategoryEntity, ElderEntity, ElderGuardianEntity, ProviderElderLinkEntity } from './elder.entity.js';
import { ElderLoaders } from './elder.loaders.js';
import { ElderResolver } from './elder.resolver.js';
import { ElderService, ID_NUMBER_CIPHER } from './elder.service.js';
import { elderDataSecret, IdNumberCipher } from './id-number.cipher.js';

/** Elders, guardians, categories, provider links. Exports ElderService (requireReadable, requireActable, linkProvider) and ElderLoaders. */
@Module({
  imports: [TypeOrmModule.forFeature([ElderEntity, ElderCategoryEntity, ElderGuardianEntity, ProviderElderLinkEntity]), ProviderModule, IdentityModule, SubsidyModule],
  providers: [
    ElderService,
    ElderLoaders,
    ElderResolver,
    { provide: ID_NUMBER_CIPHER, inject: [APP_CONFIG], useFactory: (config: AppConfig) => new IdNumberCipher(elderDataSecret(config)) },
  ],
  exports: [ElderService, ElderLoaders, SubsidyModule],
})
export class ElderModule {}
