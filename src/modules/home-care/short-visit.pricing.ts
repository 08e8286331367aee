import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../../core/database/unit-of-work.js';
import { SubsidyAllowanceService } from '../subsidy/subsidy-allowance.service.js';
import { prorateShortVisit } from './visit-pricing.policy.js';

/**
 * Prices a visit that ended early at check-out: price and subsidy for the minutes worked (prorateShortVisit), never
 * in full, and the subsidy not spent goes back to the elder's allowance of that month (SubsidyAllowanceService.refund).
 * Runs inside the check-out's unit of work.
 */
@Injectable()
export class ShortVisitPricing {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly allowances: SubsidyAllowanceService,
  ) {}

  /** Reprices the checked-out order when it was short; returns a note for its event, or null when nothing changed. */
  async repriceAtCheckOut(orderId: string): Promise<string | null> {
    const m = this.uow.manager;
    const [o] = await m.query(
      `SELECT elder_id, allowance_month::text AS allowance_month, price_fen, subsidy_fen, copay_fen,
              extract(epoch FROM ends_at - starts_at) / 60 AS booked_minutes,
              extract(epoch FROM checked_out_at - checked_in_at) / 60 AS worked_minutes
         FROM home_care_orders WHERE id = $1`,
      [orderId],
    );
    if (!o || o.worked_minutes === null) return null;
    const booked = Math.round(Number(o.booked_minutes));
    const worked = Number(o.worked_minutes);
    const before = { priceFen: o.price_fen, subsidyFen: o.subsidy_fen, copayFen: o.copay_fen };
    const after = prorateShortVisit(before, booked, worked);
    if (after.priceFen === before.priceFen && after.subsidyFen === before.subsidyFen) return null;
    await m.query(
      `UPDATE home_care_orders SET booked_price_fen = COALESCE(booked_price_fen, price_fen), price_fen = $2, subsidy_fen = $3, copay_fen = $4,
         updated_at = now() WHERE id = $1`,
      [orderId, after.priceFen, after.subsidyFen, after.copayFen],
    );
    // The subsidy not paid goes back to the month's allowance, through the allowance ledger's owner.
    await this.allowances.refund(o.elder_id, o.allowance_month, before.subsidyFen - after.subsidyFen);
    return `short visit: ${Math.floor(worked)} of ${booked} minutes worked, price ${before.priceFen} -> ${after.priceFen} fen, subsidy ${before.subsidyFen} -> ${after.subsidyFen} fen`;
  }
}
