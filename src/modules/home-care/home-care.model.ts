import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ServiceKind } from '../../core/domain/enums.js';
import { ActorKind } from '../../core/graphql/actor-kind.js';
import { ConnectionType } from '../../core/graphql/pagination.js';

export enum HomeCareOrderStatus {
  REQUESTED = 'REQUESTED',
  ASSIGNED = 'ASSIGNED',
  IN_PROGRESS = 'IN_PROGRESS',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
  NO_SHOW = 'NO_SHOW',
}
registerEnumType(HomeCareOrderStatus, {
  name: 'HomeCareOrderStatus',
  description: 'Lifecycle of a home-care visit: REQUESTED -> ASSIGNED -> IN_PROGRESS -> COMPLETED, or CANCELLED, or NO_SHOW.',
  valuesMap: {
    REQUESTED: { description: 'Booked; waiting for a caregiver to be assigned. Holds its time slot.' },
    ASSIGNED: { description: 'A caregiver is assigned and holds the time; may be rescheduled or cancelled.' },
    IN_PROGRESS: { description: 'The caregiver checked in at the home.' },
    COMPLETED: { description: 'The caregiver checked out: the visit was delivered; the family may review it once. Final.' },
    CANCELLED: { description: 'Cancelled before it started; late cancellations are noted. Final.' },
    NO_SHOW: { description: 'Recorded by staff as not having happened. Final.' },
  },
});

/** The steps of the visit lifecycle recorded in an order's events (the actions of its transition table). */
export enum HomeCareOrderAction {
  BOOK = 'BOOK',
  ASSIGN = 'ASSIGN',
  REASSIGN = 'REASSIGN',
  UNASSIGN = 'UNASSIGN',
  RESCHEDULE = 'RESCHEDULE',
  CHECK_IN = 'CHECK_IN',
  CHECK_OUT = 'CHECK_OUT',
  CANCEL = 'CANCEL',
  MARK_NO_SHOW = 'MARK_NO_SHOW',
}
registerEnumType(HomeCareOrderAction, {
  name: 'HomeCareOrderAction',
  description: 'A step of a home-care order\'s lifecycle, as recorded in its events.',
  valuesMap: {
    BOOK: { description: 'The visit was booked (-> REQUESTED).' },
    ASSIGN: { description: 'A caregiver was assigned, by staff or automatically (REQUESTED -> ASSIGNED).' },
    REASSIGN: { description: 'Another caregiver replaced the assigned one (ASSIGNED -> ASSIGNED).' },
    UNASSIGN: { description: 'The caregiver was taken off, e.g. busy at the new time of a reschedule (ASSIGNED -> REQUESTED).' },
    RESCHEDULE: { description: 'The start time moved; the status stays, or falls back to REQUESTED if the caregiver is busy.' },
    CHECK_IN: { description: 'The caregiver checked in at the home (ASSIGNED -> IN_PROGRESS).' },
    CHECK_OUT: { description: 'The caregiver checked out (IN_PROGRESS -> COMPLETED).' },
    CANCEL: { description: 'The visit was cancelled before it started (-> CANCELLED).' },
    MARK_NO_SHOW: { description: 'Staff recorded that the visit did not happen (ASSIGNED -> NO_SHOW).' },
  },
});

@ObjectType({ description: 'A start time at which a qualified caregiver is free for the whole visit.' })
export class TimeSlot {
  @Field({ description: 'When the visit would start.' })
  startsAt: Date;

  @Field({ description: 'When it would end.' })
  endsAt: Date;

  @Field(() => Int, { description: 'How many qualified caregivers are free for the whole visit.' })
  freeCaregivers: number;
}

@ObjectType({ description: 'A caregiver\'s arrival or departure as recorded on site.' })
export class VisitCheck {
  @Field({ description: 'When it was recorded.' })
  at: Date;

  @Field(() => Float, { description: 'Distance from the elder\'s home in metres (haversine).' })
  distanceMeters: number;

  @Field({ description: 'Beyond the geofence (default 300 m): accepted, but flagged for review.' })
  flagged: boolean;
}

@ObjectType({ description: 'A family\'s review of a completed visit. Not an official star rating.' })
export class OrderReview {
  @Field(() => Int, { description: '1 to 5 stars.' })
  stars: number;

  @Field(() => String, { nullable: true, description: 'What the family wrote.' })
  comment: string | null;

  @Field({ description: 'When the review was written.' })
  at: Date;
}

@ObjectType({ description: 'One step in an order\'s life: who did what, when, and why.' })
export class OrderEvent {
  @Field({ description: 'When it happened.' })
  at: Date;

  @Field(() => HomeCareOrderStatus, { description: 'The status after the step.' })
  status: HomeCareOrderStatus;

  @Field(() => HomeCareOrderStatus, { nullable: true, description: 'The status before the step; null for the booking.' })
  fromStatus: HomeCareOrderStatus | null;

  @Field(() => HomeCareOrderAction, { description: 'The step taken.' })
  action: string;

  @Field(() => ActorKind, { description: 'Who acted: the role of the account at the time, or SYSTEM for the platform.' })
  actor: string;

  @Field(() => ID, { nullable: true, description: 'The account that acted; null for the platform.' })
  actorId: string | null;

  @Field(() => String, { nullable: true, description: 'Reason or detail.' })
  note: string | null;
}

@ObjectType('HomeCareOrder', { description: 'A booked home-care visit (居家上门服务) and its lifecycle.' })
export class HomeCareOrderModel {
  @Field(() => ID, { description: 'The order.' })
  id: string;

  @Field(() => HomeCareOrderStatus, { description: 'Where the order is in its lifecycle.' })
  status: HomeCareOrderStatus;

  @Field(() => ServiceKind, { description: 'The service delivered.' })
  service: ServiceKind;

  @Field({ description: 'Booked start.' })
  startsAt: Date;

  @Field({ description: 'Booked end.' })
  endsAt: Date;

  @Field(() => Int, { description: 'Price of the visit in fen: subsidyFen + copayFen.' })
  priceFen: number;

  @Field(() => Int, { description: 'Paid by government-purchased care from the elder\'s monthly allowance, in fen.' })
  subsidyFen: number;

  @Field(() => Int, { description: 'Paid by the elder or family, in fen.' })
  copayFen: number;

  @Field(() => String, { nullable: true, description: 'Notes given at booking.' })
  notes: string | null;

  @Field(() => String, { nullable: true, description: 'What the caregiver wrote at check-out.' })
  visitNotes: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Cancelled by the booking side later than the notice allows; null unless cancelled.' })
  cancelledLate: boolean | null;

  @Field(() => String, { nullable: true, description: 'Why it was cancelled or marked as a no-show.' })
  cancelReason: string | null;

  @Field(() => ID, { nullable: true, description: 'The home bed whose plan generated the visit.' })
  homeBedId: string | null;

  @Field({ description: 'When it was booked.' })
  createdAt: Date;
}

export const HomeCareOrderConnection = ConnectionType(HomeCareOrderModel, 'HomeCareOrderConnection');

@ObjectType({ description: 'A stretch of working time on one weekday, China time (UTC+8).' })
export class WorkingPeriod {
  @Field(() => Int, { description: 'ISO weekday: 1 Monday ... 7 Sunday.' })
  weekday: number;

  @Field({ description: 'Start, HH:MM.' })
  startTime: string;

  @Field({ description: 'End, HH:MM.' })
  endTime: string;
}

@ObjectType({ description: 'A caregiver (护理员) of a provider with the qualifications and hours in force.' })
export class CaregiverProfile {
  @Field(() => ID, { description: 'The caregiver\'s account id.' })
  id: string;

  @Field({ description: 'Name shown to families.' })
  displayName: string;

  @Field(() => ID, { description: 'The provider employing them.' })
  providerId: string;

  @Field(() => [ServiceKind], { description: 'Services they may deliver (only services the provider offers).' })
  qualifiedServices: string[];

  @Field(() => [WorkingPeriod], { description: 'Weekly working hours.' })
  workingHours: WorkingPeriod[];

  @Field({ description: 'Whether the qualifications were set for them (else: every offered service).' })
  customQualifications: boolean;

  @Field({ description: 'Whether the hours were set for them (else: the configured default).' })
  customHours: boolean;
}

@ObjectType({ description: 'A provider\'s home-care settings.' })
export class HomeCareProviderSettings {
  @Field(() => ID, { description: 'The provider.' })
  providerId: string;

  @Field({ description: 'New orders are assigned automatically to the best free qualified caregiver.' })
  autoAssign: boolean;
}

@ObjectType({ description: 'The home-care numbers in force for a region (defaults overridden by regional settings).' })
export class HomeCareRulesModel {
  @Field({ description: 'The region code or prefix asked about ("" for the national default).' })
  regionCode: string;

  @Field(() => Int, { description: 'Minutes a caregiver needs between two visits.' })
  travelBufferMinutes: number;

  @Field(() => Int, { description: 'Offered start times are multiples of this many minutes after local midnight.' })
  slotStepMinutes: number;

  @Field(() => Int, { description: 'Longest availableVisitSlots window in days.' })
  maxSlotWindowDays: number;

  @Field(() => Int, { description: 'Free cancellation until this many minutes before the start.' })
  cancellationNoticeMinutes: number;

  @Field(() => Int, { description: 'Check-in opens this many minutes before the start.' })
  checkInOpensMinutesBefore: number;

  @Field(() => Int, { description: 'Check-in closes this many minutes after the start.' })
  checkInClosesMinutesAfter: number;

  @Field(() => Int, { description: 'Check-ins and check-outs farther than this from the home (metres) are flagged.' })
  geofenceMeters: number;

  @Field(() => Int, { description: 'Least minutes between booking and the start.' })
  minBookingLeadMinutes: number;

  @Field(() => Int, { description: 'Minutes after the start before a no-show may be recorded.' })
  noShowGraceMinutes: number;

  @Field(() => Int, { description: 'Shortest visit for a service without a standard duration.' })
  minVisitMinutes: number;

  @Field(() => Int, { description: 'Longest visit for a service without a standard duration.' })
  maxVisitMinutes: number;

  @Field(() => [WorkingPeriod], { description: 'Hours of caregivers without their own.' })
  defaultWorkingHours: WorkingPeriod[];

  @Field(() => Int, { description: 'Weeks of home-bed visits booked ahead.' })
  homeBedHorizonWeeks: number;
}
