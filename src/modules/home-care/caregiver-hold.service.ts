/**
 * Caregiver holds. The rule: no caregiver is ever double-booked. Every active order holds one caregiver's time from
 * its start to its end plus the travel buffer (held_caregiver_id, starts_at, hold_ends_at), from the moment it is
 * booked, before anyone assigns it; the exclusion constraint home_care_orders_caregiver_overlap (btree_gist: the same
 * held caregiver with overlapping ranges, among active orders) makes the hold exclusive, so two bookings racing for
 * the last free caregiver cannot both win whatever the application read. The booking takes the hold with its INSERT
 * (home-care-booking.service.ts); this service moves it (assignment, reassignment). The constraint is DEFERRABLE so
 * that an assignment can swap tentative holds inside one transaction; it is checked again before the transaction
 * goes on.
 */
import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../../core/database/unit-of-work.js';
import { violatedConstraint } from '../../core/errors/database-errors.js';
import { CaregiverService } from './caregiver.service.js';
import { HomeCareErrors } from './home-care.errors.js';
import type { HomeCareRules } from './home-care.rules.js';
import type { HomeCareOrderRecord } from './home-care-order.record.js';
import { ACTIVE_ORDER_STATUSES } from './home-care-order.state.js';

/** The exclusion constraint that holds the rule. */
export const CAREGIVER_OVERLAP = 'home_care_orders_caregiver_overlap';

const MINUTE = 60_000;

@Injectable()
export class CaregiverHoldService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly caregivers: CaregiverService,
  ) {}

  /**
   * Points the order's hold at another caregiver. When that caregiver's time is held only tentatively by other
   * unassigned orders, those orders are moved to caregivers who are free (the constraint is checked at commit), so
   * staff can assign whom they like as long as the provider as a whole has the capacity.
   */
  async moveHold(order: HomeCareOrderRecord, caregiverId: string, rules: HomeCareRules): Promise<void> {
    if (order.heldCaregiverId === caregiverId) return;
    const clashes: Array<{ id: string; status: string; service: string; elder_id: string; starts_at: Date; ends_at: Date }> = await this.uow.manager.query(
      `SELECT id, status, service, elder_id, starts_at, ends_at FROM home_care_orders
        WHERE held_caregiver_id = $1 AND status = ANY($2) AND id <> $3
          AND tstzrange(starts_at, hold_ends_at) && tstzrange($4, $5)
        FOR UPDATE`,
      [caregiverId, ACTIVE_ORDER_STATUSES, order.id, order.startsAt, new Date(order.endsAt.getTime() + rules.travelBufferMinutes * MINUTE)],
    );
    if (clashes.some((c) => c.status !== 'REQUESTED')) throw HomeCareErrors.caregiverUnavailable();
    await this.uow.manager.query(`SET CONSTRAINTS ${CAREGIVER_OVERLAP} DEFERRED`);
    try {
      await this.swapHolds(order, caregiverId, clashes, rules);
      // Checked here, not at commit, so that a lost race surfaces as a business refusal.
      await this.uow.manager.query(`SET CONSTRAINTS ${CAREGIVER_OVERLAP} IMMEDIATE`);
    } catch (error) {
      if (violatedConstraint(error) === CAREGIVER_OVERLAP) throw HomeCareErrors.caregiverUnavailable();
      throw error;
    }
  }

  private async swapHolds(
    order: HomeCareOrderRecord,
    caregiverId: string,
    clashes: Array<{ id: string; service: string; elder_id: string; starts_at: Date; ends_at: Date }>,
    rules: HomeCareRules,
  ): Promise<void> {
    await this.uow.manager.query(`UPDATE home_care_orders SET held_caregiver_id = $2 WHERE id = $1`, [order.id, caregiverId]);
    for (const clash of clashes) {
      const visit = { start: clash.starts_at.getTime(), end: clash.ends_at.getTime() };
      const { ranked } = await this.caregivers.rankedFreeCaregivers(order.providerId, clash.service, clash.elder_id, visit, rules, clash.id);
      const next = ranked.find((id) => id !== caregiverId);
      if (!next) throw HomeCareErrors.caregiverUnavailable('The caregiver\'s time is needed for another visit and nobody else is free for it');
      await this.uow.manager.query(`UPDATE home_care_orders SET held_caregiver_id = $2 WHERE id = $1`, [clash.id, next]);
    }
  }
}
