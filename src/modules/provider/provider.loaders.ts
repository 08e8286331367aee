import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { requestLoader, type GraphQLContext } from '../../core/graphql/graphql-context.js';
import type { ProviderEntity, ServiceOfferingEntity } from './provider.entity.js';
import { ProviderService } from './provider.service.js';

/** Per-request batching of provider reads, for field resolvers of other modules too (order.provider, match.provider...). */
@Injectable()
export class ProviderLoaders {
  constructor(private readonly providers: ProviderService) {}

  byId(ctx: GraphQLContext): DataLoader<string, ProviderEntity | null> {
    return requestLoader(ctx, 'provider.byId', () => new DataLoader(async (ids: readonly string[]) => {
      const rows = await this.providers.findByIds(ids);
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }));
  }

  services(ctx: GraphQLContext): DataLoader<string, ServiceOfferingEntity[]> {
    return requestLoader(ctx, 'provider.services', () => new DataLoader((ids: readonly string[]) => this.providers.servicesFor(ids)));
  }
}
