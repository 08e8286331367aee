import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { requestLoader, type GraphQLContext } from '../../core/graphql/graphql-context.js';
import type { RatingEventEntity, RatingItemScoreEntity } from './rating.entity.js';
import { RatingRubricService, type RubricVersion } from './rating-rubric.service.js';
import { RatingService, type ProviderSubsidyView } from './rating.service.js';

/** Per-request batching for the fields of rating assessments and for `Provider.ratingSubsidy`. */
@Injectable()
export class RatingLoaders {
  constructor(
    private readonly ratings: RatingService,
    private readonly rubrics: RatingRubricService,
  ) {}

  rubricById(ctx: GraphQLContext): DataLoader<string, RubricVersion | null> {
    return requestLoader(ctx, 'rating.rubricById', () => new DataLoader((ids: readonly string[]) => this.rubrics.byIds(ids)));
  }

  scores(ctx: GraphQLContext): DataLoader<string, RatingItemScoreEntity[]> {
    return requestLoader(ctx, 'rating.scores', () => new DataLoader((ids: readonly string[]) => this.ratings.scoresFor(ids)));
  }

  events(ctx: GraphQLContext): DataLoader<string, RatingEventEntity[]> {
    return requestLoader(ctx, 'rating.events', () => new DataLoader((ids: readonly string[]) => this.ratings.eventsFor(ids)));
  }

  subsidy(ctx: GraphQLContext): DataLoader<string, ProviderSubsidyView> {
    return requestLoader(ctx, 'rating.subsidy', () => new DataLoader((ids: readonly string[]) => this.ratings.subsidiesFor(ids)));
  }
}
