import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { BedCategory, CareSetting } from '../../core/domain/enums.js';
import { ProviderModel } from '../provider/provider.model.js';

/** The factors of a match score (match.policy MATCH_FACTORS). */
export enum MatchFactor {
  DISTANCE = 'DISTANCE',
  STARS = 'STARS',
  CAPACITY = 'CAPACITY',
  PRICE = 'PRICE',
  REVIEWS = 'REVIEWS',
  CONTINUITY = 'CONTINUITY',
}
registerEnumType(MatchFactor, {
  name: 'MatchFactor',
  description:
    'What a match score weighs: distance, current star grade, free capacity, price after subsidy against the budget, ' +
    'family reviews, and continuity (the provider already cares for the elder).',
  valuesMap: {
    DISTANCE: { description: 'How near the provider is to the need\'s location, within the distance limit (100 at the door, 0 at the limit).' },
    STARS: { description: 'The official star grade in force (GB/T 37276), 20 points a star; ungraded providers get a fixed configurable value.' },
    CAPACITY: { description: 'Free beds of the needed category (saturating at a configurable count); the same value for every provider outside residential care.' },
    PRICE: { description: 'Estimated monthly out-of-pocket cost against the budget: 100 - 50 × cost / budget, clamped to 0..100.' },
    REVIEWS: { description: 'Families\' reviews of completed visits (1-5 stars mapped to 0-100), shrunk towards a prior while there are few.' },
    CONTINUITY: { description: '100 when the provider already cares for the elder, else 0.' },
  },
});

@ObjectType({ description: 'One factor of a match score: score = sum of weight × value over the reasons.' })
export class MatchReason {
  @Field(() => MatchFactor, { description: 'Which factor this is.' })
  factor: MatchFactor;

  @Field(() => Float, { description: 'Weight of the factor, 0 to 1; the weights of a match add up to 1 (configurable).' })
  weight: number;

  @Field(() => Float, { description: 'How well the provider does on this factor, 0 to 100.' })
  value: number;

  @Field({ description: 'Why, in words a family understands.' })
  detail: string;
}

@ObjectType({ description: 'A provider that can take the need, with its score and the reasons behind it. Best first.' })
export class ProviderMatch {
  @Field(() => ProviderModel, { description: 'The provider matched.' })
  provider: ProviderModel;

  @Field(() => Float, { description: '0 to 100: the sum of weight × value over `reasons`.' })
  score: number;

  @Field(() => Float, { description: 'Distance from the need\'s location, in km.' })
  distanceKm: number;

  @Field(() => [MatchReason], { description: 'Every factor of the score, with its weight, value and explanation.' })
  reasons: MatchReason[];

  @Field(() => Int, {
    nullable: true,
    description: 'Residential: free beds of the needed category this elder may take (a public-built private-run home\'s reserved ' +
      'share counts only for government-supported elders). Null for day and home care.',
  })
  availableBeds: number | null;

  @Field(() => Int, { nullable: true, description: 'Estimated monthly cost in fen from the provider\'s prices; null when it publishes none for the need.' })
  estimatedMonthlyCostFen: number | null;

  @Field(() => Int, { nullable: true, description: 'Part of the monthly cost the elder\'s government-purchased service allowance pays, in fen.' })
  estimatedSubsidyFen: number | null;

  @Field(() => CareSetting, { description: 'The setting matched (the need\'s, or the default it implied).' })
  setting: CareSetting;

  @Field(() => BedCategory, { nullable: true, description: 'Residential: the bed category looked for.' })
  bedCategory: BedCategory | null;
}
