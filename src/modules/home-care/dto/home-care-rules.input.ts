import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { WorkingPeriodInput } from './caregiver.input.js';

@InputType({ description: 'Home-care numbers for a region prefix; omitted fields keep their current value there.' })
export class HomeCareRulesInput {
  @Field(() => Int, { nullable: true, description: 'Minutes a caregiver needs between two visits, 0 to 240.' })
  @IsOptional() @IsInt() @Min(0) @Max(240)
  travelBufferMinutes?: number;

  @Field(() => Int, { nullable: true, description: 'Offered start times are multiples of this many minutes, 5 to 240.' })
  @IsOptional() @IsInt() @Min(5) @Max(240)
  slotStepMinutes?: number;

  @Field(() => Int, { nullable: true, description: 'Longest availableVisitSlots window in days, 1 to 62.' })
  @IsOptional() @IsInt() @Min(1) @Max(62)
  maxSlotWindowDays?: number;

  @Field(() => Int, { nullable: true, description: 'Free cancellation until this many minutes before the start, 0 to 10080.' })
  @IsOptional() @IsInt() @Min(0) @Max(10080)
  cancellationNoticeMinutes?: number;

  @Field(() => Int, { nullable: true, description: 'Check-in opens this many minutes before the start, 0 to 720.' })
  @IsOptional() @IsInt() @Min(0) @Max(720)
  checkInOpensMinutesBefore?: number;

  @Field(() => Int, { nullable: true, description: 'Check-in closes this many minutes after the start, 0 to 720.' })
  @IsOptional() @IsInt() @Min(0) @Max(720)
  checkInClosesMinutesAfter?: number;

  @Field(() => Int, { nullable: true, description: 'Check-ins farther than this from the home are flagged, 10 to 100000 m.' })
  @IsOptional() @IsInt() @Min(10) @Max(100_000)
  geofenceMeters?: number;

  @Field(() => Int, { nullable: true, description: 'Least minutes between booking and the start, 0 to 10080.' })
  @IsOptional() @IsInt() @Min(0) @Max(10080)
  minBookingLeadMinutes?: number;

  @Field(() => Int, { nullable: true, description: 'Minutes after the start before a no-show may be recorded, 0 to 720.' })
  @IsOptional() @IsInt() @Min(0) @Max(720)
  noShowGraceMinutes?: number;

  @Field(() => Int, { nullable: true, description: 'Shortest visit without a standard duration, 5 to 1440 minutes.' })
  @IsOptional() @IsInt() @Min(5) @Max(1440)
  minVisitMinutes?: number;

  @Field(() => Int, { nullable: true, description: 'Longest visit without a standard duration, 5 to 1440 minutes.' })
  @IsOptional() @IsInt() @Min(5) @Max(1440)
  maxVisitMinutes?: number;

  @Field(() => [WorkingPeriodInput], { nullable: true, description: 'Hours of caregivers without their own (China time).' })
  @IsOptional() @IsArray() @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => WorkingPeriodInput)
  defaultWorkingHours?: WorkingPeriodInput[];

  @Field(() => Int, { nullable: true, description: 'Weeks of home-bed visits booked ahead, 1 to 12.' })
  @IsOptional() @IsInt() @Min(1) @Max(12)
  homeBedHorizonWeeks?: number;
}
