import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsEnum,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { ProviderKind } from '../../../core/domain/enums.js';
import { RatingPrerequisiteCode, RatingStatus } from '../rating.model.js';

/** Counts beyond this are typing errors, not facilities. */
const MAX_COUNT = 100_000;

@InputType({ description: 'Points for one rubric item. Scoring an item again replaces its points.' })
export class RatingItemScoreInput {
  @Field({ description: 'The item code from the assessment\'s rubric, e.g. S01.' })
  @IsString() @Length(1, 32)
  itemCode: string;

  @Field(() => Float, { description: 'Points, 0 to the item maximum, at most one decimal.' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  points: number;

  @Field(() => String, { nullable: true, description: 'Evidence or shortcomings found, up to 2,000 characters.' })
  @IsOptional() @IsString() @MaxLength(2000)
  note?: string | null;
}

@InputType({
  description:
    'Facts entered by the assessor for the prerequisites (occupancy comes from live capacity). Omitted fields stay as they are.',
})
export class RatingFactsInput {
  @Field(() => Int, { nullable: true, description: 'Caregivers serving fully dependent residents.' })
  @IsOptional() @IsInt() @Min(0) @Max(MAX_COUNT)
  caregiverCount?: number | null;

  @Field(() => Int, { nullable: true, description: 'Fully dependent (完全失能) residents.' })
  @IsOptional() @IsInt() @Min(0) @Max(MAX_COUNT)
  fullyDependentResidentCount?: number | null;

  @Field(() => Int, { nullable: true, description: 'Resident rooms.' })
  @IsOptional() @IsInt() @Min(0) @Max(MAX_COUNT)
  roomCount?: number | null;

  @Field(() => Int, { nullable: true, description: 'Resident rooms with their own bathroom (at most roomCount).' })
  @IsOptional() @IsInt() @Min(0) @Max(MAX_COUNT)
  roomsWithOwnBathroomCount?: number | null;
}

const CODE = /^[A-Z0-9_]{1,32}$/;

@InputType({ description: 'One item of a new rubric version.' })
export class RatingRubricItemInput {
  @Field({ description: 'Unique within the rubric: A-Z, 0-9, _ (e.g. S01).' })
  @Matches(CODE, { message: 'code must be 1-32 of A-Z, 0-9, _' })
  code: string;

  @Field({ description: 'Title in Chinese.' }) @IsString() @Length(1, 200)
  title: string;

  @Field({ description: 'Title in English.' }) @IsString() @Length(1, 200)
  titleEn: string;

  @Field(() => Int, { description: 'Most points the item can earn.' }) @IsInt() @Min(1) @Max(1000)
  maxPoints: number;
}

@InputType({ description: 'One section of a new rubric version; its points are the sum of its items.' })
export class RatingRubricSectionInput {
  @Field({ description: 'Unique within the rubric: A-Z, 0-9, _ (e.g. SAFETY).' }) @Matches(CODE, { message: 'code must be 1-32 of A-Z, 0-9, _' })
  code: string;

  @Field({ description: 'Title in Chinese.' }) @IsString() @Length(1, 200)
  title: string;

  @Field({ description: 'Title in English.' }) @IsString() @Length(1, 200)
  titleEn: string;

  @Field(() => [RatingRubricItemInput], { description: 'The section\'s items, 1 to 50; codes unique within the rubric.' })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => RatingRubricItemInput)
  items: RatingRubricItemInput[];
}

@InputType({ description: 'A per-star prerequisite of a new rubric version.' })
export class RatingPrerequisiteInput {
  @Field(() => Int, { description: 'The star (1 to 5) that requires it.' }) @IsInt() @Min(1) @Max(5)
  star: number;

  @Field(() => RatingPrerequisiteCode, { description: 'Which prerequisite.' }) @IsEnum(RatingPrerequisiteCode)
  code: RatingPrerequisiteCode;

  @Field(() => Float, { description: 'CAREGIVER_RATIO: most residents per caregiver; otherwise the least percent.' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  value: number;
}

@InputType({ description: 'A new rubric version for a provider kind (ADMIN). Assessments in progress keep their version.' })
export class PublishRatingRubricInput {
  @Field(() => ProviderKind, { description: 'The provider kind the rubric grades.' }) @IsEnum(ProviderKind)
  kind: ProviderKind;

  @Field(() => [RatingRubricSectionInput], { description: 'The rubric\'s sections, 1 to 20, in display order.' })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => RatingRubricSectionInput)
  sections: RatingRubricSectionInput[];

  @Field(() => [Float], {
    nullable: true,
    description: 'Points for 1★..5★; defaults to 600/700/800/880/940 per 1,000 rescaled to the rubric total.',
  })
  @IsOptional() @IsArray() @IsNumber({ allowNaN: false, allowInfinity: false }, { each: true })
  starThresholds?: number[] | null;

  @Field(() => [RatingPrerequisiteInput], { nullable: true, description: 'Per-star prerequisites; none when omitted.' })
  @IsOptional() @IsArray() @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => RatingPrerequisiteInput)
  prerequisites?: RatingPrerequisiteInput[] | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The version the admin edited from (0 when the kind has none); a newer one published meanwhile is refused with STALE_VERSION.',
  })
  @IsOptional() @IsInt() @Min(0)
  expectedCurrentVersion?: number | null;
}

@InputType({ description: 'Subsidy amounts for one grade.' })
export class RatingSubsidyTierInput {
  @Field(() => Int, { description: 'The grade, 1 to 5 stars.' }) @IsInt() @Min(1) @Max(5)
  stars: number;

  @Field(() => Int, { description: 'Per occupied bed per month, fen.' }) @IsInt() @Min(0) @Max(100_000_000)
  perOccupiedBedMonthlyFen: number;

  @Field(() => Int, { description: 'Flat per month, fen.' }) @IsInt() @Min(0) @Max(1_000_000_000)
  flatMonthlyFen: number;

  @Field(() => String, { nullable: true, description: 'Funding source (资金来源) that pays this tier; default CITY.' })
  @IsOptional() @Matches(/^[A-Z][A-Z0-9_]{0,31}$/, { message: 'fundingSource must be capital letters, digits or _' })
  fundingSource?: string | null;
}

@InputType({ description: 'Which rating assessments to list.' })
export class RatingAssessmentFilter {
  @Field(() => ID, { nullable: true, description: 'Only this provider\'s assessments.' })
  @IsOptional() @IsUUID()
  providerId?: string | null;

  @Field(() => String, { nullable: true, description: 'Only providers whose region code starts with this prefix (inside the caller\'s scope).' })
  @IsOptional() @Matches(/^\d{1,12}$/, { message: 'regionCode must be 1 to 12 digits' })
  regionCode?: string | null;

  @Field(() => [RatingStatus], { nullable: true, description: 'Only these statuses.' })
  @IsOptional() @IsArray() @IsEnum(RatingStatus, { each: true })
  status?: RatingStatus[] | null;
}
