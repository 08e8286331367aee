import { Injectable } from '@nestjs/common';
import type { Actor } from '../../core/auth/actor.js';
import { BedWaitlistEntryStatusEnum, type BedWaitlistEntryModel } from './bed.model.js';
import { notFound } from '../../core/errors/domain-error.js';
import { DomainEvents, type DeliveredEvent } from '../../core/events/domain-events.js';
import type { GraphQLContext } from '../../core/graphql/graphql-context.js';
import { EventMemo, liveStream } from '../../core/live/live-stream.js';
import type { BedCapacity } from '../capacity/bed-capacity.model.js';
import { CapacityService } from '../capacity/capacity.service.js';
import { ElderService } from '../elder/elder.service.js';
import { ProviderService } from '../provider/provider.service.js';
import { isUuid } from './bed-ids.js';
import { BedWaitlistService } from './bed-waitlist.service.js';

/**
 * Live bed counts and waitlist positions.
 * - bedCapacityChanged: a provider's counts are public (as in `provider(id) { capacity }`): anyone may watch an existing
 *   provider; each change delivers the changed category's row as it is now, read once per change for all watchers.
 * - bedWaitlistChanged: whoever may read the elder (`elder(id)`, checked at subscribe time and again at delivery) gets
 *   the elder's entries on a list that changed: its position moved, it was offered a bed, or the offer settled.
 */
@Injectable()
export class BedLiveService {
  private readonly capacityRows = new EventMemo<BedCapacity | null>();

  constructor(
    private readonly events: DomainEvents,
    private readonly capacity: CapacityService,
    private readonly providers: ProviderService,
    private readonly elders: ElderService,
    private readonly waitlist: BedWaitlistService,
  ) {}

  async watchCapacity(providerId: string, ctx: GraphQLContext): Promise<AsyncIterableIterator<BedCapacity>> {
    if (!isUuid(providerId) || !(await this.providers.findById(providerId))) throw notFound('Provider');
    return liveStream(this.events, ['bed-capacity.changed'], ctx, async (event) => {
      const e = event as DeliveredEvent<'bed-capacity.changed'>;
      if (e.payload.providerId !== providerId) return null;
      return this.capacityRows.get(e.id, async () => {
        const [rows] = await this.capacity.capacitiesFor([providerId]);
        return rows.find((r) => r.category === e.payload.category) ?? null;
      });
    });
  }

  async watchWaitlist(actor: Actor, elderId: string, ctx: GraphQLContext): Promise<AsyncIterableIterator<BedWaitlistEntryModel>> {
    await this.elders.requireReadable(actor, elderId);
    return liveStream(this.events, ['bed-waitlist.changed'], ctx, async (event) => {
      const e = event as DeliveredEvent<'bed-waitlist.changed'>;
      let entries: BedWaitlistEntryModel[];
      try {
        entries = await this.waitlist.forElder(actor, elderId);
      } catch {
        return null; // the caller may no longer read the elder
      }
      const open = new Set<string>([BedWaitlistEntryStatusEnum.WAITING, BedWaitlistEntryStatusEnum.OFFERED]);
      const touched = entries.filter(
        (entry) =>
          entry.providerId === e.payload.providerId &&
          entry.category === e.payload.category &&
          (e.payload.entryIds.includes(entry.id) || open.has(entry.status)),
      );
      return touched.length ? touched : null;
    });
  }
}
