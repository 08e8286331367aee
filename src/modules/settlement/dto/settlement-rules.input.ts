import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEnum, IsInt, IsOptional, Matches, Max, Min, ValidateNested } from 'class-validator';
import { CareLevel } from '../../../core/domain/enums.js';

@InputType({ description: 'The monthly support for one care level.' })
export class SupportRateInput {
  @Field(() => CareLevel, { description: 'The care level (GB/T 42195).' }) @IsEnum(CareLevel)
  careLevel: CareLevel;

  @Field(() => Int, { description: 'Monthly support per government-supported resident, fen.' }) @IsInt() @Min(0) @Max(100_000_000)
  monthlyFen: number;
}

const SOURCE = /^[A-Z][A-Z0-9_]{0,31}$/;

@InputType({ description: 'Overrides of the settlement numbers for a region prefix; fields not given keep their value there.' })
export class SettlementRulesInput {
  @Field(() => [SupportRateInput], { nullable: true, description: 'Monthly support by care level (特困集中供养).' })
  @IsOptional() @IsArray() @ArrayMaxSize(5) @ValidateNested({ each: true }) @Type(() => SupportRateInput)
  supportRates?: SupportRateInput[] | null;

  @Field(() => Int, { nullable: true, description: 'Monthly subsidy per active home bed, fen.' }) @IsOptional() @IsInt() @Min(0) @Max(100_000_000)
  homeBedMonthlySubsidyFen?: number | null;

  @Field(() => Int, { nullable: true, description: 'A visit under this share of its booked length is held, basis points (5000 = 50%).' })
  @IsOptional() @IsInt() @Min(0) @Max(10_000)
  shortVisitShareBp?: number | null;

  @Field(() => Int, { nullable: true, description: 'Travel faster than this (km/h, straight line) between a caregiver\'s visits is held.' })
  @IsOptional() @IsInt() @Min(1) @Max(1_000)
  maxTravelKmh?: number | null;

  @Field(() => String, { nullable: true, description: 'Funding source of institutional support.' }) @IsOptional() @Matches(SOURCE)
  institutionalSupportFundingSource?: string | null;

  @Field(() => String, { nullable: true, description: 'Funding source of the home-bed subsidy.' }) @IsOptional() @Matches(SOURCE)
  homeBedFundingSource?: string | null;
}
