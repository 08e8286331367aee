import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsEnum, IsInt, IsUUID, Matches, Max, Min, ValidateNested } from 'class-validator';
import { ServiceKind } from '../../../core/domain/enums.js';

@InputType({ description: 'One recurring visit of a home bed\'s weekly care plan.' })
export class HomeBedPlanItemInput {
  @Field(() => ServiceKind, { description: 'The service, as the provider offers it.' }) @IsEnum(ServiceKind)
  service: ServiceKind;

  @Field(() => Int, { description: 'ISO weekday: 1 Monday ... 7 Sunday.' }) @IsInt() @Min(1) @Max(7)
  weekday: number;

  @Field({ description: 'Local start time (China time), HH:MM.' }) @Matches(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'time must be HH:MM' })
  time: string;

  @Field(() => Int, { description: 'Length of each visit in minutes.' }) @IsInt() @Min(1) @Max(1440)
  durationMinutes: number;
}

@InputType({ description: 'Registers an elder\'s bed at home (家庭养老床位) with a nursing home or home-care agency, with its weekly plan.' })
export class RegisterHomeBedInput {
  @Field(() => ID, { description: 'The nursing home or home-care agency that serves the bed.' }) @IsUUID()
  providerId: string;

  @Field(() => ID, { description: 'The elder.' }) @IsUUID()
  elderId: string;

  @Field(() => [HomeBedPlanItemInput], { description: 'The weekly care plan; its visits are booked ahead through the ordinary booking rules.' })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => HomeBedPlanItemInput)
  plan: HomeBedPlanItemInput[];
}
