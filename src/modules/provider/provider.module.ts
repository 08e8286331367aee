import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ProviderEntity, ServiceOfferingEntity } from './provider.entity.js';
import { ProviderLoaders } from './provider.loaders.js';
import { ProviderResolver } from './provider.resolver.js';
import { ProviderService } from './provider.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([ProviderEntity, ServiceOfferingEntity])],
  providers: [ProviderService, ProviderLoaders, ProviderResolver],
  exports: [ProviderService, ProviderLoaders],
})
export class ProviderModule {}
