import { registerEnumType } from '@nestjs/graphql';

/** Fixed vocabularies of care records (docs/care-records.md). */

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

const d = (description: string) => ({ description });

registerEnumType(TaskSchedule, {
  name: 'TaskSchedule',
  description: 'On which visits a care-plan task is due.',
  valuesMap: { EVERY_VISIT: d('On every visit.'), WEEKDAYS: d('On visits starting (China time) on the listed weekdays.'), SERVICE: d('On visits of the task\'s service.') },
});
registerEnumType(VisitTaskStatus, {
  name: 'VisitTaskStatus',
  description: 'Where a task of a visit stands.',
  valuesMap: { OPEN: d('Not recorded yet (or an optional task left open at check-out).'), DONE: d('Done at the visit.'), SKIPPED: d('Not done; the note says why.') },
});
registerEnumType(VisitTaskOutcome, {
  name: 'VisitTaskOutcome',
  description: 'What the caregiver records for a task at check-out.',
  valuesMap: { DONE: d('The task was done.'), SKIPPED: d('The task was not done; a reason is required.') },
});
registerEnumType(FoodIntake, {
  name: 'FoodIntake',
  description: 'How much of a meal was eaten, in order from none to all.',
  valuesMap: { NONE: d('Nothing.'), SOME: d('A little (under half).'), HALF: d('About half.'), MOST: d('Most of it.'), ALL: d('All of it.') },
});
registerEnumType(Mood, {
  name: 'Mood',
  description: 'The elder\'s mood as observed.',
  valuesMap: { CALM: d('Calm.'), HAPPY: d('Cheerful.'), LOW: d('Low, withdrawn.'), ANXIOUS: d('Anxious, worried.'), AGITATED: d('Agitated or aggressive.'), CONFUSED: d('Confused, disoriented.') },
});
registerEnumType(MedicationRoute, {
  name: 'MedicationRoute',
  description: 'How a drug is given.',
  valuesMap: {
    ORAL: d('By mouth.'), TOPICAL: d('On the skin.'), INJECTION: d('By injection.'), INHALED: d('Inhaled.'), EYE: d('Eye drops.'), EAR: d('Ear drops.'), NASAL: d('In the nose.'), RECTAL: d('Rectal.'), OTHER: d('Another route (say which in the prescriber note).'),
  },
});
registerEnumType(AdministrationStatus, {
  name: 'AdministrationStatus',
  description: 'What happened to a scheduled dose.',
  valuesMap: { GIVEN: d('Given.'), REFUSED: d('The elder refused it (reason required).'), MISSED: d('Not given (reason required); the job records MISSED when nothing is recorded an hour after the time.'), HELD: d('Withheld on purpose, e.g. by a nurse (reason required).') },
});
registerEnumType(IncidentKind, {
  name: 'IncidentKind',
  description: 'What kind of incident (安全事件).',
  valuesMap: {
    FALL: d('A fall (跌倒).'), WANDERING: d('The elder went missing or wandered off (走失); always serious.'), INJURY: d('An injury other than a fall.'), CHOKING: d('Choking (噎食).'), MEDICATION_ERROR: d('A wrong drug, dose or time.'), SUSPECTED_ABUSE: d('Suspected abuse or neglect; always serious.'), COMPLAINT: d('A complaint about care.'), OTHER: d('Anything else.'),
  },
});
registerEnumType(Severity, { name: 'Severity', description: 'How serious an incident is.', valuesMap: { LOW: d('No or minor harm.'), MEDIUM: d('Harm needing treatment.'), HIGH: d('Serious harm or danger; reaches the officer in scope at once.') } });
registerEnumType(IncidentStatus, {
  name: 'IncidentStatus',
  description: 'The incident lifecycle.',
  valuesMap: { REPORTED: d('Reported, not yet reviewed.'), UNDER_REVIEW: d('The provider (or an officer) is reviewing it.'), CLOSED: d('Closed with an outcome.') },
});
registerEnumType(EmergencyKind, {
  name: 'EmergencyKind',
  description: 'What the emergency help call (助急) is about.',
  valuesMap: { FALL: d('The elder fell.'), ILLNESS: d('Sudden illness.'), CHEST_PAIN: d('Chest pain.'), BREATHING: d('Trouble breathing.'), LOST: d('The elder is lost.'), FIRE: d('Fire, gas or another danger at home.'), OTHER: d('Anything else.') },
});
registerEnumType(EmergencyStatus, {
  name: 'EmergencyStatus',
  description: 'Where an emergency stands.',
  valuesMap: { RAISED: d('Raised, nobody has acknowledged it yet.'), ACKNOWLEDGED: d('Someone of the serving provider is on it.'), RESOLVED: d('Over, with a note of what happened.') },
});
registerEnumType(RiskRule, {
  name: 'RiskRule',
  description: 'The risk radar\'s rules; their thresholds are settings (care.riskThresholds).',
  valuesMap: {
    FOOD_INTAKE_FALLING: d('Food intake fell at each of the last observations (default 3).'),
    NIGHT_TOILETING_RISING: d('Night toileting rose: the mean of the later half of the window (default 14 days) exceeds the earlier half\'s by the threshold (default 1 a night).'),
    WEIGHT_LOSS: d('Weight down by the threshold (default 5%) from the highest in the window (default 30 days).'),
    PAIN_HIGH: d('Pain at or above the level (default 7) recorded the threshold number of times (default 2) in the window (default 7 days).'),
    MISSED_DOSES: d('Missed doses (default 2 or more) in the window (default 7 days).'),
    INCIDENTS: d('Incidents (default 2 or more) in the window (default 30 days).'),
  },
});
registerEnumType(CareAlertKind, {
  name: 'CareAlertKind',
  description: 'Why an alert was raised.',
  valuesMap: { MISSED_DOSE: d('A scheduled dose had no record an hour after its time.'), SERIOUS_INCIDENT: d('A serious incident was reported.'), EMERGENCY: d('An emergency was raised.'), EMERGENCY_ESCALATED: d('An emergency was not acknowledged in time.') },
});
registerEnumType(CareAlertAudience, {
  name: 'CareAlertAudience',
  description: 'Who an alert is for.',
  valuesMap: { PROVIDER: d('The staff of the provider serving the elder.'), OFFICER: d('Civil-affairs officers whose scope covers the elder\'s region.'), GUARDIAN: d('One guardian of the elder.') },
});
