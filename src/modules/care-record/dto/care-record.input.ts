import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDate,
  IsEnum,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { ServiceKind } from '../../../core/domain/enums.js';
import {
  AdministrationStatus,
  FoodIntake,
  IncidentKind,
  IncidentStatus,
  MedicationRoute,
  Mood,
  Severity,
  TaskSchedule,
} from '../../../core/domain/care-records.js';

@InputType({ description: 'One task of a care plan.' })
export class CarePlanTaskInput {
  @Field({ description: 'What to do (1 to 200 characters).' }) @IsString() @Length(1, 200)
  title: string;

  @Field(() => ServiceKind, { description: 'The service it belongs to (for SERVICE schedules, the visits\' service).' }) @IsEnum(ServiceKind)
  service: ServiceKind;

  @Field(() => String, { nullable: true, description: 'How to do it (at most 2000 characters).' }) @IsOptional() @IsString() @Length(0, 2000)
  instructions?: string | null;

  @Field({ description: 'A required task cannot be left open at check-out.' }) @IsBoolean()
  required: boolean;

  @Field(() => TaskSchedule, { description: 'On which visits it is due.' }) @IsEnum(TaskSchedule)
  schedule: TaskSchedule;

  @Field(() => [Int], { nullable: true, description: 'For WEEKDAYS: ISO weekdays 1 (Monday) … 7 (Sunday); required then, not allowed otherwise.' })
  @IsOptional() @IsArray() @ArrayMaxSize(7) @IsInt({ each: true }) @Min(1, { each: true }) @Max(7, { each: true })
  weekdays?: number[] | null;
}

@InputType({ description: 'Sets (replaces) the care plan of an elder with a provider: the provider\'s staff, for an elder it serves.' })
export class CarePlanInput {
  @Field(() => ID, { description: 'The elder.' }) @IsUUID()
  elderId: string;

  @Field(() => ID, { description: 'The provider the caller works for.' }) @IsUUID()
  providerId: string;

  @Field(() => [String], { description: 'Goals of care (at most 20, each at most 500 characters).' }) @IsArray() @ArrayMaxSize(20) @IsString({ each: true }) @Length(1, 500, { each: true })
  goals: string[];

  @Field(() => [CarePlanTaskInput], { description: 'Tasks, in order (at most 50).' }) @IsArray() @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => CarePlanTaskInput)
  tasks: CarePlanTaskInput[];
}

@InputType({ description: 'Blood pressure in mmHg.' })
export class BloodPressureInput {
  @Field(() => Int, { description: 'Systolic, 40 to 300.' }) @IsInt() @Min(40) @Max(300)
  systolic: number;

  @Field(() => Int, { description: 'Diastolic, 20 to 200.' }) @IsInt() @Min(20) @Max(200)
  diastolic: number;
}

@InputType({ description: 'An observation at a visit or a shift: the elder\'s provider staff, or a caregiver assigned to the elder\'s visits. Every field but elderId is optional.' })
export class ObservationInput {
  @Field(() => ID, { description: 'The elder observed.' }) @IsUUID()
  elderId: string;

  @Field(() => ID, { nullable: true, description: 'The visit it was made at (the caller\'s provider\'s visit to this elder); leave out for a shift.' }) @IsOptional() @IsUUID()
  orderId?: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was observed; default now; not in the future.' }) @IsOptional() @Type(() => Date) @IsDate()
  observedAt?: Date | null;

  @Field(() => FoodIntake, { nullable: true, description: 'How much of the meal was eaten.' }) @IsOptional() @IsEnum(FoodIntake)
  foodIntake?: FoodIntake | null;

  @Field(() => Int, { nullable: true, description: 'Fluid taken, ml (0 to 10000).' }) @IsOptional() @IsInt() @Min(0) @Max(10000)
  fluidMl?: number | null;

  @Field(() => Mood, { nullable: true, description: 'Mood.' }) @IsOptional() @IsEnum(Mood)
  mood?: Mood | null;

  @Field(() => String, { nullable: true, description: 'Skin problems seen (at most 500 characters).' }) @IsOptional() @IsString() @Length(0, 500)
  skinProblems?: string | null;

  @Field(() => Int, { nullable: true, description: 'Times up to the toilet in the night (0 to 30).' }) @IsOptional() @IsInt() @Min(0) @Max(30)
  nightToileting?: number | null;

  @Field(() => Int, { nullable: true, description: 'Pain 0 to 10.' }) @IsOptional() @IsInt() @Min(0) @Max(10)
  pain?: number | null;

  @Field(() => BloodPressureInput, { nullable: true, description: 'Blood pressure.' }) @IsOptional() @ValidateNested() @Type(() => BloodPressureInput)
  bloodPressure?: BloodPressureInput | null;

  @Field(() => Int, { nullable: true, description: 'Pulse, 20 to 250 a minute.' }) @IsOptional() @IsInt() @Min(20) @Max(250)
  pulse?: number | null;

  @Field(() => Float, { nullable: true, description: 'Blood glucose, mmol/L (0 to 50, one decimal kept).' }) @IsOptional() @IsNumber() @Min(0) @Max(50)
  bloodGlucose?: number | null;

  @Field(() => Float, { nullable: true, description: 'Weight, kg (10 to 300, one decimal kept).' }) @IsOptional() @IsNumber() @Min(10) @Max(300)
  weightKg?: number | null;

  @Field(() => String, { nullable: true, description: 'Free note (at most 2000 characters).' }) @IsOptional() @IsString() @Length(0, 2000)
  note?: string | null;
}

@InputType({ description: 'Creates a medication order, or replaces one (id given): the provider\'s staff, for an elder it serves.' })
export class MedicationOrderInput {
  @Field(() => ID, { nullable: true, description: 'The order to change; leave out to create one.' }) @IsOptional() @IsUUID()
  id?: string | null;

  @Field(() => ID, { description: 'The elder.' }) @IsUUID()
  elderId: string;

  @Field({ description: 'Drug name (1 to 200 characters).' }) @IsString() @Length(1, 200)
  drugName: string;

  @Field({ description: 'Dose (1 to 100 characters), e.g. "5 mg".' }) @IsString() @Length(1, 100)
  dose: string;

  @Field(() => MedicationRoute, { description: 'Route.' }) @IsEnum(MedicationRoute)
  route: MedicationRoute;

  @Field(() => [String], { description: 'Times of day in China time, HH:MM (1 to 12).' })
  @IsArray() @ArrayMaxSize(12) @Matches(/^([01]\d|2[0-3]):[0-5]\d$/, { each: true, message: 'times must be HH:MM' })
  timesOfDay: string[];

  @Field({ description: 'First day, YYYY-MM-DD (China time).' }) @Matches(/^\d{4}-\d{2}-\d{2}$/)
  startsOn: string;

  @Field(() => String, { nullable: true, description: 'Last day, YYYY-MM-DD; leave out while open-ended.' }) @IsOptional() @Matches(/^\d{4}-\d{2}-\d{2}$/)
  endsOn?: string | null;

  @Field(() => String, { nullable: true, description: 'The prescriber\'s note (at most 1000 characters).' }) @IsOptional() @IsString() @Length(0, 1000)
  prescriberNote?: string | null;
}

@InputType({ description: 'What happened to one scheduled dose: the provider\'s staff or caregivers serving the elder.' })
export class MedicationAdministrationInput {
  @Field(() => ID, { description: 'The medication order.' }) @IsUUID()
  medicationOrderId: string;

  @Field(() => Date, { description: 'The dose\'s scheduled time: one of the order\'s times of day, on a day it runs.' }) @Type(() => Date) @IsDate()
  scheduledAt: Date;

  @Field(() => AdministrationStatus, { description: 'Given, refused, missed or held.' }) @IsEnum(AdministrationStatus)
  status: AdministrationStatus;

  @Field(() => String, { nullable: true, description: 'Why: required unless GIVEN (at most 500 characters).' }) @IsOptional() @IsString() @Length(0, 500)
  reason?: string | null;

  @Field(() => Date, { nullable: true, description: 'When; default now; not in the future.' }) @IsOptional() @Type(() => Date) @IsDate()
  at?: Date | null;
}

@InputType({ description: 'Reports an incident: staff or caregivers of a provider serving the elder, or a guardian.' })
export class IncidentInput {
  @Field(() => ID, { description: 'The elder it happened to.' }) @IsUUID()
  elderId: string;

  @Field(() => IncidentKind, { description: 'Kind.' }) @IsEnum(IncidentKind)
  kind: IncidentKind;

  @Field(() => Severity, { description: 'Severity.' }) @IsEnum(Severity)
  severity: Severity;

  @Field(() => Date, { description: 'When it happened; not in the future.' }) @Type(() => Date) @IsDate()
  occurredAt: Date;

  @Field({ description: 'Where (1 to 200 characters).' }) @IsString() @Length(1, 200)
  place: string;

  @Field({ description: 'What happened (1 to 4000 characters).' }) @IsString() @Length(1, 4000)
  description: string;

  @Field(() => String, { nullable: true, description: 'What was done about it (at most 4000 characters).' }) @IsOptional() @IsString() @Length(0, 4000)
  actionsTaken?: string | null;

  @Field(() => ID, { nullable: true, description: 'A guardian\'s report: the provider concerned (one serving the elder). Staff and caregivers report for their own provider.' })
  @IsOptional() @IsUUID()
  providerId?: string | null;
}

@InputType({ description: 'Filters of incidents; all given filters hold, inside what the caller may see.' })
export class IncidentFilter {
  @Field(() => ID, { nullable: true, description: 'Of this elder.' }) @IsOptional() @IsUUID()
  elderId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Of this provider.' }) @IsOptional() @IsUUID()
  providerId?: string | null;

  @Field(() => String, { nullable: true, description: 'In regions starting with this code.' }) @IsOptional() @Matches(/^\d{0,12}$/)
  regionCode?: string | null;

  @Field(() => [IncidentStatus], { nullable: true, description: 'Any of these statuses.' }) @IsOptional() @IsArray() @IsEnum(IncidentStatus, { each: true })
  status?: IncidentStatus[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Only serious (true) or only not serious (false).' }) @IsOptional() @IsBoolean()
  serious?: boolean | null;
}
