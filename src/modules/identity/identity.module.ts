import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ProviderModule } from '../provider/provider.module.js';
import { AdminBootstrap } from './admin-bootstrap.js';
import { IdentityAccountStoreModule } from './identity-account-store.js';
import { IdentityResolver } from './identity.resolver.js';
import { IdentityService } from './identity.service.js';
import { LoginThrottle } from './login-throttle.js';
import { UserEntity } from './user.entity.js';

@Module({
  imports: [TypeOrmModule.forFeature([UserEntity]), ProviderModule, IdentityAccountStoreModule],
  providers: [IdentityService, IdentityResolver, AdminBootstrap, LoginThrottle],
  exports: [IdentityService],
})
export class IdentityModule {}
