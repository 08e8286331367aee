/**
 * The settlement statement's lifecycle (pure): DRAFT -> SUBMITTED (the provider's staff) -> APPROVED (an officer in
 * scope, not bound to the provider) -> PAID (the officer records the payment); REJECTED sends a submitted statement
 * back to DRAFT with a reason. APPROVED and PAID are final: corrections are adjustment lines in a later month.
 */

export enum SettlementStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  APPROVED = 'APPROVED',
  PAID = 'PAID',
}

export type SettlementAction = 'SUBMIT' | 'APPROVE' | 'REJECT' | 'MARK_PAID';
export type SettlementActorKind = 'PROVIDER_STAFF' | 'OFFICER';

interface Transition {
  from: SettlementStatus;
  to: SettlementStatus;
  by: SettlementActorKind;
}

export const SETTLEMENT_TRANSITIONS: Readonly<Record<SettlementAction, Transition>> = {
  SUBMIT: { from: SettlementStatus.DRAFT, to: SettlementStatus.SUBMITTED, by: 'PROVIDER_STAFF' },
  APPROVE: { from: SettlementStatus.SUBMITTED, to: SettlementStatus.APPROVED, by: 'OFFICER' },
  REJECT: { from: SettlementStatus.SUBMITTED, to: SettlementStatus.DRAFT, by: 'OFFICER' },
  MARK_PAID: { from: SettlementStatus.APPROVED, to: SettlementStatus.PAID, by: 'OFFICER' },
};

export type TransitionDecision =
  | { allowed: true; to: SettlementStatus }
  | { allowed: false; refusal: 'ROLE_NOT_ALLOWED' | 'INVALID_TRANSITION' };

export function decideSettlementTransition(from: SettlementStatus, action: SettlementAction, by: SettlementActorKind): TransitionDecision {
  const t = SETTLEMENT_TRANSITIONS[action];
  if (t.by !== by) return { allowed: false, refusal: 'ROLE_NOT_ALLOWED' };
  if (t.from !== from) return { allowed: false, refusal: 'INVALID_TRANSITION' };
  return { allowed: true, to: t.to };
}

/** Lines may be rebuilt and decided only while the statement is open. */
export const isOpen = (status: SettlementStatus) => status === SettlementStatus.DRAFT || status === SettlementStatus.SUBMITTED;
