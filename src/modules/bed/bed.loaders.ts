import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { requestLoader, type GraphQLContext } from '../../core/graphql/graphql-context.js';
import { BedReservationService } from './bed-reservation.service.js';
import { BedWaitlistService } from './bed-waitlist.service.js';
import type { BedReservationEventModel, BedWaitlistOfferModel } from './bed.model.js';

/** Per-request batching of a reservation's or entry's nested lists, so a page of N costs a constant number of queries. */
@Injectable()
export class BedLoaders {
  constructor(
    private readonly reservations: BedReservationService,
    private readonly waitlist: BedWaitlistService,
  ) {}

  events(ctx: GraphQLContext): DataLoader<string, BedReservationEventModel[]> {
    return requestLoader(ctx, 'bed.events', () => new DataLoader((ids: readonly string[]) => this.reservations.eventsFor(ids)));
  }

  offerOfReservation(ctx: GraphQLContext): DataLoader<string, BedWaitlistOfferModel | null> {
    return requestLoader(ctx, 'bed.offerOfReservation', () => new DataLoader((ids: readonly string[]) => this.waitlist.offersForReservations(ids)));
  }

  offersOfEntry(ctx: GraphQLContext): DataLoader<string, BedWaitlistOfferModel[]> {
    return requestLoader(ctx, 'bed.offersOfEntry', () => new DataLoader((ids: readonly string[]) => this.waitlist.offersForEntries(ids)));
  }
}
