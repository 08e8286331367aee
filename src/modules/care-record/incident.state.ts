/** The incident lifecycle (docs/care-records.md): REPORTED → UNDER_REVIEW → CLOSED with an outcome. */
import { defineStateMachine, type Transition } from '../../core/domain/state-machine.js';
import { conflict } from '../../core/errors/domain-error.js';

export type IncidentStatus = 'REPORTED' | 'UNDER_REVIEW' | 'CLOSED';
export type IncidentAction = 'START_REVIEW' | 'CLOSE';

export const INCIDENT_TRANSITIONS: readonly Transition<IncidentStatus, IncidentAction>[] = [
  { action: 'START_REVIEW', from: 'REPORTED', to: 'UNDER_REVIEW' },
  // a plain report may be closed at once when review finds nothing to examine
  { action: 'CLOSE', from: 'REPORTED', to: 'CLOSED' },
  { action: 'CLOSE', from: 'UNDER_REVIEW', to: 'CLOSED' },
];

/** Who may manage an incident is the service's check; a wrong status is CONFLICT INVALID_TRANSITION. */
export const INCIDENT_MACHINE = defineStateMachine<IncidentStatus, IncidentAction>('incident', INCIDENT_TRANSITIONS, {
  invalidTransition: (from, action) => conflict('INVALID_TRANSITION', `An incident ${from} cannot ${action}`),
});

/** Where the action leads from this status; null when it does not allow it. */
export const nextIncidentStatus = (from: IncidentStatus, action: IncidentAction): IncidentStatus | null => INCIDENT_MACHINE.next(from, action);

/** Serious incidents reach the officer in scope at once: severity HIGH, suspected abuse, wandering (走失). */
export function isSeriousIncident(kind: string, severity: string): boolean {
  return severity === 'HIGH' || kind === 'SUSPECTED_ABUSE' || kind === 'WANDERING';
}
