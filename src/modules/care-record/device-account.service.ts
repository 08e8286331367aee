import { Injectable } from '@nestjs/common';
import type { Actor } from '../../core/auth/actor.js';
import { notFound } from '../../core/errors/domain-error.js';
import { IdentityService } from '../identity/identity.service.js';
import type { UserEntity } from '../identity/user.entity.js';
import { CareAccessService } from './care-access.service.js';
import type { DeviceAccount, DeviceAccountCredential } from './device-account.model.js';

const toDevice = (u: UserEntity): DeviceAccount => ({
  id: u.id,
  elderId: u.elderId!,
  label: u.displayName,
  createdAt: u.createdAt,
  createdBy: u.createdBy,
  revokedAt: u.disabledAt,
});

/**
 * Device accounts (助急 buttons and watches): bound to one elder, created, listed and revoked by the elder's guardians
 * and the serving provider's staff. The accounts themselves are identity's; who may manage them is decided here.
 */
@Injectable()
export class DeviceAccountService {
  constructor(
    private readonly access: CareAccessService,
    private readonly identity: IdentityService,
  ) {}

  async create(actor: Actor, elderId: string, label: string): Promise<DeviceAccountCredential> {
    const a = await this.access.requireDeviceManager(actor, elderId);
    const { user, loginId, secret } = await this.identity.createDevice(a.elder.id, label, actor.userId);
    return { device: toDevice(user), loginId, secret };
  }

  async list(actor: Actor, elderId: string): Promise<DeviceAccount[]> {
    const a = await this.access.requireDeviceManager(actor, elderId);
    return (await this.identity.devicesOf(a.elder.id)).map(toDevice);
  }

  /** Revoked at once: the device cannot sign in and its tokens stop working. Revoking twice keeps the first time. */
  async revoke(actor: Actor, deviceId: string): Promise<DeviceAccount> {
    const device = await this.identity.findDevice(deviceId);
    if (!device) throw notFound('Device account');
    await this.access.requireDeviceManager(actor, device.elderId!).catch(() => {
      throw notFound('Device account');
    });
    return toDevice(await this.identity.revokeDevice(device.id));
  }
}
