import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/app-config.js';
import { ProviderModule } from '../provider/provider.module.js';
import { SubsidyModule } from '../subsidy/subsidy.module.js';
import { ElderCategoryEntity, ElderEntity, ElderGuardianEntity, ProviderElderLinkEntity } from './elder.entity.js';
import { ElderLoaders } from './elder.loaders.js';
import { ElderResolver } from './elder.resolver.js';
import { ElderService, ID_NUMBER_CIPHER } from './elder.service.js';
import { IdNumberCipher } from './id-number.cipher.js';

/**
 * The key protecting ID numbers: ELDER_DATA_KEY when configured, else derived from JWT_SECRET (HKDF with its own
 * purpose label, so the two keys are unrelated in use). A dedicated key is recommended in production: rotating
 * JWT_SECRET would otherwise make stored ID numbers unreadable and duplicates undetectable.
 */
export function elderDataSecret(config: AppConfig): string {
  const dedicated = (config as AppConfig & { ELDER_DATA_KEY?: string }).ELDER_DATA_KEY;
  const secret = dedicated ?? config.JWT_SECRET;
  if (!secret) throw new Error('Set ELDER_DATA_KEY (or JWT_SECRET) to protect elder ID numbers');
  return secret;
}

/** Elders, guardians, categories, provider links. Exports ElderService (requireReadable, requireActable, linkProvider) and ElderLoaders. */
@Module({
  imports: [TypeOrmModule.forFeature([ElderEntity, ElderCategoryEntity, ElderGuardianEntity, ProviderElderLinkEntity]), ProviderModule, SubsidyModule],
  providers: [
    ElderService,
    ElderLoaders,
    ElderResolver,
    { provide: ID_NUMBER_CIPHER, inject: [APP_CONFIG], useFactory: (config: AppConfig) => new IdNumberCipher(elderDataSecret(config)) },
  ],
  exports: [ElderService, ElderLoaders, SubsidyModule],
})
export class ElderModule {}
