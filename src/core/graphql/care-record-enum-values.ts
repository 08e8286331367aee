/**
 * What each value of the care-record enums means, for the schema (registerEnumType's valuesMap); the vocabulary is
 * core/domain/care-records.ts.
 */
type Values = Record<string, { description: string }>;

const d = (description: string) => ({ description });

export const TASK_SCHEDULE_VALUES: Values = { EVERY_VISIT: d('On every visit.'), WEEKDAYS: d('On visits starting (China time) on the listed weekdays.'), SERVICE: d('On visits of the task\'s service.') };

export const VISIT_TASK_STATUS_VALUES: Values = { OPEN: d('Not recorded yet (or an optional task left open at check-out).'), DONE: d('Done at the visit.'), SKIPPED: d('Not done; the note says why.') };

export const VISIT_TASK_OUTCOME_VALUES: Values = { DONE: d('The task was done.'), SKIPPED: d('The task was not done; a reason is required.') };

export const FOOD_INTAKE_VALUES: Values = { NONE: d('Nothing.'), SOME: d('A little (under half).'), HALF: d('About half.'), MOST: d('Most of it.'), ALL: d('All of it.') };

export const MOOD_VALUES: Values = { CALM: d('Calm.'), HAPPY: d('Cheerful.'), LOW: d('Low, withdrawn.'), ANXIOUS: d('Anxious, worried.'), AGITATED: d('Agitated or aggressive.'), CONFUSED: d('Confused, disoriented.') };

export const MEDICATION_ROUTE_VALUES: Values = {
  ORAL: d('By mouth.'), TOPICAL: d('On the skin.'), INJECTION: d('By injection.'), INHALED: d('Inhaled.'), EYE: d('Eye drops.'), EAR: d('Ear drops.'), NASAL: d('In the nose.'), RECTAL: d('Rectal.'), OTHER: d('Another route (say which in the prescriber note).'),
};

export const ADMINISTRATION_STATUS_VALUES: Values = { GIVEN: d('Given.'), REFUSED: d('The elder refused it (reason required).'), MISSED: d('Not given (reason required); the job records MISSED when nothing is recorded an hour after the time.'), HELD: d('Withheld on purpose, e.g. by a nurse (reason required).') };

export const INCIDENT_KIND_VALUES: Values = {
  FALL: d('A fall (跌倒).'), WANDERING: d('The elder went missing or wandered off (走失); always serious.'), INJURY: d('An injury other than a fall.'), CHOKING: d('Choking (噎食).'), MEDICATION_ERROR: d('A wrong drug, dose or time.'), SUSPECTED_ABUSE: d('Suspected abuse or neglect; always serious.'), COMPLAINT: d('A complaint about care.'), OTHER: d('Anything else.'),
};

export const SEVERITY_VALUES: Values = { LOW: d('No or minor harm.'), MEDIUM: d('Harm needing treatment.'), HIGH: d('Serious harm or danger; reaches the officer in scope at once.') };

export const INCIDENT_STATUS_VALUES: Values = { REPORTED: d('Reported, not yet reviewed.'), UNDER_REVIEW: d('The provider (or an officer) is reviewing it.'), CLOSED: d('Closed with an outcome.') };

export const EMERGENCY_KIND_VALUES: Values = { FALL: d('The elder fell.'), ILLNESS: d('Sudden illness.'), CHEST_PAIN: d('Chest pain.'), BREATHING: d('Trouble breathing.'), LOST: d('The elder is lost.'), FIRE: d('Fire, gas or another danger at home.'), OTHER: d('Anything else.') };

export const EMERGENCY_STATUS_VALUES: Values = { RAISED: d('Raised, nobody has acknowledged it yet.'), ACKNOWLEDGED: d('Someone of the serving provider is on it.'), RESOLVED: d('Over, with a note of what happened.') };

export const RISK_RULE_VALUES: Values = {
  FOOD_INTAKE_FALLING: d('Food intake fell at each of the last observations (default 3).'),
  NIGHT_TOILETING_RISING: d('Night toileting rose: the mean of the later half of the window (default 14 days) exceeds the earlier half\'s by the threshold (default 1 a night).'),
  WEIGHT_LOSS: d('Weight down by the threshold (default 5%) from the highest in the window (default 30 days).'),
  PAIN_HIGH: d('Pain at or above the level (default 7) recorded the threshold number of times (default 2) in the window (default 7 days).'),
  MISSED_DOSES: d('Missed doses (default 2 or more) in the window (default 7 days).'),
  INCIDENTS: d('Incidents (default 2 or more) in the window (default 30 days).'),
};

export const CARE_ALERT_KIND_VALUES: Values = { MISSED_DOSE: d('A scheduled dose had no record an hour after its time.'), SERIOUS_INCIDENT: d('A serious incident was reported.'), EMERGENCY: d('An emergency was raised.'), EMERGENCY_ESCALATED: d('An emergency was not acknowledged in time.') };

export const CARE_ALERT_AUDIENCE_VALUES: Values = { PROVIDER: d('The staff of the provider serving the elder.'), OFFICER: d('Civil-affairs officers whose scope covers the elder\'s region.'), GUARDIAN: d('One guardian of the elder.') };
