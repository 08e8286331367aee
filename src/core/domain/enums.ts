import { registerEnumType } from '@nestjs/graphql';
import * as values from '../graphql/enum-values.js';

/** Enums shared by several modules (docs/api-contract.md). Lifecycle statuses live with their modules. */

export enum Role {
  FAMILY = 'FAMILY',
  CAREGIVER = 'CAREGIVER',
  PROVIDER_STAFF = 'PROVIDER_STAFF',
  CIVIL_AFFAIRS = 'CIVIL_AFFAIRS',
  ADMIN = 'ADMIN',
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

registerEnumType(Role, { name: 'Role', description: 'What an account may do: family, caregiver, provider staff, civil-affairs officer (民政), admin.', valuesMap: values.ROLE_VALUES });
registerEnumType(ProviderKind, {
  name: 'ProviderKind',
  description: 'Nursing home (养老院/敬老院), day-care centre (日间照料中心), rural happiness home (农村幸福院), home-care agency (居家养老服务机构).',
  valuesMap: values.PROVIDER_KIND_VALUES,
});
registerEnumType(Ownership, { name: 'Ownership', description: 'Public (公办), private (民办), public-built private-run (公建民营).', valuesMap: values.OWNERSHIP_VALUES });
registerEnumType(BedCategory, { name: 'BedCategory', description: 'Bed category; NURSING is the nursing-type bed (护理型床位) for disabled elders.', valuesMap: values.BED_CATEGORY_VALUES });
registerEnumType(CareLevel, { name: 'CareLevel', description: 'GB/T 42195-2022 capability level: 0 intact … 4 total loss of capability.', valuesMap: values.CARE_LEVEL_VALUES });
registerEnumType(ElderCategory, { name: 'ElderCategory', description: 'Support categories that decide eligibility for government-paid care.', valuesMap: values.ELDER_CATEGORY_VALUES });
registerEnumType(ServiceKind, { name: 'ServiceKind', description: 'Home-care service catalogue after GB/T 43153-2023.', valuesMap: values.SERVICE_KIND_VALUES });
registerEnumType(CareSetting, { name: 'CareSetting', description: 'Residential (institution), day care, or care at home.', valuesMap: values.CARE_SETTING_VALUES });
