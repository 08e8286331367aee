/**
 * The home-care order lifecycle as an explicit transition table (pure: no Nest, no database).
 *
 *   (book) -> REQUESTED -> ASSIGNED -> IN_PROGRESS -> COMPLETED
 *             REQUESTED | ASSIGNED -> CANCELLED
 *             ASSIGNED -> NO_SHOW
 *
 * Each row says which action moves an order from which status to which, and which roles may take it.
 * Object-level checks (is this the assigned caregiver, the guardian, the provider's staff) stay in the service;
 * this table answers only "may this role do this action from this status".
 */

export type OrderStatus = 'REQUESTED' | 'ASSIGNED' | 'IN_PROGRESS' | 'COMPLETED' | 'CANCELLED' | 'NO_SHOW';

export const ORDER_STATUSES: readonly OrderStatus[] = [
  'REQUESTED',
  'ASSIGNED',
  'IN_PROGRESS',
  'COMPLETED',
  'CANCELLED',
  'NO_SHOW',
];

/** Statuses in which an order still occupies its time slot (the exclusion constraints cover exactly these). */
export const ACTIVE_ORDER_STATUSES: readonly OrderStatus[] = ['REQUESTED', 'ASSIGNED', 'IN_PROGRESS'];

/** Statuses that never change again. */
export const FINAL_ORDER_STATUSES: readonly OrderStatus[] = ['COMPLETED', 'CANCELLED', 'NO_SHOW'];

export type OrderAction =
  | 'BOOK'
  | 'ASSIGN'
  | 'REASSIGN'
  | 'UNASSIGN'
  | 'RESCHEDULE'
  | 'CHECK_IN'
  | 'CHECK_OUT'
  | 'CANCEL'
  | 'MARK_NO_SHOW';

/**
 * Who takes an action. SYSTEM is the platform itself: automatic assignment, visits generated from a home-bed plan,
 * and unassignment when a reschedule leaves the caregiver busy.
 */
export type TransitionActor = 'FAMILY' | 'CAREGIVER' | 'PROVIDER_STAFF' | 'CIVIL_AFFAIRS' | 'ADMIN' | 'SYSTEM';

export interface OrderTransition {
  action: OrderAction;
  /** null: the order does not exist yet (booking). */
  from: OrderStatus | null;
  to: OrderStatus;
  by: readonly TransitionActor[];
}

/** The whole lifecycle. A (from, action) pair appears at most once. */
export const ORDER_TRANSITIONS: readonly OrderTransition[] = [
  // Families book for their elders; civil affairs book e.g. welfare visits to elders living alone;
  // provider staff book through home-bed plans, which SYSTEM also extends ahead of time.
  { action: 'BOOK', from: null, to: 'REQUESTED', by: ['FAMILY', 'CIVIL_AFFAIRS', 'PROVIDER_STAFF', 'SYSTEM'] },
  { action: 'ASSIGN', from: 'REQUESTED', to: 'ASSIGNED', by: ['PROVIDER_STAFF', 'SYSTEM'] },
  { action: 'REASSIGN', from: 'ASSIGNED', to: 'ASSIGNED', by: ['PROVIDER_STAFF'] },
  { action: 'UNASSIGN', from: 'ASSIGNED', to: 'REQUESTED', by: ['PROVIDER_STAFF', 'SYSTEM'] },
  { action: 'RESCHEDULE', from: 'REQUESTED', to: 'REQUESTED', by: ['FAMILY', 'CIVIL_AFFAIRS', 'PROVIDER_STAFF'] },
  { action: 'RESCHEDULE', from: 'ASSIGNED', to: 'ASSIGNED', by: ['FAMILY', 'CIVIL_AFFAIRS', 'PROVIDER_STAFF'] },
  { action: 'CHECK_IN', from: 'ASSIGNED', to: 'IN_PROGRESS', by: ['CAREGIVER'] },
  { action: 'CHECK_OUT', from: 'IN_PROGRESS', to: 'COMPLETED', by: ['CAREGIVER'] },
  { action: 'CANCEL', from: 'REQUESTED', to: 'CANCELLED', by: ['FAMILY', 'CIVIL_AFFAIRS', 'PROVIDER_STAFF'] },
  { action: 'CANCEL', from: 'ASSIGNED', to: 'CANCELLED', by: ['FAMILY', 'CIVIL_AFFAIRS', 'PROVIDER_STAFF'] },
  // Whoever failed to show (caregiver or elder not at home), only the provider can attest it, and only once assigned.
  { action: 'MARK_NO_SHOW', from: 'ASSIGNED', to: 'NO_SHOW', by: ['PROVIDER_STAFF'] },
];

export type TransitionDecision =
  | { allowed: true; to: OrderStatus }
  | { allowed: false; refusal: 'INVALID_TRANSITION' | 'ROLE_NOT_ALLOWED' };

/**
 * Decides one transition. A status that does not allow the action at all is INVALID_TRANSITION (whoever asks);
 * a status that allows it, but not for this role, is ROLE_NOT_ALLOWED.
 */
export function decideTransition(
  from: OrderStatus | null,
  action: OrderAction,
  by: TransitionActor,
  table: readonly OrderTransition[] = ORDER_TRANSITIONS,
): TransitionDecision {
  const row = table.find((t) => t.from === from && t.action === action);
  if (!row) return { allowed: false, refusal: 'INVALID_TRANSITION' };
  if (!row.by.includes(by)) return { allowed: false, refusal: 'ROLE_NOT_ALLOWED' };
  return { allowed: true, to: row.to };
}

/** The actions a role could take on an order in this status (e.g. to show buttons in a client). */
export function actionsAvailable(
  from: OrderStatus,
  by: TransitionActor,
  table: readonly OrderTransition[] = ORDER_TRANSITIONS,
): OrderAction[] {
  return table.filter((t) => t.from === from && t.by.includes(by)).map((t) => t.action);
}

export const isActiveStatus = (status: OrderStatus) => ACTIVE_ORDER_STATUSES.includes(status);

/** Reviews are not transitions: a completed order stays COMPLETED and may carry one review. */
export const isReviewable = (status: OrderStatus) => status === 'COMPLETED';
