/**
 * The emergency lifecycle (docs/care-records.md): RAISED → ACKNOWLEDGED → RESOLVED; resolving an unacknowledged one
 * acknowledges it on the way. Escalation is not a status: it is `escalated_at` on a RAISED emergency.
 */
import { defineStateMachine, type Transition } from '../../core/domain/state-machine.js';

export type EmergencyStatus = 'RAISED' | 'ACKNOWLEDGED' | 'RESOLVED';
export type EmergencyAction = 'RAISE' | 'ACKNOWLEDGE' | 'RESOLVE';

export const EMERGENCY_TRANSITIONS: readonly Transition<EmergencyStatus, EmergencyAction>[] = [
  { action: 'RAISE', from: null, to: 'RAISED' },
  { action: 'ACKNOWLEDGE', from: 'RAISED', to: 'ACKNOWLEDGED' },
  { action: 'RESOLVE', from: 'RAISED', to: 'RESOLVED' },
  { action: 'RESOLVE', from: 'ACKNOWLEDGED', to: 'RESOLVED' },
];

/**
 * The service applies each action as a conditional UPDATE guarded by `fromStatuses(action)`, so that of two
 * responders at once exactly one wins; the loser gets NOT_RAISED or ALREADY_RESOLVED.
 */
export const EMERGENCY_MACHINE = defineStateMachine<EmergencyStatus, EmergencyAction>('emergency', EMERGENCY_TRANSITIONS);
