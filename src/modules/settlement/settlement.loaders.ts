import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { requestLoader, type GraphQLContext } from '../../core/graphql/graphql-context.js';
import type { EventRecord, LineRecord } from './settlement.record.js';
import { SettlementService } from './settlement.service.js';

/** Per-request batching of a statement's lines and events: a page of statements costs two queries for them. */
@Injectable()
export class SettlementLoaders {
  constructor(private readonly settlements: SettlementService) {}

  lines(ctx: GraphQLContext): DataLoader<string, LineRecord[]> {
    return requestLoader(ctx, 'settlement.lines', () => new DataLoader((ids: readonly string[]) => this.settlements.linesFor(ids)));
  }

  events(ctx: GraphQLContext): DataLoader<string, EventRecord[]> {
    return requestLoader(ctx, 'settlement.events', () => new DataLoader((ids: readonly string[]) => this.settlements.eventsFor(ids)));
  }
}
