import { access, definePolicy } from '../../core/access/access-policy.js';
import { Role } from '../../core/domain/enums.js';

/**
 * Settlement's access, declared once per resource on the platform's access model (src/core/access/access-policy.ts):
 * each policy gives both the row check (`can`) and the lists' SQL scope (`scopeSql`, statements aliased `s`).
 */

/** What settlement's access rules look at: the provider whose money it is, and that provider's region. */
export interface ProviderMoney {
  providerId: string;
  providerRegionCode: string;
}

/** Who sees a provider's statements, their lines and its evidence check: its staff, officers in scope, admins. */
export const STATEMENT_VISIBILITY = definePolicy<ProviderMoney>('settlement statement', {
  [Role.ADMIN]: [[access.any]],
  [Role.PROVIDER_STAFF]: [[access.provider('providerId', 's.provider_id')]],
  [Role.CIVIL_AFFAIRS]: [[access.region('providerRegionCode', 's.provider_region_code')]],
});

/** Who prepares a provider's statements (generates, submits, adjusts): its staff. */
export const STATEMENT_PREPARER = definePolicy<ProviderMoney>('settlement statement (prepare)', {
  [Role.PROVIDER_STAFF]: [[access.provider('providerId', 's.provider_id')]],
});

/** Who acts on a provider's money as civil affairs (decides holds, approves, pays): an officer in scope not bound to it. */
export const STATEMENT_OFFICER = definePolicy<ProviderMoney>('settlement statement (decide)', {
  [Role.CIVIL_AFFAIRS]: [[access.region('providerRegionCode', 's.provider_region_code'), access.notOwnProvider('providerId', 's.provider_id')]],
});

export const moneyOf = (p: { id: string; regionCode: string }): ProviderMoney => ({ providerId: p.id, providerRegionCode: p.regionCode });
