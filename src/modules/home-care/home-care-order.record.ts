import type { OrderStatus } from './home-care-order.state.js';

/** A home-care order as the service works with it (camelCase view of a home_care_orders row). */
export interface HomeCareOrderRecord {
  id: string;
  elderId: string;
  providerId: string;
  service: string;
  status: OrderStatus;
  startsAt: Date;
  endsAt: Date;
  holdEndsAt: Date;
  caregiverId: string | null;
  heldCaregiverId: string | null;
  priceFen: number;
  subsidyFen: number;
  copayFen: number;
  allowanceMonth: string;
  visitLatitude: number;
  visitLongitude: number;
  elderRegionCode: string;
  providerRegionCode: string;
  notes: string | null;
  bookedBy: string;
  idempotencyKey: string;
  requestHash: string;
  homeBedId: string | null;
  checkedInAt: Date | null;
  checkInDistanceM: number | null;
  checkInFlagged: boolean | null;
  checkedOutAt: Date | null;
  checkOutDistanceM: number | null;
  checkOutFlagged: boolean | null;
  visitNotes: string | null;
  cancelledLate: boolean | null;
  cancelReason: string | null;
  reviewStars: number | null;
  reviewComment: string | null;
  reviewedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

/** Columns to select for a record (the month as text: node-postgres would turn a date into local midnight). */
export const ORDER_COLUMNS = `o.id, o.elder_id, o.provider_id, o.service, o.status, o.starts_at, o.ends_at, o.hold_ends_at,
  o.caregiver_id, o.held_caregiver_id, o.price_fen, o.subsidy_fen, o.copay_fen, o.allowance_month::text AS allowance_month,
  o.visit_latitude, o.visit_longitude, o.elder_region_code, o.provider_region_code, o.notes, o.booked_by, o.idempotency_key,
  o.request_hash, o.home_bed_id, o.checked_in_at, o.check_in_distance_m, o.check_in_flagged, o.checked_out_at,
  o.check_out_distance_m, o.check_out_flagged, o.visit_notes, o.cancelled_late, o.cancel_reason, o.review_stars,
  o.review_comment, o.reviewed_at, o.created_at, o.updated_at`;

export function toOrderRecord(r: Record<string, any>): HomeCareOrderRecord {
  return {
    id: r.id,
    elderId: r.elder_id,
    providerId: r.provider_id,
    service: r.service,
    status: r.status,
    startsAt: r.starts_at,
    endsAt: r.ends_at,
    holdEndsAt: r.hold_ends_at,
    caregiverId: r.caregiver_id,
    heldCaregiverId: r.held_caregiver_id,
    priceFen: r.price_fen,
    subsidyFen: r.subsidy_fen,
    copayFen: r.copay_fen,
    allowanceMonth: r.allowance_month,
    visitLatitude: r.visit_latitude,
    visitLongitude: r.visit_longitude,
    elderRegionCode: r.elder_region_code,
    providerRegionCode: r.provider_region_code,
    notes: r.notes,
    bookedBy: r.booked_by,
    idempotencyKey: r.idempotency_key,
    requestHash: r.request_hash,
    homeBedId: r.home_bed_id,
    checkedInAt: r.checked_in_at,
    checkInDistanceM: r.check_in_distance_m,
    checkInFlagged: r.check_in_flagged,
    checkedOutAt: r.checked_out_at,
    checkOutDistanceM: r.check_out_distance_m,
    checkOutFlagged: r.check_out_flagged,
    visitNotes: r.visit_notes,
    cancelledLate: r.cancelled_late,
    cancelReason: r.cancel_reason,
    reviewStars: r.review_stars,
    reviewComment: r.review_comment,
    reviewedAt: r.reviewed_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export interface OrderEventRecord {
  id: string;
  orderId: string;
  at: Date;
  action: string;
  fromStatus: OrderStatus | null;
  status: OrderStatus;
  actorId: string | null;
  actorRole: string;
  note: string | null;
}
