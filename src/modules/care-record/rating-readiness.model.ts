import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { RatingPrerequisiteCode } from '../rating/rating.model.js';

@ObjectType({ description: 'One star prerequisite checked against live data.' })
export class ReadinessPrerequisite {
  @Field(() => Int, { description: 'The star it belongs to.' })
  star: number;

  @Field(() => RatingPrerequisiteCode, { description: 'Which prerequisite.' })
  code: RatingPrerequisiteCode;

  @Field({ description: 'Whether live data meets it today.' })
  met: boolean;

  @Field(() => Float, { nullable: true, description: 'The home\'s value (residents per caregiver, or percent); null when it cannot be computed (e.g. rooms never recorded).' })
  value: number | null;

  @Field(() => Float, { description: 'What the rubric requires, in the same unit.' })
  required: number;
}

@ObjectType({ description: 'Where a home stands before a rating inspection (评定), from live data.' })
export class RatingReadiness {
  @Field(() => ID, { description: 'The provider.' })
  providerId: string;

  @Field(() => Int, { nullable: true, description: 'The rubric version checked: that of the last scores, else the current one of the provider\'s kind; null when the kind has none.' })
  rubricVersion: number | null;

  @Field(() => [ReadinessPrerequisite], { description: 'Every prerequisite of the rubric, checked today.' })
  prerequisites: ReadinessPrerequisite[];

  @Field(() => Int, { description: 'Caregiver accounts of the provider.' })
  caregiverCount: number;

  @Field(() => Int, { description: 'Admitted residents whose latest capability level is TOTAL (fully dependent).' })
  fullyDependentResidentCount: number;

  @Field(() => Int, { description: 'Occupied beds (live capacity).' })
  occupiedBeds: number;

  @Field(() => Int, { description: 'Total beds (live capacity).' })
  totalBeds: number;

  @Field(() => Int, { nullable: true, description: 'Rooms, as last recorded at a rating assessment; null if never.' })
  roomCount: number | null;

  @Field(() => Int, { nullable: true, description: 'Rooms with their own bathroom, as last recorded; null if never.' })
  roomsWithOwnBathroomCount: number | null;

  @Field(() => Int, { description: 'Incidents at the provider in the last 12 months.' })
  incidentsLast12Months: number;

  @Field(() => Float, { nullable: true, description: 'Total points of the last published scores; null before the first grade.' })
  lastTotalPoints: number | null;

  @Field(() => Int, { nullable: true, description: 'Stars those points alone earn.' })
  scoreStars: number | null;

  @Field(() => Int, { nullable: true, description: 'Stars the last scores would give today, capped by today\'s prerequisites; null before the first grade.' })
  predictedStars: number | null;

  @Field(() => [RatingPrerequisiteCode], { description: 'Prerequisites that hold the predicted stars below the score\'s.' })
  failedPrerequisites: RatingPrerequisiteCode[];
}
