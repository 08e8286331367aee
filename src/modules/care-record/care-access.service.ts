import { Injectable } from '@nestjs/common';
import type { Actor } from '../../core/auth/actor.js';
import { regionCovers } from '../../core/access/region-code.js';
import { UnitOfWork } from '../../core/database/unit-of-work.js';
import { Role } from '../../core/domain/enums.js';
import { notFound } from '../../core/errors/domain-error.js';
import { ElderService, type ElderRecord } from '../elder/elder.service.js';
import { IdentityService } from '../identity/identity.service.js';

/** How the caller stands to one elder, for the need-to-know rules of care records (docs/care-records.md). */
export interface CareAccess {
  elder: ElderRecord;
  guardian: boolean;
  /** PROVIDER_STAFF of a provider that serves the elder. */
  staff: boolean;
  /** A CAREGIVER assigned to one of the elder's visits. */
  assignedCaregiver: boolean;
  officerInScope: boolean;
  admin: boolean;
  /** A DEVICE account bound to this elder (an active one: a revoked device cannot call). */
  device: boolean;
}

/**
 * Who may see and write care records. Health data (plans, observations, medication) is for guardians, the serving
 * provider's staff and the caregivers of the elder's visits; officers in scope see incidents, emergencies and
 * figures. Invisible and missing elders answer the same NOT_FOUND. Every read by a non-guardian is audited.
 */
@Injectable()
export class CareAccessService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly elders: ElderService,
    private readonly identity: IdentityService,
  ) {}

  async accessTo(actor: Actor, elderId: string): Promise<CareAccess> {
    const [elder] = await this.elders.recordsByIds([elderId]);
    if (!elder) throw notFound('Elder');
    // the one visibility rule's relations (guardian, serving provider's staff, caregiver of a visit)
    const links = (await this.elders.accessMany(actor, [elder.id])).get(elder.id)!;
    return {
      elder,
      guardian: actor.role === Role.FAMILY && links.guardian,
      staff: actor.role === Role.PROVIDER_STAFF && links.servingProviderStaff,
      assignedCaregiver: actor.role === Role.CAREGIVER && links.assignedCaregiver,
      officerInScope: actor.role === Role.CIVIL_AFFAIRS && regionCovers(actor.regionScope, elder.regionCode),
      admin: actor.role === Role.ADMIN,
      device: actor.role === Role.DEVICE && (await this.identity.findDevice(actor.userId))?.elderId === elder.id,
    };
  }

  /** Health records: guardians, serving staff, assigned caregivers, admins. Audited for all but guardians. */
  async requireHealthReader(actor: Actor, elderId: string, what: string): Promise<CareAccess> {
    const a = await this.accessTo(actor, elderId);
    if (!(a.guardian || a.staff || a.assignedCaregiver || a.admin)) throw notFound('Elder');
    await this.audit(actor, [a.elder.id], what);
    return a;
  }

  /** Writes observations and administrations: serving staff and assigned caregivers. */
  async requireCarer(actor: Actor, elderId: string): Promise<CareAccess> {
    const a = await this.accessTo(actor, elderId);
    if (!(a.staff || a.assignedCaregiver)) throw notFound('Elder');
    return a;
  }

  /** Plans and medication orders: the serving provider's staff. */
  async requireStaff(actor: Actor, elderId: string): Promise<CareAccess> {
    const a = await this.accessTo(actor, elderId);
    if (!a.staff) throw notFound('Elder');
    return a;
  }

  /** Creates, lists and revokes the elder's devices: its guardians and the serving provider's staff. */
  async requireDeviceManager(actor: Actor, elderId: string): Promise<CareAccess> {
    const a = await this.accessTo(actor, elderId);
    if (!(a.guardian || a.staff)) throw notFound('Elder');
    return a;
  }

  /** Records one read of care records per elder by staff, a caregiver, an officer or an admin (guardians read their own). */
  async audit(actor: Actor, elderIds: readonly string[], what: string): Promise<void> {
    if (actor.role === Role.FAMILY || elderIds.length === 0) return;
    await this.uow.manager.query(
      `INSERT INTO care_record_reads (actor_id, actor_role, elder_id, what) SELECT $1, $2, e, $4 FROM unnest($3::uuid[]) AS e`,
      [actor.userId, actor.role, [...new Set(elderIds)], what],
    );
  }

  /** The provider serving the elder that an emergency alerts: the most recent link. */
  async servingProvider(elderId: string): Promise<string | null> {
    return (await this.elders.servingProviders(elderId))[0] ?? null;
  }

  async guardiansOf(elderId: string): Promise<string[]> {
    return ((await this.elders.guardiansOf([elderId])).get(elderId) ?? []).map((g) => g.userId);
  }

  async providerServes(providerId: string, elderId: string): Promise<boolean> {
    return (await this.elders.servingProviders(elderId)).includes(providerId);
  }
}
