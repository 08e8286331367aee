import { Injectable } from '@nestjs/common';
import type { Actor } from '../../core/auth/actor.js';
import { actsOnRegion } from '../../core/access/region-scope.js';
import { Role } from '../../core/domain/enums.js';
import { notFound } from '../../core/errors/domain-error.js';
import { DomainEvents, type DeliveredEvent } from '../../core/events/domain-events.js';
import type { GraphQLContext } from '../../core/graphql/graphql-context.js';
import { EventMemo, liveStream } from '../../core/live/live-stream.js';
import { ElderService } from '../elder/elder.service.js';
import { ProviderService } from '../provider/provider.service.js';
import type { HomeCareOrderRecord } from './home-care-order.record.js';
import { HomeCareOrderReads, isUuid } from './home-care-order-reads.service.js';

export interface OrderWatch {
  orderId?: string | null;
  elderId?: string | null;
  providerId?: string | null;
}

/**
 * Live home-care orders: who may watch what, checked twice. At subscribe time each given id must be one the caller
 * can read (else NOT_FOUND, as the queries answer). At delivery the changed order is read again and shown only if the
 * caller can see it now, with the same rule as `homeCareOrder(id)`: a family its elders' orders, a caregiver the
 * visits assigned to them (an unassigned caregiver stops receiving them), staff their provider's, officers in scope.
 */
@Injectable()
export class HomeCareLiveService {
  private readonly changed = new EventMemo<HomeCareOrderRecord | null>();

  constructor(
    private readonly events: DomainEvents,
    private readonly orders: HomeCareOrderReads,
    private readonly elders: ElderService,
    private readonly providers: ProviderService,
  ) {}

  async watch(actor: Actor, watch: OrderWatch, ctx: GraphQLContext): Promise<AsyncIterableIterator<HomeCareOrderRecord>> {
    if (watch.orderId != null && !(await this.orders.getVisible(actor, watch.orderId))) throw notFound('Home-care order');
    if (watch.elderId != null) await this.elders.requireReadable(actor, watch.elderId);
    if (watch.providerId != null) await this.requireWatchableProvider(actor, watch.providerId);
    const matches = (e: DeliveredEvent<'home-care-order.changed'>) =>
      (watch.orderId == null || e.payload.orderId === watch.orderId) &&
      (watch.elderId == null || e.payload.elderId === watch.elderId) &&
      (watch.providerId == null || e.payload.providerId === watch.providerId);
    return liveStream(this.events, ['home-care-order.changed'], ctx, async (event) => {
      const e = event as DeliveredEvent<'home-care-order.changed'>;
      if (!matches(e)) return null;
      const order = await this.changed.get(e.id, () => this.orders.findRecord(e.payload.orderId));
      return order && (await this.orders.canSee(actor, order)) ? order : null;
    });
  }

  /** A provider whose orders the caller could list: any existing one for families (filtered to their elders at delivery). */
  private async requireWatchableProvider(actor: Actor, providerId: string): Promise<void> {
    const provider = isUuid(providerId) ? await this.providers.findById(providerId) : null;
    if (!provider) throw notFound('Provider');
    const allowed =
      actor.role === Role.FAMILY ||
      ((actor.role === Role.PROVIDER_STAFF || actor.role === Role.CAREGIVER) && actor.providerId === provider.id) ||
      actsOnRegion(actor, provider.regionCode);
    if (!allowed) throw notFound('Provider');
  }
}
