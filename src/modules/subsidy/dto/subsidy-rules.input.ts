import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsDate, IsEnum, IsInt, IsOptional, IsString, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { CareLevel, ElderCategory } from '../../../core/domain/enums.js';

@InputType({ description: 'One rule of a subsidy rule set.' })
export class SubsidyRuleInput {
  @Field({ description: 'Short code, unique in the set.' })
  @IsString() @Length(1, 60)
  code: string;

  @Field(() => [ElderCategory], { nullable: true, description: 'The elder must hold one of these verified categories.' })
  @IsOptional() @IsArray() @ArrayMaxSize(8) @IsEnum(ElderCategory, { each: true })
  anyOfCategories?: ElderCategory[] | null;

  @Field(() => Int, { nullable: true, description: 'Minimum age.' })
  @IsOptional() @IsInt() @Min(0) @Max(150)
  minAge?: number | null;

  @Field(() => CareLevel, { nullable: true, description: 'Minimum care level.' })
  @IsOptional() @IsEnum(CareLevel)
  minCareLevel?: CareLevel | null;

  @Field(() => Int, { description: 'Monthly allowance in fen, 0 or more.' })
  @IsInt() @Min(0) @Max(100_000_000)
  monthlyAllowanceFen: number;

  @Field(() => Int, { description: 'Share of each visit covered, basis points 0..10000.' })
  @IsInt() @Min(0) @Max(10_000)
  coverageRateBp: number;

  @Field({ description: 'The rule in words.' })
  @IsString() @Length(1, 300)
  basis: string;

  @Field(() => String, { nullable: true, description: 'Funding source (资金来源) that pays this rule\'s subsidy: CITY (default), DISTRICT, STREET, LTCI or a region-defined code.' })
  @IsOptional() @Matches(/^[A-Z][A-Z0-9_]{0,31}$/, { message: 'fundingSource must be capital letters, digits or _' })
  fundingSource?: string | null;
}

@InputType({ description: 'A new subsidy rule set for a region prefix. CIVIL_AFFAIRS inside its scope, or ADMIN.' })
export class SetSubsidyRulesInput {
  @Field({ description: 'Region prefix ("" only for ADMIN: the national default).' })
  @Matches(/^\d{0,12}$/, { message: 'regionPrefix must be 0 to 12 digits' })
  regionPrefix: string;

  @Field(() => Date, { nullable: true, description: 'In force from (default now); never in the past, so past figures are not rewritten.' })
  @IsOptional() @IsDate()
  effectiveFrom?: Date | null;

  @Field(() => [SubsidyRuleInput], { description: 'The rules in order; the first match wins. Empty: no subsidy in the region.' })
  @IsArray() @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => SubsidyRuleInput)
  rules: SubsidyRuleInput[];
}
