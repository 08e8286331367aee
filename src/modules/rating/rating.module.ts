import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CapacityModule } from '../capacity/capacity.module.js';
import { ProviderModule } from '../provider/provider.module.js';
import {
  RatingAssessmentEntity,
  RatingEventEntity,
  RatingItemScoreEntity,
  RatingRubricEntity,
  RatingRubricItemEntity,
  RatingRubricSectionEntity,
  RatingSubsidyTierEntity,
} from './rating.entity.js';
import { RatingLoaders } from './rating.loaders.js';
import { ProviderRatingResolver, RatingResolver, RatingRubricResolver } from './rating.resolver.js';
import { RatingRubricService } from './rating-rubric.service.js';
import { RatingService } from './rating.service.js';

/** Star ratings of facilities (GB/T 37276): versioned rubrics, assessments, grades and grade-linked subsidy tiers. */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      RatingRubricEntity,
      RatingRubricSectionEntity,
      RatingRubricItemEntity,
      RatingAssessmentEntity,
      RatingItemScoreEntity,
      RatingEventEntity,
      RatingSubsidyTierEntity,
    ]),
    ProviderModule,
    CapacityModule,
  ],
  providers: [RatingService, RatingRubricService, RatingLoaders, RatingResolver, RatingRubricResolver, ProviderRatingResolver],
  exports: [RatingService, RatingRubricService, RatingLoaders],
})
export class RatingModule {}
