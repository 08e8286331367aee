// Who sees how much of an elder (老人): one rule for every place an elder appears, at the top level (`elder`,
// `elders`, `myElders`) and nested in an order, a reservation, a waitlist entry or anything else that links one.
// Pure: no Nest, no database. The caller's relations to the elder are looked up by ElderService.accessMany.
import { Role } from '../../core/domain/enums.js';
import { regionCovers } from '../../core/access/region-code.js';

/**
 * - FULL: the record (name, birth date, categories, assessments, subsidy, address, phone, guardians).
 * - OVERVIEW: what oversight needs and no more: the surname initial, an age band, gender, the county, the care level.
 * - NONE: nothing; the elder is reported as missing.
 */
export type ElderView = 'FULL' | 'OVERVIEW' | 'NONE';

/** How the caller stands towards one elder. */
export interface ElderRelation {
  /** FAMILY: a guardian (监护人) of the elder. */
  guardian: boolean;
  /** PROVIDER_STAFF: works for a provider that serves the elder (booked visit, reservation, waitlist, consent). */
  servingProviderStaff: boolean;
  /** CAREGIVER: assigned to a visit of the elder. */
  assignedCaregiver: boolean;
  /** CIVIL_AFFAIRS: the scope covers a provider that serves the elder (but perhaps not where the elder lives). */
  overseesServingProvider: boolean;
}

export const NO_RELATION: ElderRelation = { guardian: false, servingProviderStaff: false, assignedCaregiver: false, overseesServingProvider: false };

/**
 * THE rule. Guardians, staff of a serving provider, the caregiver of a visit and officers whose scope covers where the
 * elder lives see the record. An officer who oversees a provider serving the elder from elsewhere, and an admin
 * (a platform operator, who runs accounts and configuration, not care), see the overview. Everyone else sees nothing.
 */
export function elderView(actor: { role: Role; regionScope: string | null } | null, elder: { regionCode: string }, relation: ElderRelation): ElderView {
  if (!actor) return 'NONE';
  switch (actor.role) {
    case Role.FAMILY:
      return relation.guardian ? 'FULL' : 'NONE';
    case Role.PROVIDER_STAFF:
      return relation.servingProviderStaff ? 'FULL' : 'NONE';
    case Role.CAREGIVER:
      return relation.assignedCaregiver ? 'FULL' : 'NONE';
    case Role.CIVIL_AFFAIRS:
      if (regionCovers(actor.regionScope, elder.regionCode)) return 'FULL';
      return relation.overseesServingProvider ? 'OVERVIEW' : 'NONE';
    case Role.ADMIN:
      return 'OVERVIEW';
    default:
      return 'NONE';
  }
}

/**
 * Can the caller's relations to the elder change what the rule gives (the view, or the ID number's last 4)? Not for
 * an officer whose scope covers where the elder lives (FULL whatever else is true), an admin (always the overview), a
 * caller without a role that sees elders (nothing) or no caller: for those the relations need not be read at all, so
 * an officer's page of elders in the own region is decided without a query.
 */
export function viewDependsOnRelation(actor: { role: Role; regionScope: string | null } | null, elder: { regionCode: string }): boolean {
  if (!actor) return false;
  switch (actor.role) {
    case Role.FAMILY:
    case Role.PROVIDER_STAFF:
    case Role.CAREGIVER:
      return true;
    case Role.CIVIL_AFFAIRS:
      return !regionCovers(actor.regionScope, elder.regionCode);
    default:
      return false;
  }
}

/** The overview's name: the first character (the surname, for nearly every Chinese name), the rest as `*`. */
export function overviewName(fullName: string): string {
  const chars = [...fullName.trim()];
  return chars.length === 0 ? '' : chars[0] + '*'.repeat(Math.max(1, chars.length - 1));
}

/** Five-year age bands ("80-84"), 100 and over as "100+": enough for care planning, too coarse to find a person by. */
export function ageBand(age: number): string {
  if (age >= 100) return '100+';
  const low = Math.floor(Math.max(0, age) / 5) * 5;
  return `${low}-${low + 4}`;
}

/** The overview's region: the county (6 digits), not the township or village. */
export function overviewRegion(regionCode: string): string {
  return regionCode.slice(0, 6);
}

/**
 * The masked ID number a caller sees. Whoever sees the record also sees the birth date, the gender and where the elder
 * lives, which are digits 1-6 (most elders live where the number was issued), 7-14 and the parity of 17: showing the
 * last 4 too would leave nothing to guess. So only guardians, who gave the number themselves, see its last 4; everyone
 * else sees that a number is on file and none of its characters. `stored` is what the table keeps: `*` and the last 4.
 */
export function idNumberShown(view: ElderView, relation: ElderRelation, stored: string): string {
  const hidden = '*'.repeat(stored.length);
  return view === 'FULL' && relation.guardian ? stored : hidden;
}
