import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { requestLoader, type GraphQLContext } from '../../core/graphql/graphql-context.js';
import { IdentityService } from '../identity/identity.service.js';
import type { UserEntity } from '../identity/user.entity.js';
import type { OrderEventRecord } from './home-care-order.record.js';
import { HomeCareOrderReads } from './home-care-order-reads.service.js';
import { HomeBedService } from './home-bed.service.js';

/** Per-request batching for the order's nested fields and the provider fields home care adds. */
@Injectable()
export class HomeCareLoaders {
  constructor(
    private readonly reads: HomeCareOrderReads,
    private readonly identity: IdentityService,
    private readonly homeBeds: HomeBedService,
  ) {}

  events(ctx: GraphQLContext): DataLoader<string, OrderEventRecord[]> {
    return requestLoader(ctx, 'homeCare.events', () => new DataLoader((ids: readonly string[]) => this.reads.eventsFor(ids)));
  }

  users(ctx: GraphQLContext): DataLoader<string, UserEntity | null> {
    return requestLoader(ctx, 'homeCare.users', () => new DataLoader(async (ids: readonly string[]) => {
      const rows = await this.identity.findByIds(ids);
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }));
  }

  autoAssign(ctx: GraphQLContext): DataLoader<string, boolean> {
    return requestLoader(ctx, 'homeCare.autoAssign', () => new DataLoader((ids: readonly string[]) => this.reads.autoAssignFor(ids)));
  }

  activeHomeBeds(ctx: GraphQLContext): DataLoader<string, number> {
    return requestLoader(ctx, 'homeCare.activeHomeBeds', () => new DataLoader((ids: readonly string[]) => this.homeBeds.activeCounts(ids)));
  }
}
