import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEnum, IsInt, IsOptional, Matches, Max, Min, ValidateNested } from 'class-validator';
import { ServiceKind } from '../../../core/domain/enums.js';

const CLOCK = /^\d{2}:\d{2}$/;

@InputType({ description: 'A stretch of working time on one weekday, China time (UTC+8).' })
export class WorkingPeriodInput {
  @Field(() => Int, { description: 'ISO weekday: 1 Monday ... 7 Sunday.' })
  @IsInt() @Min(1) @Max(7)
  weekday: number;

  @Field({ description: 'Start, HH:MM.' })
  @Matches(CLOCK, { message: 'startTime must be HH:MM' })
  startTime: string;

  @Field({ description: 'End, HH:MM (24:00 for midnight); after the start.' })
  @Matches(CLOCK, { message: 'endTime must be HH:MM' })
  endTime: string;
}

@InputType({ description: 'A caregiver\'s qualifications and hours. An omitted field stays as it is; null restores the default.' })
export class SetCaregiverProfileInput {
  @Field(() => [ServiceKind], { nullable: true, description: 'Services the caregiver may deliver; null: every service the provider offers.' })
  @IsOptional() @IsArray() @ArrayMaxSize(20) @IsEnum(ServiceKind, { each: true })
  qualifiedServices?: ServiceKind[] | null;

  @Field(() => [WorkingPeriodInput], { nullable: true, description: 'Weekly working hours; null: the configured default (08:00-20:00 every day).' })
  @IsOptional() @IsArray() @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => WorkingPeriodInput)
  workingHours?: WorkingPeriodInput[] | null;
}
