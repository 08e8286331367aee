import { registerEnumType } from '@nestjs/graphql';
import { BedCategory, CareLevel, CareSetting, ElderCategory, Ownership, ProviderKind, Role, ServiceKind } from '../domain/enums.js';

/** The shared vocabulary (core/domain/enums.ts) as GraphQL enum types. Imported once by the GraphQL configuration. */
registerEnumType(Role, { name: 'Role', description: 'What an account may do: family, caregiver, provider staff, civil-affairs officer (民政), admin.' });
registerEnumType(ProviderKind, {
  name: 'ProviderKind',
  description: 'Nursing home (养老院/敬老院), day-care centre (日间照料中心), rural happiness home (农村幸福院), home-care agency (居家养老服务机构).',
});
registerEnumType(Ownership, { name: 'Ownership', description: 'Public (公办), private (民办), public-built private-run (公建民营).' });
registerEnumType(BedCategory, { name: 'BedCategory', description: 'Bed category; NURSING is the nursing-type bed (护理型床位) for disabled elders.' });
registerEnumType(CareLevel, { name: 'CareLevel', description: 'GB/T 42195-2022 capability level: 0 intact … 4 total loss of capability.' });
registerEnumType(ElderCategory, { name: 'ElderCategory', description: 'Support categories that decide eligibility for government-paid care.' });
registerEnumType(ServiceKind, { name: 'ServiceKind', description: 'Home-care service catalogue after GB/T 43153-2023.' });
registerEnumType(CareSetting, { name: 'CareSetting', description: 'Residential (institution), day care, or care at home.' });
