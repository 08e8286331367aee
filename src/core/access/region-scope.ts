import type { Actor } from '../auth/actor.js';
import { Role } from '../domain/enums.js';

/**
 * The prefix a region code stands for: trailing zero segments name the level above, so "370800" (Jining city as a
 * six-digit code) is "3708", "370000" is "37", and "370811000000" (a 12-digit code) is "370811".
 */
export function regionPrefixOf(code: string): string {
  let prefix = code;
  while (prefix.length > 6 && prefix.endsWith('000')) prefix = prefix.slice(0, -3);
  while (prefix.length > 2 && prefix.length <= 6 && prefix.endsWith('00')) prefix = prefix.slice(0, -2);
  return prefix;
}

/**
 * Region codes (行政区划代码) nest by prefix: a scope of "3708" covers every code that starts with it. Both are compared
 * as region codes, not strings: a scope "370800" is Jining city and covers "370811" and "3708".
 */
export function regionInScope(scope: string | null | undefined, regionCode: string): boolean {
  return scope != null && regionPrefixOf(regionCode).startsWith(regionPrefixOf(scope));
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
