import { registerEnumType } from '@nestjs/graphql';
import { BedCategory, CareLevel, CareSetting, ElderCategory, Ownership, ProviderKind, Role, ServiceKind } from '../domain/enums.js';
import * as care from '../domain/care-records.js';
import * as careValues from './care-record-enum-values.js';
import * as values from './enum-values.js';

/** The shared vocabulary (core/domain/enums.ts) as GraphQL enum types. Imported once by the GraphQL configuration. */
registerEnumType(Role, { name: 'Role', description: 'What an account may do: family, caregiver, provider staff, civil-affairs officer (民政), admin, or an elder\'s device.', valuesMap: values.ROLE_VALUES });
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

// Care records (docs/care-records.md).
registerEnumType(care.TaskSchedule, { name: 'TaskSchedule', description: 'On which visits a care-plan task is due.', valuesMap: careValues.TASK_SCHEDULE_VALUES });
registerEnumType(care.VisitTaskStatus, { name: 'VisitTaskStatus', description: 'Where a task of a visit stands.', valuesMap: careValues.VISIT_TASK_STATUS_VALUES });
registerEnumType(care.VisitTaskOutcome, { name: 'VisitTaskOutcome', description: 'What the caregiver records for a task at check-out.', valuesMap: careValues.VISIT_TASK_OUTCOME_VALUES });
registerEnumType(care.FoodIntake, { name: 'FoodIntake', description: 'How much of a meal was eaten, in order from none to all.', valuesMap: careValues.FOOD_INTAKE_VALUES });
registerEnumType(care.Mood, { name: 'Mood', description: 'The elder\'s mood as observed.', valuesMap: careValues.MOOD_VALUES });
registerEnumType(care.MedicationRoute, { name: 'MedicationRoute', description: 'How a drug is given.', valuesMap: careValues.MEDICATION_ROUTE_VALUES });
registerEnumType(care.AdministrationStatus, { name: 'AdministrationStatus', description: 'What happened to a scheduled dose.', valuesMap: careValues.ADMINISTRATION_STATUS_VALUES });
registerEnumType(care.IncidentKind, { name: 'IncidentKind', description: 'What kind of incident (安全事件).', valuesMap: careValues.INCIDENT_KIND_VALUES });
registerEnumType(care.Severity, { name: 'Severity', description: 'How serious an incident is.', valuesMap: careValues.SEVERITY_VALUES });
registerEnumType(care.IncidentStatus, { name: 'IncidentStatus', description: 'The incident lifecycle.', valuesMap: careValues.INCIDENT_STATUS_VALUES });
registerEnumType(care.EmergencyKind, { name: 'EmergencyKind', description: 'What the emergency help call (助急) is about.', valuesMap: careValues.EMERGENCY_KIND_VALUES });
registerEnumType(care.EmergencyStatus, { name: 'EmergencyStatus', description: 'Where an emergency stands.', valuesMap: careValues.EMERGENCY_STATUS_VALUES });
registerEnumType(care.RiskRule, { name: 'RiskRule', description: 'The risk radar\'s rules; their thresholds are settings (care.riskThresholds).', valuesMap: careValues.RISK_RULE_VALUES });
registerEnumType(care.CareAlertKind, { name: 'CareAlertKind', description: 'Why an alert was raised.', valuesMap: careValues.CARE_ALERT_KIND_VALUES });
registerEnumType(care.CareAlertAudience, { name: 'CareAlertAudience', description: 'Who an alert is for.', valuesMap: careValues.CARE_ALERT_AUDIENCE_VALUES });
