import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { VisitTaskOutcome } from '../../../core/domain/care-records.js';

@InputType({ description: 'How one task of the visit went, recorded at check-out.' })
export class VisitTaskResultInput {
  @Field(() => ID, { description: 'The task (HomeCareOrder.tasks.id).' }) @IsUUID()
  taskId: string;

  @Field(() => VisitTaskOutcome, { description: 'DONE or SKIPPED.' }) @IsEnum(VisitTaskOutcome)
  status: VisitTaskOutcome;

  @Field(() => String, { nullable: true, description: 'Why it was skipped: required for SKIPPED (at most 500 characters).' }) @IsOptional() @IsString() @Length(0, 500)
  reason?: string | null;
}
