/** The incident lifecycle (docs/care-records.md): REPORTED → UNDER_REVIEW → CLOSED with an outcome. */

export type IncidentStatus = 'REPORTED' | 'UNDER_REVIEW' | 'CLOSED';
export type IncidentAction = 'START_REVIEW' | 'CLOSE';

const TRANSITIONS: Record<IncidentAction, { from: readonly IncidentStatus[]; to: IncidentStatus }> = {
  START_REVIEW: { from: ['REPORTED'], to: 'UNDER_REVIEW' },
  // a plain report may be closed at once when review finds nothing to examine
  CLOSE: { from: ['REPORTED', 'UNDER_REVIEW'], to: 'CLOSED' },
};

export function nextIncidentStatus(from: IncidentStatus, action: IncidentAction): IncidentStatus | null {
  const t = TRANSITIONS[action];
  return t.from.includes(from) ? t.to : null;
}

/** Serious incidents reach the officer in scope at once: severity HIGH, suspected abuse, wandering (走失). */
export function isSeriousIncident(kind: string, severity: string): boolean {
  return severity === 'HIGH' || kind === 'SUSPECTED_ABUSE' || kind === 'WANDERING';
}
