/**
 * The vocabulary of care records (docs/care-records.md): plain TypeScript with no framework import, so that pure rules
 * use these values. The GraphQL enum types are registered from these in core/graphql/enum-types.ts, with the meaning of
 * each value in core/graphql/care-record-enum-values.ts.
 */

export enum TaskSchedule {
  EVERY_VISIT = 'EVERY_VISIT',
  WEEKDAYS = 'WEEKDAYS',
  SERVICE = 'SERVICE',
}
export enum VisitTaskStatus {
  OPEN = 'OPEN',
  DONE = 'DONE',
  SKIPPED = 'SKIPPED',
}
export enum VisitTaskOutcome {
  DONE = 'DONE',
  SKIPPED = 'SKIPPED',
}
export enum FoodIntake {
  NONE = 'NONE',
  SOME = 'SOME',
  HALF = 'HALF',
  MOST = 'MOST',
  ALL = 'ALL',
}
export enum Mood {
  CALM = 'CALM',
  HAPPY = 'HAPPY',
  LOW = 'LOW',
  ANXIOUS = 'ANXIOUS',
  AGITATED = 'AGITATED',
  CONFUSED = 'CONFUSED',
}
export enum MedicationRoute {
  ORAL = 'ORAL',
  TOPICAL = 'TOPICAL',
  INJECTION = 'INJECTION',
  INHALED = 'INHALED',
  EYE = 'EYE',
  EAR = 'EAR',
  NASAL = 'NASAL',
  RECTAL = 'RECTAL',
  OTHER = 'OTHER',
}
export enum AdministrationStatus {
  GIVEN = 'GIVEN',
  REFUSED = 'REFUSED',
  MISSED = 'MISSED',
  HELD = 'HELD',
}
export enum IncidentKind {
  FALL = 'FALL',
  WANDERING = 'WANDERING',
  INJURY = 'INJURY',
  CHOKING = 'CHOKING',
  MEDICATION_ERROR = 'MEDICATION_ERROR',
  SUSPECTED_ABUSE = 'SUSPECTED_ABUSE',
  COMPLAINT = 'COMPLAINT',
  OTHER = 'OTHER',
}
export enum Severity {
  LOW = 'LOW',
  MEDIUM = 'MEDIUM',
  HIGH = 'HIGH',
}
export enum IncidentStatus {
  REPORTED = 'REPORTED',
  UNDER_REVIEW = 'UNDER_REVIEW',
  CLOSED = 'CLOSED',
}
export enum EmergencyKind {
  FALL = 'FALL',
  ILLNESS = 'ILLNESS',
  CHEST_PAIN = 'CHEST_PAIN',
  BREATHING = 'BREATHING',
  LOST = 'LOST',
  FIRE = 'FIRE',
  OTHER = 'OTHER',
}
export enum EmergencyStatus {
  RAISED = 'RAISED',
  ACKNOWLEDGED = 'ACKNOWLEDGED',
  RESOLVED = 'RESOLVED',
}
export enum RiskRule {
  FOOD_INTAKE_FALLING = 'FOOD_INTAKE_FALLING',
  NIGHT_TOILETING_RISING = 'NIGHT_TOILETING_RISING',
  WEIGHT_LOSS = 'WEIGHT_LOSS',
  PAIN_HIGH = 'PAIN_HIGH',
  MISSED_DOSES = 'MISSED_DOSES',
  INCIDENTS = 'INCIDENTS',
}
export enum CareAlertKind {
  MISSED_DOSE = 'MISSED_DOSE',
  SERIOUS_INCIDENT = 'SERIOUS_INCIDENT',
  EMERGENCY = 'EMERGENCY',
  EMERGENCY_ESCALATED = 'EMERGENCY_ESCALATED',
}
export enum CareAlertAudience {
  PROVIDER = 'PROVIDER',
  OFFICER = 'OFFICER',
  GUARDIAN = 'GUARDIAN',
}
