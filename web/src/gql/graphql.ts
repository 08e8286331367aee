/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** What happened to a scheduled dose. */
export type AdministrationStatus =
  /** Given. */
  | 'GIVEN'
  /** Withheld on purpose, e.g. by a nurse (reason required). */
  | 'HELD'
  /** Not given (reason required); the job records MISSED when nothing is recorded an hour after the time. */
  | 'MISSED'
  /** The elder refused it (reason required). */
  | 'REFUSED';

/** Adjustments of GB/T 42195 applied after the score: COMA (level TOTAL directly), MENTAL_DISORDER (diagnosed dementia or other mental disorder, up one), CARE_RISK_EVENTS (two or more in 30 days, up one). */
export type AssessmentAdjustment =
  /** Two or more care-risk events (fall, choking, wandering off, self-harm, suicide attempt) in the last 30 days: one level up. */
  | 'CARE_RISK_EVENTS'
  /** The elder is in a coma: the final level is TOTAL whatever the score. */
  | 'COMA'
  /** Diagnosed dementia or another diagnosed mental disorder: the final level is one above the score level. */
  | 'MENTAL_DISORDER';

/** Bed category; NURSING is the nursing-type bed (护理型床位) for disabled elders. */
export type BedCategory =
  /** Bed in a dementia unit (失智照护床位). */
  | 'DEMENTIA'
  /** Nursing-type bed (护理型床位) for disabled or partly disabled elders; counted in the nursing-bed share. */
  | 'NURSING'
  /** Bed for elders who can care for themselves (自理床位). */
  | 'SELF_CARE';

/** How an automatic waitlist offer ended. */
export type BedOfferOutcome =
  /** The elder was admitted to the offered bed. */
  | 'ACCEPTED'
  /** The offered hold was released. */
  | 'DECLINED'
  /** The offered hold expired. */
  | 'LAPSED';

/** Narrows a reservation list; the caller's scope always applies on top. */
export type BedReservationFilter = {
  /** Only this bed category. */
  category?: BedCategory | null | undefined;
  /** Only this elder. */
  elderId?: string | number | null | undefined;
  /** Only this provider. */
  providerId?: string | number | null | undefined;
  /** Only these statuses. */
  status?: Array<BedReservationStatus> | null | undefined;
};

/** HELD: a bed is kept until expiresAt; ADMITTED: the elder lives there (入住); RELEASED: given up before admission; EXPIRED: not admitted in time; DISCHARGED: left after admission (出院/退住). */
export type BedReservationStatus =
  /** The elder moved in (入住); the bed counts as occupied. */
  | 'ADMITTED'
  /** The resident left after admission (出院/退住); the bed is free again. Final. */
  | 'DISCHARGED'
  /** Not admitted before expiresAt; the bed is free again. Final. */
  | 'EXPIRED'
  /** A bed of the category is kept for the elder until expiresAt (counted as reserved). */
  | 'HELD'
  /** Given up before admission by the family, staff or an officer; the bed is free again. Final. */
  | 'RELEASED';

/** WAITING in line; OFFERED: a freed bed is held for the elder; ACCEPTED: the offered bed was taken (admitted); DECLINED: the offered hold was released; LAPSED: the offered hold expired; LEFT: taken off the list. */
export type BedWaitlistEntryStatus =
  /** The offered bed was taken: the reservation was admitted. Final. */
  | 'ACCEPTED'
  /** The offered hold was released. Final. */
  | 'DECLINED'
  /** The offered hold expired without admission. Final. */
  | 'LAPSED'
  /** Taken off the list by the family or staff. Final. */
  | 'LEFT'
  /** A freed bed is held for the elder as a HELD reservation with its own expiry. */
  | 'OFFERED'
  /** In line for a bed of the category at the provider. */
  | 'WAITING';

/** Blood pressure in mmHg. */
export type BloodPressureInput = {
  /** Diastolic, 20 to 200. */
  diastolic: number;
  /** Systolic, 40 to 300. */
  systolic: number;
};

/** Books a home-care visit. FAMILY guardian of the elder, or CIVIL_AFFAIRS in scope. */
export type BookHomeCareVisitInput = {
  /** Length of the visit in minutes, within the service's bounds. */
  durationMinutes: number;
  /** The elder to visit. */
  elderId: string | number;
  /** Chosen by the client, unique per intended booking: a retry with the same key and input returns the first order. */
  idempotencyKey: string;
  /** Anything the caregiver should know (at most 1000 characters). */
  notes?: string | null | undefined;
  /** The provider whose caregiver visits. */
  providerId: string | number;
  /** The service, as the provider offers it. */
  service: ServiceKind;
  /** When the visit starts; in the future. */
  startsAt: string;
};

/** A GB/T 42195-2022 assessment. Item order as in the standard: selfCare 8, mobility 4, mentalState 9, perceptionSocial 5. */
export type CapabilityAssessmentInput = {
  /** When it took place; defaults to now, never in the future. */
  assessedAt?: string | null | undefined;
  /** Care-risk events in the last 30 days; two or more raise the level by one. */
  careRiskEventsLast30Days?: number | null | undefined;
  /** In a coma: level TOTAL directly. */
  coma?: boolean | null | undefined;
  /** Diagnosed dementia: level up one. */
  dementiaDiagnosed?: boolean | null | undefined;
  /** The elder assessed. */
  elderId: string | number;
  /** Six items 0-4, aggression 0-1, depression 0-1, consciousness 0-2. */
  mentalState: Array<number>;
  /** Bed position 0-4, transfer 0-4, walking 0-4, stairs 0-3. */
  mobility: Array<number>;
  /** Another diagnosed mental disorder: level up one (once, with dementia). */
  otherMentalDisorderDiagnosed?: boolean | null | undefined;
  /** Vision 0-2, hearing 0-2, daily affairs 0-4, transport 0-3, social contact 0-4. */
  perceptionSocial: Array<number>;
  /** 8 items, 0-4 each. */
  selfCare: Array<number>;
};

/** Why an alert was raised. */
export type CareAlertKind =
  /** An emergency was raised. */
  | 'EMERGENCY'
  /** An emergency was not acknowledged in time. */
  | 'EMERGENCY_ESCALATED'
  /** A scheduled dose had no record an hour after its time. */
  | 'MISSED_DOSE'
  /** A serious incident was reported. */
  | 'SERIOUS_INCIDENT';

/** GB/T 42195-2022 capability level: 0 intact … 4 total loss of capability. */
export type CareLevel =
  /** Level 0, capability intact (能力完好): total score 90. */
  | 'INTACT'
  /** Level 1, mildly disabled (轻度失能): total score 66-89. */
  | 'MILD'
  /** Level 2, moderately disabled (中度失能): total score 46-65. */
  | 'MODERATE'
  /** Level 3, severely disabled (重度失能): total score 30-45. */
  | 'SEVERE'
  /** Level 4, total loss of capability (完全失能): total score 0-29, or in a coma. */
  | 'TOTAL';

/** What an elder needs. `elderId` fills location, care level, dementia and subsidy eligibility from the elder's record; explicit fields override the record. Without `elderId`, `location` is required. */
export type CareNeedInput = {
  /** Residential only: the bed that must be free. Default: DEMENTIA when dementia care is needed, NURSING for SEVERE or TOTAL care levels, else SELF_CARE. */
  bedCategory?: BedCategory | null | undefined;
  /** Care level the provider must accept; defaults to the elder's assessed level. */
  careLevel?: CareLevel | null | undefined;
  /** The elder the care is for (a guardian's own elder, or one in an officer's scope). */
  elderId?: string | number | null | undefined;
  /** Where the care is needed; defaults to the elder's home. */
  location?: GeoPointInput | null | undefined;
  /** Search radius in km: default 10, at most 100 (larger values are cut to 100). */
  maxDistanceKm?: number | null | undefined;
  /** Minimum current star grade, 0 to 5. */
  minStars?: number | null | undefined;
  /** What the family can pay a month after subsidy, in fen. */
  monthlyBudgetFen?: number | null | undefined;
  /** Dementia care (失智照护) needed; defaults to the elder's diagnosis. */
  needsDementiaCare?: boolean | null | undefined;
  /** Only providers whose region code starts with this prefix. */
  regionCode?: string | null | undefined;
  /** Services the provider must all offer; their prices make the monthly estimate. */
  services?: Array<ServiceKind> | null | undefined;
  /** Residential place, day care or care at home. Default: RESIDENTIAL when a bed category is given, HOME_CARE when services are given, else RESIDENTIAL. */
  setting?: CareSetting | null | undefined;
};

/** Sets (replaces) the care plan of an elder with a provider: the provider's staff, for an elder it serves. */
export type CarePlanInput = {
  /** The elder. */
  elderId: string | number;
  /** Goals of care (at most 20, each at most 500 characters). */
  goals: Array<string>;
  /** The provider the caller works for. */
  providerId: string | number;
  /** Tasks, in order (at most 50). */
  tasks: Array<CarePlanTaskInput>;
};

/** One task of a care plan. */
export type CarePlanTaskInput = {
  /** How to do it (at most 2000 characters). */
  instructions?: string | null | undefined;
  /** A required task cannot be left open at check-out. */
  required: boolean;
  /** On which visits it is due. */
  schedule: TaskSchedule;
  /** The service it belongs to (for SERVICE schedules, the visits' service). */
  service: ServiceKind;
  /** What to do (1 to 200 characters). */
  title: string;
  /** For WEEKDAYS: ISO weekdays 1 (Monday) … 7 (Sunday); required then, not allowed otherwise. */
  weekdays?: Array<number> | null | undefined;
};

/** Residential (institution), day care, or care at home. */
export type CareSetting =
  /** Day care in the community (day-care centres, rural happiness homes). */
  | 'DAY_CARE'
  /** Visits at the elder's home by a home-care agency or a provider offering home services. */
  | 'HOME_CARE'
  /** Living in an institution with beds (nursing homes). */
  | 'RESIDENTIAL';

/** A new role (and its binding) for an account; its sessions end and it signs in again. */
export type ChangeUserRoleInput = {
  /** Required for PROVIDER_STAFF and CAREGIVER. */
  providerId?: string | number | null | undefined;
  /** Required for CIVIL_AFFAIRS: a region-code prefix, 2 to 12 digits. */
  regionScope?: string | null | undefined;
  /** The new role. */
  role: Role;
};

/** Registers an elder. FAMILY (the caller becomes guardian) or CIVIL_AFFAIRS in scope. */
export type CreateElderInput = {
  /** Home address; shown only to guardians, the elder's providers and civil affairs in scope. */
  address: string;
  /** Birth date YYYY-MM-DD; must agree with the ID number. */
  birthDate: string;
  /** Declared by a family, verified when given by civil affairs. ADVANCED_AGE is derived from the age and ignored here. */
  categories?: Array<ElderCategory> | null | undefined;
  /** Full name as on the ID card. */
  fullName: string;
  /** Sex as on the ID card: MALE or FEMALE. */
  gender: Gender;
  /** Resident ID number (GB 11643, 18 characters). Stored encrypted, never returned. */
  idNumber: string;
  /** Where the home is. */
  location: GeoPointInput;
  /** The elder's phone; same visibility as the address. */
  phone?: string | null | undefined;
  /** County (6 digits), township (9) or village (12) code where the elder lives. */
  regionCode: string;
  /** Civil affairs, extreme-poverty elders only. */
  selfCareClass?: SelfCareClass | null | undefined;
  /** Civil affairs, extreme-poverty elders only. */
  supportForm?: SupportForm | null | undefined;
};

/** Registers a provider. CIVIL_AFFAIRS in scope, or ADMIN. */
export type CreateProviderInput = {
  /** Defaults to every level. */
  acceptsCareLevels?: Array<CareLevel> | null | undefined;
  /** Street address, 1 to 300 characters. */
  address: string;
  /** Unified social credit code (统一社会信用代码, GB 32100, 18 characters with its check character); unique. */
  creditCode?: string | null | undefined;
  /** Defaults to false. */
  dementiaCare?: boolean | null | undefined;
  /** What kind of provider; fixed once registered. */
  kind: ProviderKind;
  /** Where it is (WGS-84): latitude -90 to 90, longitude -180 to 180. */
  location: GeoPointInput;
  /** Registered name, 1 to 200 characters. */
  name: string;
  /** Who owns and runs it. */
  ownership: Ownership;
  /** Public contact phone, 5 to 20 digits and + - ( ) spaces. */
  phone?: string | null | undefined;
  /** County (6 digits), township (9) or village (12) code. */
  regionCode: string;
  /** Home-care service radius in km, 0 to 200. */
  serviceRadiusKm?: number | null | undefined;
};

/** An account created by an admin, or by an officer for a provider in scope. */
export type CreateUserInput = {
  /** Name shown to others, 1 to 100 characters. */
  displayName: string;
  /** At least 8 characters and at most 72 bytes; not a common password, not containing the phone number. */
  password: string;
  /** Mainland mobile number, 11 digits. */
  phone: string;
  /** Required for PROVIDER_STAFF and CAREGIVER. */
  providerId?: string | number | null | undefined;
  /** Required for CIVIL_AFFAIRS: a region-code prefix, 2 to 12 digits. */
  regionScope?: string | null | undefined;
  /** The account's role; PROVIDER_STAFF and CAREGIVER need providerId, CIVIL_AFFAIRS needs regionScope. */
  role: Role;
};

/** Support categories that decide eligibility for government-paid care. */
export type ElderCategory =
  /** Advanced age (高龄): 80 and over by default, configurable per region; derived from the birth date, never stored or declared. */
  | 'ADVANCED_AGE'
  /** Disabled or partly disabled (失能/半失能), declared or verified like the other categories. */
  | 'DISABLED'
  /** Empty-nest elder (空巢): children live elsewhere. */
  | 'EMPTY_NEST'
  /** Extreme-poverty elder (特困人员): no work ability, no income, no one able to support them; supported by the state. */
  | 'EXTREME_POVERTY'
  /** Left-behind elder (留守) in a village whose family works away. */
  | 'LEFT_BEHIND'
  /** Lives alone (独居). */
  | 'LIVING_ALONE'
  /** Low-income household (低收入). */
  | 'LOW_INCOME'
  /** Household on the minimum living allowance (低保). */
  | 'SUBSISTENCE_ALLOWANCE';

/** Filters of the civil-affairs elder list; all given filters must hold. */
export type ElderFilter = {
  /** Elders whose care level is one of these. */
  careLevels?: Array<CareLevel> | null | undefined;
  /** Elders holding any of these categories. */
  categories?: Array<ElderCategory> | null | undefined;
  /** Elders served by this provider. */
  providerId?: string | number | null | undefined;
  /** Region prefix (within the caller's scope). */
  regionCode?: string | null | undefined;
  /** Count only verified categories (default true). */
  verifiedOnly?: boolean | null | undefined;
};

/** What a line of a family statement is. */
export type ElderStatementLineKind =
  /** Bed fee (床位费) for the days of a stay at the published monthly price. */
  | 'BED_FEE'
  /** A payment recorded by the provider (a refund is a negative payment). */
  | 'PAYMENT'
  /** The co-payment (自付) of a completed home-care visit. */
  | 'VISIT_COPAY';

/** What the emergency help call (助急) is about. */
export type EmergencyKind =
  /** Trouble breathing. */
  | 'BREATHING'
  /** Chest pain. */
  | 'CHEST_PAIN'
  /** The elder fell. */
  | 'FALL'
  /** Fire, gas or another danger at home. */
  | 'FIRE'
  /** Sudden illness. */
  | 'ILLNESS'
  /** The elder is lost. */
  | 'LOST'
  /** Anything else. */
  | 'OTHER';

/** Where an emergency stands. */
export type EmergencyStatus =
  /** Someone of the serving provider is on it. */
  | 'ACKNOWLEDGED'
  /** Raised, nobody has acknowledged it yet. */
  | 'RAISED'
  /** Over, with a note of what happened. */
  | 'RESOLVED';

/** File format of an export. */
export type ExportFormat =
  /** UTF-8 CSV with a byte-order mark, CRLF lines (Chinese headers). */
  | 'CSV'
  /** Excel workbook (Chinese headers). */
  | 'XLSX';

/** How much of a meal was eaten, in order from none to all. */
export type FoodIntake =
  /** All of it. */
  | 'ALL'
  /** About half. */
  | 'HALF'
  /** Most of it. */
  | 'MOST'
  /** Nothing. */
  | 'NONE'
  /** A little (under half). */
  | 'SOME';

/** Sex as on the resident ID card (GB 11643: the 17th digit is odd for men, even for women). */
export type Gender =
  /** Female (女). */
  | 'FEMALE'
  /** Male (男). */
  | 'MALE';

/** A point on the earth (WGS-84 degrees). */
export type GeoPointInput = {
  /** Latitude, -90 to 90. */
  latitude: number;
  /** Longitude, -180 to 180. */
  longitude: number;
};

/** One recurring visit of a home bed's weekly care plan. */
export type HomeBedPlanItemInput = {
  /** Length of each visit in minutes. */
  durationMinutes: number;
  /** The service, as the provider offers it. */
  service: ServiceKind;
  /** Local start time (China time), HH:MM. */
  time: string;
  /** ISO weekday: 1 Monday ... 7 Sunday. */
  weekday: number;
};

/** Whether a home bed (家庭养老床位) is still served by its provider. */
export type HomeBedStatus =
  /** Registered and served: its plan books visits ahead of time. */
  | 'ACTIVE'
  /** Ended by the provider; final. Its visits not yet started were cancelled. */
  | 'ENDED';

/** Filters of homeCareOrders; all given filters must hold, inside what the caller may see. */
export type HomeCareOrderFilter = {
  /** Visits assigned to this caregiver. */
  caregiverId?: string | number | null | undefined;
  /** Visits to this elder. */
  elderId?: string | number | null | undefined;
  /** Only visits whose check-in or check-out was beyond the geofence. */
  flagged?: boolean | null | undefined;
  /** Visits ending after this time. */
  from?: string | null | undefined;
  /** Visits generated by this home bed. */
  homeBedId?: string | number | null | undefined;
  /** Visits by this provider. */
  providerId?: string | number | null | undefined;
  /** Any of these statuses. */
  status?: Array<HomeCareOrderStatus> | null | undefined;
  /** Visits starting before this time. */
  to?: string | null | undefined;
};

/** Lifecycle of a home-care visit: REQUESTED -> ASSIGNED -> IN_PROGRESS -> COMPLETED, or CANCELLED, or NO_SHOW. */
export type HomeCareOrderStatus =
  /** A caregiver is assigned and holds the time; may be rescheduled or cancelled. */
  | 'ASSIGNED'
  /** Cancelled before it started; late cancellations are noted. Final. */
  | 'CANCELLED'
  /** The caregiver checked out: the visit was delivered; the family may review it once. Final. */
  | 'COMPLETED'
  /** The caregiver checked in at the home. */
  | 'IN_PROGRESS'
  /** Recorded by staff as not having happened. Final. */
  | 'NO_SHOW'
  /** Booked; waiting for a caregiver to be assigned. Holds its time slot. */
  | 'REQUESTED';

/** Home-care numbers for a region prefix; omitted fields keep their current value there. */
export type HomeCareRulesInput = {
  /** Free cancellation until this many minutes before the start, 0 to 10080. */
  cancellationNoticeMinutes?: number | null | undefined;
  /** Check-in closes this many minutes after the start, 0 to 720. */
  checkInClosesMinutesAfter?: number | null | undefined;
  /** Check-in opens this many minutes before the start, 0 to 720. */
  checkInOpensMinutesBefore?: number | null | undefined;
  /** Hours of caregivers without their own (China time). */
  defaultWorkingHours?: Array<WorkingPeriodInput> | null | undefined;
  /** Check-ins farther than this from the home are flagged, 10 to 100000 m. */
  geofenceMeters?: number | null | undefined;
  /** Weeks of home-bed visits booked ahead, 1 to 12. */
  homeBedHorizonWeeks?: number | null | undefined;
  /** Longest availableVisitSlots window in days, 1 to 62. */
  maxSlotWindowDays?: number | null | undefined;
  /** Longest visit without a standard duration, 5 to 1440 minutes. */
  maxVisitMinutes?: number | null | undefined;
  /** Least minutes between booking and the start, 0 to 10080. */
  minBookingLeadMinutes?: number | null | undefined;
  /** Shortest visit without a standard duration, 5 to 1440 minutes. */
  minVisitMinutes?: number | null | undefined;
  /** Minutes after the start before a no-show may be recorded, 0 to 720. */
  noShowGraceMinutes?: number | null | undefined;
  /** Offered start times are multiples of this many minutes, 5 to 240. */
  slotStepMinutes?: number | null | undefined;
  /** Minutes a caregiver needs between two visits, 0 to 240. */
  travelBufferMinutes?: number | null | undefined;
};

/** What a spreadsheet lists. */
export type ImportFileKind =
  /** Elders (老年人), keyed by resident ID number. */
  | 'ELDERS'
  /** Facilities and agencies (机构), keyed by unified social credit code. */
  | 'PROVIDERS';

/** Where an import job is. */
export type ImportJobStatus =
  /** Every row was read; see the counts and the rejected rows. */
  | 'DONE'
  /** The file could not be imported at all (row limit, header, unreadable file); see failure. */
  | 'FAILED'
  /** Accepted, waiting for the job before it. */
  | 'QUEUED'
  /** Rows are being read and written. */
  | 'RUNNING';

/** Filters of incidents; all given filters hold, inside what the caller may see. */
export type IncidentFilter = {
  /** Of this elder. */
  elderId?: string | number | null | undefined;
  /** Of this provider. */
  providerId?: string | number | null | undefined;
  /** In regions starting with this code. */
  regionCode?: string | null | undefined;
  /** Only serious (true) or only not serious (false). */
  serious?: boolean | null | undefined;
  /** Any of these statuses. */
  status?: Array<IncidentStatus> | null | undefined;
};

/** Reports an incident: staff or caregivers of a provider serving the elder, or a guardian. */
export type IncidentInput = {
  /** What was done about it (at most 4000 characters). */
  actionsTaken?: string | null | undefined;
  /** What happened (1 to 4000 characters). */
  description: string;
  /** The elder it happened to. */
  elderId: string | number;
  /** Kind. */
  kind: IncidentKind;
  /** When it happened; not in the future. */
  occurredAt: string;
  /** Where (1 to 200 characters). */
  place: string;
  /** A guardian's report: the provider concerned (one serving the elder). Staff and caregivers report for their own provider. */
  providerId?: string | number | null | undefined;
  /** Severity. */
  severity: Severity;
};

/** What kind of incident (安全事件). */
export type IncidentKind =
  /** Choking (噎食). */
  | 'CHOKING'
  /** A complaint about care. */
  | 'COMPLAINT'
  /** A fall (跌倒). */
  | 'FALL'
  /** An injury other than a fall. */
  | 'INJURY'
  /** A wrong drug, dose or time. */
  | 'MEDICATION_ERROR'
  /** Anything else. */
  | 'OTHER'
  /** Suspected abuse or neglect; always serious. */
  | 'SUSPECTED_ABUSE'
  /** The elder went missing or wandered off (走失); always serious. */
  | 'WANDERING';

/** The incident lifecycle. */
export type IncidentStatus =
  /** Closed with an outcome. */
  | 'CLOSED'
  /** Reported, not yet reviewed. */
  | 'REPORTED'
  /** The provider (or an officer) is reviewing it. */
  | 'UNDER_REVIEW';

/** Put an elder on a provider's waitlist (轮候) for a bed category when no bed is free. */
export type JoinBedWaitlistInput = {
  /** The bed category waited for. */
  category: BedCategory;
  /** The elder; the caller must be a guardian or an officer in scope. */
  elderId: string | number;
  /** The provider. */
  providerId: string | number;
};

/** The outward channels for one kind. */
export type KindChannelsInput = {
  /** Channels besides the inbox; empty for inbox only. */
  channels: Array<NotificationChannel>;
  /** The kind. */
  kind: NotificationKind;
};

/** What a match score weighs: distance, current star grade, free capacity, price after subsidy against the budget, family reviews, and continuity (the provider already cares for the elder). */
export type MatchFactor =
  /** Free beds of the needed category (saturating at a configurable count); the same value for every provider outside residential care. */
  | 'CAPACITY'
  /** 100 when the provider already cares for the elder, else 0. */
  | 'CONTINUITY'
  /** How near the provider is to the need's location, within the distance limit (100 at the door, 0 at the limit). */
  | 'DISTANCE'
  /** Estimated monthly out-of-pocket cost against the budget: 100 - 50 × cost / budget, clamped to 0..100. */
  | 'PRICE'
  /** Families' reviews of completed visits (1-5 stars mapped to 0-100), shrunk towards a prior while there are few. */
  | 'REVIEWS'
  /** The official star grade in force (GB/T 37276), 20 points a star; ungraded providers get a fixed configurable value. */
  | 'STARS';

/** What happened to one scheduled dose: the provider's staff or caregivers serving the elder. */
export type MedicationAdministrationInput = {
  /** When; default now; not in the future. */
  at?: string | null | undefined;
  /** The medication order. */
  medicationOrderId: string | number;
  /** Why: required unless GIVEN (at most 500 characters). */
  reason?: string | null | undefined;
  /** The dose's scheduled time: one of the order's times of day, on a day it runs. */
  scheduledAt: string;
  /** Given, refused, missed or held. */
  status: AdministrationStatus;
};

/** Creates a medication order, or replaces one (id given): the provider's staff, for an elder it serves. */
export type MedicationOrderInput = {
  /** Dose (1 to 100 characters), e.g. "5 mg". */
  dose: string;
  /** Drug name (1 to 200 characters). */
  drugName: string;
  /** The elder. */
  elderId: string | number;
  /** Last day, YYYY-MM-DD; leave out while open-ended. */
  endsOn?: string | null | undefined;
  /** The order to change; leave out to create one. */
  id?: string | number | null | undefined;
  /** The prescriber's note (at most 1000 characters). */
  prescriberNote?: string | null | undefined;
  /** Route. */
  route: MedicationRoute;
  /** First day, YYYY-MM-DD (China time). */
  startsOn: string;
  /** Times of day in China time, HH:MM (1 to 12). */
  timesOfDay: Array<string>;
};

/** How a drug is given. */
export type MedicationRoute =
  /** Ear drops. */
  | 'EAR'
  /** Eye drops. */
  | 'EYE'
  /** Inhaled. */
  | 'INHALED'
  /** By injection. */
  | 'INJECTION'
  /** In the nose. */
  | 'NASAL'
  /** By mouth. */
  | 'ORAL'
  /** Another route (say which in the prescriber note). */
  | 'OTHER'
  /** Rectal. */
  | 'RECTAL'
  /** On the skin. */
  | 'TOPICAL';

/** The elder's mood as observed. */
export type Mood =
  /** Agitated or aggressive. */
  | 'AGITATED'
  /** Anxious, worried. */
  | 'ANXIOUS'
  /** Calm. */
  | 'CALM'
  /** Confused, disoriented. */
  | 'CONFUSED'
  /** Cheerful. */
  | 'HAPPY'
  /** Low, withdrawn. */
  | 'LOW';

/** An outward channel a notification may also go out on (the in-app inbox always receives it). */
export type NotificationChannel =
  /** A text message through the configured SMS provider (Alibaba Cloud SendSms). */
  | 'SMS'
  /** A signed HTTP POST to the region's own gateway (e.g. WeChat-style template messages). */
  | 'WEBHOOK';

/** What a notification is about; each kind has a Chinese template and a default urgency. */
export type NotificationKind =
  /** An elder was admitted to a facility (to guardians). */
  | 'ADMITTED'
  /** An elder's monthly subsidy allowance is 80% spent (to guardians). */
  | 'ALLOWANCE_MOSTLY_SPENT'
  /** An elder's capability assessment is due within 30 days (to guardians and officers in scope). */
  | 'ASSESSMENT_DUE'
  /** A bed hold expired (to guardians and the officer who made it). */
  | 'BED_HOLD_EXPIRED'
  /** A bed hold expires within 6 hours (to guardians and the officer who made it). Urgent. */
  | 'BED_HOLD_EXPIRING'
  /** A bed hold was made (to guardians and the officer who made it). */
  | 'BED_HOLD_MADE'
  /** A caregiver was assigned to a visit (to guardians and the caregiver). */
  | 'CAREGIVER_ASSIGNED'
  /** The caregiver checked in at the visit (to guardians). */
  | 'CAREGIVER_CHECKED_IN'
  /** The caregiver checked out, with the visit's actual duration (to guardians). */
  | 'CAREGIVER_CHECKED_OUT'
  /** An elder was discharged (to guardians). */
  | 'DISCHARGED'
  /** A provider's star grade expires within 90 days (to its staff and officers in scope). */
  | 'GRADE_EXPIRING'
  /** A home-care visit was booked (to guardians and the provider's staff). */
  | 'VISIT_BOOKED'
  /** A visit was cancelled, saying by whom (to guardians, the assigned caregiver and the provider's staff). Urgent. */
  | 'VISIT_CANCELLED'
  /** A check-in or check-out was flagged outside the geofence (to the provider's staff). Urgent. */
  | 'VISIT_FLAGGED'
  /** A visit had not started 15 minutes after its start (to the provider's staff). Urgent. */
  | 'VISIT_NOT_STARTED'
  /** A visit is coming: the evening before and 1 hour before (to guardians and the caregiver). */
  | 'VISIT_REMINDER'
  /** A visit was moved to another time (to guardians and the assigned caregiver). */
  | 'VISIT_RESCHEDULED'
  /** A waitlist offer expires within 6 hours (to guardians). Urgent. */
  | 'WAITLIST_OFFER_EXPIRING'
  /** A waitlist offer lapsed unanswered (to guardians). */
  | 'WAITLIST_OFFER_LAPSED'
  /** A waitlist offer was made (to guardians). Urgent. */
  | 'WAITLIST_OFFER_MADE';

/** Changes to one's notification preferences; what is not given stays as it was. */
export type NotificationPreferencesInput = {
  /** Channels for these kinds (others unchanged). */
  channels?: Array<KindChannelsInput> | null | undefined;
  /** End of quiet hours, HH:MM China time (equal to the start: no quiet hours). */
  quietHoursEnd?: string | null | undefined;
  /** Start of quiet hours, HH:MM China time. */
  quietHoursStart?: string | null | undefined;
};

/** An observation at a visit or a shift: the elder's provider staff, or a caregiver assigned to the elder's visits. Every field but elderId is optional. */
export type ObservationInput = {
  /** Blood glucose, mmol/L (0 to 50, one decimal kept). */
  bloodGlucose?: number | null | undefined;
  /** Blood pressure. */
  bloodPressure?: BloodPressureInput | null | undefined;
  /** The elder observed. */
  elderId: string | number;
  /** Fluid taken, ml (0 to 10000). */
  fluidMl?: number | null | undefined;
  /** How much of the meal was eaten. */
  foodIntake?: FoodIntake | null | undefined;
  /** Mood. */
  mood?: Mood | null | undefined;
  /** Times up to the toilet in the night (0 to 30). */
  nightToileting?: number | null | undefined;
  /** Free note (at most 2000 characters). */
  note?: string | null | undefined;
  /** When it was observed; default now; not in the future. */
  observedAt?: string | null | undefined;
  /** The visit it was made at (the caller's provider's visit to this elder); leave out for a shift. */
  orderId?: string | number | null | undefined;
  /** Pain 0 to 10. */
  pain?: number | null | undefined;
  /** Pulse, 20 to 250 a minute. */
  pulse?: number | null | undefined;
  /** Skin problems seen (at most 500 characters). */
  skinProblems?: string | null | undefined;
  /** Weight, kg (10 to 300, one decimal kept). */
  weightKg?: number | null | undefined;
};

/** Public (公办), private (民办), public-built private-run (公建民营). */
export type Ownership =
  /** Privately run (民办). */
  | 'PRIVATE'
  /** Publicly run (公办). */
  | 'PUBLIC'
  /** Public-built, private-run (公建民营): keeps a configurable share of beds (default 20%) for government-supported elders. */
  | 'PUBLIC_BUILT_PRIVATE_RUN';

/** Filters of the public provider finder; all given filters must hold. */
export type ProviderFilter = {
  /** Only providers with a free bed of this category. */
  hasFreeBed?: BedCategory | null | undefined;
  /** Only providers of these kinds. */
  kinds?: Array<ProviderKind> | null | undefined;
  /** Only providers whose current grade has at least this many stars. */
  minStars?: number | null | undefined;
  /** Only providers within radiusKm of this point, nearest first. */
  near?: GeoPointInput | null | undefined;
  /** Only providers with this ownership. */
  ownership?: Ownership | null | undefined;
  /** With `near`: radius in km, more than 0 and at most 500 (default 10). */
  radiusKm?: number | null | undefined;
  /** A region-code prefix: "3708" covers every code starting with it. */
  regionCode?: string | null | undefined;
};

/** Nursing home (养老院/敬老院), day-care centre (日间照料中心), rural happiness home (农村幸福院), home-care agency (居家养老服务机构). */
export type ProviderKind =
  /** Community day care (日间照料中心/社区养老服务站): meals, rest, activities; no long-term beds. */
  | 'DAY_CARE_CENTRE'
  /** Agency whose caregivers visit elders at home (居家养老服务机构). */
  | 'HOME_CARE_AGENCY'
  /** Residential institution with beds (养老院/养老机构), including township homes (敬老院). */
  | 'NURSING_HOME'
  /** Village mutual-aid home (农村幸福院): day care and meals for rural elders, few or no beds. */
  | 'RURAL_HAPPINESS_HOME';

/** A new rubric version for a provider kind (ADMIN). Assessments in progress keep their version. */
export type PublishRatingRubricInput = {
  /** The version the admin edited from (0 when the kind has none); a newer one published meanwhile is refused with STALE_VERSION. */
  expectedCurrentVersion?: number | null | undefined;
  /** The provider kind the rubric grades. */
  kind: ProviderKind;
  /** Per-star prerequisites; none when omitted. */
  prerequisites?: Array<RatingPrerequisiteInput> | null | undefined;
  /** The rubric's sections, 1 to 20, in display order. */
  sections: Array<RatingRubricSectionInput>;
  /** Points for 1★..5★; defaults to 600/700/800/880/940 per 1,000 rescaled to the rubric total. */
  starThresholds?: Array<number> | null | undefined;
};

/** Which rating assessments to list. */
export type RatingAssessmentFilter = {
  /** Only this provider's assessments. */
  providerId?: string | number | null | undefined;
  /** Only providers whose region code starts with this prefix (inside the caller's scope). */
  regionCode?: string | null | undefined;
  /** Only these statuses. */
  status?: Array<RatingStatus> | null | undefined;
};

/** Facts entered by the assessor for the prerequisites (occupancy comes from live capacity). Omitted fields stay as they are. */
export type RatingFactsInput = {
  /** Caregivers serving fully dependent residents. */
  caregiverCount?: number | null | undefined;
  /** Fully dependent (完全失能) residents. */
  fullyDependentResidentCount?: number | null | undefined;
  /** Resident rooms. */
  roomCount?: number | null | undefined;
  /** Resident rooms with their own bathroom (at most roomCount). */
  roomsWithOwnBathroomCount?: number | null | undefined;
};

/** Points for one rubric item. Scoring an item again replaces its points. */
export type RatingItemScoreInput = {
  /** The item code from the assessment's rubric, e.g. S01. */
  itemCode: string;
  /** Evidence or shortcomings found, up to 2,000 characters. */
  note?: string | null | undefined;
  /** Points, 0 to the item maximum, at most one decimal. */
  points: number;
};

/** A per-star prerequisite: CAREGIVER_RATIO (caregivers to fully dependent residents), OCCUPANCY (share of beds occupied), OWN_BATHROOM_SHARE (share of rooms with their own bathroom). */
export type RatingPrerequisiteCode =
  /** Caregivers to fully dependent residents, at least 1:8 for 1★ up to 1:4 for 5★ by default. */
  | 'CAREGIVER_RATIO'
  /** Share of beds occupied, at least 30% for 1★ up to 50% for 5★ by default. */
  | 'OCCUPANCY'
  /** Share of rooms with their own bathroom: 50% for 3★, 60% for 4★, 90% for 5★ by default. */
  | 'OWN_BATHROOM_SHARE';

/** A per-star prerequisite of a new rubric version. */
export type RatingPrerequisiteInput = {
  /** Which prerequisite. */
  code: RatingPrerequisiteCode;
  /** The star (1 to 5) that requires it. */
  star: number;
  /** CAREGIVER_RATIO: most residents per caregiver; otherwise the least percent. */
  value: number;
};

/** One item of a new rubric version. */
export type RatingRubricItemInput = {
  /** Unique within the rubric: A-Z, 0-9, _ (e.g. S01). */
  code: string;
  /** Most points the item can earn. */
  maxPoints: number;
  /** Title in Chinese. */
  title: string;
  /** Title in English. */
  titleEn: string;
};

/** One section of a new rubric version; its points are the sum of its items. */
export type RatingRubricSectionInput = {
  /** Unique within the rubric: A-Z, 0-9, _ (e.g. SAFETY). */
  code: string;
  /** The section's items, 1 to 50; codes unique within the rubric. */
  items: Array<RatingRubricItemInput>;
  /** Title in Chinese. */
  title: string;
  /** Title in English. */
  titleEn: string;
};

/** Lifecycle of a star-rating assessment: DRAFT while scored, PUBLISHED when it is the grade, SUPERSEDED by a later grade. */
export type RatingStatus =
  /** Being scored by civil affairs; not visible as a grade. */
  | 'DRAFT'
  /** Finalized: the provider's grade in force until validUntil (3 years) or a later grade. */
  | 'PUBLISHED'
  /** Replaced by a later published grade of the same provider. */
  | 'SUPERSEDED';

/** Subsidy amounts for one grade. */
export type RatingSubsidyTierInput = {
  /** Flat per month, fen. */
  flatMonthlyFen: number;
  /** Funding source (资金来源) that pays this tier; default CITY. */
  fundingSource?: string | null | undefined;
  /** Per occupied bed per month, fen. */
  perOccupiedBedMonthlyFen: number;
  /** The grade, 1 to 5 stars. */
  stars: number;
};

/** Registers an elder's bed at home (家庭养老床位) with a nursing home or home-care agency, with its weekly plan. */
export type RegisterHomeBedInput = {
  /** The elder. */
  elderId: string | number;
  /** The weekly care plan; its visits are booked ahead through the ordinary booking rules. */
  plan: Array<HomeBedPlanItemInput>;
  /** The nursing home or home-care agency that serves the bed. */
  providerId: string | number;
};

/** Self-registration of a family account (家属/监护人). */
export type RegisterInput = {
  /** Name shown to others, 1 to 100 characters. */
  displayName: string;
  /** At least 8 characters and at most 72 bytes; not a common password, not containing the phone number. */
  password: string;
  /** Mainland mobile number, 11 digits. */
  phone: string;
};

/** What an export lists. */
export type ReportKind =
  /** Changes of bed counts of the region's providers in the period (床位变动记录). */
  | 'CAPACITY_HISTORY'
  /** The elders registered in the region, ID numbers masked (老年人名册). */
  | 'ELDERS'
  /** Home-care visits of the region's elders in the period (居家上门服务记录). */
  | 'HOME_CARE_ORDERS'
  /** The providers registered in the region, with beds and grade (机构名录). */
  | 'PROVIDERS'
  /** The region's figures and one line per child region (统计报表). */
  | 'STATISTICS';

/** Hold one bed of a category at a provider for an elder (床位预订). */
export type ReserveBedInput = {
  /** The bed category. */
  category: BedCategory;
  /** The elder the bed is for; the caller must be a guardian or an officer in scope. */
  elderId: string | number;
  /** Chosen by the client, 1 to 100 characters. Repeating the same key with the same input returns the first reservation; the same key with a different input is refused with IDEMPOTENCY_KEY_REUSED. */
  idempotencyKey: string;
  /** The provider (an institution with beds). */
  providerId: string | number;
};

/** The risk radar's rules; their thresholds are settings (care.riskThresholds). */
export type RiskRule =
  /** Food intake fell at each of the last observations (default 3). */
  | 'FOOD_INTAKE_FALLING'
  /** Incidents (default 2 or more) in the window (default 30 days). */
  | 'INCIDENTS'
  /** Missed doses (default 2 or more) in the window (default 7 days). */
  | 'MISSED_DOSES'
  /** Night toileting rose: the mean of the later half of the window (default 14 days) exceeds the earlier half's by the threshold (default 1 a night). */
  | 'NIGHT_TOILETING_RISING'
  /** Pain at or above the level (default 7) recorded the threshold number of times (default 2) in the window (default 7 days). */
  | 'PAIN_HIGH'
  /** Weight down by the threshold (default 5%) from the highest in the window (default 30 days). */
  | 'WEIGHT_LOSS';

/** What an account may do: family, caregiver, provider staff, civil-affairs officer (民政), admin, or an elder's device. */
export type Role =
  /** A platform operator: accounts, rubrics, prices and regional rules; no elder personal data in lists. */
  | 'ADMIN'
  /** A home-care worker (护理员) of one provider: sees own visits, checks in and out at the home. */
  | 'CAREGIVER'
  /** An officer of a civil-affairs bureau (民政局) scoped to a region prefix: registers providers, assesses elders, grades facilities, reads statistics. */
  | 'CIVIL_AFFAIRS'
  /** A device at an elder's home (an emergency button or watch), bound to that one elder: raises emergencies for it and reads their status, nothing else. Created by the elder's guardian or the serving provider's staff (createDeviceAccount). */
  | 'DEVICE'
  /** A relative or guardian (家属/监护人), possibly the elder: registers elders, books visits, reserves beds, reviews visits. The only role `register` creates. */
  | 'FAMILY'
  /** Staff of one provider (机构工作人员): keeps services and bed capacity, assigns caregivers, admits and discharges. */
  | 'PROVIDER_STAFF';

/** Self-care class of an extreme-poverty elder: able to care for oneself, partly dependent, fully dependent. */
export type SelfCareClass =
  /** Fully unable to care for oneself (完全丧失生活自理能力); the highest support rate. */
  | 'FULLY_DEPENDENT'
  /** Partly unable to care for oneself (部分丧失生活自理能力). */
  | 'PARTLY_DEPENDENT'
  /** Able to care for oneself (具备生活自理能力). */
  | 'SELF_CARE';

/** Home-care service catalogue after GB/T 43153-2023. */
export type ServiceKind =
  /** Bathing help (助浴). */
  | 'BATHING'
  /** Cleaning help (助洁). */
  | 'CLEANING'
  /** Companionship and emotional support (精神慰藉), usually priced per hour. */
  | 'COMPANIONSHIP'
  /** Emergency help (助急). */
  | 'EMERGENCY_HELP'
  /** Errands, paperwork and paying bills (委托代办, 代缴). */
  | 'ERRANDS_AND_BILLS'
  /** Health monitoring and consultation (健康管理). */
  | 'HEALTH_MONITORING'
  /** Home adaptation for old age (适老化改造): assessment and works. */
  | 'HOME_ADAPTATION'
  /** Meal help (助餐): delivered or served meals. */
  | 'MEAL'
  /** Escort to the doctor (助医). */
  | 'MEDICAL_ESCORT'
  /** Help with medication (用药协助). */
  | 'MEDICATION_HELP'
  /** Personal care (生活护理), part of basic care (基础照护). */
  | 'PERSONAL_CARE'
  /** Rehabilitation nursing (康复护理). */
  | 'REHABILITATION'
  /** Walking and outings (助行). */
  | 'WALKING_OUTING'
  /** Welfare visit (探访关爱), e.g. to an elder living alone. */
  | 'WELFARE_VISIT';

/** One service and its price. */
export type ServiceOfferingInput = {
  /** Usual duration of a visit in minutes, 1 to 1440. */
  durationMinutes?: number | null | undefined;
  /** The service offered; each kind at most once in the list. */
  kind: ServiceKind;
  /** Price in fen per unit, 0 to 10,000,000. */
  priceFen: number;
  /** Unit of the price, e.g. 次 or 小时. */
  unit: string;
};

/** A caregiver's qualifications and hours. An omitted field stays as it is; null restores the default. */
export type SetCaregiverProfileInput = {
  /** Services the caregiver may deliver; null: every service the provider offers. */
  qualifiedServices?: Array<ServiceKind> | null | undefined;
  /** Weekly working hours; null: the configured default (08:00-20:00 every day). */
  workingHours?: Array<WorkingPeriodInput> | null | undefined;
};

/** A new subsidy rule set for a region prefix. CIVIL_AFFAIRS inside its scope, or ADMIN. */
export type SetSubsidyRulesInput = {
  /** In force from (default now); never in the past, so past figures are not rewritten. */
  effectiveFrom?: string | null | undefined;
  /** Region prefix ("" only for ADMIN: the national default). */
  regionPrefix: string;
  /** The rules in order; the first match wins. Empty: no subsidy in the region. */
  rules: Array<SubsidyRuleInput>;
};

/** A correction of a line of an approved statement, booked into a later month's statement of the same funding source. */
export type SettlementAdjustmentInput = {
  /** The correction in fen: positive pays more, negative claws back; never 0. */
  amountFen: number;
  /** The line of an approved (or paid) statement being corrected. */
  lineId: string | number;
  /** The month it is booked into, "YYYY-MM" (default: the current China month); after the original's month. */
  month?: string | null | undefined;
  /** Why (kept with the line and shown on the statement). */
  reason: string;
};

/** Which settlement statements to list; all given filters must hold, inside what the caller may see. */
export type SettlementFilter = {
  /** Only this funding source (资金来源). */
  fundingSource?: string | null | undefined;
  /** Only this month, "YYYY-MM" (China time). */
  month?: string | null | undefined;
  /** Only this provider's statements. */
  providerId?: string | number | null | undefined;
  /** Only providers whose region code starts with this prefix. */
  regionCode?: string | null | undefined;
  /** Only these statuses. */
  status?: Array<SettlementStatus> | null | undefined;
};

/** Why an integrity check held a visit line. */
export type SettlementHoldReason =
  /** Checked out before the booked start (or before the check-in). */
  | 'CHECKED_OUT_BEFORE_START'
  /** The check-in was beyond the geofence around the home. */
  | 'CHECK_IN_FLAGGED'
  /** The check-in or the check-out is missing. */
  | 'CHECK_MISSING'
  /** The check-out was beyond the geofence around the home. */
  | 'CHECK_OUT_FLAGGED'
  /** The caregiver could not have got here from the previous visit in time (straight line over the regional speed, default 60 km/h). */
  | 'IMPOSSIBLE_TRAVEL'
  /** Two of the caregiver's visits overlap in actual time (both are held). */
  | 'OVERLAPPING_VISITS'
  /** The actual length is under the regional share (default 50%) of the booked length. */
  | 'SHORT_VISIT';

/** What a settlement line pays for (the same value as the line's `kind` text). */
export type SettlementLineKind =
  /** A correction of a line of an earlier, approved statement. */
  | 'ADJUSTMENT'
  /** Home-bed subsidy (家庭养老床位) prorated by days. */
  | 'HOME_BED'
  /** The subsidy share of a completed government-purchased home-care visit (政府购买服务). */
  | 'HOME_CARE_VISIT'
  /** Institutional care of a government-supported resident (特困集中供养): bed-days × monthly rate of the care level. */
  | 'INSTITUTIONAL_SUPPORT'
  /** Star-tier operating subsidy (运营补贴) for the days a grade was in force, by occupied bed-days. */
  | 'STAR_SUBSIDY';

/** Whether a line counts in the statement's total. */
export type SettlementLineStatus =
  /** Held by an integrity check: counts in no total until an officer accepts or rejects it. */
  | 'HELD'
  /** Counts in the total (no hold, or a hold accepted by an officer). */
  | 'INCLUDED'
  /** Rejected by an officer: not paid. */
  | 'REJECTED';

/** Overrides of the settlement numbers for a region prefix; fields not given keep their value there. */
export type SettlementRulesInput = {
  /** Funding source of the home-bed subsidy. */
  homeBedFundingSource?: string | null | undefined;
  /** Monthly subsidy per active home bed, fen. */
  homeBedMonthlySubsidyFen?: number | null | undefined;
  /** Funding source of institutional support. */
  institutionalSupportFundingSource?: string | null | undefined;
  /** Travel faster than this (km/h, straight line) between a caregiver's visits is held. */
  maxTravelKmh?: number | null | undefined;
  /** A visit under this share of its booked length is held, basis points (5000 = 50%). */
  shortVisitShareBp?: number | null | undefined;
  /** Monthly support by care level (特困集中供养). */
  supportRates?: Array<SupportRateInput> | null | undefined;
};

/** Lifecycle of a settlement statement (结算单): DRAFT -> SUBMITTED -> APPROVED -> PAID; a rejection returns it to DRAFT. */
export type SettlementStatus =
  /** Approved by an officer in scope; immutable, its ledger entries written. */
  | 'APPROVED'
  /** Being prepared; generating again rebuilds it. */
  | 'DRAFT'
  /** Payment recorded by the officer (reference and date). */
  | 'PAID'
  /** Submitted by the provider's staff for review. */
  | 'SUBMITTED';

/** How serious an incident is. */
export type Severity =
  /** Serious harm or danger; reaches the officer in scope at once. */
  | 'HIGH'
  /** No or minor harm. */
  | 'LOW'
  /** Harm needing treatment. */
  | 'MEDIUM';

/** One rule of a subsidy rule set. */
export type SubsidyRuleInput = {
  /** The elder must hold one of these verified categories. */
  anyOfCategories?: Array<ElderCategory> | null | undefined;
  /** The rule in words. */
  basis: string;
  /** Short code, unique in the set. */
  code: string;
  /** Share of each visit covered, basis points 0..10000. */
  coverageRateBp: number;
  /** Funding source (资金来源) that pays this rule's subsidy: CITY (default), DISTRICT, STREET, LTCI or a region-defined code. */
  fundingSource?: string | null | undefined;
  /** Minimum age. */
  minAge?: number | null | undefined;
  /** Minimum care level. */
  minCareLevel?: CareLevel | null | undefined;
  /** Monthly allowance in fen, 0 or more. */
  monthlyAllowanceFen: number;
};

/** How an extreme-poverty elder (特困人员) is supported: CENTRALIZED in an institution (集中供养) or DISPERSED at home (分散供养). */
export type SupportForm =
  /** Lives in an institution that supports them (集中供养). */
  | 'CENTRALIZED'
  /** Lives at home with support (分散供养). */
  | 'DISPERSED';

/** The monthly support for one care level. */
export type SupportRateInput = {
  /** The care level (GB/T 42195). */
  careLevel: CareLevel;
  /** Monthly support per government-supported resident, fen. */
  monthlyFen: number;
};

/** On which visits a care-plan task is due. */
export type TaskSchedule =
  /** On every visit. */
  | 'EVERY_VISIT'
  /** On visits of the task's service. */
  | 'SERVICE'
  /** On visits starting (China time) on the listed weekdays. */
  | 'WEEKDAYS';

/** New counts for one bed category, guarded by the version the caller last read. */
export type UpdateBedCapacityInput = {
  /** The bed category to set. */
  category: BedCategory;
  /** The version read last; a different current version is refused with STALE_VERSION. */
  expectedVersion: number;
  /** Monthly price of a bed of this category in fen, 0 or more; omit it to keep the published price, null to withdraw it. */
  monthlyPriceFen?: number | null | undefined;
  /** Beds with a resident, 0 to total. */
  occupied: number;
  /** The provider the calling staff member works for. */
  providerId: string | number;
  /** Beds of this category, 0 or more. */
  total: number;
};

/** Changes an elder's record (guardians, civil affairs in scope). Omitted fields stay as they are. */
export type UpdateElderInput = {
  /** Home address. */
  address?: string | null | undefined;
  /** The full category list. From a family: declarations (verified categories stay). From civil affairs: the verified list (others are dropped). */
  categories?: Array<ElderCategory> | null | undefined;
  /** Full name. */
  fullName?: string | null | undefined;
  /** Where the home is. */
  location?: GeoPointInput | null | undefined;
  /** The elder's phone; send an empty string to remove it. */
  phone?: string | null | undefined;
  /** Civil affairs, extreme-poverty elders only. */
  selfCareClass?: SelfCareClass | null | undefined;
  /** Civil affairs, extreme-poverty elders only. */
  supportForm?: SupportForm | null | undefined;
};

/** Changes a provider's registry entry; omitted fields stay as they are. */
export type UpdateProviderInput = {
  /** The care levels it takes, each once. */
  acceptsCareLevels?: Array<CareLevel> | null | undefined;
  /** New street address, 1 to 300 characters. */
  address?: string | null | undefined;
  /** Unified social credit code (GB 32100); unique. null removes it. */
  creditCode?: string | null | undefined;
  /** Whether it cares for elders with dementia. */
  dementiaCare?: boolean | null | undefined;
  /** New location (WGS-84). */
  location?: GeoPointInput | null | undefined;
  /** New registered name, 1 to 200 characters. */
  name?: string | null | undefined;
  /** New ownership. */
  ownership?: Ownership | null | undefined;
  /** New contact phone, 5 to 20 digits and + - ( ) spaces; null removes it. */
  phone?: string | null | undefined;
  /** New home-care service radius in km, 0 to 200; null means the provider takes no home-care visits. */
  serviceRadiusKm?: number | null | undefined;
};

/** Which accounts to list (ADMIN); all given must hold. */
export type UserFilter = {
  /** true: only disabled accounts; false: only active ones. */
  disabled?: boolean | null | undefined;
  /** Only accounts whose phone number contains these digits (1 to 11 digits). */
  phoneContains?: string | null | undefined;
  /** Only accounts with this role. */
  role?: Role | null | undefined;
};

/** What the caregiver records for a task at check-out. */
export type VisitTaskOutcome =
  /** The task was done. */
  | 'DONE'
  /** The task was not done; a reason is required. */
  | 'SKIPPED';

/** How one task of the visit went, recorded at check-out. */
export type VisitTaskResultInput = {
  /** Why it was skipped: required for SKIPPED (at most 500 characters). */
  reason?: string | null | undefined;
  /** DONE or SKIPPED. */
  status: VisitTaskOutcome;
  /** The task (HomeCareOrder.tasks.id). */
  taskId: string | number;
};

/** Where a task of a visit stands. */
export type VisitTaskStatus =
  /** Done at the visit. */
  | 'DONE'
  /** Not recorded yet (or an optional task left open at check-out). */
  | 'OPEN'
  /** Not done; the note says why. */
  | 'SKIPPED';

/** A stretch of working time on one weekday, China time (UTC+8). */
export type WorkingPeriodInput = {
  /** End, HH:MM (24:00 for midnight); after the start. */
  endTime: string;
  /** Start, HH:MM. */
  startTime: string;
  /** ISO weekday: 1 Monday ... 7 Sunday. */
  weekday: number;
};

export type RefreshAccessTokenMutationVariables = Exact<{
  refreshToken: string;
}>;


export type RefreshAccessTokenMutation = { refreshAccessToken: { accessToken: string, expiresAt: string, refreshToken: string, refreshTokenExpiresAt: string } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { createUser: { id: string, displayName: string, role: Role, providerId: string | null, regionScope: string | null } };

export type AdminUsersQueryVariables = Exact<{
  filter?: UserFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type AdminUsersQuery = { users: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, displayName: string, phone: string | null, role: Role, providerId: string | null, regionScope: string | null, disabledAt: string | null, createdAt: string }> } };

export type ChangeUserRoleMutationVariables = Exact<{
  userId: string | number;
  input: ChangeUserRoleInput;
}>;


export type ChangeUserRoleMutation = { changeUserRole: { id: string, role: Role, providerId: string | null, regionScope: string | null } };

export type DisableUserMutationVariables = Exact<{
  userId: string | number;
  reason: string;
}>;


export type DisableUserMutation = { disableUser: { id: string, disabledAt: string | null } };

export type EnableUserMutationVariables = Exact<{
  userId: string | number;
}>;


export type EnableUserMutation = { enableUser: { id: string, disabledAt: string | null } };

export type ResetPasswordMutationVariables = Exact<{
  userId: string | number;
  newPassword: string;
}>;


export type ResetPasswordMutation = { resetPassword: { id: string } };

export type FailedEventsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type FailedEventsQuery = { failedEvents: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, eventId: string, eventName: string, handler: string, attempts: number, error: string, occurredAt: string, failedAt: string, payload: string }> } };

export type RetryFailedEventMutationVariables = Exact<{
  id: string | number;
}>;


export type RetryFailedEventMutation = { retryFailedEvent: boolean };

export type AdminRatingRubricQueryVariables = Exact<{
  kind: ProviderKind;
}>;


export type AdminRatingRubricQuery = { ratingRubric: { id: string, kind: ProviderKind, version: number, publishedAt: string, maxPoints: number, starThresholds: Array<number>, sections: Array<{ code: string, title: string, titleEn: string, items: Array<{ code: string, title: string, titleEn: string, maxPoints: number }> }>, prerequisites: Array<{ star: number, code: RatingPrerequisiteCode, value: number, description: string }> } };

export type PublishRatingRubricMutationVariables = Exact<{
  input: PublishRatingRubricInput;
}>;


export type PublishRatingRubricMutation = { publishRatingRubric: { id: string, kind: ProviderKind, version: number, maxPoints: number } };

export type HomeCareRulesViewQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeCareRulesViewQuery = { homeCareRules: { regionCode: string, geofenceMeters: number, minBookingLeadMinutes: number, cancellationNoticeMinutes: number, checkInOpensMinutesBefore: number, checkInClosesMinutesAfter: number, noShowGraceMinutes: number, slotStepMinutes: number, travelBufferMinutes: number, minVisitMinutes: number, maxVisitMinutes: number, maxSlotWindowDays: number, homeBedHorizonWeeks: number } };

export type LoginMutationVariables = Exact<{
  phone: string;
  password: string;
}>;


export type LoginMutation = { login: { accessToken: string, expiresAt: string, refreshToken: string, refreshTokenExpiresAt: string, user: { id: string, role: Role, displayName: string, providerId: string | null, regionScope: string | null } } };

export type RegisterMutationVariables = Exact<{
  input: RegisterInput;
}>;


export type RegisterMutation = { register: { accessToken: string, expiresAt: string, refreshToken: string, refreshTokenExpiresAt: string, user: { id: string, role: Role, displayName: string, providerId: string | null, regionScope: string | null } } };

export type CarePlanOfQueryVariables = Exact<{
  elderId: string | number;
  providerId: string | number;
}>;


export type CarePlanOfQuery = { carePlan: { id: string | null, goals: Array<string>, updatedAt: string | null, tasks: Array<{ id: string | null, title: string, service: ServiceKind, instructions: string | null, required: boolean, schedule: TaskSchedule, weekdays: Array<number> | null }> } | null, suggestedCarePlan: { goals: Array<string>, tasks: Array<{ title: string, service: ServiceKind, instructions: string | null, required: boolean, schedule: TaskSchedule, weekdays: Array<number> | null }> } };

export type SetCarePlanMutationVariables = Exact<{
  input: CarePlanInput;
}>;


export type SetCarePlanMutation = { setCarePlan: { id: string | null, goals: Array<string>, updatedAt: string | null, tasks: Array<{ id: string | null, title: string, service: ServiceKind, instructions: string | null, required: boolean, schedule: TaskSchedule, weekdays: Array<number> | null }> } };

export type CareServedEldersQueryVariables = Exact<{
  providerId: string | number;
}>;


export type CareServedEldersQuery = { elders: { nodes: Array<{ id: string, fullName: string }> } };

export type CareElderDevicesQueryVariables = Exact<{
  elderId: string | number;
}>;


export type CareElderDevicesQuery = { elderDevices: Array<{ id: string, label: string, createdAt: string, revokedAt: string | null }> };

export type CareCreateDeviceMutationVariables = Exact<{
  elderId: string | number;
  label: string;
}>;


export type CareCreateDeviceMutation = { createDeviceAccount: { loginId: string, secret: string, device: { id: string, label: string } } };

export type CareRevokeDeviceMutationVariables = Exact<{
  id: string | number;
}>;


export type CareRevokeDeviceMutation = { revokeDeviceAccount: { id: string, revokedAt: string | null } };

export type CareEmergencyAlertsQueryVariables = Exact<{ [key: string]: never; }>;


export type CareEmergencyAlertsQuery = { careAlerts: Array<{ id: string, kind: CareAlertKind, subjectId: string, elderId: string, createdAt: string }> };

export type CareEmergencyQueryVariables = Exact<{
  id: string | number;
}>;


export type CareEmergencyQuery = { emergency: { id: string, elderId: string, kind: EmergencyKind, status: EmergencyStatus, raisedAt: string, acknowledgedAt: string | null, escalatedAt: string | null, resolvedAt: string | null, resolutionNote: string | null, location: { latitude: number, longitude: number } | null } };

export type CareAcknowledgeEmergencyMutationVariables = Exact<{
  id: string | number;
}>;


export type CareAcknowledgeEmergencyMutation = { acknowledgeEmergency: { id: string, status: EmergencyStatus, acknowledgedAt: string | null } };

export type CareResolveEmergencyMutationVariables = Exact<{
  id: string | number;
  note: string;
}>;


export type CareResolveEmergencyMutation = { resolveEmergency: { id: string, status: EmergencyStatus, resolvedAt: string | null, resolutionNote: string | null } };

export type CareIncidentsQueryVariables = Exact<{
  elderId: string | number;
}>;


export type CareIncidentsQuery = { incidents: { totalCount: number, nodes: Array<{ id: string, kind: IncidentKind, severity: Severity, serious: boolean, status: IncidentStatus, occurredAt: string, place: string, description: string, actionsTaken: string | null, outcome: string | null }> } };

export type CareReportIncidentMutationVariables = Exact<{
  input: IncidentInput;
}>;


export type CareReportIncidentMutation = { reportIncident: { id: string, status: IncidentStatus } };

export type CareStartIncidentReviewMutationVariables = Exact<{
  id: string | number;
}>;


export type CareStartIncidentReviewMutation = { startIncidentReview: { id: string, status: IncidentStatus } };

export type CareCloseIncidentMutationVariables = Exact<{
  id: string | number;
  outcome: string;
}>;


export type CareCloseIncidentMutation = { closeIncident: { id: string, status: IncidentStatus, outcome: string | null } };

export type CareMedicationQueryVariables = Exact<{
  elderId: string | number;
}>;


export type CareMedicationQuery = { medicationOrders: Array<{ id: string, drugName: string, dose: string, route: MedicationRoute, timesOfDay: Array<string>, startsOn: string, endsOn: string | null, prescriberNote: string | null }>, medicationAdministrations: Array<{ id: string, medicationOrderId: string, scheduledAt: string, status: AdministrationStatus, reason: string | null, at: string }> };

export type CareSetMedicationOrderMutationVariables = Exact<{
  input: MedicationOrderInput;
}>;


export type CareSetMedicationOrderMutation = { setMedicationOrder: { id: string } };

export type CareRecordDoseMutationVariables = Exact<{
  input: MedicationAdministrationInput;
}>;


export type CareRecordDoseMutation = { recordMedicationAdministration: { id: string, status: AdministrationStatus } };

export type CareObservationsQueryVariables = Exact<{
  elderId: string | number;
}>;


export type CareObservationsQuery = { observations: Array<{ id: string, observedAt: string, foodIntake: FoodIntake | null, fluidMl: number | null, mood: Mood | null, pain: number | null, nightToileting: number | null, pulse: number | null, weightKg: number | null, bloodGlucose: number | null, note: string | null, bloodPressure: { systolic: number, diastolic: number } | null }> };

export type CareRecordObservationMutationVariables = Exact<{
  input: ObservationInput;
}>;


export type CareRecordObservationMutation = { recordObservation: { id: string } };

export type CareRatingReadinessQueryVariables = Exact<{
  providerId: string | number;
}>;


export type CareRatingReadinessQuery = { ratingReadiness: { rubricVersion: number | null, caregiverCount: number, fullyDependentResidentCount: number, occupiedBeds: number, totalBeds: number, roomCount: number | null, roomsWithOwnBathroomCount: number | null, incidentsLast12Months: number, lastTotalPoints: number | null, scoreStars: number | null, predictedStars: number | null, failedPrerequisites: Array<RatingPrerequisiteCode>, prerequisites: Array<{ star: number, code: RatingPrerequisiteCode, met: boolean, value: number | null, required: number }> } };

export type CareEldersAtRiskQueryVariables = Exact<{
  providerId: string | number;
}>;


export type CareEldersAtRiskQuery = { eldersAtRisk: Array<{ id: string, elderId: string, rule: RiskRule, detail: string, recordIds: Array<string>, createdAt: string }> };

export type CareAcknowledgeRiskMutationVariables = Exact<{
  id: string | number;
}>;


export type CareAcknowledgeRiskMutation = { acknowledgeRiskAlert: { id: string, acknowledgedAt: string | null } };

export type CareElderNamesQueryVariables = Exact<{
  providerId: string | number;
}>;


export type CareElderNamesQuery = { elders: { nodes: Array<{ id: string, fullName: string }> } };

export type CaregiverVisitsQueryVariables = Exact<{
  filter?: HomeCareOrderFilter | null | undefined;
}>;


export type CaregiverVisitsQuery = { homeCareOrders: { nodes: Array<{ id: string, status: HomeCareOrderStatus, service: ServiceKind, startsAt: string, endsAt: string, durationMinutes: number, notes: string | null, elder: { id: string, fullName: string, address: string | null, phone: string | null } | null, checkIn: { at: string, distanceMeters: number, flagged: boolean } | null, checkOut: { at: string, distanceMeters: number, flagged: boolean } | null, tasks: Array<{ id: string, title: string, required: boolean, status: VisitTaskStatus, note: string | null }> }> } };

export type CaregiverVisitChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type CaregiverVisitChangedSubscription = { homeCareOrderChanged: { id: string, status: HomeCareOrderStatus } };

export type CheckInMutationVariables = Exact<{
  orderId: string | number;
  location: GeoPointInput;
}>;


export type CheckInMutation = { checkInVisit: { id: string, status: HomeCareOrderStatus, checkIn: { at: string, distanceMeters: number, flagged: boolean } | null } };

export type CheckOutMutationVariables = Exact<{
  orderId: string | number;
  location: GeoPointInput;
  notes?: string | null | undefined;
  tasks?: Array<VisitTaskResultInput> | VisitTaskResultInput | null | undefined;
}>;


export type CheckOutMutation = { checkOutVisit: { id: string, status: HomeCareOrderStatus, checkOut: { at: string, distanceMeters: number, flagged: boolean } | null, tasks: Array<{ id: string, status: VisitTaskStatus, note: string | null }> } };

export type RecordVisitObservationMutationVariables = Exact<{
  input: ObservationInput;
}>;


export type RecordVisitObservationMutation = { recordObservation: { id: string, observedAt: string, foodIntake: FoodIntake | null, mood: Mood | null, pain: number | null } };

export type ElderBedsQueryVariables = Exact<{
  elderId: string | number;
}>;


export type ElderBedsQuery = { bedReservations: { nodes: Array<{ id: string, status: BedReservationStatus, category: BedCategory, expiresAt: string, admittedAt: string | null, createdAt: string, provider: { id: string, name: string } }> }, elderBedWaitlist: Array<{ id: string, status: BedWaitlistEntryStatus, category: BedCategory, position: number | null, requestedAt: string, provider: { id: string, name: string }, offers: Array<{ id: string, expiresAt: string, outcome: BedOfferOutcome | null, reservationId: string }> }> };

export type ResidentialProvidersQueryVariables = Exact<{ [key: string]: never; }>;


export type ResidentialProvidersQuery = { providers: { nodes: Array<{ id: string, name: string, capacity: Array<{ category: BedCategory, available: number }> }> } };

export type ElderWaitlistChangedSubscriptionVariables = Exact<{
  elderId: string | number;
}>;


export type ElderWaitlistChangedSubscription = { bedWaitlistChanged: { id: string, status: BedWaitlistEntryStatus, position: number | null } };

export type ReserveBedMutationVariables = Exact<{
  input: ReserveBedInput;
}>;


export type ReserveBedMutation = { reserveBed: { id: string, status: BedReservationStatus, expiresAt: string } };

export type JoinWaitlistMutationVariables = Exact<{
  input: JoinBedWaitlistInput;
}>;


export type JoinWaitlistMutation = { joinBedWaitlist: { id: string, status: BedWaitlistEntryStatus, position: number | null } };

export type LeaveWaitlistMutationVariables = Exact<{
  entryId: string | number;
}>;


export type LeaveWaitlistMutation = { leaveBedWaitlist: { id: string, status: BedWaitlistEntryStatus } };

export type BookingProviderQueryVariables = Exact<{
  id: string | number;
}>;


export type BookingProviderQuery = { provider: { id: string, name: string, address: string, services: Array<{ kind: ServiceKind, priceFen: number, unit: string, durationMinutes: number | null }> } | null };

export type BookVisitMutationVariables = Exact<{
  input: BookHomeCareVisitInput;
}>;


export type BookVisitMutation = { bookHomeCareVisit: { id: string, status: HomeCareOrderStatus, startsAt: string, priceFen: number, subsidyFen: number, copayFen: number } };

export type ElderDayQueryVariables = Exact<{
  elderId: string | number;
  from: string;
  to: string;
}>;


export type ElderDayQuery = { homeCareOrders: { nodes: Array<{ id: string, status: HomeCareOrderStatus, service: ServiceKind, startsAt: string, endsAt: string, visitNotes: string | null, caregiver: { id: string, displayName: string } | null, checkIn: { at: string } | null, checkOut: { at: string } | null, tasks: Array<{ id: string, title: string, required: boolean, status: VisitTaskStatus, note: string | null }> }> }, observations: Array<{ id: string, observedAt: string, foodIntake: FoodIntake | null, fluidMl: number | null, mood: Mood | null, pain: number | null, pulse: number | null, bloodGlucose: number | null, weightKg: number | null, skinProblems: string | null, nightToileting: number | null, note: string | null, orderId: string | null, bloodPressure: { systolic: number, diastolic: number } | null }>, incidents: { nodes: Array<{ id: string, kind: IncidentKind, severity: Severity, status: IncidentStatus, occurredAt: string, place: string, description: string, actionsTaken: string | null, outcome: string | null }> } };

export type ElderDayVisitChangedSubscriptionVariables = Exact<{
  elderId?: string | number | null | undefined;
}>;


export type ElderDayVisitChangedSubscription = { homeCareOrderChanged: { id: string, status: HomeCareOrderStatus } };

export type MatchProvidersQueryVariables = Exact<{
  need: CareNeedInput;
}>;


export type MatchProvidersQuery = { matchProviders: Array<{ score: number, distanceKm: number, setting: CareSetting, bedCategory: BedCategory | null, availableBeds: number | null, estimatedMonthlyCostFen: number | null, estimatedSubsidyFen: number | null, reasons: Array<{ factor: MatchFactor, weight: number, value: number, detail: string }>, provider: { id: string, name: string, kind: ProviderKind, address: string, phone: string | null, location: { latitude: number, longitude: number }, currentRating: { stars: number } | null, reviewSummary: { average: number | null, count: number }, services: Array<{ kind: ServiceKind, priceFen: number, unit: string, durationMinutes: number | null }> } }> };

export type MyGuardianInvitationsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyGuardianInvitationsQuery = { myElderGuardianInvitations: Array<{ id: string, elderName: string, invitedBy: string, createdAt: string, expiresAt: string }> };

export type AcceptGuardianInvitationMutationVariables = Exact<{
  invitationId: string | number;
}>;


export type AcceptGuardianInvitationMutation = { acceptElderGuardianInvitation: { id: string, fullName: string } };

export type InviteGuardianMutationVariables = Exact<{
  elderId: string | number;
  phone: string;
}>;


export type InviteGuardianMutation = { addElderGuardian: { id: string, guardians: Array<{ userId: string, displayName: string, since: string }> | null } };

export type RemoveGuardianMutationVariables = Exact<{
  elderId: string | number;
  phone: string;
}>;


export type RemoveGuardianMutation = { removeElderGuardian: { id: string, guardians: Array<{ userId: string, displayName: string, since: string }> | null } };

export type ElderStatementQueryVariables = Exact<{
  elderId: string | number;
  month: string;
}>;


export type ElderStatementQuery = { elderStatement: { elderId: string, month: string, copayFen: number, bedFeesFen: number, paymentsFen: number, balanceFen: number, lines: Array<{ kind: ElderStatementLineKind, at: string, description: string, amountFen: number, days: number | null, orderId: string | null, reservationId: string | null, paymentId: string | null, providerId: string }> } };

export type ElderStatementExportQueryVariables = Exact<{
  elderId: string | number;
  month: string;
  format: ExportFormat;
}>;


export type ElderStatementExportQuery = { elderStatementExport: { fileName: string, contentType: string, contentBase64: string } };

export type MyEldersQueryVariables = Exact<{ [key: string]: never; }>;


export type MyEldersQuery = { myElders: Array<{ id: string, fullName: string, gender: Gender | null, birthDate: string | null, age: number | null, idNumberMasked: string, regionCode: string, address: string | null, phone: string | null, categories: Array<ElderCategory> | null, verifiedCategories: Array<ElderCategory> | null, selfCareClass: SelfCareClass | null, careLevel: CareLevel | null, nextAssessmentDue: string | null, location: { latitude: number, longitude: number } | null, latestAssessment: { id: string, totalScore: number, scoreLevel: CareLevel, finalLevel: CareLevel, assessedAt: string, dimensionScores: { selfCare: number, mobility: number, mentalState: number, perceptionSocial: number } } | null, subsidy: { monthlyAllowanceFen: number, coverageRate: number, basis: string, ruleCode: string | null } | null, guardians: Array<{ userId: string, displayName: string, since: string }> | null }> };

export type CreateElderMutationVariables = Exact<{
  input: CreateElderInput;
}>;


export type CreateElderMutation = { createElder: { id: string, fullName: string } };

export type UpdateElderMutationVariables = Exact<{
  id: string | number;
  input: UpdateElderInput;
}>;


export type UpdateElderMutation = { updateElder: { id: string, fullName: string } };

export type MyVisitsQueryVariables = Exact<{
  filter?: HomeCareOrderFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type MyVisitsQuery = { homeCareOrders: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, status: HomeCareOrderStatus, service: ServiceKind, startsAt: string, endsAt: string, durationMinutes: number, priceFen: number, subsidyFen: number, copayFen: number, cancelReason: string | null, cancelledLate: boolean | null, visitNotes: string | null, elder: { id: string } | null, provider: { id: string, name: string, phone: string | null }, caregiver: { id: string, displayName: string } | null, checkIn: { at: string, distanceMeters: number, flagged: boolean } | null, checkOut: { at: string, distanceMeters: number, flagged: boolean } | null, review: { stars: number, comment: string | null } | null }> } };

export type MyVisitChangedSubscriptionVariables = Exact<{
  elderId?: string | number | null | undefined;
}>;


export type MyVisitChangedSubscription = { homeCareOrderChanged: { id: string, status: HomeCareOrderStatus, startsAt: string } };

export type CancelVisitMutationVariables = Exact<{
  orderId: string | number;
  reason: string;
}>;


export type CancelVisitMutation = { cancelHomeCareOrder: { id: string, status: HomeCareOrderStatus } };

export type RescheduleVisitMutationVariables = Exact<{
  orderId: string | number;
  startsAt: string;
}>;


export type RescheduleVisitMutation = { rescheduleHomeCareOrder: { id: string, status: HomeCareOrderStatus, startsAt: string } };

export type ReviewVisitMutationVariables = Exact<{
  orderId: string | number;
  stars: number;
  comment?: string | null | undefined;
}>;


export type ReviewVisitMutation = { reviewHomeCareOrder: { id: string, review: { stars: number, comment: string | null } | null } };

export type VisitSlotsQueryVariables = Exact<{
  providerId: string | number;
  service: ServiceKind;
  from: string;
  to: string;
  durationMinutes: number;
  elderId?: string | number | null | undefined;
}>;


export type VisitSlotsQuery = { availableVisitSlots: Array<{ startsAt: string, endsAt: string, freeCaregivers: number }> };

export type MyNotificationsQueryVariables = Exact<{
  unreadOnly?: boolean | null | undefined;
  after?: string | null | undefined;
}>;


export type MyNotificationsQuery = { myNotifications: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, kind: NotificationKind, title: string, body: string, urgent: boolean, createdAt: string, readAt: string | null }> } };

export type MyNotificationPreferencesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyNotificationPreferencesQuery = { myNotificationPreferences: { quietHoursStart: string, quietHoursEnd: string, channels: Array<{ kind: NotificationKind, channels: Array<NotificationChannel> }> } };

export type SetNotificationPreferencesMutationVariables = Exact<{
  input: NotificationPreferencesInput;
}>;


export type SetNotificationPreferencesMutation = { setNotificationPreferences: { quietHoursStart: string, quietHoursEnd: string, channels: Array<{ kind: NotificationKind, channels: Array<NotificationChannel> }> } };

export type UnreadNotificationCountQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadNotificationCountQuery = { unreadNotificationCount: number };

export type NotificationAddedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type NotificationAddedSubscription = { notificationAdded: { id: string, kind: NotificationKind, title: string, body: string, urgent: boolean, createdAt: string } };

export type MarkNotificationsReadMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type MarkNotificationsReadMutation = { markNotificationsRead: number };

export type RegionStatsQueryVariables = Exact<{
  regionCode: string;
}>;


export type RegionStatsQuery = { regionStatistics: { regionCode: string, elders: number, eldersNotAssessed: number, homeBeds: number, unrated: number, nursingBedShare: number | null, occupancyRate: number | null, providersByKind: Array<{ kind: ProviderKind, count: number }>, beds: Array<{ category: BedCategory, total: number, occupied: number, reserved: number }>, starDistribution: Array<{ stars: number, count: number }>, eldersByCareLevel: Array<{ level: CareLevel, count: number }>, homeCareOrders: { total: number, completed: number, cancelled: number, noShow: number }, extremePoverty: { total: number, centralized: number, dependent: number, dependentCentralized: number, dependentCentralizedRate: number | null } } };

export type ImportProvidersMutationVariables = Exact<{
  file: unknown;
  dryRun?: boolean | null | undefined;
  allOrNothing?: boolean | null | undefined;
}>;


export type ImportProvidersMutation = { importProviders: { id: string } };

export type ImportEldersMutationVariables = Exact<{
  file: unknown;
  dryRun?: boolean | null | undefined;
  allOrNothing?: boolean | null | undefined;
}>;


export type ImportEldersMutation = { importElders: { id: string } };

export type ImportJobProgressQueryVariables = Exact<{
  id: string | number;
}>;


export type ImportJobProgressQuery = { importJob: { id: string, kind: ImportFileKind, fileName: string, status: ImportJobStatus, progress: number, totalRows: number, processedRows: number, createdRows: number, updatedRows: number, unchangedRows: number, rejectedRows: number, dryRun: boolean, allOrNothing: boolean, committed: boolean, failure: string | null, createdAt: string, finishedAt: string | null, errors: Array<{ row: number, column: string | null, message: string }> } | null };

export type ImportTemplateQueryVariables = Exact<{
  kind: ImportFileKind;
}>;


export type ImportTemplateQuery = { importTemplate: { url: string, fileName: string, expiresAt: string } };

export type ExportReportMutationVariables = Exact<{
  kind: ReportKind;
  regionCode: string;
  format: ExportFormat;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type ExportReportMutation = { exportReport: { url: string, fileName: string, expiresAt: string } };

export type OfficerEldersQueryVariables = Exact<{
  filter?: ElderFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type OfficerEldersQuery = { elders: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, fullName: string, age: number | null, gender: Gender | null, regionCode: string, idNumberMasked: string, categories: Array<ElderCategory> | null, verifiedCategories: Array<ElderCategory> | null, careLevel: CareLevel | null, nextAssessmentDue: string | null, latestAssessment: { totalScore: number, finalLevel: CareLevel, assessedAt: string } | null }> } };

export type RecordAssessmentMutationVariables = Exact<{
  input: CapabilityAssessmentInput;
}>;


export type RecordAssessmentMutation = { recordCapabilityAssessment: { id: string, totalScore: number, scoreLevel: CareLevel, finalLevel: CareLevel, adjustments: Array<AssessmentAdjustment>, nextAssessmentDue: string, dimensionScores: { selfCare: number, mobility: number, mentalState: number, perceptionSocial: number } } };

export type OfficerCreateElderMutationVariables = Exact<{
  input: CreateElderInput;
}>;


export type OfficerCreateElderMutation = { createElder: { id: string, fullName: string, verifiedCategories: Array<ElderCategory> | null } };

export type OfficerLinkElderProviderMutationVariables = Exact<{
  elderId: string | number;
  providerId: string | number;
}>;


export type OfficerLinkElderProviderMutation = { linkElderProvider: { id: string } };

export type OfficerProviderPickQueryVariables = Exact<{
  filter?: ProviderFilter | null | undefined;
}>;


export type OfficerProviderPickQuery = { providers: { nodes: Array<{ id: string, name: string, regionCode: string }> } };

export type OfficerHomeCareRulesQueryVariables = Exact<{
  regionCode: string;
}>;


export type OfficerHomeCareRulesQuery = { homeCareRules: { regionCode: string, cancellationNoticeMinutes: number, checkInOpensMinutesBefore: number, checkInClosesMinutesAfter: number, geofenceMeters: number, homeBedHorizonWeeks: number, maxSlotWindowDays: number, minBookingLeadMinutes: number, minVisitMinutes: number, maxVisitMinutes: number, noShowGraceMinutes: number, slotStepMinutes: number, travelBufferMinutes: number, defaultWorkingHours: Array<{ weekday: number, startTime: string, endTime: string }> } };

export type SetHomeCareRulesMutationVariables = Exact<{
  regionPrefix: string;
  input: HomeCareRulesInput;
}>;


export type SetHomeCareRulesMutation = { setHomeCareRules: { regionCode: string } };

export type OfficerIncidentsQueryVariables = Exact<{
  filter?: IncidentFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type OfficerIncidentsQuery = { incidents: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, kind: IncidentKind, severity: Severity, serious: boolean, status: IncidentStatus, occurredAt: string, place: string, description: string, actionsTaken: string | null, outcome: string | null, regionCode: string, providerId: string | null, elderId: string, events: Array<{ status: IncidentStatus, fromStatus: IncidentStatus | null, actorRole: string, at: string }> }> } };

export type OfficerProvidersQueryVariables = Exact<{
  filter?: ProviderFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type OfficerProvidersQuery = { providers: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, name: string, kind: ProviderKind, ownership: Ownership, regionCode: string, address: string, phone: string | null, serviceRadiusKm: number | null, acceptsCareLevels: Array<CareLevel>, dementiaCare: boolean, location: { latitude: number, longitude: number }, currentRating: { stars: number, validUntil: string } | null, capacity: Array<{ category: BedCategory, total: number, occupied: number, available: number }> }> } };

export type CreateProviderMutationVariables = Exact<{
  input: CreateProviderInput;
}>;


export type CreateProviderMutation = { createProvider: { id: string, name: string } };

export type UpdateProviderMutationVariables = Exact<{
  id: string | number;
  input: UpdateProviderInput;
}>;


export type UpdateProviderMutation = { updateProvider: { id: string, name: string } };

export type RatingAssessmentsQueryVariables = Exact<{
  filter?: RatingAssessmentFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type RatingAssessmentsQuery = { ratingAssessments: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, status: RatingStatus, stars: number | null, totalPoints: number, startedAt: string, publishedAt: string | null, validUntil: string | null, provider: { id: string, name: string, kind: ProviderKind } }> } };

export type RatingProviderOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type RatingProviderOptionsQuery = { providers: { nodes: Array<{ id: string, name: string, kind: ProviderKind }> } };

export type StartRatingMutationVariables = Exact<{
  providerId: string | number;
  facts?: RatingFactsInput | null | undefined;
}>;


export type StartRatingMutation = { startRatingAssessment: { id: string } };

export type RatingDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type RatingDetailQuery = { ratingAssessment: { id: string, status: RatingStatus, stars: number | null, scoreStars: number | null, totalPoints: number, rubricVersion: number, failedPrerequisites: Array<RatingPrerequisiteCode>, unscoredItemCodes: Array<string>, validUntil: string | null, provider: { id: string, name: string, kind: ProviderKind }, facts: { caregiverCount: number | null, fullyDependentResidentCount: number | null, roomCount: number | null, roomsWithOwnBathroomCount: number | null, occupiedBeds: number | null, totalBeds: number | null }, prerequisiteResults: Array<{ code: RatingPrerequisiteCode, star: number, required: number, actual: number | null, met: boolean }>, scores: Array<{ itemCode: string, points: number, note: string | null }>, rubric: { version: number, maxPoints: number, starThresholds: Array<number>, sections: Array<{ code: string, title: string, maxPoints: number, items: Array<{ code: string, title: string, maxPoints: number }> }> } } | null };

export type ScoreRatingMutationVariables = Exact<{
  assessmentId: string | number;
  scores: Array<RatingItemScoreInput> | RatingItemScoreInput;
}>;


export type ScoreRatingMutation = { scoreRatingItems: { id: string, totalPoints: number, unscoredItemCodes: Array<string> } };

export type RecordRatingFactsMutationVariables = Exact<{
  assessmentId: string | number;
  facts: RatingFactsInput;
}>;


export type RecordRatingFactsMutation = { recordRatingFacts: { id: string } };

export type FinalizeRatingMutationVariables = Exact<{
  assessmentId: string | number;
}>;


export type FinalizeRatingMutation = { finalizeRatingAssessment: { id: string, status: RatingStatus, stars: number | null, failedPrerequisites: Array<RatingPrerequisiteCode>, validUntil: string | null } };

export type RegionRiskAlertsQueryVariables = Exact<{
  regionCode: string;
}>;


export type RegionRiskAlertsQuery = { riskAlerts: { regionCode: string, openAlerts: number, eldersAtRisk: number, byRule: Array<{ rule: RiskRule, count: number }> }, incidents: { totalCount: number } };

export type SubsidyRulesQueryVariables = Exact<{
  regionCode: string;
}>;


export type SubsidyRulesQuery = { subsidyRules: { id: string, regionPrefix: string, effectiveFrom: string, rules: Array<{ id: string, code: string, basis: string, position: number, minAge: number | null, minCareLevel: CareLevel | null, anyOfCategories: Array<ElderCategory>, monthlyAllowanceFen: number, coverageRate: number, coverageRateBp: number, fundingSource: string }> }, ratingSubsidyTiers: Array<{ kind: ProviderKind, regionPrefix: string, stars: number, flatMonthlyFen: number, perOccupiedBedMonthlyFen: number, fundingSource: string }> };

export type SetSubsidyRulesMutationVariables = Exact<{
  input: SetSubsidyRulesInput;
}>;


export type SetSubsidyRulesMutation = { setSubsidyRules: { id: string, regionPrefix: string, effectiveFrom: string } };

export type SetRatingSubsidyTiersMutationVariables = Exact<{
  kind: ProviderKind;
  regionPrefix: string;
  tiers: Array<RatingSubsidyTierInput> | RatingSubsidyTierInput;
}>;


export type SetRatingSubsidyTiersMutation = { setRatingSubsidyTiers: Array<{ kind: ProviderKind, regionPrefix: string, stars: number }> };

export type SettlementLedgerQueryVariables = Exact<{
  regionCode: string;
  from: string;
  to: string;
}>;


export type SettlementLedgerQuery = { settlementLedger: { regionCode: string, from: string, to: string, totalFen: number, approvedStatementsTotalFen: number, byMonth: Array<{ month: string, totalFen: number }>, bySource: Array<{ fundingSource: string, totalFen: number }>, byProvider: Array<{ providerId: string, totalFen: number }> }, providers: { nodes: Array<{ id: string, name: string }> } };

export type SettlementLedgerExportQueryVariables = Exact<{
  regionCode: string;
  from: string;
  to: string;
  format: ExportFormat;
}>;


export type SettlementLedgerExportQuery = { settlementLedgerExport: { fileName: string, contentType: string, contentBase64: string } };

export type SettlementRulesInForceQueryVariables = Exact<{
  regionCode: string;
}>;


export type SettlementRulesInForceQuery = { settlementRules: { regionCode: string, homeBedFundingSource: string, homeBedMonthlySubsidyFen: number, institutionalSupportFundingSource: string, maxTravelKmh: number, shortVisitShareBp: number, supportRates: Array<{ careLevel: CareLevel, monthlyFen: number }> } };

export type SetSettlementRulesMutationVariables = Exact<{
  regionPrefix: string;
  input: SettlementRulesInput;
}>;


export type SetSettlementRulesMutation = { setSettlementRules: { regionCode: string } };

export type SettlementStatementsQueryVariables = Exact<{
  filter?: SettlementFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type SettlementStatementsQuery = { settlementStatements: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, providerId: string, month: string, fundingSource: string, status: SettlementStatus, totalFen: number, lineCount: number, heldCount: number, generatedAt: string, submittedAt: string | null, approvedAt: string | null, paidAt: string | null, paidOn: string | null, paymentReference: string | null }> } };

export type StatementDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type StatementDetailQuery = { settlementStatement: { id: string, providerId: string, month: string, fundingSource: string, status: SettlementStatus, totalFen: number, lineCount: number, heldCount: number, generatedAt: string, submittedAt: string | null, approvedAt: string | null, paidAt: string | null, paidOn: string | null, paymentReference: string | null, lines: Array<{ id: string, lineKind: SettlementLineKind, status: SettlementLineStatus, amountFen: number, basis: string, days: number | null, elderId: string | null, orderId: string | null, adjustsLineId: string | null, holdReasons: Array<SettlementHoldReason>, decision: { accepted: boolean, note: string, at: string } | null }>, events: Array<{ action: string, actorRole: string, at: string, fromStatus: SettlementStatus | null, toStatus: SettlementStatus, note: string | null, lineId: string | null }> } | null };

export type SettlementProviderNamesQueryVariables = Exact<{
  filter?: ProviderFilter | null | undefined;
}>;


export type SettlementProviderNamesQuery = { providers: { nodes: Array<{ id: string, name: string }> } };

export type GenerateSettlementMutationVariables = Exact<{
  providerId: string | number;
  month: string;
}>;


export type GenerateSettlementMutation = { generateSettlement: Array<{ id: string, status: SettlementStatus }> };

export type SubmitSettlementMutationVariables = Exact<{
  id: string | number;
}>;


export type SubmitSettlementMutation = { submitSettlement: { id: string, status: SettlementStatus, submittedAt: string | null } };

export type ApproveSettlementMutationVariables = Exact<{
  id: string | number;
}>;


export type ApproveSettlementMutation = { approveSettlement: { id: string, status: SettlementStatus, approvedAt: string | null, totalFen: number } };

export type RejectSettlementMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type RejectSettlementMutation = { rejectSettlement: { id: string, status: SettlementStatus } };

export type MarkSettlementPaidMutationVariables = Exact<{
  id: string | number;
  reference: string;
  paidOn: string;
}>;


export type MarkSettlementPaidMutation = { markSettlementPaid: { id: string, status: SettlementStatus, paidOn: string | null, paymentReference: string | null } };

export type DecideSettlementLineMutationVariables = Exact<{
  lineId: string | number;
  accept: boolean;
  note: string;
}>;


export type DecideSettlementLineMutation = { decideSettlementLine: { id: string, status: SettlementLineStatus } };

export type AddSettlementAdjustmentMutationVariables = Exact<{
  input: SettlementAdjustmentInput;
}>;


export type AddSettlementAdjustmentMutation = { addSettlementAdjustment: { id: string, amountFen: number } };

export type SettlementStatementExportQueryVariables = Exact<{
  id: string | number;
  format: ExportFormat;
}>;


export type SettlementStatementExportQuery = { settlementStatementExport: { fileName: string, contentType: string, contentBase64: string } };

export type StaffCapacityQueryVariables = Exact<{
  id: string | number;
}>;


export type StaffCapacityQuery = { provider: { id: string, name: string, kind: ProviderKind, capacity: Array<{ category: BedCategory, total: number, occupied: number, reserved: number, available: number, version: number, updatedAt: string | null, monthlyPriceFen: number | null }> } | null };

export type UpdateCapacityMutationVariables = Exact<{
  input: UpdateBedCapacityInput;
}>;


export type UpdateCapacityMutation = { updateBedCapacity: { providerId: string, category: BedCategory, total: number, occupied: number, reserved: number, available: number, version: number, updatedAt: string | null, monthlyPriceFen: number | null } };

export type StaffCaregiversQueryVariables = Exact<{
  providerId: string | number;
}>;


export type StaffCaregiversQuery = { caregivers: Array<{ id: string, displayName: string, qualifiedServices: Array<ServiceKind>, customHours: boolean, customQualifications: boolean, workingHours: Array<{ weekday: number, startTime: string, endTime: string }> }>, homeBeds: Array<{ id: string, elderId: string, status: HomeBedStatus, createdAt: string, generatedUntil: string | null, endedAt: string | null, endReason: string | null, plan: Array<{ weekday: number, time: string, service: ServiceKind, durationMinutes: number }> }>, provider: { id: string, services: Array<{ kind: ServiceKind }> } | null, elders: { nodes: Array<{ id: string, fullName: string }> } };

export type SetCaregiverProfileMutationVariables = Exact<{
  caregiverId: string | number;
  input: SetCaregiverProfileInput;
}>;


export type SetCaregiverProfileMutation = { setCaregiverProfile: { id: string, qualifiedServices: Array<ServiceKind>, customHours: boolean, customQualifications: boolean, workingHours: Array<{ weekday: number, startTime: string, endTime: string }> } };

export type RegisterHomeBedMutationVariables = Exact<{
  input: RegisterHomeBedInput;
}>;


export type RegisterHomeBedMutation = { registerHomeBed: { homeBed: { id: string, status: HomeBedStatus }, booked: Array<{ id: string }>, skipped: Array<{ startsAt: string, service: ServiceKind, reason: string }> } };

export type EndHomeBedMutationVariables = Exact<{
  homeBedId: string | number;
  reason: string;
}>;


export type EndHomeBedMutation = { endHomeBed: { id: string, status: HomeBedStatus, endedAt: string | null } };

export type ExtendHomeBedVisitsMutationVariables = Exact<{
  homeBedId: string | number;
}>;


export type ExtendHomeBedVisitsMutation = { extendHomeBedVisits: { homeBed: { id: string, generatedUntil: string | null }, booked: Array<{ id: string }>, skipped: Array<{ startsAt: string, service: ServiceKind, reason: string }> } };

export type StaffOrdersQueryVariables = Exact<{
  filter?: HomeCareOrderFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type StaffOrdersQuery = { homeCareOrders: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, status: HomeCareOrderStatus, service: ServiceKind, startsAt: string, endsAt: string, priceFen: number, elder: { id: string, fullName: string, address: string | null } | null, caregiver: { id: string, displayName: string } | null, checkIn: { flagged: boolean, distanceMeters: number } | null, checkOut: { flagged: boolean, distanceMeters: number } | null }> } };

export type StaffOrderChangedSubscriptionVariables = Exact<{
  providerId?: string | number | null | undefined;
}>;


export type StaffOrderChangedSubscription = { homeCareOrderChanged: { id: string, status: HomeCareOrderStatus } };

export type StaffCaregiverOptionsQueryVariables = Exact<{
  providerId: string | number;
}>;


export type StaffCaregiverOptionsQuery = { caregivers: Array<{ id: string, displayName: string, qualifiedServices: Array<ServiceKind> }> };

export type AssignCaregiverMutationVariables = Exact<{
  orderId: string | number;
  caregiverId: string | number;
}>;


export type AssignCaregiverMutation = { assignCaregiver: { id: string, status: HomeCareOrderStatus, caregiver: { id: string, displayName: string } | null } };

export type StaffReservationsQueryVariables = Exact<{
  filter?: BedReservationFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type StaffReservationsQuery = { bedReservations: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, status: BedReservationStatus, category: BedCategory, expiresAt: string, createdAt: string, admittedAt: string | null, governmentSupported: boolean, fromWaitlist: boolean, elder: { id: string, fullName: string, age: number | null, careLevel: CareLevel | null } | null }> } };

export type StaffWaitlistQueryVariables = Exact<{
  providerId: string | number;
  category: BedCategory;
}>;


export type StaffWaitlistQuery = { bedWaitlist: Array<{ id: string, status: BedWaitlistEntryStatus, position: number | null, requestedAt: string, elder: { id: string, fullName: string, age: number | null, careLevel: CareLevel | null } | null, offers: Array<{ id: string, expiresAt: string, outcome: BedOfferOutcome | null }> }> };

export type StaffBedsChangedSubscriptionVariables = Exact<{
  providerId: string | number;
}>;


export type StaffBedsChangedSubscription = { bedCapacityChanged: { category: BedCategory, available: number } };

export type AdmitReservationMutationVariables = Exact<{
  reservationId: string | number;
}>;


export type AdmitReservationMutation = { admitReservation: { id: string, status: BedReservationStatus, admittedAt: string | null } };

export type ReleaseReservationMutationVariables = Exact<{
  reservationId: string | number;
  reason: string;
}>;


export type ReleaseReservationMutation = { releaseReservation: { id: string, status: BedReservationStatus } };

export type DischargeResidentMutationVariables = Exact<{
  reservationId: string | number;
  reason: string;
}>;


export type DischargeResidentMutation = { dischargeResident: { id: string, status: BedReservationStatus } };

export type StaffServicesQueryVariables = Exact<{
  providerId: string | number;
}>;


export type StaffServicesQuery = { provider: { id: string, name: string, regionCode: string, homeCareAutoAssign: boolean, services: Array<{ kind: ServiceKind, priceFen: number, unit: string, durationMinutes: number | null }> } | null };

export type StaffHomeCareRulesQueryVariables = Exact<{
  regionCode: string;
}>;


export type StaffHomeCareRulesQuery = { homeCareRules: { regionCode: string, cancellationNoticeMinutes: number, checkInOpensMinutesBefore: number, checkInClosesMinutesAfter: number, geofenceMeters: number, homeBedHorizonWeeks: number, minBookingLeadMinutes: number, minVisitMinutes: number, maxVisitMinutes: number, noShowGraceMinutes: number, slotStepMinutes: number, travelBufferMinutes: number, defaultWorkingHours: Array<{ weekday: number, startTime: string, endTime: string }> } };

export type SetProviderServicesMutationVariables = Exact<{
  providerId: string | number;
  services: Array<ServiceOfferingInput> | ServiceOfferingInput;
}>;


export type SetProviderServicesMutation = { setProviderServices: { id: string, services: Array<{ kind: ServiceKind, priceFen: number, unit: string, durationMinutes: number | null }> } };

export type SetHomeCareAutoAssignMutationVariables = Exact<{
  providerId: string | number;
  enabled: boolean;
}>;


export type SetHomeCareAutoAssignMutation = { setHomeCareAutoAssign: { providerId: string, autoAssign: boolean } };

export type RaiseEmergencyMutationVariables = Exact<{
  elderId: string | number;
  kind: string;
  location?: GeoPointInput | null | undefined;
}>;


export type RaiseEmergencyMutation = { raiseEmergency: { id: string, status: EmergencyStatus, kind: EmergencyKind, raisedAt: string, acknowledgedAt: string | null, escalatedAt: string | null, resolvedAt: string | null, resolutionNote: string | null } };

export type EmergencyChangedSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type EmergencyChangedSubscription = { emergencyChanged: { id: string, status: EmergencyStatus, kind: EmergencyKind, raisedAt: string, acknowledgedAt: string | null, escalatedAt: string | null, resolvedAt: string | null, resolutionNote: string | null } };

export type ImportProvidersForTestMutationVariables = Exact<{
  file: unknown;
  dryRun?: boolean | null | undefined;
  allOrNothing?: boolean | null | undefined;
}>;


export type ImportProvidersForTestMutation = { importProviders: { id: string } };


export const RefreshAccessTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefreshAccessToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshAccessToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refreshToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshTokenExpiresAt"}}]}}]}}]} as unknown as DocumentNode<RefreshAccessTokenMutation, RefreshAccessTokenMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const CreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"regionScope"}}]}}]}}]} as unknown as DocumentNode<CreateUserMutation, CreateUserMutationVariables>;
export const AdminUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminUsers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UserFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"regionScope"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<AdminUsersQuery, AdminUsersQueryVariables>;
export const ChangeUserRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeUserRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeUserRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeUserRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"regionScope"}}]}}]}}]} as unknown as DocumentNode<ChangeUserRoleMutation, ChangeUserRoleMutationVariables>;
export const DisableUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DisableUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disableUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}}]}}]}}]} as unknown as DocumentNode<DisableUserMutation, DisableUserMutationVariables>;
export const EnableUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnableUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enableUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}}]}}]}}]} as unknown as DocumentNode<EnableUserMutation, EnableUserMutationVariables>;
export const ResetPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const FailedEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FailedEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"failedEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"eventName"}},{"kind":"Field","name":{"kind":"Name","value":"handler"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"failedAt"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}}]}}]}}]}}]} as unknown as DocumentNode<FailedEventsQuery, FailedEventsQueryVariables>;
export const RetryFailedEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetryFailedEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryFailedEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<RetryFailedEventMutation, RetryFailedEventMutationVariables>;
export const AdminRatingRubricDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminRatingRubric"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProviderKind"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ratingRubric"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}},{"kind":"Field","name":{"kind":"Name","value":"starThresholds"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"prerequisites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"star"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}}]} as unknown as DocumentNode<AdminRatingRubricQuery, AdminRatingRubricQueryVariables>;
export const PublishRatingRubricDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishRatingRubric"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishRatingRubricInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishRatingRubric"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}}]}}]}}]} as unknown as DocumentNode<PublishRatingRubricMutation, PublishRatingRubricMutationVariables>;
export const HomeCareRulesViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HomeCareRulesView"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"homeCareRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"geofenceMeters"}},{"kind":"Field","name":{"kind":"Name","value":"minBookingLeadMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationNoticeMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"checkInOpensMinutesBefore"}},{"kind":"Field","name":{"kind":"Name","value":"checkInClosesMinutesAfter"}},{"kind":"Field","name":{"kind":"Name","value":"noShowGraceMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"slotStepMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"travelBufferMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"minVisitMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"maxVisitMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"maxSlotWindowDays"}},{"kind":"Field","name":{"kind":"Name","value":"homeBedHorizonWeeks"}}]}}]}}]} as unknown as DocumentNode<HomeCareRulesViewQuery, HomeCareRulesViewQueryVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"phone"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"phone"},"value":{"kind":"Variable","name":{"kind":"Name","value":"phone"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"regionScope"}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const RegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Register"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"register"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"regionScope"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterMutation, RegisterMutationVariables>;
export const CarePlanOfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CarePlanOf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"elderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"providerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"carePlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"elderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"elderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"providerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"providerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"goals"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"instructions"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"schedule"}},{"kind":"Field","name":{"kind":"Name","value":"weekdays"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"suggestedCarePlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"elderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"elderId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goals"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"instructions"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"schedule"}},{"kind":"Field","name":{"kind":"Name","value":"weekdays"}}]}}]}}]}}]} as unknown as DocumentNode<CarePlanOfQuery, CarePlanOfQueryVariables>;
export const SetCarePlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetCarePlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CarePlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCarePlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"goals"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"instructions"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"schedule"}},{"kind":"Field","name":{"kind":"Name","value":"weekdays"}}]}}]}}]}}]} as unknown as DocumentNode<SetCarePlanMutation, SetCarePlanMutationVariables>;
export const CareServedEldersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CareServedElders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"providerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"elders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"providerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"providerId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]} as unknown as DocumentNode<CareServedEldersQuery, CareServedEldersQueryVariables>;
export const CareElderDevicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CareElderDevices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"elderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"elderDevices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"elderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"elderId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<CareElderDevicesQuery, CareElderDevicesQueryVariables>;
export const CareCreateDeviceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CareCreateDevice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"elderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"label"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDeviceAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"elderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"elderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"label"},"value":{"kind":"Variable","name":{"kind":"Name","value":"label"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loginId"}},{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"device"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]} as unknown as DocumentNode<CareCreateDeviceMutation, CareCreateDeviceMutationVariables>;
export const CareRevokeDeviceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CareRevokeDevice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeDeviceAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<CareRevokeDeviceMutation, CareRevokeDeviceMutationVariables>;
export const CareEmergencyAlertsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CareEmergencyAlerts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"careAlerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"elderId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<CareEmergencyAlertsQuery, CareEmergencyAlertsQueryVariables>;
export const CareEmergencyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CareEmergency"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emergency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"elderId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionNote"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}}]}}]}}]}}]} as unknown as DocumentNode<CareEmergencyQuery, CareEmergencyQueryVariables>;
export const CareAcknowledgeEmergencyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CareAcknowledgeEmergency"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgeEmergency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}}]}}]}}]} as unknown as DocumentNode<CareAcknowledgeEmergencyMutation, CareAcknowledgeEmergencyMutationVariables>;
export const CareResolveEmergencyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CareResolveEmergency"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveEmergency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionNote"}}]}}]}}]} as unknown as DocumentNode<CareResolveEmergencyMutation, CareResolveEmergencyMutationVariables>;
export const CareIncidentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CareIncidents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"elderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incidents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"elderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"elderId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"serious"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"actionsTaken"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}}]}}]} as unknown as DocumentNode<CareIncidentsQuery, CareIncidentsQueryVariables>;
export const CareReportIncidentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CareReportIncident"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IncidentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportIncident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CareReportIncidentMutation, CareReportIncidentMutationVariables>;
export const CareStartIncidentReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CareStartIncidentReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startIncidentReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CareStartIncidentReviewMutation, CareStartIncidentReviewMutationVariables>;
export const CareCloseIncidentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CareCloseIncident"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeIncident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"outcome"},"value":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}}]} as unknown as DocumentNode<CareCloseIncidentMutation, CareCloseIncidentMutationVariables>;
export const CareMedicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CareMedication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"elderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"medicationOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"elderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"elderId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"drugName"}},{"kind":"Field","name":{"kind":"Name","value":"dose"}},{"kind":"Field","name":{"kind":"Name","value":"route"}},{"kind":"Field","name":{"kind":"Name","value":"timesOfDay"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"prescriberNote"}}]}},{"kind":"Field","name":{"kind":"Name","value":"medicationAdministrations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"elderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"elderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"medicationOrderId"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<CareMedicationQuery, CareMedicationQueryVariables>;
export const CareSetMedicationOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CareSetMedicationOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MedicationOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMedicationOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CareSetMedicationOrderMutation, CareSetMedicationOrderMutationVariables>;
export const CareRecordDoseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CareRecordDose"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MedicationAdministrationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordMedicationAdministration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CareRecordDoseMutation, CareRecordDoseMutationVariables>;
export const CareObservationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CareObservations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"elderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"observations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"elderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"elderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"observedAt"}},{"kind":"Field","name":{"kind":"Name","value":"foodIntake"}},{"kind":"Field","name":{"kind":"Name","value":"fluidMl"}},{"kind":"Field","name":{"kind":"Name","value":"mood"}},{"kind":"Field","name":{"kind":"Name","value":"pain"}},{"kind":"Field","name":{"kind":"Name","value":"nightToileting"}},{"kind":"Field","name":{"kind":"Name","value":"pulse"}},{"kind":"Field","name":{"kind":"Name","value":"weightKg"}},{"kind":"Field","name":{"kind":"Name","value":"bloodGlucose"}},{"kind":"Field","name":{"kind":"Name","value":"bloodPressure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"systolic"}},{"kind":"Field","name":{"kind":"Name","value":"diastolic"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<CareObservationsQuery, CareObservationsQueryVariables>;
export const CareRecordObservationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CareRecordObservation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ObservationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordObservation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CareRecordObservationMutation, CareRecordObservationMutationVariables>;
export const CareRatingReadinessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CareRatingReadiness"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"providerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ratingReadiness"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"providerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"providerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rubricVersion"}},{"kind":"Field","name":{"kind":"Name","value":"caregiverCount"}},{"kind":"Field","name":{"kind":"Name","value":"fullyDependentResidentCount"}},{"kind":"Field","name":{"kind":"Name","value":"occupiedBeds"}},{"kind":"Field","name":{"kind":"Name","value":"totalBeds"}},{"kind":"Field","name":{"kind":"Name","value":"roomCount"}},{"kind":"Field","name":{"kind":"Name","value":"roomsWithOwnBathroomCount"}},{"kind":"Field","name":{"kind":"Name","value":"incidentsLast12Months"}},{"kind":"Field","name":{"kind":"Name","value":"lastTotalPoints"}},{"kind":"Field","name":{"kind":"Name","value":"scoreStars"}},{"kind":"Field","name":{"kind":"Name","value":"predictedStars"}},{"kind":"Field","name":{"kind":"Name","value":"failedPrerequisites"}},{"kind":"Field","name":{"kind":"Name","value":"prerequisites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"star"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"required"}}]}}]}}]}}]} as unknown as DocumentNode<CareRatingReadinessQuery, CareRatingReadinessQueryVariables>;
export const CareEldersAtRiskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CareEldersAtRisk"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"providerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eldersAtRisk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"providerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"providerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"elderId"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"recordIds"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<CareEldersAtRiskQuery, CareEldersAtRiskQueryVariables>;
export const CareAcknowledgeRiskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CareAcknowledgeRisk"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgeRiskAlert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}}]}}]}}]} as unknown as DocumentNode<CareAcknowledgeRiskMutation, CareAcknowledgeRiskMutationVariables>;
export const CareElderNamesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CareElderNames"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"providerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"elders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"providerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"providerId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]} as unknown as DocumentNode<CareElderNamesQuery, CareElderNamesQueryVariables>;
export const CaregiverVisitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaregiverVisits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"HomeCareOrderFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"homeCareOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"elder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checkIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"distanceMeters"}},{"kind":"Field","name":{"kind":"Name","value":"flagged"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checkOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"distanceMeters"}},{"kind":"Field","name":{"kind":"Name","value":"flagged"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CaregiverVisitsQuery, CaregiverVisitsQueryVariables>;
export const CaregiverVisitChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"CaregiverVisitChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"homeCareOrderChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CaregiverVisitChangedSubscription, CaregiverVisitChangedSubscriptionVariables>;
export const CheckInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CheckIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"location"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GeoPointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkInVisit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"location"},"value":{"kind":"Variable","name":{"kind":"Name","value":"location"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"checkIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"distanceMeters"}},{"kind":"Field","name":{"kind":"Name","value":"flagged"}}]}}]}}]}}]} as unknown as DocumentNode<CheckInMutation, CheckInMutationVariables>;
export const CheckOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CheckOut"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"location"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GeoPointInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"notes"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tasks"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VisitTaskResultInput"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkOutVisit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"location"},"value":{"kind":"Variable","name":{"kind":"Name","value":"location"}}},{"kind":"Argument","name":{"kind":"Name","value":"notes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"notes"}}},{"kind":"Argument","name":{"kind":"Name","value":"tasks"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tasks"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"checkOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"distanceMeters"}},{"kind":"Field","name":{"kind":"Name","value":"flagged"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]} as unknown as DocumentNode<CheckOutMutation, CheckOutMutationVariables>;
export const RecordVisitObservationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordVisitObservation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ObservationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordObservation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"observedAt"}},{"kind":"Field","name":{"kind":"Name","value":"foodIntake"}},{"kind":"Field","name":{"kind":"Name","value":"mood"}},{"kind":"Field","name":{"kind":"Name","value":"pain"}}]}}]}}]} as unknown as DocumentNode<RecordVisitObservationMutation, RecordVisitObservationMutationVariables>;
export const ElderBedsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ElderBeds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"elderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bedReservations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"elderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"elderId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"admittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"elderBedWaitlist"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"elderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"elderId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"reservationId"}}]}}]}}]}}]} as unknown as DocumentNode<ElderBedsQuery, ElderBedsQueryVariables>;
export const ResidentialProvidersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResidentialProviders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kinds"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"NURSING_HOME"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"available"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ResidentialProvidersQuery, ResidentialProvidersQueryVariables>;
export const ElderWaitlistChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ElderWaitlistChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"elderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bedWaitlistChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"elderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"elderId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]} as unknown as DocumentNode<ElderWaitlistChangedSubscription, ElderWaitlistChangedSubscriptionVariables>;
export const ReserveBedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReserveBed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReserveBedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reserveBed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<ReserveBedMutation, ReserveBedMutationVariables>;
export const JoinWaitlistDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"JoinWaitlist"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JoinBedWaitlistInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"joinBedWaitlist"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]} as unknown as DocumentNode<JoinWaitlistMutation, JoinWaitlistMutationVariables>;
export const LeaveWaitlistDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeaveWaitlist"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leaveBedWaitlist"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entryId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<LeaveWaitlistMutation, LeaveWaitlistMutationVariables>;
export const BookingProviderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BookingProvider"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"priceFen"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}}]}}]}}]}}]} as unknown as DocumentNode<BookingProviderQuery, BookingProviderQueryVariables>;
export const BookVisitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BookVisit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BookHomeCareVisitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bookHomeCareVisit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"priceFen"}},{"kind":"Field","name":{"kind":"Name","value":"subsidyFen"}},{"kind":"Field","name":{"kind":"Name","value":"copayFen"}}]}}]}}]} as unknown as DocumentNode<BookVisitMutation, BookVisitMutationVariables>;
export const ElderDayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ElderDay"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"elderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"homeCareOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"elderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"elderId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"visitNotes"}},{"kind":"Field","name":{"kind":"Name","value":"caregiver"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checkIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checkOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"observations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"elderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"elderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"observedAt"}},{"kind":"Field","name":{"kind":"Name","value":"foodIntake"}},{"kind":"Field","name":{"kind":"Name","value":"fluidMl"}},{"kind":"Field","name":{"kind":"Name","value":"mood"}},{"kind":"Field","name":{"kind":"Name","value":"pain"}},{"kind":"Field","name":{"kind":"Name","value":"pulse"}},{"kind":"Field","name":{"kind":"Name","value":"bloodGlucose"}},{"kind":"Field","name":{"kind":"Name","value":"weightKg"}},{"kind":"Field","name":{"kind":"Name","value":"skinProblems"}},{"kind":"Field","name":{"kind":"Name","value":"nightToileting"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"bloodPressure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"systolic"}},{"kind":"Field","name":{"kind":"Name","value":"diastolic"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"incidents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"elderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"elderId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"actionsTaken"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}}]}}]} as unknown as DocumentNode<ElderDayQuery, ElderDayQueryVariables>;
export const ElderDayVisitChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ElderDayVisitChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"elderId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"homeCareOrderChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"elderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"elderId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ElderDayVisitChangedSubscription, ElderDayVisitChangedSubscriptionVariables>;
export const MatchProvidersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatchProviders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"need"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CareNeedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchProviders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"need"},"value":{"kind":"Variable","name":{"kind":"Name","value":"need"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"setting"}},{"kind":"Field","name":{"kind":"Name","value":"bedCategory"}},{"kind":"Field","name":{"kind":"Name","value":"availableBeds"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedMonthlyCostFen"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedSubsidyFen"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"factor"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentRating"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stars"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"average"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"priceFen"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MatchProvidersQuery, MatchProvidersQueryVariables>;
export const MyGuardianInvitationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyGuardianInvitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myElderGuardianInvitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"elderName"}},{"kind":"Field","name":{"kind":"Name","value":"invitedBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<MyGuardianInvitationsQuery, MyGuardianInvitationsQueryVariables>;
export const AcceptGuardianInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptGuardianInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"invitationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptElderGuardianInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"invitationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"invitationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]} as unknown as DocumentNode<AcceptGuardianInvitationMutation, AcceptGuardianInvitationMutationVariables>;
export const InviteGuardianDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteGuardian"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"elderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"phone"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addElderGuardian"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"elderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"elderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"phone"},"value":{"kind":"Variable","name":{"kind":"Name","value":"phone"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"guardians"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"since"}}]}}]}}]}}]} as unknown as DocumentNode<InviteGuardianMutation, InviteGuardianMutationVariables>;
export const RemoveGuardianDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveGuardian"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"elderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"phone"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeElderGuardian"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"elderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"elderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"phone"},"value":{"kind":"Variable","name":{"kind":"Name","value":"phone"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"guardians"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"since"}}]}}]}}]}}]} as unknown as DocumentNode<RemoveGuardianMutation, RemoveGuardianMutationVariables>;
export const ElderStatementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ElderStatement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"elderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"elderStatement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"elderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"elderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"elderId"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"copayFen"}},{"kind":"Field","name":{"kind":"Name","value":"bedFeesFen"}},{"kind":"Field","name":{"kind":"Name","value":"paymentsFen"}},{"kind":"Field","name":{"kind":"Name","value":"balanceFen"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"reservationId"}},{"kind":"Field","name":{"kind":"Name","value":"paymentId"}},{"kind":"Field","name":{"kind":"Name","value":"providerId"}}]}}]}}]}}]} as unknown as DocumentNode<ElderStatementQuery, ElderStatementQueryVariables>;
export const ElderStatementExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ElderStatementExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"elderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportFormat"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"elderStatementExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"elderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"elderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"contentBase64"}}]}}]}}]} as unknown as DocumentNode<ElderStatementExportQuery, ElderStatementExportQueryVariables>;
export const MyEldersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyElders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myElders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"idNumberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedCategories"}},{"kind":"Field","name":{"kind":"Name","value":"selfCareClass"}},{"kind":"Field","name":{"kind":"Name","value":"careLevel"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextAssessmentDue"}},{"kind":"Field","name":{"kind":"Name","value":"latestAssessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"totalScore"}},{"kind":"Field","name":{"kind":"Name","value":"scoreLevel"}},{"kind":"Field","name":{"kind":"Name","value":"finalLevel"}},{"kind":"Field","name":{"kind":"Name","value":"assessedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dimensionScores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"selfCare"}},{"kind":"Field","name":{"kind":"Name","value":"mobility"}},{"kind":"Field","name":{"kind":"Name","value":"mentalState"}},{"kind":"Field","name":{"kind":"Name","value":"perceptionSocial"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"subsidy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monthlyAllowanceFen"}},{"kind":"Field","name":{"kind":"Name","value":"coverageRate"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"ruleCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"guardians"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"since"}}]}}]}}]}}]} as unknown as DocumentNode<MyEldersQuery, MyEldersQueryVariables>;
export const CreateElderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateElder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateElderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createElder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]} as unknown as DocumentNode<CreateElderMutation, CreateElderMutationVariables>;
export const UpdateElderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateElder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateElderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateElder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]} as unknown as DocumentNode<UpdateElderMutation, UpdateElderMutationVariables>;
export const MyVisitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyVisits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"HomeCareOrderFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"homeCareOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"priceFen"}},{"kind":"Field","name":{"kind":"Name","value":"subsidyFen"}},{"kind":"Field","name":{"kind":"Name","value":"copayFen"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledLate"}},{"kind":"Field","name":{"kind":"Name","value":"visitNotes"}},{"kind":"Field","name":{"kind":"Name","value":"elder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"caregiver"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checkIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"distanceMeters"}},{"kind":"Field","name":{"kind":"Name","value":"flagged"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checkOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"distanceMeters"}},{"kind":"Field","name":{"kind":"Name","value":"flagged"}}]}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stars"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyVisitsQuery, MyVisitsQueryVariables>;
export const MyVisitChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"MyVisitChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"elderId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"homeCareOrderChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"elderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"elderId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}}]}}]} as unknown as DocumentNode<MyVisitChangedSubscription, MyVisitChangedSubscriptionVariables>;
export const CancelVisitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelVisit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelHomeCareOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CancelVisitMutation, CancelVisitMutationVariables>;
export const RescheduleVisitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RescheduleVisit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"startsAt"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rescheduleHomeCareOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"startsAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"startsAt"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}}]}}]} as unknown as DocumentNode<RescheduleVisitMutation, RescheduleVisitMutationVariables>;
export const ReviewVisitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewVisit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stars"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"comment"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewHomeCareOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"stars"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stars"}}},{"kind":"Argument","name":{"kind":"Name","value":"comment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stars"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}}]}}]}}]} as unknown as DocumentNode<ReviewVisitMutation, ReviewVisitMutationVariables>;
export const VisitSlotsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VisitSlots"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"providerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"service"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"durationMinutes"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"elderId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"availableVisitSlots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"providerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"providerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"service"},"value":{"kind":"Variable","name":{"kind":"Name","value":"service"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"durationMinutes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"durationMinutes"}}},{"kind":"Argument","name":{"kind":"Name","value":"elderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"elderId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"freeCaregivers"}}]}}]}}]} as unknown as DocumentNode<VisitSlotsQuery, VisitSlotsQueryVariables>;
export const MyNotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyNotifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myNotifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unreadOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"urgent"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]}}]}}]} as unknown as DocumentNode<MyNotificationsQuery, MyNotificationsQueryVariables>;
export const MyNotificationPreferencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyNotificationPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myNotificationPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quietHoursStart"}},{"kind":"Field","name":{"kind":"Name","value":"quietHoursEnd"}},{"kind":"Field","name":{"kind":"Name","value":"channels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}}]}}]}}]}}]} as unknown as DocumentNode<MyNotificationPreferencesQuery, MyNotificationPreferencesQueryVariables>;
export const SetNotificationPreferencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetNotificationPreferences"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationPreferencesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setNotificationPreferences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quietHoursStart"}},{"kind":"Field","name":{"kind":"Name","value":"quietHoursEnd"}},{"kind":"Field","name":{"kind":"Name","value":"channels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}}]}}]}}]}}]} as unknown as DocumentNode<SetNotificationPreferencesMutation, SetNotificationPreferencesMutationVariables>;
export const UnreadNotificationCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnreadNotificationCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadNotificationCount"}}]}}]} as unknown as DocumentNode<UnreadNotificationCountQuery, UnreadNotificationCountQueryVariables>;
export const NotificationAddedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"NotificationAdded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationAdded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"urgent"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<NotificationAddedSubscription, NotificationAddedSubscriptionVariables>;
export const MarkNotificationsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNotificationsRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}]}]}}]} as unknown as DocumentNode<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const RegionStatsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionStats"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"elders"}},{"kind":"Field","name":{"kind":"Name","value":"eldersNotAssessed"}},{"kind":"Field","name":{"kind":"Name","value":"homeBeds"}},{"kind":"Field","name":{"kind":"Name","value":"unrated"}},{"kind":"Field","name":{"kind":"Name","value":"nursingBedShare"}},{"kind":"Field","name":{"kind":"Name","value":"occupancyRate"}},{"kind":"Field","name":{"kind":"Name","value":"providersByKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"beds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"occupied"}},{"kind":"Field","name":{"kind":"Name","value":"reserved"}}]}},{"kind":"Field","name":{"kind":"Name","value":"starDistribution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stars"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eldersByCareLevel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"homeCareOrders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}},{"kind":"Field","name":{"kind":"Name","value":"noShow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"extremePoverty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"centralized"}},{"kind":"Field","name":{"kind":"Name","value":"dependent"}},{"kind":"Field","name":{"kind":"Name","value":"dependentCentralized"}},{"kind":"Field","name":{"kind":"Name","value":"dependentCentralizedRate"}}]}}]}}]}}]} as unknown as DocumentNode<RegionStatsQuery, RegionStatsQueryVariables>;
export const ImportProvidersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportProviders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"file"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Upload"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allOrNothing"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importProviders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"file"},"value":{"kind":"Variable","name":{"kind":"Name","value":"file"}}},{"kind":"Argument","name":{"kind":"Name","value":"dryRun"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}}},{"kind":"Argument","name":{"kind":"Name","value":"allOrNothing"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allOrNothing"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ImportProvidersMutation, ImportProvidersMutationVariables>;
export const ImportEldersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportElders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"file"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Upload"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allOrNothing"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importElders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"file"},"value":{"kind":"Variable","name":{"kind":"Name","value":"file"}}},{"kind":"Argument","name":{"kind":"Name","value":"dryRun"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}}},{"kind":"Argument","name":{"kind":"Name","value":"allOrNothing"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allOrNothing"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ImportEldersMutation, ImportEldersMutationVariables>;
export const ImportJobProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportJobProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"totalRows"}},{"kind":"Field","name":{"kind":"Name","value":"processedRows"}},{"kind":"Field","name":{"kind":"Name","value":"createdRows"}},{"kind":"Field","name":{"kind":"Name","value":"updatedRows"}},{"kind":"Field","name":{"kind":"Name","value":"unchangedRows"}},{"kind":"Field","name":{"kind":"Name","value":"rejectedRows"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"allOrNothing"}},{"kind":"Field","name":{"kind":"Name","value":"committed"}},{"kind":"Field","name":{"kind":"Name","value":"failure"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ImportJobProgressQuery, ImportJobProgressQueryVariables>;
export const ImportTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportFileKind"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<ImportTemplateQuery, ImportTemplateQueryVariables>;
export const ExportReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExportReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportFormat"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<ExportReportMutation, ExportReportMutationVariables>;
export const OfficerEldersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficerElders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ElderFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"elders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"idNumberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedCategories"}},{"kind":"Field","name":{"kind":"Name","value":"careLevel"}},{"kind":"Field","name":{"kind":"Name","value":"nextAssessmentDue"}},{"kind":"Field","name":{"kind":"Name","value":"latestAssessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalScore"}},{"kind":"Field","name":{"kind":"Name","value":"finalLevel"}},{"kind":"Field","name":{"kind":"Name","value":"assessedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OfficerEldersQuery, OfficerEldersQueryVariables>;
export const RecordAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CapabilityAssessmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCapabilityAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"totalScore"}},{"kind":"Field","name":{"kind":"Name","value":"scoreLevel"}},{"kind":"Field","name":{"kind":"Name","value":"finalLevel"}},{"kind":"Field","name":{"kind":"Name","value":"adjustments"}},{"kind":"Field","name":{"kind":"Name","value":"nextAssessmentDue"}},{"kind":"Field","name":{"kind":"Name","value":"dimensionScores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"selfCare"}},{"kind":"Field","name":{"kind":"Name","value":"mobility"}},{"kind":"Field","name":{"kind":"Name","value":"mentalState"}},{"kind":"Field","name":{"kind":"Name","value":"perceptionSocial"}}]}}]}}]}}]} as unknown as DocumentNode<RecordAssessmentMutation, RecordAssessmentMutationVariables>;
export const OfficerCreateElderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OfficerCreateElder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateElderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createElder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedCategories"}}]}}]}}]} as unknown as DocumentNode<OfficerCreateElderMutation, OfficerCreateElderMutationVariables>;
export const OfficerLinkElderProviderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OfficerLinkElderProvider"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"elderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"providerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkElderProvider"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"elderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"elderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"providerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"providerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OfficerLinkElderProviderMutation, OfficerLinkElderProviderMutationVariables>;
export const OfficerProviderPickDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficerProviderPick"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProviderFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}}]}}]}}]}}]} as unknown as DocumentNode<OfficerProviderPickQuery, OfficerProviderPickQueryVariables>;
export const OfficerHomeCareRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficerHomeCareRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"homeCareRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationNoticeMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"checkInOpensMinutesBefore"}},{"kind":"Field","name":{"kind":"Name","value":"checkInClosesMinutesAfter"}},{"kind":"Field","name":{"kind":"Name","value":"geofenceMeters"}},{"kind":"Field","name":{"kind":"Name","value":"homeBedHorizonWeeks"}},{"kind":"Field","name":{"kind":"Name","value":"maxSlotWindowDays"}},{"kind":"Field","name":{"kind":"Name","value":"minBookingLeadMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"minVisitMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"maxVisitMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"noShowGraceMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"slotStepMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"travelBufferMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"defaultWorkingHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}}]}}]}}]}}]} as unknown as DocumentNode<OfficerHomeCareRulesQuery, OfficerHomeCareRulesQueryVariables>;
export const SetHomeCareRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetHomeCareRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionPrefix"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HomeCareRulesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setHomeCareRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionPrefix"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionPrefix"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionCode"}}]}}]}}]} as unknown as DocumentNode<SetHomeCareRulesMutation, SetHomeCareRulesMutationVariables>;
export const OfficerIncidentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficerIncidents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"IncidentFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incidents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"serious"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"actionsTaken"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"elderId"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OfficerIncidentsQuery, OfficerIncidentsQueryVariables>;
export const OfficerProvidersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficerProviders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProviderFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ownership"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"serviceRadiusKm"}},{"kind":"Field","name":{"kind":"Name","value":"acceptsCareLevels"}},{"kind":"Field","name":{"kind":"Name","value":"dementiaCare"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentRating"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stars"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capacity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"occupied"}},{"kind":"Field","name":{"kind":"Name","value":"available"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OfficerProvidersQuery, OfficerProvidersQueryVariables>;
export const CreateProviderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateProvider"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProviderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProvider"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateProviderMutation, CreateProviderMutationVariables>;
export const UpdateProviderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProvider"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProviderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProvider"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UpdateProviderMutation, UpdateProviderMutationVariables>;
export const RatingAssessmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RatingAssessments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RatingAssessmentFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ratingAssessments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stars"}},{"kind":"Field","name":{"kind":"Name","value":"totalPoints"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RatingAssessmentsQuery, RatingAssessmentsQueryVariables>;
export const RatingProviderOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RatingProviderOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<RatingProviderOptionsQuery, RatingProviderOptionsQueryVariables>;
export const StartRatingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartRating"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"providerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"facts"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RatingFactsInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startRatingAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"providerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"providerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"facts"},"value":{"kind":"Variable","name":{"kind":"Name","value":"facts"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<StartRatingMutation, StartRatingMutationVariables>;
export const RatingDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RatingDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ratingAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stars"}},{"kind":"Field","name":{"kind":"Name","value":"scoreStars"}},{"kind":"Field","name":{"kind":"Name","value":"totalPoints"}},{"kind":"Field","name":{"kind":"Name","value":"rubricVersion"}},{"kind":"Field","name":{"kind":"Name","value":"failedPrerequisites"}},{"kind":"Field","name":{"kind":"Name","value":"unscoredItemCodes"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"facts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caregiverCount"}},{"kind":"Field","name":{"kind":"Name","value":"fullyDependentResidentCount"}},{"kind":"Field","name":{"kind":"Name","value":"roomCount"}},{"kind":"Field","name":{"kind":"Name","value":"roomsWithOwnBathroomCount"}},{"kind":"Field","name":{"kind":"Name","value":"occupiedBeds"}},{"kind":"Field","name":{"kind":"Name","value":"totalBeds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"prerequisiteResults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"star"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"actual"}},{"kind":"Field","name":{"kind":"Name","value":"met"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemCode"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rubric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}},{"kind":"Field","name":{"kind":"Name","value":"starThresholds"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RatingDetailQuery, RatingDetailQueryVariables>;
export const ScoreRatingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScoreRating"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assessmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scores"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RatingItemScoreInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoreRatingItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"assessmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assessmentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"scores"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scores"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"totalPoints"}},{"kind":"Field","name":{"kind":"Name","value":"unscoredItemCodes"}}]}}]}}]} as unknown as DocumentNode<ScoreRatingMutation, ScoreRatingMutationVariables>;
export const RecordRatingFactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordRatingFacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assessmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"facts"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RatingFactsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordRatingFacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"assessmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assessmentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"facts"},"value":{"kind":"Variable","name":{"kind":"Name","value":"facts"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecordRatingFactsMutation, RecordRatingFactsMutationVariables>;
export const FinalizeRatingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FinalizeRating"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assessmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"finalizeRatingAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"assessmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assessmentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stars"}},{"kind":"Field","name":{"kind":"Name","value":"failedPrerequisites"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]}}]} as unknown as DocumentNode<FinalizeRatingMutation, FinalizeRatingMutationVariables>;
export const RegionRiskAlertsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionRiskAlerts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"riskAlerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"openAlerts"}},{"kind":"Field","name":{"kind":"Name","value":"eldersAtRisk"}},{"kind":"Field","name":{"kind":"Name","value":"byRule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"incidents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"serious"},"value":{"kind":"BooleanValue","value":true}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"REPORTED"},{"kind":"EnumValue","value":"UNDER_REVIEW"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<RegionRiskAlertsQuery, RegionRiskAlertsQueryVariables>;
export const SubsidyRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SubsidyRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subsidyRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"regionPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"minAge"}},{"kind":"Field","name":{"kind":"Name","value":"minCareLevel"}},{"kind":"Field","name":{"kind":"Name","value":"anyOfCategories"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyAllowanceFen"}},{"kind":"Field","name":{"kind":"Name","value":"coverageRate"}},{"kind":"Field","name":{"kind":"Name","value":"coverageRateBp"}},{"kind":"Field","name":{"kind":"Name","value":"fundingSource"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ratingSubsidyTiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"regionPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"stars"}},{"kind":"Field","name":{"kind":"Name","value":"flatMonthlyFen"}},{"kind":"Field","name":{"kind":"Name","value":"perOccupiedBedMonthlyFen"}},{"kind":"Field","name":{"kind":"Name","value":"fundingSource"}}]}}]}}]} as unknown as DocumentNode<SubsidyRulesQuery, SubsidyRulesQueryVariables>;
export const SetSubsidyRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetSubsidyRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetSubsidyRulesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setSubsidyRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"regionPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}}]}}]}}]} as unknown as DocumentNode<SetSubsidyRulesMutation, SetSubsidyRulesMutationVariables>;
export const SetRatingSubsidyTiersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetRatingSubsidyTiers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProviderKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionPrefix"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tiers"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RatingSubsidyTierInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setRatingSubsidyTiers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"regionPrefix"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionPrefix"}}},{"kind":"Argument","name":{"kind":"Name","value":"tiers"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tiers"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"regionPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"stars"}}]}}]}}]} as unknown as DocumentNode<SetRatingSubsidyTiersMutation, SetRatingSubsidyTiersMutationVariables>;
export const SettlementLedgerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettlementLedger"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settlementLedger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"totalFen"}},{"kind":"Field","name":{"kind":"Name","value":"approvedStatementsTotalFen"}},{"kind":"Field","name":{"kind":"Name","value":"byMonth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"totalFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bySource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fundingSource"}},{"kind":"Field","name":{"kind":"Name","value":"totalFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byProvider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"totalFen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"providers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SettlementLedgerQuery, SettlementLedgerQueryVariables>;
export const SettlementLedgerExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettlementLedgerExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportFormat"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settlementLedgerExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"contentBase64"}}]}}]}}]} as unknown as DocumentNode<SettlementLedgerExportQuery, SettlementLedgerExportQueryVariables>;
export const SettlementRulesInForceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettlementRulesInForce"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settlementRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"homeBedFundingSource"}},{"kind":"Field","name":{"kind":"Name","value":"homeBedMonthlySubsidyFen"}},{"kind":"Field","name":{"kind":"Name","value":"institutionalSupportFundingSource"}},{"kind":"Field","name":{"kind":"Name","value":"maxTravelKmh"}},{"kind":"Field","name":{"kind":"Name","value":"shortVisitShareBp"}},{"kind":"Field","name":{"kind":"Name","value":"supportRates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"careLevel"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyFen"}}]}}]}}]}}]} as unknown as DocumentNode<SettlementRulesInForceQuery, SettlementRulesInForceQueryVariables>;
export const SetSettlementRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetSettlementRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionPrefix"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SettlementRulesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setSettlementRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionPrefix"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionPrefix"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionCode"}}]}}]}}]} as unknown as DocumentNode<SetSettlementRulesMutation, SetSettlementRulesMutationVariables>;
export const SettlementStatementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettlementStatements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SettlementFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settlementStatements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"fundingSource"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"totalFen"}},{"kind":"Field","name":{"kind":"Name","value":"lineCount"}},{"kind":"Field","name":{"kind":"Name","value":"heldCount"}},{"kind":"Field","name":{"kind":"Name","value":"generatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}},{"kind":"Field","name":{"kind":"Name","value":"paymentReference"}}]}}]}}]}}]} as unknown as DocumentNode<SettlementStatementsQuery, SettlementStatementsQueryVariables>;
export const StatementDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StatementDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settlementStatement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"fundingSource"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"totalFen"}},{"kind":"Field","name":{"kind":"Name","value":"lineCount"}},{"kind":"Field","name":{"kind":"Name","value":"heldCount"}},{"kind":"Field","name":{"kind":"Name","value":"generatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}},{"kind":"Field","name":{"kind":"Name","value":"paymentReference"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lineKind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"elderId"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"adjustsLineId"}},{"kind":"Field","name":{"kind":"Name","value":"holdReasons"}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"lineId"}}]}}]}}]}}]} as unknown as DocumentNode<StatementDetailQuery, StatementDetailQueryVariables>;
export const SettlementProviderNamesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettlementProviderNames"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProviderFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SettlementProviderNamesQuery, SettlementProviderNamesQueryVariables>;
export const GenerateSettlementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GenerateSettlement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"providerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"generateSettlement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"providerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"providerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<GenerateSettlementMutation, GenerateSettlementMutationVariables>;
export const SubmitSettlementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitSettlement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitSettlement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}}]}}]} as unknown as DocumentNode<SubmitSettlementMutation, SubmitSettlementMutationVariables>;
export const ApproveSettlementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveSettlement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveSettlement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"totalFen"}}]}}]}}]} as unknown as DocumentNode<ApproveSettlementMutation, ApproveSettlementMutationVariables>;
export const RejectSettlementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectSettlement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectSettlement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RejectSettlementMutation, RejectSettlementMutationVariables>;
export const MarkSettlementPaidDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkSettlementPaid"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reference"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"paidOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markSettlementPaid"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reference"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reference"}}},{"kind":"Argument","name":{"kind":"Name","value":"paidOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"paidOn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}},{"kind":"Field","name":{"kind":"Name","value":"paymentReference"}}]}}]}}]} as unknown as DocumentNode<MarkSettlementPaidMutation, MarkSettlementPaidMutationVariables>;
export const DecideSettlementLineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideSettlementLine"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lineId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accept"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideSettlementLine"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lineId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lineId"}}},{"kind":"Argument","name":{"kind":"Name","value":"accept"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accept"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DecideSettlementLineMutation, DecideSettlementLineMutationVariables>;
export const AddSettlementAdjustmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddSettlementAdjustment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SettlementAdjustmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addSettlementAdjustment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}}]}}]} as unknown as DocumentNode<AddSettlementAdjustmentMutation, AddSettlementAdjustmentMutationVariables>;
export const SettlementStatementExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettlementStatementExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportFormat"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settlementStatementExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"contentBase64"}}]}}]}}]} as unknown as DocumentNode<SettlementStatementExportQuery, SettlementStatementExportQueryVariables>;
export const StaffCapacityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffCapacity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"occupied"}},{"kind":"Field","name":{"kind":"Name","value":"reserved"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyPriceFen"}}]}}]}}]}}]} as unknown as DocumentNode<StaffCapacityQuery, StaffCapacityQueryVariables>;
export const UpdateCapacityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCapacity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateBedCapacityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateBedCapacity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"occupied"}},{"kind":"Field","name":{"kind":"Name","value":"reserved"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyPriceFen"}}]}}]}}]} as unknown as DocumentNode<UpdateCapacityMutation, UpdateCapacityMutationVariables>;
export const StaffCaregiversDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffCaregivers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"providerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caregivers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"providerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"providerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"qualifiedServices"}},{"kind":"Field","name":{"kind":"Name","value":"customHours"}},{"kind":"Field","name":{"kind":"Name","value":"customQualifications"}},{"kind":"Field","name":{"kind":"Name","value":"workingHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"homeBeds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"providerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"providerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"elderId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"generatedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"providerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"elders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"providerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"providerId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]} as unknown as DocumentNode<StaffCaregiversQuery, StaffCaregiversQueryVariables>;
export const SetCaregiverProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetCaregiverProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caregiverId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetCaregiverProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCaregiverProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caregiverId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caregiverId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"qualifiedServices"}},{"kind":"Field","name":{"kind":"Name","value":"customHours"}},{"kind":"Field","name":{"kind":"Name","value":"customQualifications"}},{"kind":"Field","name":{"kind":"Name","value":"workingHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}}]}}]}}]}}]} as unknown as DocumentNode<SetCaregiverProfileMutation, SetCaregiverProfileMutationVariables>;
export const RegisterHomeBedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterHomeBed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterHomeBedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerHomeBed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"homeBed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"booked"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"skipped"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterHomeBedMutation, RegisterHomeBedMutationVariables>;
export const EndHomeBedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndHomeBed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"homeBedId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endHomeBed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"homeBedId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"homeBedId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}}]}}]}}]} as unknown as DocumentNode<EndHomeBedMutation, EndHomeBedMutationVariables>;
export const ExtendHomeBedVisitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExtendHomeBedVisits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"homeBedId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"extendHomeBedVisits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"homeBedId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"homeBedId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"homeBed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"generatedUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"booked"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"skipped"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<ExtendHomeBedVisitsMutation, ExtendHomeBedVisitsMutationVariables>;
export const StaffOrdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffOrders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"HomeCareOrderFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"homeCareOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"priceFen"}},{"kind":"Field","name":{"kind":"Name","value":"elder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"caregiver"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checkIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"flagged"}},{"kind":"Field","name":{"kind":"Name","value":"distanceMeters"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checkOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"flagged"}},{"kind":"Field","name":{"kind":"Name","value":"distanceMeters"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StaffOrdersQuery, StaffOrdersQueryVariables>;
export const StaffOrderChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"StaffOrderChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"providerId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"homeCareOrderChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"providerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"providerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<StaffOrderChangedSubscription, StaffOrderChangedSubscriptionVariables>;
export const StaffCaregiverOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffCaregiverOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"providerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caregivers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"providerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"providerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"qualifiedServices"}}]}}]}}]} as unknown as DocumentNode<StaffCaregiverOptionsQuery, StaffCaregiverOptionsQueryVariables>;
export const AssignCaregiverDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignCaregiver"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caregiverId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignCaregiver"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"caregiverId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caregiverId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"caregiver"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<AssignCaregiverMutation, AssignCaregiverMutationVariables>;
export const StaffReservationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffReservations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BedReservationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bedReservations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"admittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"governmentSupported"}},{"kind":"Field","name":{"kind":"Name","value":"fromWaitlist"}},{"kind":"Field","name":{"kind":"Name","value":"elder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"careLevel"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StaffReservationsQuery, StaffReservationsQueryVariables>;
export const StaffWaitlistDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffWaitlist"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"providerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"category"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BedCategory"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bedWaitlist"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"providerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"providerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"category"},"value":{"kind":"Variable","name":{"kind":"Name","value":"category"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"elder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"careLevel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}}]}}]} as unknown as DocumentNode<StaffWaitlistQuery, StaffWaitlistQueryVariables>;
export const StaffBedsChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"StaffBedsChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"providerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bedCapacityChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"providerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"providerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"available"}}]}}]}}]} as unknown as DocumentNode<StaffBedsChangedSubscription, StaffBedsChangedSubscriptionVariables>;
export const AdmitReservationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdmitReservation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reservationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"admitReservation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reservationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reservationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"admittedAt"}}]}}]}}]} as unknown as DocumentNode<AdmitReservationMutation, AdmitReservationMutationVariables>;
export const ReleaseReservationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReleaseReservation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reservationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"releaseReservation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reservationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reservationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ReleaseReservationMutation, ReleaseReservationMutationVariables>;
export const DischargeResidentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DischargeResident"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reservationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dischargeResident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reservationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reservationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DischargeResidentMutation, DischargeResidentMutationVariables>;
export const StaffServicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffServices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"providerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"providerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"homeCareAutoAssign"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"priceFen"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}}]}}]}}]}}]} as unknown as DocumentNode<StaffServicesQuery, StaffServicesQueryVariables>;
export const StaffHomeCareRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffHomeCareRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"homeCareRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationNoticeMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"checkInOpensMinutesBefore"}},{"kind":"Field","name":{"kind":"Name","value":"checkInClosesMinutesAfter"}},{"kind":"Field","name":{"kind":"Name","value":"geofenceMeters"}},{"kind":"Field","name":{"kind":"Name","value":"homeBedHorizonWeeks"}},{"kind":"Field","name":{"kind":"Name","value":"minBookingLeadMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"minVisitMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"maxVisitMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"noShowGraceMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"slotStepMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"travelBufferMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"defaultWorkingHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}}]}}]}}]}}]} as unknown as DocumentNode<StaffHomeCareRulesQuery, StaffHomeCareRulesQueryVariables>;
export const SetProviderServicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetProviderServices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"providerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"services"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceOfferingInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setProviderServices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"providerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"providerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"services"},"value":{"kind":"Variable","name":{"kind":"Name","value":"services"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"priceFen"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}}]}}]}}]}}]} as unknown as DocumentNode<SetProviderServicesMutation, SetProviderServicesMutationVariables>;
export const SetHomeCareAutoAssignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetHomeCareAutoAssign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"providerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"enabled"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setHomeCareAutoAssign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"providerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"providerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"enabled"},"value":{"kind":"Variable","name":{"kind":"Name","value":"enabled"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"autoAssign"}}]}}]}}]} as unknown as DocumentNode<SetHomeCareAutoAssignMutation, SetHomeCareAutoAssignMutationVariables>;
export const RaiseEmergencyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RaiseEmergency"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"elderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"location"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"GeoPointInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"raiseEmergency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"elderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"elderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"location"},"value":{"kind":"Variable","name":{"kind":"Name","value":"location"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionNote"}}]}}]}}]} as unknown as DocumentNode<RaiseEmergencyMutation, RaiseEmergencyMutationVariables>;
export const EmergencyChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"EmergencyChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emergencyChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionNote"}}]}}]}}]} as unknown as DocumentNode<EmergencyChangedSubscription, EmergencyChangedSubscriptionVariables>;
export const ImportProvidersForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportProvidersForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"file"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Upload"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allOrNothing"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importProviders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"file"},"value":{"kind":"Variable","name":{"kind":"Name","value":"file"}}},{"kind":"Argument","name":{"kind":"Name","value":"dryRun"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}}},{"kind":"Argument","name":{"kind":"Name","value":"allOrNothing"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allOrNothing"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ImportProvidersForTestMutation, ImportProvidersForTestMutationVariables>;