import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { BedCategory } from '../../core/domain/enums.js';
import { ConnectionType } from '../../core/graphql/pagination.js';

@ObjectType({ description: 'Beds of one category at a provider. A category never set reads as zeros at version 0.' })
export class BedCapacity {
  @Field(() => ID, { description: 'The provider whose beds these are.' })
  providerId: string;

  @Field(() => BedCategory, { description: 'The bed category counted.' })
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

/** What made a change of bed counts; the values are those stored in the capacity history. */
export enum CapacityChangeSource {
  STAFF_UPDATE = 'STAFF_UPDATE',
  RESERVATION = 'RESERVATION',
  ADMISSION = 'ADMISSION',
  RELEASE = 'RELEASE',
  EXPIRY = 'EXPIRY',
  DISCHARGE = 'DISCHARGE',
  IMPORT = 'IMPORT',
}
registerEnumType(CapacityChangeSource, {
  name: 'CapacityChangeSource',
  description: 'What made a change of bed counts: a staff update, a step of a bed reservation, or an officer\'s import.',
  valuesMap: {
    STAFF_UPDATE: { description: 'Provider staff set the totals, occupied counts or price (updateBedCapacity).' },
    RESERVATION: { description: 'A bed was held for a reservation (reserved + 1).' },
    ADMISSION: { description: 'A held bed was taken by the admitted resident (reserved - 1, occupied + 1).' },
    RELEASE: { description: 'A hold was released before admission (reserved - 1).' },
    EXPIRY: { description: 'A hold expired without admission (reserved - 1).' },
    DISCHARGE: { description: 'A resident was discharged (occupied - 1).' },
    IMPORT: { description: 'An officer\'s spreadsheet import set the totals and occupied counts (importProviders).' },
  },
});

@ObjectType({ description: 'One change of bed counts (or of the published price): who, when, before and after.' })
export class BedCapacityChange {
  @Field(() => ID, { description: 'The history entry.' })
  id: string;

  @Field(() => ID, { description: 'The provider whose counts changed.' })
  providerId: string;

  @Field(() => BedCategory, { description: 'The bed category that changed.' })
  category: BedCategory;

  @Field(() => ID, { nullable: true, description: 'The account that made the change.' })
  actorId: string | null;

  @Field(() => CapacityChangeSource, { description: 'What made the change.' })
  source: string;

  @Field({ description: 'When the change was committed.' })
  changedAt: Date;

  @Field(() => Int, { description: 'Beds of the category before the change.' }) totalBefore: number;
  @Field(() => Int, { description: 'Beds with a resident before the change.' }) occupiedBefore: number;
  @Field(() => Int, { description: 'Beds held for reservations before the change.' }) reservedBefore: number;
  @Field(() => Int, { description: 'Beds of the category after the change.' }) totalAfter: number;
  @Field(() => Int, { description: 'Beds with a resident after the change.' }) occupiedAfter: number;
  @Field(() => Int, { description: 'Beds held for reservations after the change.' }) reservedAfter: number;
  @Field(() => Int, { nullable: true, description: 'Published monthly bed fee (床位费) in fen before the change; null when none was published.' }) monthlyPriceFenBefore: number | null;
  @Field(() => Int, { nullable: true, description: 'Published monthly bed fee in fen after the change; null when none is published.' }) monthlyPriceFenAfter: number | null;

  @Field(() => Int, { description: 'Version after the change.' })
  version: number;
}

export const BedCapacityChangeConnection = ConnectionType(BedCapacityChange, 'BedCapacityChangeConnection');
