import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { IdentityService } from './identity.service.js';

/** ADMIN_PHONE / ADMIN_PASSWORD create the first admin on start when no admin exists. */
@Injectable()
export class AdminBootstrap implements OnModuleInit {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly identity: IdentityService,
  ) {}

  async onModuleInit() {
    if (this.config.ADMIN_PHONE && this.config.ADMIN_PASSWORD) {
      await this.identity.ensureAdmin(this.config.ADMIN_PHONE, this.config.ADMIN_PASSWORD);
    }
  }
}
