/**
 * What each value of the shared enums means, for the schema (registerEnumType's valuesMap). Kept apart from the
 * enums themselves so that the vocabulary stays readable and the schema text can grow without touching it.
 */
type Values = Record<string, { description: string }>;

export const ROLE_VALUES: Values = {
  FAMILY: { description: 'A relative or guardian (家属/监护人), possibly the elder: registers elders, books visits, reserves beds, reviews visits. The only role `register` creates.' },
  CAREGIVER: { description: 'A home-care worker (护理员) of one provider: sees own visits, checks in and out at the home.' },
  PROVIDER_STAFF: { description: 'Staff of one provider (机构工作人员): keeps services and bed capacity, assigns caregivers, admits and discharges.' },
  CIVIL_AFFAIRS: { description: 'An officer of a civil-affairs bureau (民政局) scoped to a region prefix: registers providers, assesses elders, grades facilities, reads statistics.' },
  ADMIN: { description: 'A platform operator: accounts, rubrics, prices and regional rules; no elder personal data in lists.' },
  DEVICE: { description: 'A device at an elder\'s home (an emergency button or watch), bound to that one elder: raises emergencies for it and reads their status, nothing else. Created by the elder\'s guardian or the serving provider\'s staff (createDeviceAccount).' },
};

export const PROVIDER_KIND_VALUES: Values = {
  NURSING_HOME: { description: 'Residential institution with beds (养老院/养老机构), including township homes (敬老院).' },
  DAY_CARE_CENTRE: { description: 'Community day care (日间照料中心/社区养老服务站): meals, rest, activities; no long-term beds.' },
  RURAL_HAPPINESS_HOME: { description: 'Village mutual-aid home (农村幸福院): day care and meals for rural elders, few or no beds.' },
  HOME_CARE_AGENCY: { description: 'Agency whose caregivers visit elders at home (居家养老服务机构).' },
};

export const OWNERSHIP_VALUES: Values = {
  PUBLIC: { description: 'Publicly run (公办).' },
  PRIVATE: { description: 'Privately run (民办).' },
  PUBLIC_BUILT_PRIVATE_RUN: { description: 'Public-built, private-run (公建民营): keeps a configurable share of beds (default 20%) for government-supported elders.' },
};

export const BED_CATEGORY_VALUES: Values = {
  SELF_CARE: { description: 'Bed for elders who can care for themselves (自理床位).' },
  NURSING: { description: 'Nursing-type bed (护理型床位) for disabled or partly disabled elders; counted in the nursing-bed share.' },
  DEMENTIA: { description: 'Bed in a dementia unit (失智照护床位).' },
};

export const CARE_LEVEL_VALUES: Values = {
  INTACT: { description: 'Level 0, capability intact (能力完好): total score 90.' },
  MILD: { description: 'Level 1, mildly disabled (轻度失能): total score 66-89.' },
  MODERATE: { description: 'Level 2, moderately disabled (中度失能): total score 46-65.' },
  SEVERE: { description: 'Level 3, severely disabled (重度失能): total score 30-45.' },
  TOTAL: { description: 'Level 4, total loss of capability (完全失能): total score 0-29, or in a coma.' },
};

export const ELDER_CATEGORY_VALUES: Values = {
  EXTREME_POVERTY: { description: 'Extreme-poverty elder (特困人员): no work ability, no income, no one able to support them; supported by the state.' },
  SUBSISTENCE_ALLOWANCE: { description: 'Household on the minimum living allowance (低保).' },
  LOW_INCOME: { description: 'Low-income household (低收入).' },
  ADVANCED_AGE: { description: 'Advanced age (高龄): 80 and over by default, configurable per region; derived from the birth date, never stored or declared.' },
  LIVING_ALONE: { description: 'Lives alone (独居).' },
  EMPTY_NEST: { description: 'Empty-nest elder (空巢): children live elsewhere.' },
  LEFT_BEHIND: { description: 'Left-behind elder (留守) in a village whose family works away.' },
  DISABLED: { description: 'Disabled or partly disabled (失能/半失能), declared or verified like the other categories.' },
};

export const SERVICE_KIND_VALUES: Values = {
  MEAL: { description: 'Meal help (助餐): delivered or served meals.' },
  BATHING: { description: 'Bathing help (助浴).' },
  CLEANING: { description: 'Cleaning help (助洁).' },
  WALKING_OUTING: { description: 'Walking and outings (助行).' },
  MEDICAL_ESCORT: { description: 'Escort to the doctor (助医).' },
  EMERGENCY_HELP: { description: 'Emergency help (助急).' },
  PERSONAL_CARE: { description: 'Personal care (生活护理), part of basic care (基础照护).' },
  MEDICATION_HELP: { description: 'Help with medication (用药协助).' },
  REHABILITATION: { description: 'Rehabilitation nursing (康复护理).' },
  HEALTH_MONITORING: { description: 'Health monitoring and consultation (健康管理).' },
  WELFARE_VISIT: { description: 'Welfare visit (探访关爱), e.g. to an elder living alone.' },
  COMPANIONSHIP: { description: 'Companionship and emotional support (精神慰藉), usually priced per hour.' },
  ERRANDS_AND_BILLS: { description: 'Errands, paperwork and paying bills (委托代办, 代缴).' },
  HOME_ADAPTATION: { description: 'Home adaptation for old age (适老化改造): assessment and works.' },
};

export const CARE_SETTING_VALUES: Values = {
  RESIDENTIAL: { description: 'Living in an institution with beds (nursing homes).' },
  DAY_CARE: { description: 'Day care in the community (day-care centres, rural happiness homes).' },
  HOME_CARE: { description: 'Visits at the elder\'s home by a home-care agency or a provider offering home services.' },
};
