import { Injectable } from '@nestjs/common';
import { SYSTEM_ACTOR, type Actor } from '../../core/auth/actor.js';
import { UnitOfWork } from '../../core/database/unit-of-work.js';
import { Role } from '../../core/domain/enums.js';
import { violatedConstraint } from '../../core/errors/database-errors.js';
import { badInput, notFound } from '../../core/errors/domain-error.js';
import { DomainEvents } from '../../core/events/domain-events.js';
import { ElderService } from '../elder/elder.service.js';
import { ProviderService } from '../provider/provider.service.js';
import { SubsidyAllowanceService } from '../subsidy/subsidy-allowance.service.js';
import { CaregiverService } from './caregiver.service.js';
import { CAREGIVER_OVERLAP, CaregiverHoldService } from './caregiver-hold.service.js';
import { ELDER_OVERLAP } from './home-care-booking.service.js';
import { HomeCareOrderReads, isUuid } from './home-care-order-reads.service.js';
import { publishOrderChanged } from './home-care-order.events.js';
import { ORDER_COLUMNS, toOrderRecord, type HomeCareOrderRecord } from './home-care-order.record.js';
import { HOME_CARE_ORDER_MACHINE, isReviewable, type OrderAction, type OrderStatus, type TransitionActor } from './home-care-order.state.js';
import { HomeCareErrors } from './home-care.errors.js';
import { HomeCareRulesService } from './home-care.rules.js';
import { returnedRows } from './home-care.sql.js';
import { ShortVisitPricing } from './short-visit.pricing.js';
import { allowanceMonth } from './visit-pricing.policy.js';
import { checkInTiming, distanceMeters, isBeyondGeofence, isLateCancellation, noShowMayBeMarked, startsFarEnoughAhead, type GeoPoint } from './visit-rules.policy.js';
import { caregiverCanTake } from './visit-slot.policy.js';
import { VisitEvidenceService } from './visit-evidence.service.js';
import type { VisitTaskResultInput } from './dto/visit-task-result.input.js';
import { VisitCheckoutHooks } from './visit-checkout-hooks.service.js';

const MINUTE = 60_000;

const actorKind = (actor: Actor): TransitionActor => actor.role as TransitionActor;

/**
 * The life of a booked visit: assign, reassign, reschedule, check-in and check-out (with the visit evidence and the
 * care-plan tasks), cancel, no-show, the guardian's review, and the provider's automatic-assignment switch. Each
 * change is one transaction: the order is locked, the lifecycle table (home-care-order.state.ts, on the one
 * state-machine helper) decides the step, the change and its events are written and published together.
 */
@Injectable()
export class HomeCareLifecycleService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly elders: ElderService,
    private readonly providers: ProviderService,
    private readonly caregivers: CaregiverService,
    private readonly holds: CaregiverHoldService,
    private readonly reads: HomeCareOrderReads,
    private readonly allowances: SubsidyAllowanceService,
    private readonly rules: HomeCareRulesService,
    private readonly events: DomainEvents,
    private readonly evidence: VisitEvidenceService,
    private readonly shortVisits: ShortVisitPricing,
    private readonly checkoutHooks: VisitCheckoutHooks,
  ) {}

  /** Assigns (or reassigns) a caregiver of the provider: its staff. */
  async assignCaregiver(actor: Actor, orderId: string, caregiverId: string): Promise<HomeCareOrderRecord> {
    return this.change(actor, orderId, async (order) => {
      const action: OrderAction = order.status === 'ASSIGNED' ? 'REASSIGN' : 'ASSIGN';
      const to = this.decide(order, action, actorKind(actor));
      const rules = await this.rules.forRegion(order.providerRegionCode);
      const profile = (await this.caregivers.profilesOf(order.providerId, rules)).find((c) => c.id === caregiverId);
      if (!profile) throw notFound('Caregiver');
      if (!profile.qualifiedServices.includes(order.service)) throw HomeCareErrors.caregiverNotQualified();
      const visit = { start: order.startsAt.getTime(), end: order.endsAt.getTime() };
      if (!caregiverCanTake(profile.workingHours, [], visit, rules.travelBufferMinutes, rules.utcOffsetMinutes)) {
        throw HomeCareErrors.caregiverOffDuty();
      }
      await this.holds.moveHold(order, caregiverId, rules);
      await this.uow.manager.query(
        `UPDATE home_care_orders SET status = $2, caregiver_id = $3, held_caregiver_id = $3, updated_at = now() WHERE id = $1`,
        [order.id, to, caregiverId],
      );
      return { action, to, note: `caregiver ${profile.displayName}` };
    });
  }

  /**
   * Moves the visit, keeping the order. The assigned caregiver keeps it when free at the new time; otherwise another
   * free qualified caregiver takes the hold and the order returns to REQUESTED (or is reassigned automatically when
   * the provider opted in). The subsidy is recomputed for the new month.
   */
  async reschedule(actor: Actor, orderId: string, startsAt: Date): Promise<HomeCareOrderRecord> {
    return this.change(actor, orderId, async (order) => {
      let to = this.decide(order, 'RESCHEDULE', actorKind(actor));
      const rules = await this.rules.forRegion(order.providerRegionCode);
      const start = startsAt.getTime();
      if (!startsFarEnoughAhead(Date.now(), start, rules.minBookingLeadMinutes)) throw HomeCareErrors.startInPast('startsAt');
      const duration = order.endsAt.getTime() - order.startsAt.getTime();
      const visit = { start, end: start + duration };
      const { ranked, autoAssign } = await this.caregivers.rankedFreeCaregivers(order.providerId, order.service, order.elderId, visit, rules, order.id);
      if (ranked.length === 0) throw HomeCareErrors.slotUnavailable();
      const keeps = order.caregiverId !== null && ranked.includes(order.caregiverId);
      const holder = keeps ? order.caregiverId! : ranked[0];
      let caregiverId = keeps ? order.caregiverId : null;
      const extra: Array<[OrderAction, OrderStatus, OrderStatus, string]> = [];
      if (order.status === 'ASSIGNED' && !keeps) {
        extra.push(['UNASSIGN', 'ASSIGNED', 'REQUESTED', 'the caregiver is not free at the new time']);
        to = 'REQUESTED';
        if (autoAssign) {
          extra.push(['ASSIGN', 'REQUESTED', 'ASSIGNED', 'assigned automatically']);
          to = 'ASSIGNED';
          caregiverId = holder;
        }
      }
      // Move the subsidy: give back the old month's share, take the new month's.
      await this.allowances.refund(order.elderId, order.allowanceMonth, order.subsidyFen);
      const month = allowanceMonth(start, rules.utcOffsetMinutes);
      const eligibility = await this.elders.eligibilityFor((await this.elders.recordsByIds([order.elderId]))[0]!, new Date(start));
      const split = await this.allowances.spend(order.elderId, month, order.priceFen, eligibility);
      await this.uow.manager.query('SAVEPOINT home_care_move');
      try {
        await this.uow.manager.query(
          `UPDATE home_care_orders SET starts_at = $2, ends_at = $3, hold_ends_at = $4, held_caregiver_id = $5, caregiver_id = $6,
             status = $7, subsidy_fen = $8, copay_fen = $9, allowance_month = $10, subsidy_funding_source = $11, updated_at = now() WHERE id = $1`,
          [
            order.id,
            new Date(visit.start),
            new Date(visit.end),
            new Date(visit.end + rules.travelBufferMinutes * MINUTE),
            holder,
            caregiverId,
            to,
            split.subsidyFen,
            split.copayFen,
            month,
            eligibility.fundingSource,
          ],
        );
      } catch (error) {
        await this.uow.manager.query('ROLLBACK TO SAVEPOINT home_care_move');
        const constraint = violatedConstraint(error);
        if (constraint === ELDER_OVERLAP) throw HomeCareErrors.elderBusy();
        if (constraint === CAREGIVER_OVERLAP) throw HomeCareErrors.slotUnavailable();
        throw error;
      }
      return {
        action: 'RESCHEDULE' as OrderAction,
        to: order.status,
        note: `moved from ${order.startsAt.toISOString()} to ${new Date(start).toISOString()}`,
        after: extra,
      };
    });
  }

  /** Cancels; a family (or officer) cancelling after the notice deadline is recorded as late. */
  async cancel(actor: Actor, orderId: string, reason: string, options: { system?: boolean } = {}): Promise<HomeCareOrderRecord> {
    return this.change(actor, orderId, async (order) => {
      const to = this.decide(order, 'CANCEL', actorKind(actor));
      const rules = await this.rules.forRegion(order.providerRegionCode);
      const bookingSide = !options.system && (actor.role === Role.FAMILY || actor.role === Role.CIVIL_AFFAIRS);
      const late = bookingSide && isLateCancellation(Date.now(), order.startsAt.getTime(), rules.cancellationNoticeMinutes);
      await this.allowances.refund(order.elderId, order.allowanceMonth, order.subsidyFen);
      await this.uow.manager.query(
        `UPDATE home_care_orders SET status = $2, cancelled_late = $3, cancel_reason = $4, updated_at = now() WHERE id = $1`,
        [order.id, to, late, reason],
      );
      return { action: 'CANCEL' as OrderAction, to, note: late ? `late cancellation: ${reason}` : reason };
    });
  }

  /** The assigned caregiver arrives: inside the check-in window; the distance from the home is kept and flagged. */
  async checkIn(actor: Actor, orderId: string, location: GeoPoint): Promise<HomeCareOrderRecord> {
    return this.change(actor, orderId, async (order) => {
      const to = this.decide(order, 'CHECK_IN', actorKind(actor));
      const rules = await this.rules.forRegion(order.providerRegionCode);
      const timing = checkInTiming(Date.now(), order.startsAt.getTime(), {
        opensMinutesBefore: rules.checkInOpensMinutesBefore,
        closesMinutesAfter: rules.checkInClosesMinutesAfter,
      });
      if (timing !== 'OPEN') throw HomeCareErrors.checkInWindow(timing);
      const distance = distanceMeters(location, { latitude: order.visitLatitude, longitude: order.visitLongitude });
      const flagged = isBeyondGeofence(distance, rules.geofenceMeters);
      await this.uow.manager.query(
        `UPDATE home_care_orders SET status = $2, checked_in_at = now(), check_in_distance_m = $3, check_in_flagged = $4, updated_at = now()
          WHERE id = $1`,
        [order.id, to, distance, flagged],
      );
      await this.evidence.recordCheck(await this.reads.checkOf(order.id, 'CHECK_IN'), location);
      return { action: 'CHECK_IN' as OrderAction, to, note: `${Math.round(distance)} m from the home${flagged ? ' (beyond the geofence, flagged)' : ''}` };
    });
  }

  /** The caregiver leaves: the visit's required care-plan tasks must be recorded (care records), in the same transaction. */
  async checkOut(actor: Actor, orderId: string, location: GeoPoint, notes: string | null, tasks: readonly VisitTaskResultInput[] = []): Promise<HomeCareOrderRecord> {
    return this.change(actor, orderId, async (order) => {
      const to = this.decide(order, 'CHECK_OUT', actorKind(actor));
      await this.checkoutHooks.run(actor, order, tasks);
      const rules = await this.rules.forRegion(order.providerRegionCode);
      const distance = distanceMeters(location, { latitude: order.visitLatitude, longitude: order.visitLongitude });
      const flagged = isBeyondGeofence(distance, rules.geofenceMeters);
      await this.uow.manager.query(
        `UPDATE home_care_orders SET status = $2, checked_out_at = greatest(now(), checked_in_at), check_out_distance_m = $3,
           check_out_flagged = $4, visit_notes = $5, updated_at = now() WHERE id = $1`,
        [order.id, to, distance, flagged, notes],
      );
      await this.evidence.recordCheck(await this.reads.checkOf(order.id, 'CHECK_OUT'), location);
      const repriced = await this.shortVisits.repriceAtCheckOut(order.id);
      const where = `${Math.round(distance)} m from the home${flagged ? ' (beyond the geofence, flagged)' : ''}`;
      return { action: 'CHECK_OUT' as OrderAction, to, note: repriced ? `${where}; ${repriced}` : where };
    });
  }

  /** The provider attests that the visit did not happen; only once it should have started. */
  async markNoShow(actor: Actor, orderId: string, reason: string): Promise<HomeCareOrderRecord> {
    return this.change(actor, orderId, async (order) => {
      const to = this.decide(order, 'MARK_NO_SHOW', actorKind(actor));
      const rules = await this.rules.forRegion(order.providerRegionCode);
      if (!noShowMayBeMarked(Date.now(), order.startsAt.getTime(), rules.noShowGraceMinutes)) throw HomeCareErrors.noShowTooEarly();
      await this.allowances.refund(order.elderId, order.allowanceMonth, order.subsidyFen);
      await this.uow.manager.query(`UPDATE home_care_orders SET status = $2, cancel_reason = $3, updated_at = now() WHERE id = $1`, [order.id, to, reason]);
      return { action: 'MARK_NO_SHOW' as OrderAction, to, note: reason };
    });
  }

  /** The guardian reviews a completed visit, once; the provider's review count and sum move in the same transaction. */
  async review(actor: Actor, orderId: string, stars: number, comment: string | null): Promise<HomeCareOrderRecord> {
    if (!Number.isInteger(stars) || stars < 1 || stars > 5) {
      throw badInput('Stars must be 1 to 5', [{ path: 'stars', message: 'must be an integer from 1 to 5' }]);
    }
    const order = await this.uow.run(async () => {
      const current = await this.lockVisible(actor, orderId);
      if (actor.role !== Role.FAMILY) throw HomeCareErrors.roleNotAllowed('REVIEW');
      if (!isReviewable(current.status)) throw HomeCareErrors.invalidTransition(current.status, 'REVIEW');
      const updated = returnedRows(
        await this.uow.manager.query(
          `UPDATE home_care_orders SET review_stars = $2, review_comment = $3, reviewed_at = now(), updated_at = now()
            WHERE id = $1 AND review_stars IS NULL RETURNING id`,
          [current.id, stars, comment],
        ),
      );
      if (updated.length === 0) throw HomeCareErrors.alreadyReviewed();
      await this.providers.recordReview(current.providerId, stars);
      const reviewed = (await this.reads.findRecord(current.id))!;
      publishOrderChanged(this.events, reviewed, 'REVIEW', current.status);
      return reviewed;
    });
    return order;
  }

  // ------------------------------------------------------------------ transitions plumbing

  private decide(order: HomeCareOrderRecord, action: OrderAction, by: TransitionActor): OrderStatus {
    return HOME_CARE_ORDER_MACHINE.assert(order.status, action, by).to;
  }

  /**
   * One transition in one transaction: lock the order (NOT_FOUND when the caller may not see it), apply the change,
   * record the event(s), and publish the change (durably, in the same transaction).
   */
  private async change(
    actor: Actor,
    orderId: string,
    apply: (
      order: HomeCareOrderRecord,
    ) => Promise<{ action: OrderAction; to: OrderStatus; note: string | null; after?: Array<[OrderAction, OrderStatus, OrderStatus, string]> }>,
  ): Promise<HomeCareOrderRecord> {
    const done = await this.uow.run(async () => {
      const current = await this.lockVisible(actor, orderId);
      const result = await apply(current);
      await this.recordEvent(current.id, result.action, current.status, result.to, actor.userId, actor.role, result.note);
      for (const [action, from, to, note] of result.after ?? []) {
        await this.recordEvent(current.id, action, from, to, SYSTEM_ACTOR.userId, SYSTEM_ACTOR.role, note);
      }
      const order = (await this.reads.findRecord(current.id))!;
      publishOrderChanged(this.events, order, result.action, current.status);
      return order;
    });
    return done;
  }

  private async recordEvent(
    orderId: string,
    action: string,
    from: OrderStatus | null,
    to: OrderStatus,
    actorId: string | null,
    actorRole: string,
    note: string | null,
  ): Promise<void> {
    await this.uow.manager.query(
      `INSERT INTO home_care_order_events (order_id, action, from_status, status, actor_id, actor_role, note) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [orderId, action, from, to, actorId, actorRole, note],
    );
  }

  /** Locks the order for a change; NOT_FOUND when it is missing or the caller may not see it. */
  private async lockVisible(actor: Actor, orderId: string): Promise<HomeCareOrderRecord> {
    if (!isUuid(orderId)) throw notFound('Home-care order');
    const rows = await this.uow.manager.query(`SELECT ${ORDER_COLUMNS} FROM home_care_orders o WHERE o.id = $1 FOR UPDATE`, [orderId]);
    const order = rows.length ? toOrderRecord(rows[0]) : null;
    if (!order || !(await this.reads.canSee(actor, order))) throw notFound('Home-care order');
    return order;
  }

  /** Turns on or off automatic assignment for a provider: its staff. */
  async setAutoAssign(actor: Actor, providerId: string, enabled: boolean): Promise<boolean> {
    const provider = await this.providers.requireOperator(actor, providerId);
    await this.uow.manager.query(
      `INSERT INTO home_care_provider_settings (provider_id, auto_assign, updated_by) VALUES ($1, $2, $3)
       ON CONFLICT (provider_id) DO UPDATE SET auto_assign = EXCLUDED.auto_assign, updated_by = EXCLUDED.updated_by, updated_at = now()`,
      [provider.id, enabled, actor.userId],
    );
    return enabled;
  }
}
