import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { requestLoader, type GraphQLContext } from '../../core/graphql/graphql-context.js';
import type { BedCapacity } from './bed-capacity.model.js';
import { CapacityService } from './capacity.service.js';

@Injectable()
export class CapacityLoaders {
  constructor(private readonly capacity: CapacityService) {}

  byProvider(ctx: GraphQLContext): DataLoader<string, BedCapacity[]> {
    return requestLoader(ctx, 'capacity.byProvider', () => new DataLoader((ids: readonly string[]) => this.capacity.capacitiesFor(ids)));
  }
}
