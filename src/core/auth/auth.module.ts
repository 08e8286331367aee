import { createSecretKey } from 'node:crypto';
import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/app-config.js';
import { AccountStateService } from './account-state.service.js';
import { AuthGuard } from './auth.guard.js';
import { PasswordService } from './password.service.js';
import { SessionCleanupJob } from './session-cleanup.job.js';
import { SessionService } from './session.service.js';
import { TokenService } from './token.service.js';

/** Tokens, sign-in sessions, password hashing and the global role guard. */
@Global()
@Module({
  imports: [
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => {
        if (!config.JWT_SECRET) throw new Error('JWT_SECRET must be set (main.ts generates one outside production)');
        return {
          // A KeyObject made once: given the secret as a string, jsonwebtoken first tries it as a PEM public key (and
          // throws) and then builds a key object again, on every request (about 1 ms of CPU each).
          secret: createSecretKey(Buffer.from(config.JWT_SECRET, 'utf8')),
          signOptions: { algorithm: 'HS256', expiresIn: config.JWT_EXPIRES_IN as never, issuer: 'yiyang' },
          verifyOptions: { algorithms: ['HS256'], issuer: 'yiyang' },
        };
      },
    }),
  ],
  providers: [TokenService, PasswordService, AccountStateService, SessionService, SessionCleanupJob, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [TokenService, PasswordService, SessionService],
})
export class AuthModule {}
