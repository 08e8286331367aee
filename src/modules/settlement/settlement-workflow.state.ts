/**
 * The settlement statement's lifecycle (pure): DRAFT -> SUBMITTED (the provider's staff) -> APPROVED (an officer in
 * scope, not bound to the provider) -> PAID (the officer records the payment); REJECTED sends a submitted statement
 * back to DRAFT with a reason. APPROVED and PAID are final: corrections are adjustment lines in a later month.
 */
import { defineStateMachine, type Transition } from '../../core/domain/state-machine.js';
import { SettlementErrors } from './settlement.errors.js';

export enum SettlementStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  APPROVED = 'APPROVED',
  PAID = 'PAID',
}

export type SettlementAction = 'SUBMIT' | 'APPROVE' | 'REJECT' | 'MARK_PAID';
export type SettlementActorKind = 'PROVIDER_STAFF' | 'OFFICER';

/** How a refusal names the action: "A PAID statement cannot be approved". */
export const SETTLEMENT_ACTION_VERB: Record<SettlementAction, string> = { SUBMIT: 'submitted', APPROVE: 'approved', REJECT: 'rejected', MARK_PAID: 'marked paid' };

export const SETTLEMENT_TRANSITIONS: readonly Transition<SettlementStatus, SettlementAction, SettlementActorKind>[] = [
  { action: 'SUBMIT', from: SettlementStatus.DRAFT, to: SettlementStatus.SUBMITTED, by: ['PROVIDER_STAFF'] },
  { action: 'APPROVE', from: SettlementStatus.SUBMITTED, to: SettlementStatus.APPROVED, by: ['OFFICER'] },
  { action: 'REJECT', from: SettlementStatus.SUBMITTED, to: SettlementStatus.DRAFT, by: ['OFFICER'] },
  { action: 'MARK_PAID', from: SettlementStatus.APPROVED, to: SettlementStatus.PAID, by: ['OFFICER'] },
];

/**
 * The workflow on the one state-machine helper. The wrong side is refused before the wrong state (`check: 'actor'`):
 * FORBIDDEN "Your role may not approved statements"-style refusals stay as the API has always given them.
 */
export const SETTLEMENT_MACHINE = defineStateMachine<SettlementStatus, SettlementAction, SettlementActorKind>('statement', SETTLEMENT_TRANSITIONS, {
  check: 'actor',
  invalidTransition: (from, action) => SettlementErrors.invalidTransition(from ?? 'new', SETTLEMENT_ACTION_VERB[action]),
  actorNotAllowed: (action) => SettlementErrors.notYourRole(`${SETTLEMENT_ACTION_VERB[action]} statements`),
});

/** Lines may be rebuilt and decided only while the statement is open. */
export const isOpen = (status: SettlementStatus) => status === SettlementStatus.DRAFT || status === SettlementStatus.SUBMITTED;
