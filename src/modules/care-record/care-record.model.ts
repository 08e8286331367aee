import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { ServiceKind } from '../../core/domain/enums.js';
import { GeoPoint } from '../../core/graphql/geo-point.js';
import { ConnectionType } from '../../core/graphql/pagination.js';
import {
  AdministrationStatus,
  CareAlertAudience,
  CareAlertKind,
  EmergencyKind,
  EmergencyStatus,
  FoodIntake,
  IncidentKind,
  IncidentStatus,
  MedicationRoute,
  Mood,
  RiskRule,
  Severity,
  TaskSchedule,
  VisitTaskStatus,
} from '../../core/domain/care-records.js';

@ObjectType({ description: 'One task of a care plan.' })
export class CarePlanTask {
  @Field(() => ID, { nullable: true, description: 'The task; null in a suggested plan that has not been saved.' })
  id: string | null;

  @Field({ description: 'What to do, e.g. "Help with a meal".' })
  title: string;

  @Field(() => ServiceKind, { description: 'The service the task belongs to.' })
  service: ServiceKind;

  @Field(() => String, { nullable: true, description: 'How to do it.' })
  instructions: string | null;

  @Field({ description: 'A required task cannot be left open at check-out.' })
  required: boolean;

  @Field(() => TaskSchedule, { description: 'On which visits the task is due.' })
  schedule: TaskSchedule;

  @Field(() => [Int], { nullable: true, description: 'ISO weekdays (1 Monday … 7 Sunday) for WEEKDAYS; null otherwise.' })
  weekdays: number[] | null;
}

@ObjectType({ description: 'A care plan (照护计划) of one elder with one provider: goals and the tasks visits carry.' })
export class CarePlan {
  @Field(() => ID, { nullable: true, description: 'The plan; null for a suggestion.' })
  id: string | null;

  @Field(() => ID, { description: 'The elder.' })
  elderId: string;

  @Field(() => ID, { nullable: true, description: 'The provider; null for a suggestion (it fits any provider).' })
  providerId: string | null;

  @Field(() => [String], { description: 'Goals of care, in order.' })
  goals: string[];

  @Field(() => [CarePlanTask], { description: 'Tasks, in order.' })
  tasks: CarePlanTask[];

  @Field(() => Date, { nullable: true, description: 'When it was last set; null for a suggestion.' })
  updatedAt: Date | null;
}

@ObjectType({ description: 'One task of a visit and how it went.' })
export class VisitTask {
  @Field(() => ID, { description: 'The care-plan task; pass it as taskId at check-out.' })
  id: string;

  @Field({ description: 'What to do.' })
  title: string;

  @Field({ description: 'Required tasks must be DONE or SKIPPED with a reason before check-out.' })
  required: boolean;

  @Field(() => VisitTaskStatus, { description: 'OPEN until check-out records it.' })
  status: VisitTaskStatus;

  @Field(() => String, { nullable: true, description: 'Why it was skipped (or a note); hidden from officers.' })
  note: string | null;
}

@ObjectType({ description: 'Blood pressure in mmHg.' })
export class BloodPressure {
  @Field(() => Int, { description: 'Systolic (高压), mmHg.' })
  systolic: number;

  @Field(() => Int, { description: 'Diastolic (低压), mmHg.' })
  diastolic: number;
}

@ObjectType({ description: 'What a caregiver or staff member saw at a visit or a shift (观察记录).' })
export class Observation {
  @Field(() => ID, { description: 'The observation.' })
  id: string;

  @Field(() => ID, { description: 'The elder observed.' })
  elderId: string;

  @Field(() => ID, { description: 'The provider whose worker observed.' })
  providerId: string;

  @Field(() => ID, { nullable: true, description: 'The visit it was made at; null for a shift observation.' })
  orderId: string | null;

  @Field(() => Date, { description: 'When it was observed.' })
  observedAt: Date;

  @Field(() => FoodIntake, { nullable: true, description: 'How much of the meal was eaten.' })
  foodIntake: FoodIntake | null;

  @Field(() => Int, { nullable: true, description: 'Fluid taken, ml.' })
  fluidMl: number | null;

  @Field(() => Mood, { nullable: true, description: 'Mood.' })
  mood: Mood | null;

  @Field(() => String, { nullable: true, description: 'Skin problems seen (redness, sores).' })
  skinProblems: string | null;

  @Field(() => Int, { nullable: true, description: 'Times up to the toilet in the night.' })
  nightToileting: number | null;

  @Field(() => Int, { nullable: true, description: 'Pain 0 (none) to 10 (worst).' })
  pain: number | null;

  @Field(() => BloodPressure, { nullable: true, description: 'Blood pressure.' })
  bloodPressure: BloodPressure | null;

  @Field(() => Int, { nullable: true, description: 'Pulse, beats a minute.' })
  pulse: number | null;

  @Field(() => Float, { nullable: true, description: 'Blood glucose, mmol/L.' })
  bloodGlucose: number | null;

  @Field(() => Float, { nullable: true, description: 'Weight, kg.' })
  weightKg: number | null;

  @Field(() => String, { nullable: true, description: 'Free note.' })
  note: string | null;

  @Field(() => ID, { description: 'Who recorded it.' })
  recordedBy: string;
}

@ObjectType({ description: 'A medication order (医嘱/用药单) of an elder.' })
export class MedicationOrder {
  @Field(() => ID, { description: 'The order.' })
  id: string;

  @Field(() => ID, { description: 'The elder.' })
  elderId: string;

  @Field(() => ID, { description: 'The provider giving the medication.' })
  providerId: string;

  @Field({ description: 'Drug name.' })
  drugName: string;

  @Field({ description: 'Dose, e.g. "5 mg" or "1 tablet".' })
  dose: string;

  @Field(() => MedicationRoute, { description: 'Route.' })
  route: MedicationRoute;

  @Field(() => [String], { description: 'Times of day in China time, HH:MM.' })
  timesOfDay: string[];

  @Field({ description: 'First day (YYYY-MM-DD, China time).' })
  startsOn: string;

  @Field(() => String, { nullable: true, description: 'Last day (YYYY-MM-DD); null while open-ended.' })
  endsOn: string | null;

  @Field(() => String, { nullable: true, description: 'The prescriber\'s note.' })
  prescriberNote: string | null;
}

@ObjectType({ description: 'What happened to one scheduled dose (给药记录).' })
export class MedicationAdministration {
  @Field(() => ID, { description: 'The record.' })
  id: string;

  @Field(() => ID, { description: 'The medication order.' })
  medicationOrderId: string;

  @Field(() => ID, { description: 'The elder.' })
  elderId: string;

  @Field(() => Date, { description: 'The dose\'s scheduled time.' })
  scheduledAt: Date;

  @Field(() => AdministrationStatus, { description: 'Given, refused, missed or held.' })
  status: AdministrationStatus;

  @Field(() => String, { nullable: true, description: 'Why it was not given.' })
  reason: string | null;

  @Field(() => Date, { description: 'When it was given (or refused, held; for MISSED when the job found it).' })
  at: Date;

  @Field(() => ID, { nullable: true, description: 'Who recorded it; null when the missed-dose job did.' })
  recordedBy: string | null;
}

@ObjectType({ description: 'One step of an incident\'s lifecycle.' })
export class IncidentEvent {
  @Field(() => IncidentStatus, { nullable: true, description: 'The status before; null for the report.' })
  fromStatus: IncidentStatus | null;

  @Field(() => IncidentStatus, { description: 'The status after.' })
  status: IncidentStatus;

  @Field(() => ID, { description: 'Who did it.' })
  actorId: string;

  @Field({ description: 'Their role then.' })
  actorRole: string;

  @Field(() => Date, { description: 'When.' })
  at: Date;
}

@ObjectType({ description: 'An incident (安全事件) and its lifecycle.' })
export class Incident {
  @Field(() => ID, { description: 'The incident.' })
  id: string;

  @Field(() => ID, { description: 'The elder it happened to.' })
  elderId: string;

  @Field(() => ID, { nullable: true, description: 'The provider concerned, when there is one.' })
  providerId: string | null;

  @Field({ description: 'The elder\'s region code.' })
  regionCode: string;

  @Field(() => IncidentKind, { description: 'Kind.' })
  kind: IncidentKind;

  @Field(() => Severity, { description: 'Severity.' })
  severity: Severity;

  @Field({ description: 'Serious incidents (HIGH, SUSPECTED_ABUSE, WANDERING) reach the officer in scope at once.' })
  serious: boolean;

  @Field(() => Date, { description: 'When it happened.' })
  occurredAt: Date;

  @Field({ description: 'Where.' })
  place: string;

  @Field({ description: 'What happened.' })
  description: string;

  @Field(() => String, { nullable: true, description: 'What was done about it.' })
  actionsTaken: string | null;

  @Field(() => IncidentStatus, { description: 'Lifecycle status.' })
  status: IncidentStatus;

  @Field(() => String, { nullable: true, description: 'The outcome, once CLOSED.' })
  outcome: string | null;

  @Field(() => ID, { description: 'Who reported it.' })
  reportedBy: string;

  @Field(() => [IncidentEvent], { description: 'Every step, oldest first.' })
  events: IncidentEvent[];
}

export const IncidentConnection = ConnectionType(Incident, 'IncidentConnection');

@ObjectType({ description: 'An emergency help call (助急) and every step of it, timed.' })
export class Emergency {
  @Field(() => ID, { description: 'The emergency.' })
  id: string;

  @Field(() => ID, { description: 'The elder in need.' })
  elderId: string;

  @Field(() => ID, { nullable: true, description: 'The provider serving the elder that was alerted; null when none serves the elder.' })
  providerId: string | null;

  @Field(() => EmergencyKind, { description: 'What it is about.' })
  kind: EmergencyKind;

  @Field(() => GeoPoint, { nullable: true, description: 'Where the elder is, when given.' })
  location: GeoPoint | null;

  @Field(() => EmergencyStatus, { description: 'Where it stands.' })
  status: EmergencyStatus;

  @Field(() => Date, { description: 'When it was raised.' })
  raisedAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it was acknowledged.' })
  acknowledgedAt: Date | null;

  @Field(() => ID, { nullable: true, description: 'Who acknowledged it.' })
  acknowledgedBy: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was escalated to the officer in scope for want of an acknowledgement.' })
  escalatedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was resolved.' })
  resolvedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'What happened in the end.' })
  resolutionNote: string | null;
}

@ObjectType({ description: 'An explainable risk finding about an elder, open until staff acknowledge it.' })
export class RiskAlert {
  @Field(() => ID, { description: 'The alert.' })
  id: string;

  @Field(() => ID, { description: 'The elder.' })
  elderId: string;

  @Field(() => RiskRule, { description: 'The rule that fired.' })
  rule: RiskRule;

  @Field({ description: 'Why, in words, with the figures.' })
  detail: string;

  @Field(() => [ID], { description: 'The records (observations, administrations, incidents) that made it.' })
  recordIds: string[];

  @Field(() => Date, { description: 'When it fired.' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When staff acknowledged it; null while open.' })
  acknowledgedAt: Date | null;
}

@ObjectType({ description: 'Open risk alerts of one rule in a region.' })
export class RiskRuleCount {
  @Field(() => RiskRule, { description: 'The rule.' })
  rule: RiskRule;

  @Field(() => Int, { description: 'Open alerts of this rule.' })
  count: number;
}

@ObjectType({ description: 'Open risk alerts of a region in figures only (no elder named).' })
export class RiskAlertSummary {
  @Field({ description: 'The region-code prefix counted.' })
  regionCode: string;

  @Field(() => Int, { description: 'Open alerts in all.' })
  openAlerts: number;

  @Field(() => Int, { description: 'Elders with at least one open alert.' })
  eldersAtRisk: number;

  @Field(() => [RiskRuleCount], { description: 'Open alerts per rule (every rule, zero included).' })
  byRule: RiskRuleCount[];
}

@ObjectType({ description: 'An alert for staff, officers or a guardian (notifications are not sent yet: audiences list them).' })
export class CareAlert {
  @Field(() => ID, { description: 'The alert.' })
  id: string;

  @Field(() => CareAlertKind, { description: 'Why it was raised.' })
  kind: CareAlertKind;

  @Field(() => CareAlertAudience, { description: 'Who it is for.' })
  audience: CareAlertAudience;

  @Field(() => ID, { description: 'The elder concerned.' })
  elderId: string;

  @Field(() => ID, { nullable: true, description: 'The provider concerned.' })
  providerId: string | null;

  @Field(() => ID, { description: 'The record it is about (an emergency, incident or administration).' })
  subjectId: string;

  @Field({ description: 'What happened, without personal data.' })
  message: string;

  @Field(() => Date, { description: 'When it was raised.' })
  createdAt: Date;
}

@ObjectType({ description: 'One read of care records by staff, a caregiver or an officer (audit).' })
export class CareRecordRead {
  @Field(() => ID, { description: 'Who read.' })
  actorId: string;

  @Field({ description: 'Their role.' })
  actorRole: string;

  @Field(() => ID, { description: 'Whose records.' })
  elderId: string;

  @Field({ description: 'What was read, e.g. "observations".' })
  what: string;

  @Field(() => Date, { description: 'When.' })
  at: Date;
}
