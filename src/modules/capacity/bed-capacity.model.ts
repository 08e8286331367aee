import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { BedCategory } from '../../core/domain/enums.js';
import { ConnectionType } from '../../core/graphql/pagination.js';

@ObjectType({ description: 'Beds of one category at a provider. A category never set reads as zeros at version 0.' })
export class BedCapacity {
  @Field(() => ID)
  providerId: string;

  @Field(() => BedCategory)
  category: BedCategory;

  @Field(() => Int, { description: 'Beds of this category.' })
  total: number;

  @Field(() => Int, { description: 'Beds with a resident.' })
  occupied: number;

  @Field(() => Int, { description: 'Beds held for a reservation.' })
  reserved: number;

  @Field(() => Int, { description: 'total - occupied - reserved.' })
  available: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Monthly price of a bed of this category in fen (床位费 with its care), as the provider publishes it; null if not published.',
  })
  monthlyPriceFen: number | null;

  @Field(() => Int, { description: 'Pass as expectedVersion to change the counts.' })
  version: number;

  @Field(() => Date, { nullable: true, description: 'When the counts last changed; null if never set.' })
  updatedAt: Date | null;
}

@ObjectType({ description: 'One change of bed counts (or of the published price): who, when, before and after.' })
export class BedCapacityChange {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  providerId: string;

  @Field(() => BedCategory)
  category: BedCategory;

  @Field(() => ID, { nullable: true, description: 'The account that made the change.' })
  actorId: string | null;

  @Field({ description: 'What made the change: STAFF_UPDATE, RESERVATION, ADMISSION, RELEASE, EXPIRY, DISCHARGE...' })
  source: string;

  @Field()
  changedAt: Date;

  @Field(() => Int) totalBefore: number;
  @Field(() => Int) occupiedBefore: number;
  @Field(() => Int) reservedBefore: number;
  @Field(() => Int) totalAfter: number;
  @Field(() => Int) occupiedAfter: number;
  @Field(() => Int) reservedAfter: number;
  @Field(() => Int, { nullable: true }) monthlyPriceFenBefore: number | null;
  @Field(() => Int, { nullable: true }) monthlyPriceFenAfter: number | null;

  @Field(() => Int, { description: 'Version after the change.' })
  version: number;
}

export const BedCapacityChangeConnection = ConnectionType(BedCapacityChange, 'BedCapacityChangeConnection');
