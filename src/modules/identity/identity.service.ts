import { randomBytes, randomInt } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Actor } from '../../core/auth/actor.js';
import { PasswordService } from '../../core/auth/password.service.js';
import { AuthReason, SessionService, type IssuedTokens } from '../../core/auth/session.service.js';
import { access, can, definePolicy, scopeSql } from '../../core/access/access-policy.js';
import { actsOnRegion } from '../../core/access/region-scope.js';
import { entityRows } from '../../core/database/entity-rows.js';
import { pagedQuery, SqlParams } from '../../core/database/paged-query.js';
import type { Connection, PageArgs } from '../../core/graphql/pagination.js';
import { UnitOfWork } from '../../core/database/unit-of-work.js';
import { Role } from '../../core/domain/enums.js';
import { groupBy } from '../../core/domain/group-by.js';
import { badInput, conflict, DomainError, forbidden, notFound, unauthenticated, type FieldProblem } from '../../core/errors/domain-error.js';
import { mapConstraintError } from '../../core/errors/database-errors.js';
import { ProviderService } from '../provider/provider.service.js';
import type { ChangeUserRoleInput, CreateUserInput, RegisterInput, UserFilter } from './dto/account.input.js';
import { LoginThrottle } from './login-throttle.js';
import { passwordProblems } from './password.policy.js';
import { UserEntity } from './user.entity.js';
import { RegionService } from '../region/region.service.js';

export interface AuthResult extends IssuedTokens {
  user: UserEntity;
}

export const IdentityReason = {
  PHONE_TAKEN: 'PHONE_TAKEN',
  WEAK_PASSWORD: 'WEAK_PASSWORD',
  NOT_ON_YOURSELF: 'NOT_ON_YOURSELF',
} as const;

/**
 * Who administers accounts: lists them and reads their phone numbers (private to everyone else, the owner included,
 * so that a leaked token of any other role reveals no phone).
 */
export const ACCOUNT_ADMINISTRATION = definePolicy<UserEntity>('account (administer)', {
  [Role.ADMIN]: [[access.any]],
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const phoneTaken = () => conflict(IdentityReason.PHONE_TAKEN, 'This phone number cannot be registered: if it is yours, sign in instead');
const wrongCredentials = () => unauthenticated('Wrong phone number or password');

/** Accounts, sign-in, sessions and who may create or change whom. */
@Injectable()
export class IdentityService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly passwords: PasswordService,
    private readonly sessions: SessionService,
    private readonly providers: ProviderService,
    private readonly throttle: LoginThrottle,
    private readonly regions: RegionService,
  ) {}

  private get users() {
    return this.uow.manager.getRepository(UserEntity);
  }

  /** Self-registration creates FAMILY accounts only; each address has an hourly budget of registrations. */
  async register(input: RegisterInput, address: string): Promise<AuthResult> {
    this.checkPassword(input.password, input.phone, 'input.password');
    await this.throttle.register(address);
    const user = await this.insert({ ...input, role: Role.FAMILY, providerId: null, regionScope: null });
    return this.startSession(user);
  }

  /**
   * Wrong phone and wrong password look the same (message and bcrypt work alike). Failures count per account and per
   * address; a locked account or address is refused before any password is checked.
   */
  async login(phone: string, password: string, address: string): Promise<AuthResult> {
    await this.throttle.assertMayTry(phone, address);
    const user = await this.users.findOne({ where: { phone: phone.trim() } });
    if (!(await this.passwords.verify(password, user?.passwordHash ?? null)) || !user) {
      await this.throttle.failed(phone, address);
      throw wrongCredentials();
    }
    await this.throttle.succeeded(phone);
    // Said only to whoever knows the password, so it reveals nothing about which phones have accounts.
    if (user.disabledAt) throw new DomainError('UNAUTHENTICATED', 'This account has been disabled by an administrator', AuthReason.ACCOUNT_DISABLED);
    return this.startSession(user);
  }

  /** A new token pair for a live refresh token (rotation; a reused one ends its session). */
  async refresh(refreshToken: string): Promise<AuthResult> {
    const tokens = await this.sessions.refresh(refreshToken);
    const user = await this.users.findOne({ where: { id: tokens.userId } });
    if (!user) throw unauthenticated('The account no longer exists');
    return { ...tokens, user };
  }

  /** Ends the caller's session, or every session of the account. Its access tokens stop working at once. */
  async logout(actor: Actor, allSessions: boolean): Promise<boolean> {
    if (allSessions || !actor.sessionId) await this.sessions.endAll(actor.userId, 'LOGOUT_ALL');
    else await this.sessions.endOne(actor.userId, actor.sessionId, 'LOGOUT');
    return true;
  }

  /**
   * Changes the caller's password after checking the current one (guesses count against the account like sign-ins).
   * Every session ends, this one too; the answer is a new session, so the caller stays signed in.
   */
  async changePassword(actor: Actor, currentPassword: string, newPassword: string, address: string): Promise<AuthResult> {
    const user = await this.me(actor);
    await this.throttle.assertMayTry(user.phone, address);
    if (!(await this.passwords.verify(currentPassword, user.passwordHash))) {
      await this.throttle.failed(user.phone, address);
      throw new DomainError('BAD_USER_INPUT', 'The current password is wrong', 'WRONG_PASSWORD', [{ path: 'currentPassword', message: 'wrong password' }]);
    }
    this.checkPassword(newPassword, user.phone, 'newPassword');
    const passwordHash = await this.passwords.hash(newPassword);
    const updated = await this.uow.run(async () => {
      await this.users.update({ id: user.id }, { passwordHash, passwordChangedAt: new Date() });
      await this.sessions.endAll(user.id, 'PASSWORD_CHANGED');
      return (await this.users.findOne({ where: { id: user.id } }))!;
    });
    return this.startSession(updated);
  }

  /** ADMIN sets a new password for an account (e.g. one whose owner forgot it); its sessions end. */
  async resetPassword(actor: Actor, userId: string, newPassword: string): Promise<UserEntity> {
    const user = await this.requireUser(userId);
    this.checkPassword(newPassword, user.phone, 'newPassword');
    const passwordHash = await this.passwords.hash(newPassword);
    return this.uow.run(async () => {
      await this.users.update({ id: user.id }, { passwordHash, passwordChangedAt: new Date() });
      await this.sessions.endAll(user.id, 'PASSWORD_RESET');
      return (await this.users.findOne({ where: { id: user.id } }))!;
    });
  }

  /** ADMIN disables an account: it cannot sign in, and its tokens stop working at once. Not one's own. */
  async disableUser(actor: Actor, userId: string, reason: string): Promise<UserEntity> {
    const user = await this.requireUser(userId);
    this.notOnYourself(actor, user);
    const trimmed = reason.trim();
    if (trimmed.length === 0 || trimmed.length > 500) throw badInput('Give a reason of 1 to 500 characters', [{ path: 'reason', message: '1 to 500 characters' }]);
    return this.uow.run(async () => {
      await this.uow.manager.query(`UPDATE users SET disabled_at = COALESCE(disabled_at, now()), disabled_reason = $2 WHERE id = $1`, [user.id, trimmed]);
      await this.sessions.endAll(user.id, 'DISABLED');
      return (await this.users.findOne({ where: { id: user.id } }))!;
    });
  }

  /** ADMIN lets a disabled account sign in again (its old tokens stay ended). */
  async enableUser(actor: Actor, userId: string): Promise<UserEntity> {
    const user = await this.requireUser(userId);
    await this.users.update({ id: user.id }, { disabledAt: null, disabledReason: null });
    return (await this.users.findOne({ where: { id: user.id } }))!;
  }

  /** ADMIN changes an account's role and binding; every session ends, so no token carries the old role. Not one's own. */
  async changeUserRole(actor: Actor, userId: string, input: ChangeUserRoleInput): Promise<UserEntity> {
    const user = await this.requireUser(userId);
    this.notOnYourself(actor, user);
    if (user.role === Role.DEVICE) throw badInput('A device account stays a device: revoke it instead', [{ path: 'userId', message: 'a DEVICE account' }]);
    this.checkBinding(input, 'input');
    if (input.regionScope) await this.regions.requirePrefix(input.regionScope, 'input.regionScope');
    if (input.providerId && !(await this.providers.findById(input.providerId))) throw notFound('Provider');
    return this.uow.run(async () => {
      await this.users.update({ id: user.id }, { role: input.role, providerId: input.providerId ?? null, regionScope: input.regionScope ?? null });
      await this.sessions.endAll(user.id, 'ROLE_CHANGED');
      return (await this.users.findOne({ where: { id: user.id } }))!;
    });
  }

  /** The FAMILY account with this phone, if any (guardians are added by phone). The phone is never logged. */
  async familyAccountIdByPhone(phone: string): Promise<string | null> {
    const user = await this.users.findOne({ where: { phone: phone.trim(), role: Role.FAMILY } });
    return user?.id ?? null;
  }

  /** The account with this phone, whatever its role (the phone is never logged). */
  async accountIdByPhone(phone: string): Promise<string | null> {
    const user = await this.users.findOne({ where: { phone: phone.trim() } });
    return user?.id ?? null;
  }

  async me(actor: Actor): Promise<UserEntity> {
    const user = await this.findById(actor.userId);
    if (!user) throw unauthenticated('The account no longer exists');
    return user;
  }

  /** ADMIN creates any account; CIVIL_AFFAIRS creates staff and caregivers of providers in its scope. */
  async createUser(actor: Actor, input: CreateUserInput): Promise<UserEntity> {
    this.checkBinding(input, 'input');
    if (input.regionScope) await this.regions.requirePrefix(input.regionScope, 'input.regionScope');
    const boundToProvider = input.role === Role.PROVIDER_STAFF || input.role === Role.CAREGIVER;
    if (actor.role === Role.CIVIL_AFFAIRS && !boundToProvider) throw forbidden('Officers may create provider staff and caregivers only');
    if (input.providerId) {
      const provider = await this.providers.findById(input.providerId);
      if (!provider || !actsOnRegion(actor, provider.regionCode)) throw notFound('Provider');
    }
    this.checkPassword(input.password, input.phone, 'input.password');
    return this.insert({
      phone: input.phone,
      password: input.password,
      displayName: input.displayName,
      role: input.role,
      providerId: input.providerId ?? null,
      regionScope: input.regionScope ?? null,
    });
  }

  async hasAdmin(): Promise<boolean> {
    return (await this.users.count({ where: { role: Role.ADMIN } })) > 0;
  }

  /**
   * Accounts with a password hashed once for all of them (the demo seed's fixed accounts), in the caller's unit of
   * work; a phone already registered keeps its account. The binding rules are the same as for `createUser`.
   */
  async ensureAccounts(
    accounts: ReadonlyArray<Pick<UserEntity, 'phone' | 'displayName' | 'role' | 'providerId' | 'regionScope'>>,
    passwordHash: string,
  ): Promise<void> {
    for (const [i, a] of accounts.entries()) this.checkBinding(a, `accounts[${i}]`);
    for (const a of accounts) {
      await this.uow.manager.query(
        `INSERT INTO users (phone, password_hash, display_name, role, provider_id, region_scope) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (phone) DO NOTHING`,
        [a.phone, passwordHash, a.displayName, a.role, a.providerId, a.regionScope],
      );
    }
  }

  /** Creates the first ADMIN from configuration when no admin exists yet; a weak ADMIN_PASSWORD stops the start. */
  async ensureAdmin(phone: string, password: string): Promise<void> {
    if (await this.hasAdmin()) return;
    const problems = passwordProblems(password, { phone });
    if (problems.length) throw new Error(`ADMIN_PASSWORD is refused: ${problems.map((p) => p.message).join('; ')}`);
    await this.insert({ phone, password, displayName: 'Administrator', role: Role.ADMIN, providerId: null, regionScope: null });
  }

  /** ADMIN: accounts by role, phone digits and status, newest first. */
  async list(actor: Actor, filter: UserFilter | null | undefined, page: PageArgs): Promise<Connection<UserEntity>> {
    const params = new SqlParams();
    const param = params.param;
    const where = [scopeSql(ACCOUNT_ADMINISTRATION, actor, param)];
    if (filter?.role) where.push(`u.role = ${param(filter.role)}`);
    // Digits only (validated), so nothing in the pattern is a LIKE wildcard.
    if (filter?.phoneContains) where.push(`u.phone LIKE ${param(`%${filter.phoneContains}%`)}`);
    if (filter?.disabled === true) where.push('u.disabled_at IS NOT NULL');
    if (filter?.disabled === false) where.push('u.disabled_at IS NULL');
    // The page's rows are read whole in its one statement (not ids, then the same rows again by id).
    const rows = entityRows(this.uow.manager.connection, UserEntity);
    return pagedQuery<Record<string, unknown>, UserEntity>(
      this.uow.manager,
      { select: rows.columns('u'), from: 'users u', where, orderBy: 'u.created_at DESC, u.id DESC', params, page },
      (found) => found.map((row) => rows.hydrate(row)),
    );
  }

  /** An account's phone number for those who administer accounts; null for anyone else. */
  /** The account's own number for its owner (the number they sign in with) and for admins; null for everyone else. */
  async phoneFor(actor: Actor | null, user: UserEntity): Promise<string | null> {
    if (actor?.userId === user.id) return user.phone;
    return (await can(ACCOUNT_ADMINISTRATION, actor, user)) ? user.phone : null;
  }

  /** The account row by id (a prepared statement: `me` and every request that reads its caller). */
  async findById(id: string): Promise<UserEntity | null> {
    const rows = entityRows(this.uow.manager.connection, UserEntity);
    const [row] = await this.uow.prepared('user_by_id', `SELECT ${rows.columns()} FROM users WHERE id = $1`, [id]);
    return row ? rows.hydrate(row) : null;
  }

  async findByIds(ids: readonly string[]): Promise<UserEntity[]> {
    const rows = entityRows(this.uow.manager.connection, UserEntity);
    return (await this.uow.prepared('users_by_ids', `SELECT ${rows.columns()} FROM users WHERE id = ANY($1::uuid[])`, [ids])).map((row) => rows.hydrate(row));
  }

  /** The staff accounts (PROVIDER_STAFF) of many providers, by provider, in one query: who hears of a provider's work. */
  async staffOf(providerIds: readonly string[]): Promise<Map<string, string[]>> {
    const rows: Array<{ id: string; provider_id: string }> = await this.uow.manager.query(
      `SELECT id, provider_id FROM users WHERE role = $2 AND provider_id = ANY($1::uuid[]) ORDER BY id`,
      [[...new Set(providerIds)].filter((id) => UUID.test(id)), Role.PROVIDER_STAFF],
    );
    return groupBy(rows.map((r) => [r.provider_id, r.id]));
  }

  /** The officers (CIVIL_AFFAIRS) whose region scope covers each region code, in one query. */
  async officersCovering(regionCodes: readonly string[]): Promise<Map<string, string[]>> {
    const rows: Array<{ id: string; code: string }> = await this.uow.manager.query(
      `SELECT u.id, c.code FROM unnest($1::text[]) AS c(code) JOIN users u ON u.role = $2 AND c.code LIKE u.region_scope || '%' ORDER BY u.id`,
      [[...new Set(regionCodes)], Role.CIVIL_AFFAIRS],
    );
    return groupBy(rows.map((r) => [r.code, r.id]));
  }

  /** The phone numbers of many accounts (outward notices), in one query; an account missing is absent. */
  async phonesOf(userIds: readonly string[]): Promise<Map<string, string>> {
    const rows: Array<{ id: string; phone: string }> = await this.uow.manager.query(`SELECT id, phone FROM users WHERE id = ANY($1::uuid[])`, [
      [...new Set(userIds)].filter((id) => UUID.test(id)),
    ]);
    return new Map(rows.map((r) => [r.id, r.phone]));
  }

  /**
   * findByProvider's ids as a subquery of a caller's statement (one column, `id`), for a query that reads the accounts'
   * own rows in the same round trip. `providerParam` and `roleParam` are the caller's bind placeholders.
   */
  accountIdsOfProviderSql(providerParam: string, roleParam: string): string {
    return `(SELECT u.id FROM users u WHERE u.provider_id = ${providerParam} AND u.role = ${roleParam})`;
  }

  /** Accounts bound to a provider with the given role (e.g. its caregivers). */
  findByProvider(providerId: string, role: Role): Promise<UserEntity[]> {
    return this.users.find({ where: { providerId, role }, order: { displayName: 'ASC', id: 'ASC' } });
  }

  // ---------------------------------------------------------------- device accounts (the caller decides who may)

  /**
   * A DEVICE account bound to the elder. Answers its sign-in credential once: a login id (in place of a phone: a
   * letter and 15 digits, never a phone number) and a random secret (its password, stored only as a bcrypt hash).
   */
  async createDevice(elderId: string, label: string, createdBy: string): Promise<{ user: UserEntity; loginId: string; secret: string }> {
    const trimmed = label.trim();
    if (trimmed.length === 0 || trimmed.length > 100) throw badInput('Give a label of 1 to 100 characters', [{ path: 'label', message: '1 to 100 characters' }]);
    const secret = randomBytes(24).toString('base64url');
    for (;;) {
      const loginId = `D${Array.from({ length: 15 }, () => randomInt(10)).join('')}`;
      try {
        const user = await this.insert({ phone: loginId, password: secret, displayName: trimmed, role: Role.DEVICE, providerId: null, regionScope: null, elderId, createdBy });
        return { user, loginId, secret };
      } catch (error) {
        // a login id already taken (1 in 10^15 per device): draw another
        if (!(error instanceof DomainError && error.code === 'CONFLICT')) throw error;
      }
    }
  }

  /** The DEVICE accounts of an elder, revoked ones included, oldest first. */
  devicesOf(elderId: string): Promise<UserEntity[]> {
    return UUID.test(elderId) ? this.users.find({ where: { elderId, role: Role.DEVICE }, order: { createdAt: 'ASC', id: 'ASC' } }) : Promise.resolve([]);
  }

  /** A DEVICE account by id, or null. */
  async findDevice(id: string): Promise<UserEntity | null> {
    return UUID.test(id) ? this.users.findOne({ where: { id, role: Role.DEVICE } }) : null;
  }

  /** Revokes a device: it cannot sign in again and its tokens stop working at once (as a disabled account). */
  async revokeDevice(id: string): Promise<UserEntity> {
    return this.uow.run(async () => {
      await this.uow.manager.query(`UPDATE users SET disabled_at = COALESCE(disabled_at, now()), disabled_reason = 'device revoked' WHERE id = $1 AND role = 'DEVICE'`, [id]);
      await this.sessions.endAll(id, 'DISABLED');
      return (await this.users.findOne({ where: { id } }))!;
    });
  }

  private checkBinding(input: { role: Role; providerId?: string | null; regionScope?: string | null }, prefix: string): void {
    const problems: FieldProblem[] = [];
    if (input.role === Role.DEVICE) problems.push({ path: `${prefix}.role`, message: 'DEVICE accounts are bound to an elder: create them with createDeviceAccount' });
    const boundToProvider = input.role === Role.PROVIDER_STAFF || input.role === Role.CAREGIVER;
    if (boundToProvider && !input.providerId) problems.push({ path: `${prefix}.providerId`, message: `required for ${input.role}` });
    if (!boundToProvider && input.providerId) problems.push({ path: `${prefix}.providerId`, message: `not allowed for ${input.role}` });
    if (input.role === Role.CIVIL_AFFAIRS && !input.regionScope) problems.push({ path: `${prefix}.regionScope`, message: 'required for CIVIL_AFFAIRS' });
    if (input.role !== Role.CIVIL_AFFAIRS && input.regionScope) problems.push({ path: `${prefix}.regionScope`, message: `not allowed for ${input.role}` });
    if (problems.length) throw badInput('Invalid account binding', problems);
  }

  private checkPassword(password: string, phone: string, path: string): void {
    const problems = passwordProblems(password, { phone });
    if (problems.length) {
      throw badInput(
        `The password is not accepted: ${problems.map((p) => p.message).join('; ')}`,
        problems.map((p) => ({ path, message: p.message })),
        IdentityReason.WEAK_PASSWORD,
      );
    }
  }

  private notOnYourself(actor: Actor, user: UserEntity): void {
    if (actor.userId === user.id) {
      throw badInput('An admin cannot do this to their own account', [{ path: 'userId', message: 'your own account' }], IdentityReason.NOT_ON_YOURSELF);
    }
  }

  private async requireUser(userId: string): Promise<UserEntity> {
    const user = UUID.test(userId) ? await this.users.findOne({ where: { id: userId } }) : null;
    if (!user) throw notFound('User');
    return user;
  }

  private async insert(
    fields: Pick<UserEntity, 'phone' | 'displayName' | 'role' | 'providerId' | 'regionScope'> & Partial<Pick<UserEntity, 'elderId' | 'createdBy'>> & { password: string },
  ): Promise<UserEntity> {
    const { password, ...rest } = fields;
    const passwordHash = await this.passwords.hash(password);
    try {
      return await this.uow.run(() => this.users.save(this.users.create({ ...rest, passwordHash })));
    } catch (error) {
      mapConstraintError(error, { users_phone_key: phoneTaken });
    }
  }

  private startSession(user: UserEntity): Promise<AuthResult> {
    return this.sessions
      .start({ id: user.id, role: user.role, providerId: user.providerId, regionScope: user.regionScope, tokenVersion: user.tokenVersion })
      .then((tokens) => ({ ...tokens, user }));
  }
}
