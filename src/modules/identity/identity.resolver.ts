import { Args, Context, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../core/auth/actor.js';
import { CurrentActor } from '../../core/auth/current-actor.decorator.js';
import { Public, Roles } from '../../core/auth/roles.decorator.js';
import { Role } from '../../core/domain/enums.js';
import type { GraphQLContext } from '../../core/graphql/graphql-context.js';
import { PageArgs } from '../../core/graphql/pagination.js';
import { ChangeUserRoleInput, CreateUserInput, RegisterInput, UserFilter } from './dto/account.input.js';
import { IdentityService } from './identity.service.js';
import type { UserEntity } from './user.entity.js';
import { AuthPayload, UserConnection, UserModel } from './user.model.js';

const ALL_ROLES = Object.values(Role);
/** People's accounts: a DEVICE has no password of its own to change (its guardian revokes it and creates another). */
const PEOPLE = ALL_ROLES.filter((r) => r !== Role.DEVICE);

/** The client's address as Fastify sees it (behind a proxy, set the proxy's trust so this is the real client). */
const addressOf = (ctx: GraphQLContext) => ctx.req?.ip ?? 'unknown';

@Resolver(() => UserModel)
export class IdentityResolver {
  constructor(private readonly identity: IdentityService) {}

  @Query(() => UserModel, { description: 'The signed-in account.' })
  @Roles(...ALL_ROLES)
  me(@CurrentActor() actor: Actor) {
    return this.identity.me(actor);
  }

  @Query(() => UserConnection, { description: 'ADMIN: the accounts, newest first, by role, phone digits and status.' })
  @Roles(Role.ADMIN)
  users(
    @CurrentActor() actor: Actor,
    @Args('filter', { type: () => UserFilter, nullable: true, description: 'Optional filter by role, phone digits and disabled status.' }) filter: UserFilter,
    @Args() page: PageArgs,
  ) {
    return this.identity.list(actor, filter, page);
  }

  @ResolveField(() => String, { nullable: true, description: 'The account\'s mobile number: shown to admins and to the account itself, null for everyone else.' })
  phone(user: UserEntity, _args: unknown, ctx: GraphQLContext) {
    return this.identity.phoneFor(ctx.actor, user);
  }

  @Mutation(() => AuthPayload, {
    description:
      'Creates a FAMILY account and signs it in. The password must pass the password policy (WEAK_PASSWORD); each client ' +
      'address may register a limited number of accounts per hour (RATE_LIMITED with retryAfter).',
  })
  @Public()
  register(
    @Args('input', { description: 'The new FAMILY account: phone (the login name), password, display name.' }) input: RegisterInput,
    @Context() ctx: GraphQLContext,
  ) {
    return this.identity.register(input, addressOf(ctx));
  }

  @Mutation(() => AuthPayload, {
    description:
      'Signs in with phone number and password and opens a session. Repeated failures lock the account for a while ' +
      '(RATE_LIMITED, reason ACCOUNT_LOCKED) and refuse the client address (reason TOO_MANY_ATTEMPTS); `extensions.retryAfter` ' +
      'says in how many seconds to try again.',
  })
  @Public()
  login(
    @Args('phone', { description: 'The mainland mobile number the account was registered with.' }) phone: string,
    @Args('password', { description: 'The account password.' }) password: string,
    @Context() ctx: GraphQLContext,
  ) {
    return this.identity.login(phone, password, addressOf(ctx));
  }

  @Mutation(() => AuthPayload, {
    description:
      'Exchanges a refresh token for a new access token and a new refresh token (the one given is used up). A refresh token ' +
      'presented a second time ends its session (REFRESH_TOKEN_REUSED): sign in again.',
  })
  @Public()
  refreshAccessToken(@Args('refreshToken', { description: 'The refresh token of the last AuthPayload.' }) refreshToken: string) {
    return this.identity.refresh(refreshToken);
  }

  @Mutation(() => Boolean, { description: 'Ends the caller\'s session (or every session of the account); its tokens stop working at once.' })
  @Roles(...ALL_ROLES)
  logout(
    @CurrentActor() actor: Actor,
    @Args('allSessions', { defaultValue: false, description: 'End every session of the account, on every device.' }) allSessions: boolean,
  ) {
    return this.identity.logout(actor, allSessions);
  }

  @Mutation(() => AuthPayload, { description: 'Changes the caller\'s password; every session ends and a new one is returned. Not for DEVICE accounts.' })
  @Roles(...PEOPLE)
  changePassword(
    @CurrentActor() actor: Actor,
    @Args('currentPassword', { description: 'The password now in force.' }) currentPassword: string,
    @Args('newPassword', { description: 'The new password (password policy as at registration).' }) newPassword: string,
    @Context() ctx: GraphQLContext,
  ) {
    return this.identity.changePassword(actor, currentPassword, newPassword, addressOf(ctx));
  }

  @Mutation(() => UserModel, { description: 'ADMIN: any account. CIVIL_AFFAIRS: staff and caregivers of providers in scope.' })
  @Roles(Role.ADMIN, Role.CIVIL_AFFAIRS)
  createUser(@CurrentActor() actor: Actor, @Args('input', { description: 'The account to create; CIVIL_AFFAIRS may create only PROVIDER_STAFF and CAREGIVER of providers in their scope.' }) input: CreateUserInput) {
    return this.identity.createUser(actor, input);
  }

  @Mutation(() => UserModel, { description: 'ADMIN: sets a new password for an account; its sessions end.' })
  @Roles(Role.ADMIN)
  resetPassword(
    @CurrentActor() actor: Actor,
    @Args('userId', { type: () => ID, description: 'The account.' }) userId: string,
    @Args('newPassword', { description: 'The new password (password policy as at registration).' }) newPassword: string,
  ) {
    return this.identity.resetPassword(actor, userId, newPassword);
  }

  @Mutation(() => UserModel, { description: 'ADMIN: disables an account (not one\'s own): it cannot sign in and its tokens stop working at once.' })
  @Roles(Role.ADMIN)
  disableUser(
    @CurrentActor() actor: Actor,
    @Args('userId', { type: () => ID, description: 'The account.' }) userId: string,
    @Args('reason', { description: 'Why, 1 to 500 characters (kept for the audit).' }) reason: string,
  ) {
    return this.identity.disableUser(actor, userId, reason);
  }

  @Mutation(() => UserModel, { description: 'ADMIN: lets a disabled account sign in again.' })
  @Roles(Role.ADMIN)
  enableUser(@CurrentActor() actor: Actor, @Args('userId', { type: () => ID, description: 'The account.' }) userId: string) {
    return this.identity.enableUser(actor, userId);
  }

  @Mutation(() => UserModel, { description: 'ADMIN: changes an account\'s role and binding (not one\'s own); its sessions end at once.' })
  @Roles(Role.ADMIN)
  changeUserRole(
    @CurrentActor() actor: Actor,
    @Args('userId', { type: () => ID, description: 'The account.' }) userId: string,
    @Args('input', { description: 'The new role and its binding.' }) input: ChangeUserRoleInput,
  ) {
    return this.identity.changeUserRole(actor, userId, input);
  }
}
