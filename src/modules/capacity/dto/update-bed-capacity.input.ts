import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { BedCategory } from '../../../core/domain/enums.js';

@InputType({ description: 'New counts for one bed category, guarded by the version the caller last read.' })
export class UpdateBedCapacityInput {
  @Field(() => ID, { description: 'The provider the calling staff member works for.' }) @IsUUID()
  providerId: string;

  @Field(() => BedCategory, { description: 'The bed category to set.' }) @IsEnum(BedCategory)
  category: BedCategory;

  // Negative counts are a business refusal (CAPACITY_INVALID), checked by the service, not here.
  @Field(() => Int, { description: 'Beds of this category, 0 or more.' }) @IsInt() @Max(100_000)
  total: number;

  @Field(() => Int, { description: 'Beds with a resident, 0 to total.' }) @IsInt() @Max(100_000)
  occupied: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Monthly price of a bed of this category in fen, 0 or more; omit it to keep the published price, null to withdraw it.',
  })
  @IsOptional() @IsInt() @Min(0) @Max(100_000_000)
  monthlyPriceFen?: number | null;

  @Field(() => Int, { description: 'The version read last; a different current version is refused with STALE_VERSION.' })
  @IsInt() @Min(0)
  expectedVersion: number;
}
