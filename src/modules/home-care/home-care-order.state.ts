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
import { defineStateMachine, type Transition } from '../../core/domain/state-machine.js';
import { HomeCareErrors } from './home-care.errors.js';

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

export type OrderTransition = Transition<OrderStatus, OrderAction, TransitionActor>;

/** The whole lifecycle. A (from, action) pair appears at most once (the machine refuses a table that repeats one). */
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

/**
 * The order lifecycle on the one state-machine helper. A status that does not allow the action at all is
 * CONFLICT INVALID_TRANSITION (whoever asks); a status that allows it, but not for this role, is FORBIDDEN.
 */
export const HOME_CARE_ORDER_MACHINE = defineStateMachine<OrderStatus, OrderAction, TransitionActor>('order', ORDER_TRANSITIONS, {
  check: 'status',
  invalidTransition: (from, action) => HomeCareErrors.invalidTransition(from ?? 'new', action),
  actorNotAllowed: (action) => HomeCareErrors.roleNotAllowed(action),
});

export const isActiveStatus = (status: OrderStatus) => ACTIVE_ORDER_STATUSES.includes(status);

/** Reviews are not transitions: a completed order stays COMPLETED and may carry one review. */
export const isReviewable = (status: OrderStatus) => status === 'COMPLETED';
