import { registerEnumType } from '@nestjs/graphql';
import { BedCategory, CareLevel, CareSetting, ElderCategory, Ownership, ProviderKind, Role, ServiceKind } from '../domain/enums.js';
import * as values from './enum-values.js';

/** The shared vocabulary (core/domain/enums.ts) as GraphQL enum types. Imported once by the GraphQL configuration. */
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
