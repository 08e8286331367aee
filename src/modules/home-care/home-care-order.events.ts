import type { DomainEvents } from '../../core/events/domain-events.js';
import type { HomeCareOrderRecord } from './home-care-order.record.js';
import type { OrderStatus } from './home-care-order.state.js';

/** A home-care order changed (status, assignment, check-in/out, reschedule): published in the change's transaction. */
export interface HomeCareOrderChanged {
  orderId: string;
  providerId: string;
  elderId: string;
  action: string;
  from: string | null;
  to: string;
}

declare module '../../core/events/domain-events.js' {
  interface DomainEventMap {
    'home-care-order.changed': HomeCareOrderChanged;
  }
}

/** The event of one order's change (what publishOrderChanged publishes). */
export function orderChangedPayload(
  order: Pick<HomeCareOrderRecord, 'id' | 'providerId' | 'elderId' | 'status'>,
  action: string,
  from: OrderStatus | null,
): HomeCareOrderChanged {
  return { orderId: order.id, providerId: order.providerId, elderId: order.elderId, action, from, to: order.status };
}

/** Publishes the change of one order (durably, in the open unit of work): booking and lifecycle alike. */
export function publishOrderChanged(events: DomainEvents, order: HomeCareOrderRecord, action: string, from: OrderStatus | null): void {
  events.publish('home-care-order.changed', orderChangedPayload(order, action, from));
}
