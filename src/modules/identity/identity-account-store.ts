import { Global, Injectable, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ACCOUNT_STORE, type AccountStore, type SessionAccount } from '../../core/auth/account-store.js';
import { rawPool } from '../../core/database/sql.js';
import { UnitOfWork } from '../../core/database/unit-of-work.js';
import type { Role } from '../../core/domain/enums.js';

/**
 * The accounts as the auth core sees them (the core's AccountStore port): identity owns the users table, so the token
 * and session checks read and bump accounts here. Global, so that the core's auth module receives it without
 * importing identity.
 */
@Injectable()
export class IdentityAccountStore implements AccountStore {
  constructor(
    private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
  ) {}

  async tokenStateOf(userId: string): Promise<{ tokenVersion: number; disabled: boolean } | null> {
    const { rows } = await rawPool(this.dataSource).query<{ token_version: number; disabled: boolean }>(
      `SELECT token_version, disabled_at IS NOT NULL AS disabled FROM users WHERE id = $1`,
      [userId],
    );
    return rows.length ? { tokenVersion: rows[0].token_version, disabled: rows[0].disabled } : null;
  }

  async sessionAccountOf(userId: string): Promise<(SessionAccount & { disabled: boolean }) | null> {
    const [row]: Array<{ id: string; role: Role; provider_id: string | null; region_scope: string | null; token_version: number; disabled: boolean }> =
      await this.uow.manager.query(
        `SELECT id, role, provider_id, region_scope, token_version, disabled_at IS NOT NULL AS disabled FROM users WHERE id = $1`,
        [userId],
      );
    if (!row) return null;
    return { id: row.id, role: row.role, providerId: row.provider_id, regionScope: row.region_scope, tokenVersion: row.token_version, disabled: row.disabled };
  }

  async raiseTokenVersion(userId: string): Promise<void> {
    await this.uow.manager.query(`UPDATE users SET token_version = token_version + 1 WHERE id = $1`, [userId]);
  }
}

/** Provides the core's ACCOUNT_STORE (imported by IdentityModule). */
@Global()
@Module({
  providers: [IdentityAccountStore, { provide: ACCOUNT_STORE, useExisting: IdentityAccountStore }],
  exports: [ACCOUNT_STORE],
})
export class IdentityAccountStoreModule {}
