import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsBoolean, IsDate, IsInt, IsOptional, IsString, Length } from 'class-validator';

// Item counts and ranges are checked by the scoring policy, not here, so that every bad item is reported together
// with the business reason ASSESSMENT_INVALID.

@InputType({ description: 'A GB/T 42195-2022 assessment. Item order as in the standard: selfCare 8, mobility 4, mentalState 9, perceptionSocial 5.' })
export class CapabilityAssessmentInput {
  @Field(() => ID, { description: 'The elder assessed.' })
  @IsString() @Length(1, 64)
  elderId: string;

  @Field(() => [Int], { description: '8 items, 0-4 each.' })
  @IsArray() @ArrayMaxSize(50)
  selfCare: number[];

  @Field(() => [Int], { description: 'Bed position 0-4, transfer 0-4, walking 0-4, stairs 0-3.' })
  @IsArray() @ArrayMaxSize(50)
  mobility: number[];

  @Field(() => [Int], { description: 'Six items 0-4, aggression 0-1, depression 0-1, consciousness 0-2.' })
  @IsArray() @ArrayMaxSize(50)
  mentalState: number[];

  @Field(() => [Int], { description: 'Vision 0-2, hearing 0-2, daily affairs 0-4, transport 0-3, social contact 0-4.' })
  @IsArray() @ArrayMaxSize(50)
  perceptionSocial: number[];

  @Field(() => Boolean, { nullable: true, description: 'In a coma: level TOTAL directly.' })
  @IsOptional() @IsBoolean()
  coma?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Diagnosed dementia: level up one.' })
  @IsOptional() @IsBoolean()
  dementiaDiagnosed?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Another diagnosed mental disorder: level up one (once, with dementia).' })
  @IsOptional() @IsBoolean()
  otherMentalDisorderDiagnosed?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Care-risk events in the last 30 days; two or more raise the level by one.' })
  @IsOptional() @IsInt()
  careRiskEventsLast30Days?: number | null;

  @Field(() => Date, { nullable: true, description: 'When it took place; defaults to now, never in the future.' })
  @IsOptional() @IsDate()
  assessedAt?: Date | null;
}
