/**
 * Which caregiver automatic assignment picks (pure: no Nest, no database).
 *
 * Continuity of care first: among the qualified caregivers free for the visit, the one who served this elder most
 * recently; when none has, the least loaded; ties broken by id so that the same data always gives the same choice.
 */

export interface AssignmentCandidate {
  caregiverId: string;
  /** When they last served this elder (epoch ms), or null if never. */
  lastServedElderAt: number | null;
  /** Their current load, e.g. active visits in the same week; lower is preferred. */
  load: number;
}

export function compareCandidates(a: AssignmentCandidate, b: AssignmentCandidate): number {
  const aServed = a.lastServedElderAt ?? -Infinity;
  const bServed = b.lastServedElderAt ?? -Infinity;
  if (aServed !== bServed) return bServed > aServed ? 1 : -1;
  if (a.load !== b.load) return a.load - b.load;
  return a.caregiverId < b.caregiverId ? -1 : a.caregiverId > b.caregiverId ? 1 : 0;
}

/** Candidates in order of preference (the input is not modified). */
export const rankCandidates = (candidates: readonly AssignmentCandidate[]) => [...candidates].sort(compareCandidates);

/** The caregiver to assign, or null when nobody is free. */
export const chooseCaregiver = (candidates: readonly AssignmentCandidate[]): string | null =>
  rankCandidates(candidates)[0]?.caregiverId ?? null;
