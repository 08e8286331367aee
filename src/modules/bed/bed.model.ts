import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { BedCategory } from '../../core/domain/enums.js';
import { ActorKind } from '../../core/graphql/actor-kind.js';
import { ConnectionType } from '../../core/graphql/pagination.js';

export enum BedReservationStatusEnum {
  HELD = 'HELD',
  ADMITTED = 'ADMITTED',
  RELEASED = 'RELEASED',
  EXPIRED = 'EXPIRED',
  DISCHARGED = 'DISCHARGED',
}
registerEnumType(BedReservationStatusEnum, {
  name: 'BedReservationStatus',
  description:
    'HELD: a bed is kept until expiresAt; ADMITTED: the elder lives there (入住); RELEASED: given up before admission; ' +
    'EXPIRED: not admitted in time; DISCHARGED: left after admission (出院/退住).',
  valuesMap: {
    HELD: { description: 'A bed of the category is kept for the elder until expiresAt (counted as reserved).' },
    ADMITTED: { description: 'The elder moved in (入住); the bed counts as occupied.' },
    RELEASED: { description: 'Given up before admission by the family, staff or an officer; the bed is free again. Final.' },
    EXPIRED: { description: 'Not admitted before expiresAt; the bed is free again. Final.' },
    DISCHARGED: { description: 'The resident left after admission (出院/退住); the bed is free again. Final.' },
  },
});

export enum BedWaitlistEntryStatusEnum {
  WAITING = 'WAITING',
  OFFERED = 'OFFERED',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  LAPSED = 'LAPSED',
  LEFT = 'LEFT',
}
registerEnumType(BedWaitlistEntryStatusEnum, {
  name: 'BedWaitlistEntryStatus',
  description:
    'WAITING in line; OFFERED: a freed bed is held for the elder; ACCEPTED: the offered bed was taken (admitted); ' +
    'DECLINED: the offered hold was released; LAPSED: the offered hold expired; LEFT: taken off the list.',
  valuesMap: {
    WAITING: { description: 'In line for a bed of the category at the provider.' },
    OFFERED: { description: 'A freed bed is held for the elder as a HELD reservation with its own expiry.' },
    ACCEPTED: { description: 'The offered bed was taken: the reservation was admitted. Final.' },
    DECLINED: { description: 'The offered hold was released. Final.' },
    LAPSED: { description: 'The offered hold expired without admission. Final.' },
    LEFT: { description: 'Taken off the list by the family or staff. Final.' },
  },
});

export enum BedOfferOutcomeEnum {
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  LAPSED = 'LAPSED',
}
registerEnumType(BedOfferOutcomeEnum, {
  name: 'BedOfferOutcome',
  description: 'How an automatic waitlist offer ended.',
  valuesMap: {
    ACCEPTED: { description: 'The elder was admitted to the offered bed.' },
    DECLINED: { description: 'The offered hold was released.' },
    LAPSED: { description: 'The offered hold expired.' },
  },
});

@ObjectType('BedReservation', { description: 'A bed held for an elder, then the elder\'s stay: one lifecycle from hold to discharge.' })
export class BedReservationModel {
  @Field(() => ID, { description: 'The reservation.' })
  id: string;

  @Field(() => BedReservationStatusEnum, { description: 'Where the reservation is in its lifecycle.' })
  status: BedReservationStatusEnum;

  @Field(() => ID, { description: 'The provider\'s id (see `provider`).' })
  providerId: string;

  @Field(() => ID, { description: 'The elder\'s id (see `elder`).' })
  elderId: string;

  @Field(() => BedCategory, { description: 'The bed category.' })
  category: BedCategory;

  @Field({ description: 'When a HELD bed is given back if the elder is not admitted by then.' })
  expiresAt: Date;

  @Field({
    description:
      'The elder was government-supported (verified EXTREME_POVERTY, SUBSISTENCE_ALLOWANCE or LOW_INCOME) when the bed was taken; ' +
      'such beds count towards the reserved share of public-built private-run homes.',
  })
  governmentSupported: boolean;

  @Field({ description: 'When the bed was first held.' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the elder was admitted; null before.' })
  admittedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the reservation ended (released, expired or discharged); null while active.' })
  endedAt: Date | null;

  /** Not exposed: who asked, for idempotency and scoping. */
  requestedBy: string | null;
  requestHash: string | null;
  idempotencyKey: string | null;
}

@ObjectType('BedReservationEvent', { description: 'One transition of a reservation, with who made it and when.' })
export class BedReservationEventModel {
  @Field({ description: 'When it happened.' })
  at: Date;

  @Field(() => BedReservationStatusEnum, { nullable: true, description: 'Status before; null for the creation of the hold.' })
  fromStatus: BedReservationStatusEnum | null;

  @Field(() => BedReservationStatusEnum, { description: 'Status after.' })
  status: BedReservationStatusEnum;

  @Field(() => ID, { nullable: true, description: 'The account that made it; null when the platform did (expiry, waitlist offer).' })
  actorId: string | null;

  @Field(() => ActorKind, { description: 'Who made it: the role of the account at the time, or SYSTEM (expiry, waitlist offer).' })
  actorRole: string;

  @Field(() => String, { nullable: true, description: 'The reason given, or what the platform did.' })
  note: string | null;
}

@ObjectType('BedWaitlistOffer', { description: 'A freed bed offered automatically to a waitlist entry: a HELD reservation with its own expiry.' })
export class BedWaitlistOfferModel {
  @Field(() => ID, { description: 'The offer.' })
  id: string;

  @Field(() => ID, { description: 'The waitlist entry that received it.' })
  entryId: string;

  @Field(() => ID, { description: 'The HELD reservation created for it.' })
  reservationId: string;

  @Field({ description: 'When the bed was offered.' })
  offeredAt: Date;

  @Field({ description: 'When the offered hold expires unless the elder is admitted.' })
  expiresAt: Date;

  @Field(() => BedOfferOutcomeEnum, { nullable: true, description: 'How it ended; null while the hold is open.' })
  outcome: BedOfferOutcomeEnum | null;

  @Field(() => Date, { nullable: true, description: 'When it ended.' })
  decidedAt: Date | null;
}

@ObjectType('BedWaitlistEntry', { description: 'An elder waiting (轮候) for a bed of a category at a provider.' })
export class BedWaitlistEntryModel {
  @Field(() => ID, { description: 'The entry.' })
  id: string;

  @Field(() => ID, { description: 'The provider\'s id.' })
  providerId: string;

  @Field(() => ID, { description: 'The elder\'s id.' })
  elderId: string;

  @Field(() => BedCategory, { description: 'The bed category waited for.' })
  category: BedCategory;

  @Field(() => BedWaitlistEntryStatusEnum, { description: 'Where the entry stands.' })
  status: BedWaitlistEntryStatusEnum;

  @Field(() => Int, {
    nullable: true,
    description:
      'Place in line among WAITING entries (1 = next to be offered a bed), by priority: EXTREME_POVERTY first, then the more ' +
      'severe care level, then the earlier request. Null when not WAITING.',
  })
  position: number | null;

  @Field({ description: 'When the elder joined the list.' })
  requestedAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the entry left the list (accepted, declined, lapsed or left).' })
  closedAt: Date | null;
}

export const BedReservationConnection = ConnectionType(BedReservationModel, 'BedReservationConnection');
