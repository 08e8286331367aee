import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import type { Actor } from '../../core/auth/actor.js';
import { PasswordService } from '../../core/auth/password.service.js';
import { TokenService } from '../../core/auth/token.service.js';
import { actsOnRegion } from '../../core/access/region-scope.js';
import { Role } from '../../core/domain/enums.js';
import { badInput, conflict, forbidden, notFound, unauthenticated, type FieldProblem } from '../../core/errors/domain-error.js';
import { mapConstraintError } from '../../core/errors/database-errors.js';
import { ProviderService } from '../provider/provider.service.js';
import type { CreateUserInput, RegisterInput } from './dto/account.input.js';
import { UserEntity } from './user.entity.js';
import { RegionService } from '../region/region.service.js';

export interface AuthResult {
  accessToken: string;
  expiresAt: Date;
  user: UserEntity;
}

const phoneTaken = () => conflict('PHONE_TAKEN', 'An account with this phone number exists already');

/** Accounts, sign-in and who may create whom. */
@Injectable()
export class IdentityService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly passwords: PasswordService,
    private readonly tokens: TokenService,
    private readonly providers: ProviderService,
    private readonly regions: RegionService,
  ) {}

  /** Self-registration creates FAMILY accounts only. */
  async register(input: RegisterInput): Promise<AuthResult> {
    const user = await this.insert({ ...input, role: Role.FAMILY, providerId: null, regionScope: null });
    return this.issue(user);
  }

  async login(phone: string, password: string): Promise<AuthResult> {
    const user = await this.users.findOne({ where: { phone } });
    if (!(await this.passwords.verify(password, user?.passwordHash ?? null)) || !user) {
      throw unauthenticated('Wrong phone number or password');
    }
    return this.issue(user);
  }

  async me(actor: Actor): Promise<UserEntity> {
    const user = await this.users.findOne({ where: { id: actor.userId } });
    if (!user) throw unauthenticated('The account no longer exists');
    return user;
  }

  /** ADMIN creates any account; CIVIL_AFFAIRS creates staff and caregivers of providers in its scope. */
  async createUser(actor: Actor, input: CreateUserInput): Promise<UserEntity> {
    const problems: FieldProblem[] = [];
    const boundToProvider = input.role === Role.PROVIDER_STAFF || input.role === Role.CAREGIVER;
    if (boundToProvider && !input.providerId) problems.push({ path: 'input.providerId', message: `required for ${input.role}` });
    if (!boundToProvider && input.providerId) problems.push({ path: 'input.providerId', message: `not allowed for ${input.role}` });
    if (input.role === Role.CIVIL_AFFAIRS && !input.regionScope) problems.push({ path: 'input.regionScope', message: 'required for CIVIL_AFFAIRS' });
    if (input.role !== Role.CIVIL_AFFAIRS && input.regionScope) problems.push({ path: 'input.regionScope', message: `not allowed for ${input.role}` });
    if (problems.length) throw badInput('Invalid account binding', problems);
    if (input.regionScope) await this.regions.requirePrefix(input.regionScope, 'input.regionScope');

    if (actor.role === Role.CIVIL_AFFAIRS && !boundToProvider) throw forbidden('Officers may create provider staff and caregivers only');
    if (input.providerId) {
      const provider = await this.providers.findById(input.providerId);
      if (!provider || !actsOnRegion(actor, provider.regionCode)) throw notFound('Provider');
    }
    return this.insert({
      phone: input.phone,
      password: input.password,
      displayName: input.displayName,
      role: input.role,
      providerId: input.providerId ?? null,
      regionScope: input.regionScope ?? null,
    });
  }

  /** Creates the first ADMIN from configuration when no admin exists yet. */
  async ensureAdmin(phone: string, password: string): Promise<void> {
    if ((await this.users.count({ where: { role: Role.ADMIN } })) > 0) return;
    await this.insert({ phone, password, displayName: 'Administrator', role: Role.ADMIN, providerId: null, regionScope: null });
  }

  findByIds(ids: readonly string[]): Promise<UserEntity[]> {
    return this.users.find({ where: { id: In([...ids]) } });
  }

  /** Accounts bound to a provider with the given role (e.g. its caregivers). */
  findByProvider(providerId: string, role: Role): Promise<UserEntity[]> {
    return this.users.find({ where: { providerId, role }, order: { displayName: 'ASC', id: 'ASC' } });
  }

  private async insert(fields: Omit<UserEntity, 'id' | 'createdAt' | 'passwordHash'> & { password: string }): Promise<UserEntity> {
    const { password, ...rest } = fields;
    const passwordHash = await this.passwords.hash(password);
    try {
      return await this.users.save(this.users.create({ ...rest, passwordHash }));
    } catch (error) {
      mapConstraintError(error, { users_phone_key: phoneTaken });
    }
  }

  private async issue(user: UserEntity): Promise<AuthResult> {
    const { token, expiresAt } = await this.tokens.sign({
      userId: user.id,
      role: user.role,
      providerId: user.providerId,
      regionScope: user.regionScope,
    });
    return { accessToken: token, expiresAt, user };
  }
}
