import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsArray, IsDate, IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { PaymentMethod } from '../family-statement.service.js';
import { SettlementStatus } from '../settlement-workflow.state.js';

@InputType({ description: 'Which settlement statements to list; all given filters must hold, inside what the caller may see.' })
export class SettlementFilter {
  @Field(() => ID, { nullable: true, description: 'Only this provider\'s statements.' })
  @IsOptional() @IsString()
  providerId?: string | null;

  @Field(() => String, { nullable: true, description: 'Only providers whose region code starts with this prefix.' })
  @IsOptional() @Matches(/^\d{1,12}$/, { message: 'regionCode must be 1 to 12 digits' })
  regionCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Only this month, "YYYY-MM" (China time).' })
  @IsOptional() @IsString()
  month?: string | null;

  @Field(() => [SettlementStatus], { nullable: true, description: 'Only these statuses.' })
  @IsOptional() @IsArray() @IsEnum(SettlementStatus, { each: true })
  status?: SettlementStatus[] | null;

  @Field(() => String, { nullable: true, description: 'Only this funding source (资金来源).' })
  @IsOptional() @Matches(/^[A-Z][A-Z0-9_]{0,31}$/, { message: 'fundingSource must be capital letters, digits or _' })
  fundingSource?: string | null;
}

@InputType({ description: 'A payment a family made to a provider (or a refund, as a negative amount), recorded by the provider\'s staff.' })
export class RecordPaymentInput {
  @Field(() => ID, { description: 'The elder the payment is for.' }) @IsUUID()
  elderId: string;

  @Field(() => ID, { description: 'The provider paid.' }) @IsUUID()
  providerId: string;

  @Field(() => Int, { description: 'Amount in fen; negative for a refund; never 0.' }) @IsInt() @Min(-1_000_000_000) @Max(1_000_000_000)
  amountFen: number;

  @Field(() => PaymentMethod, { description: 'How it was paid.' }) @IsEnum(PaymentMethod)
  method: PaymentMethod;

  @Field(() => String, { nullable: true, description: 'The receipt or transaction number; one payment per provider, method and reference.' })
  @IsOptional() @IsString() @Length(1, 100)
  reference?: string | null;

  @Field({ description: 'When it was paid.' }) @Type(() => Date) @IsDate()
  paidAt: Date;
}

@InputType({ description: 'A correction of a line of an approved statement, booked into a later month\'s statement of the same funding source.' })
export class SettlementAdjustmentInput {
  @Field(() => ID, { description: 'The line of an approved (or paid) statement being corrected.' }) @IsString()
  lineId: string;

  @Field(() => Int, { description: 'The correction in fen: positive pays more, negative claws back; never 0.' })
  @IsInt() @Min(-1_000_000_000) @Max(1_000_000_000)
  amountFen: number;

  @Field({ description: 'Why (kept with the line and shown on the statement).' }) @IsString() @Length(1, 500)
  reason: string;

  @Field(() => String, { nullable: true, description: 'The month it is booked into, "YYYY-MM" (default: the current China month); after the original\'s month.' })
  @IsOptional() @IsString()
  month?: string | null;
}
