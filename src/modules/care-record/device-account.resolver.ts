import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../core/auth/actor.js';
import { CurrentActor } from '../../core/auth/current-actor.decorator.js';
import { Roles } from '../../core/auth/roles.decorator.js';
import { Role } from '../../core/domain/enums.js';
import { DeviceAccount, DeviceAccountCredential } from './device-account.model.js';
import { DeviceAccountService } from './device-account.service.js';

/** Device accounts of an elder (docs/care-records.md, docs/accounts.md). */
@Resolver(() => DeviceAccount)
export class DeviceAccountResolver {
  constructor(private readonly devices: DeviceAccountService) {}

  @Mutation(() => DeviceAccountCredential, {
    description: 'Creates a DEVICE account bound to the elder (an emergency button or watch at home): its guardian or the serving provider\'s staff. Answers the sign-in credential once.',
  })
  @Roles(Role.FAMILY, Role.PROVIDER_STAFF)
  createDeviceAccount(
    @CurrentActor() actor: Actor,
    @Args('elderId', { type: () => ID, description: 'The elder the device is bound to.' }) elderId: string,
    @Args('label', { description: 'What the device is, 1 to 100 characters (e.g. "卧室紧急按钮").' }) label: string,
  ) {
    return this.devices.create(actor, elderId, label);
  }

  @Mutation(() => DeviceAccount, { description: 'Revokes a device of an elder: it cannot sign in again and its tokens stop working at once. The elder\'s guardian or the serving provider\'s staff.' })
  @Roles(Role.FAMILY, Role.PROVIDER_STAFF)
  revokeDeviceAccount(@CurrentActor() actor: Actor, @Args('id', { type: () => ID, description: 'The device account.' }) id: string) {
    return this.devices.revoke(actor, id);
  }

  @Query(() => [DeviceAccount], { description: 'The devices of an elder, revoked ones included, oldest first: its guardians and the serving provider\'s staff.' })
  @Roles(Role.FAMILY, Role.PROVIDER_STAFF)
  elderDevices(@CurrentActor() actor: Actor, @Args('elderId', { type: () => ID, description: 'The elder.' }) elderId: string) {
    return this.devices.list(actor, elderId);
  }
}
