import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../core/auth/actor.js';
import { CurrentActor } from '../../core/auth/current-actor.decorator.js';
import { Public, Roles } from '../../core/auth/roles.decorator.js';
import { Role } from '../../core/domain/enums.js';
import { CreateUserInput, RegisterInput } from './dto/account.input.js';
import { IdentityService } from './identity.service.js';
import { AuthPayload, UserModel } from './user.model.js';

const ALL_ROLES = Object.values(Role);

@Resolver(() => UserModel)
export class IdentityResolver {
  constructor(private readonly identity: IdentityService) {}

  @Query(() => UserModel, { description: 'The signed-in account.' })
  @Roles(...ALL_ROLES)
  me(@CurrentActor() actor: Actor) {
    return this.identity.me(actor);
  }

  @Mutation(() => AuthPayload, { description: 'Creates a FAMILY account and signs it in.' })
  @Public()
  register(@Args('input', { description: 'The new FAMILY account: phone (the login name), password, display name.' }) input: RegisterInput) {
    return this.identity.register(input);
  }

  @Mutation(() => AuthPayload, { description: 'Signs in with phone number and password.' })
  @Public()
  login(@Args('phone', { description: 'The mainland mobile number the account was registered with.' }) phone: string, @Args('password', { description: 'The account password.' }) password: string) {
    return this.identity.login(phone, password);
  }

  @Mutation(() => UserModel, { description: 'ADMIN: any account. CIVIL_AFFAIRS: staff and caregivers of providers in scope.' })
  @Roles(Role.ADMIN, Role.CIVIL_AFFAIRS)
  createUser(@CurrentActor() actor: Actor, @Args('input', { description: 'The account to create; CIVIL_AFFAIRS may create only PROVIDER_STAFF and CAREGIVER of providers in their scope.' }) input: CreateUserInput) {
    return this.identity.createUser(actor, input);
  }
}
