import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsString, IsUUID, Length, Matches } from 'class-validator';
import { BedCategory } from '../../../core/domain/enums.js';

@InputType({ description: 'Hold one bed of a category at a provider for an elder (床位预订).' })
export class ReserveBedInput {
  @Field(() => ID, { description: 'The provider (an institution with beds).' })
  @IsUUID()
  providerId: string;

  @Field(() => ID, { description: 'The elder the bed is for; the caller must be a guardian or an officer in scope.' })
  @IsUUID()
  elderId: string;

  @Field(() => BedCategory, { description: 'The bed category.' })
  @IsEnum(BedCategory)
  category: BedCategory;

  @Field({
    description:
      'Chosen by the client, 1 to 100 characters. Repeating the same key with the same input returns the first reservation; ' +
      'the same key with a different input is refused with IDEMPOTENCY_KEY_REUSED.',
  })
  @IsString()
  @Length(1, 100)
  @Matches(/^[\x21-\x7e]+$/, { message: 'printable ASCII without spaces' })
  idempotencyKey: string;
}
