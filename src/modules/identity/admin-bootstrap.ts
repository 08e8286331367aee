import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { appLogger } from '../../core/logging/logger.js';
import { IdentityService } from './identity.service.js';

/**
 * ADMIN_PHONE / ADMIN_PASSWORD create the first admin on start when no admin exists, on every path (npm start, the
 * Docker image, a server of your own). Without them and without the demo data, a start with no admin says so.
 */
@Injectable()
export class AdminBootstrap implements OnModuleInit {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly identity: IdentityService,
  ) {}

  async onModuleInit() {
    if (this.config.ADMIN_PHONE && this.config.ADMIN_PASSWORD) {
      await this.identity.ensureAdmin(this.config.ADMIN_PHONE, this.config.ADMIN_PASSWORD);
    } else if (!this.config.seedDemo && !(await this.identity.hasAdmin())) {
      appLogger().warn('no admin account exists: set ADMIN_PHONE and ADMIN_PASSWORD and restart to create the first one');
    }
  }
}
