import type { Actor } from '../auth/actor.js';
import { Role } from '../domain/enums.js';

/** Region codes (行政区划代码) nest by prefix: a scope of "3708" covers every code that starts with it. */
export function regionInScope(scope: string | null | undefined, regionCode: string): boolean {
  return scope != null && regionCode.startsWith(scope);
}

/** An officer acts only inside their region scope; an admin everywhere. */
export function actsOnRegion(actor: Actor | null, regionCode: string): boolean {
  if (!actor) return false;
  if (actor.role === Role.ADMIN) return true;
  return actor.role === Role.CIVIL_AFFAIRS && regionInScope(actor.regionScope, regionCode);
}

/** Staff and caregivers belong to exactly one provider. */
export function worksFor(actor: Actor | null, providerId: string): boolean {
  return !!actor && (actor.role === Role.PROVIDER_STAFF || actor.role === Role.CAREGIVER) && actor.providerId === providerId;
}

/** A SQL LIKE pattern for a region prefix, with the wildcard characters escaped (codes are digits, but be strict). */
export function regionPrefixPattern(prefix: string): string {
  return `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
