import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ServiceKind } from '../../core/domain/enums.js';
import { HomeCareOrderModel } from './home-care.model.js';

/** A home bed is served while ACTIVE; ENDED is final (its future visits are cancelled). */
export enum HomeBedStatus {
  ACTIVE = 'ACTIVE',
  ENDED = 'ENDED',
}
registerEnumType(HomeBedStatus, {
  name: 'HomeBedStatus',
  description: 'Whether a home bed (家庭养老床位) is still served by its provider.',
  valuesMap: {
    ACTIVE: { description: 'Registered and served: its plan books visits ahead of time.' },
    ENDED: { description: 'Ended by the provider; final. Its visits not yet started were cancelled.' },
  },
});

@ObjectType({ description: 'One recurring visit of a weekly care plan.' })
export class HomeBedPlanItem {
  @Field(() => ServiceKind, { description: 'The service.' })
  service: string;

  @Field(() => Int, { description: 'ISO weekday: 1 Monday ... 7 Sunday.' })
  weekday: number;

  @Field({ description: 'Local start time (China time), HH:MM.' })
  time: string;

  @Field(() => Int, { description: 'Length of each visit in minutes.' })
  durationMinutes: number;
}

@ObjectType('HomeBed', { description: 'An elder\'s bed at home (家庭养老床位) registered to a provider, served by planned visits.' })
export class HomeBedModel {
  @Field(() => ID, { description: 'The home bed.' })
  id: string;

  @Field(() => ID, { description: 'The provider that serves the bed and counts it as its own.' })
  providerId: string;

  @Field(() => ID, { description: 'The elder.' })
  elderId: string;

  @Field(() => HomeBedStatus, { description: 'ACTIVE while served, ENDED once ended (final).' })
  status: string;

  @Field(() => Date, { nullable: true, description: 'Visits are booked up to this time.' })
  generatedUntil: Date | null;

  @Field({ description: 'When the bed was registered.' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the bed was ended.' })
  endedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Why the bed was ended.' })
  endReason: string | null;
}

@ObjectType({ description: 'A planned visit that could not be booked, and why.' })
export class SkippedVisit {
  @Field(() => ServiceKind, { description: 'The service planned.' })
  service: string;

  @Field({ description: 'The planned start.' })
  startsAt: Date;

  @Field({ description: 'The refusal reason, e.g. SLOT_UNAVAILABLE.' })
  reason: string;
}

@ObjectType({ description: 'What generating a home bed\'s visits did.' })
export class HomeBedGeneration {
  @Field(() => HomeBedModel, { description: 'The home bed.' })
  homeBed: unknown;

  @Field(() => [HomeCareOrderModel], { description: 'Visits booked (or found booked already) up to the horizon.' })
  booked: unknown[];

  @Field(() => [SkippedVisit], { description: 'Planned visits that could not be booked.' })
  skipped: SkippedVisit[];
}
