import type { Actor } from '../auth/actor.js';
import { Role } from '../domain/enums.js';
import { regionCovers } from './region-code.js';

/** An officer acts only inside their region scope (compared as codes, see regionCovers); an admin everywhere. */
export function actsOnRegion(actor: Actor | null, regionCode: string): boolean {
  if (!actor) return false;
  if (actor.role === Role.ADMIN) return true;
  return actor.role === Role.CIVIL_AFFAIRS && regionCovers(actor.regionScope, regionCode);
}
