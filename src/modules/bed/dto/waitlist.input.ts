import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsUUID } from 'class-validator';
import { BedCategory } from '../../../core/domain/enums.js';

@InputType({ description: 'Put an elder on a provider\'s waitlist (轮候) for a bed category when no bed is free.' })
export class JoinBedWaitlistInput {
  @Field(() => ID, { description: 'The provider.' })
  @IsUUID()
  providerId: string;

  @Field(() => ID, { description: 'The elder; the caller must be a guardian or an officer in scope.' })
  @IsUUID()
  elderId: string;

  @Field(() => BedCategory, { description: 'The bed category waited for.' })
  @IsEnum(BedCategory)
  category: BedCategory;
}
