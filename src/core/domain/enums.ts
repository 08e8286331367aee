/**
 * The shared vocabulary of the domain: plain TypeScript with no framework import, so that pure policies use these
 * values instead of re-declaring them. Lifecycle statuses live with their modules. The GraphQL enum types are
 * registered from these in core/graphql/enum-types.ts.
 */

export enum Role {
  FAMILY = 'FAMILY',
  CAREGIVER = 'CAREGIVER',
  PROVIDER_STAFF = 'PROVIDER_STAFF',
  CIVIL_AFFAIRS = 'CIVIL_AFFAIRS',
  ADMIN = 'ADMIN',
  DEVICE = 'DEVICE',
}

export enum ProviderKind {
  NURSING_HOME = 'NURSING_HOME',
  DAY_CARE_CENTRE = 'DAY_CARE_CENTRE',
  RURAL_HAPPINESS_HOME = 'RURAL_HAPPINESS_HOME',
  HOME_CARE_AGENCY = 'HOME_CARE_AGENCY',
}

export enum Ownership {
  PUBLIC = 'PUBLIC',
  PRIVATE = 'PRIVATE',
  PUBLIC_BUILT_PRIVATE_RUN = 'PUBLIC_BUILT_PRIVATE_RUN',
}

export enum BedCategory {
  SELF_CARE = 'SELF_CARE',
  NURSING = 'NURSING',
  DEMENTIA = 'DEMENTIA',
}

/** GB/T 42195-2022 capability levels 0..4, in order. */
export enum CareLevel {
  INTACT = 'INTACT',
  MILD = 'MILD',
  MODERATE = 'MODERATE',
  SEVERE = 'SEVERE',
  TOTAL = 'TOTAL',
}
export const CARE_LEVELS_IN_ORDER: readonly CareLevel[] = [
  CareLevel.INTACT,
  CareLevel.MILD,
  CareLevel.MODERATE,
  CareLevel.SEVERE,
  CareLevel.TOTAL,
];

export enum ElderCategory {
  EXTREME_POVERTY = 'EXTREME_POVERTY',
  SUBSISTENCE_ALLOWANCE = 'SUBSISTENCE_ALLOWANCE',
  LOW_INCOME = 'LOW_INCOME',
  ADVANCED_AGE = 'ADVANCED_AGE',
  LIVING_ALONE = 'LIVING_ALONE',
  EMPTY_NEST = 'EMPTY_NEST',
  LEFT_BEHIND = 'LEFT_BEHIND',
  DISABLED = 'DISABLED',
}

export enum ServiceKind {
  MEAL = 'MEAL',
  BATHING = 'BATHING',
  CLEANING = 'CLEANING',
  WALKING_OUTING = 'WALKING_OUTING',
  MEDICAL_ESCORT = 'MEDICAL_ESCORT',
  EMERGENCY_HELP = 'EMERGENCY_HELP',
  PERSONAL_CARE = 'PERSONAL_CARE',
  MEDICATION_HELP = 'MEDICATION_HELP',
  REHABILITATION = 'REHABILITATION',
  HEALTH_MONITORING = 'HEALTH_MONITORING',
  WELFARE_VISIT = 'WELFARE_VISIT',
  COMPANIONSHIP = 'COMPANIONSHIP',
  ERRANDS_AND_BILLS = 'ERRANDS_AND_BILLS',
  HOME_ADAPTATION = 'HOME_ADAPTATION',
}

export enum CareSetting {
  RESIDENTIAL = 'RESIDENTIAL',
  DAY_CARE = 'DAY_CARE',
  HOME_CARE = 'HOME_CARE',
}

/** The values as string-literal unions, for pure rules that take plain strings (rows, JSON, test data). */
export type RoleName = `${Role}`;
export type ProviderKindName = `${ProviderKind}`;
export type OwnershipName = `${Ownership}`;
export type BedCategoryName = `${BedCategory}`;
export type CareLevelName = `${CareLevel}`;
export type ElderCategoryName = `${ElderCategory}`;
export type ServiceKindName = `${ServiceKind}`;
export type CareSettingName = `${CareSetting}`;

/** A string enum's values in declaration order, typed as their literal union. */
export const valuesOf = <E extends Record<string, string>>(e: E): ReadonlyArray<`${E[keyof E]}`> => Object.values(e) as Array<`${E[keyof E]}`>;
