import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../../core/auth/actor.js';
import { regionInScope, regionPrefixPattern } from '../../core/access/region-scope.js';
import { inTransaction } from '../../core/database/transaction.js';
import { Role } from '../../core/domain/enums.js';
import { violatedConstraint } from '../../core/errors/database-errors.js';
import { badInput, notFound } from '../../core/errors/domain-error.js';
import { DomainEvents } from '../../core/events/domain-events.js';
import { decodeOffsetCursor, toConnection, type Connection, type PageArgs } from '../../core/graphql/pagination.js';
import { CarePlanService } from '../care-record/care-plan.service.js';
import type { VisitTaskResultInput } from '../care-record/dto/care-record.input.js';
import { ElderService, type ElderRecord } from '../elder/elder.service.js';
import type { ProviderEntity } from '../provider/provider.entity.js';
import { ProviderService } from '../provider/provider.service.js';
import { CaregiverService } from './caregiver.service.js';
import type { HomeCareOrderFilter } from './dto/home-care-order.input.js';
import { HomeCareErrors } from './home-care.errors.js';
import { HomeCareRulesService, type HomeCareRules } from './home-care.rules.js';
import { returnedRows } from './home-care.sql.js';
import { ORDER_COLUMNS, toOrderRecord, type HomeCareOrderRecord, type OrderEventRecord } from './home-care-order.record.js';
import {
  ACTIVE_ORDER_STATUSES,
  decideTransition,
  isReviewable,
  type OrderAction,
  type OrderStatus,
  type TransitionActor,
} from './home-care-order.state.js';
import { durationBounds, durationWithin, allowanceMonth, splitVisitPrice, visitPriceFen } from './visit-pricing.policy.js';
import {
  checkInTiming,
  distanceMeters,
  isBeyondGeofence,
  isLateCancellation,
  noShowMayBeMarked,
  startsFarEnoughAhead,
  withinServiceRadius,
  type GeoPoint,
} from './visit-rules.policy.js';
import { caregiverCanTake, computeFreeSlots, type FreeSlot } from './visit-slot.policy.js';
import { VisitEvidenceService } from '../settlement/visit-evidence.service.js';
import { ShortVisitPricing } from './short-visit.pricing.js';

/** A home-care order changed status (published after commit). */
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

export interface BookVisitRequest {
  elderId: string;
  providerId: string;
  service: string;
  startsAt: Date;
  durationMinutes: number;
  notes?: string | null;
  idempotencyKey: string;
}

interface BookOptions {
  /** Visits generated from a home-bed plan: the platform books on the registrar's behalf. */
  homeBedId?: string;
  /** The elder, when the caller has checked access already (home-bed generation). */
  elder?: ElderRecord;
}

const MINUTE = 60_000;
const CAREGIVER_OVERLAP = 'home_care_orders_caregiver_overlap';
const ELDER_OVERLAP = 'home_care_orders_elder_overlap';

const actorKind = (actor: Actor): TransitionActor => actor.role as TransitionActor;

/**
 * Home-care visits: booking (idempotent, subsidised, never double-booked), the lifecycle with its events,
 * and the scoped reads. Every write is one transaction; races are settled by the database's constraints.
 */
@Injectable()
export class HomeCareOrderService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly elders: ElderService,
    private readonly providers: ProviderService,
    private readonly caregivers: CaregiverService,
    private readonly rules: HomeCareRulesService,
    private readonly events: DomainEvents,
    private readonly evidence: VisitEvidenceService,
    private readonly shortVisits: ShortVisitPricing,
    private readonly carePlans: CarePlanService,
  ) {}

  // ------------------------------------------------------------------ slots

  /** Start times at which a qualified caregiver of the provider is free for the whole visit, and how many are. */
  async availableSlots(
    actor: Actor,
    args: { providerId: string; service: string; from: Date; to: Date; durationMinutes: number; elderId?: string | null },
  ): Promise<FreeSlot[]> {
    const provider = await this.providers.findById(args.providerId);
    if (!provider) throw notFound('Provider');
    const rules = await this.rules.forRegion(provider.regionCode);
    const offering = await this.offeringOf(provider.id, args.service);
    const problems = [];
    if (!(args.to.getTime() > args.from.getTime())) problems.push({ path: 'to', message: 'must be after from' });
    if (args.to.getTime() - args.from.getTime() > rules.maxSlotWindowDays * 24 * 60 * MINUTE) {
      problems.push({ path: 'to', message: `the window may span at most ${rules.maxSlotWindowDays} days` });
    }
    if (problems.length) throw badInput('Invalid window', problems);
    const bounds = durationBounds(offering, { min: rules.minVisitMinutes, max: rules.maxVisitMinutes });
    if (!durationWithin(args.durationMinutes, bounds)) throw HomeCareErrors.durationOutOfBounds(bounds.min, bounds.max, 'durationMinutes');
    const window = { start: args.from.getTime(), end: args.to.getTime() };
    const times = await this.caregivers.qualifiedTime(provider.id, args.service, window, rules);
    let slots = computeFreeSlots(times, {
      window,
      durationMinutes: args.durationMinutes,
      notBefore: Date.now() + rules.minBookingLeadMinutes * MINUTE + 1,
      stepMinutes: rules.slotStepMinutes,
      bufferMinutes: rules.travelBufferMinutes,
      utcOffsetMinutes: rules.utcOffsetMinutes,
    });
    if (args.elderId) {
      // The elder's own visits: booking refuses an overlap, so the slots must not offer one.
      const booking = actor.role === Role.FAMILY || actor.role === Role.CIVIL_AFFAIRS;
      const elder = await (booking ? this.elders.requireActable(actor, args.elderId) : this.elders.requireReadable(actor, args.elderId));
      if (provider.serviceRadiusKm == null || !withinServiceRadius(distanceMeters(elder, provider), provider.serviceRadiusKm)) {
        throw HomeCareErrors.outsideServiceArea('elderId');
      }
      const busy: Array<{ starts_at: Date; ends_at: Date }> = await this.dataSource.query(
        `SELECT starts_at, ends_at FROM home_care_orders WHERE elder_id = $1 AND status = ANY($2)
          AND tstzrange(starts_at, ends_at) && tstzrange($3, $4)`,
        [args.elderId, ACTIVE_ORDER_STATUSES, args.from, args.to],
      );
      slots = slots.filter((s) => !busy.some((b) => b.starts_at.getTime() < s.endsAt && s.startsAt < b.ends_at.getTime()));
    }
    return slots;
  }

  // ------------------------------------------------------------------ booking

  /**
   * Books a visit. The same key and request from the same account returns the first order; a different request
   * under the same key is refused. The order holds a free qualified caregiver's time from the start (the exclusion
   * constraint makes that hold exclusive), so no slot is sold twice even before the provider assigns anyone.
   */
  async book(actor: Actor, input: BookVisitRequest, options: BookOptions = {}): Promise<HomeCareOrderRecord> {
    const requestHash = this.hashRequest(input);
    const earlier = await this.findByKey(actor.userId, input.idempotencyKey);
    if (earlier) return this.replay(earlier, requestHash);

    const provider = await this.providers.findById(input.providerId);
    if (!provider) throw notFound('Provider');
    const elder = options.elder ?? (await this.elders.requireActable(actor, input.elderId));
    const offering = await this.offeringOf(provider.id, input.service);
    const home = { latitude: elder.latitude, longitude: elder.longitude };
    if (provider.serviceRadiusKm == null || !withinServiceRadius(distanceMeters(home, provider), provider.serviceRadiusKm)) {
      throw HomeCareErrors.outsideServiceArea();
    }
    const rules = await this.rules.forRegion(provider.regionCode);
    const bounds = durationBounds(offering, { min: rules.minVisitMinutes, max: rules.maxVisitMinutes });
    if (!durationWithin(input.durationMinutes, bounds)) throw HomeCareErrors.durationOutOfBounds(bounds.min, bounds.max);
    const start = input.startsAt.getTime();
    if (!startsFarEnoughAhead(Date.now(), start, rules.minBookingLeadMinutes)) throw HomeCareErrors.startInPast();
    const visit = { start, end: start + input.durationMinutes * MINUTE };
    const priceFen = visitPriceFen(offering, input.durationMinutes);
    const eligibility = await this.elders.eligibilityFor(elder, input.startsAt);
    const autoAssign = await this.autoAssignEnabled(provider.id);

    const outcome = await inTransaction(this.dataSource, async (manager) => {
      // Identical requests queue here, so the second sees the first's order instead of racing it.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`home-care-booking:${actor.userId}:${input.idempotencyKey}`]);
      const existing = await this.findByKey(actor.userId, input.idempotencyKey, manager);
      if (existing) return { existing };

      const month = allowanceMonth(start, rules.utcOffsetMinutes);
      const split = await this.spendAllowance(manager, elder.id, month, priceFen, eligibility);
      const ranked = await this.caregivers.rankedFreeCaregivers(provider.id, input.service, elder.id, visit, rules, manager);
      const actorRole = options.homeBedId ? 'SYSTEM' : actor.role;
      let order: HomeCareOrderRecord | null = null;
      for (const caregiverId of ranked) {
        order = await this.tryInsert(manager, {
          input,
          elder,
          provider,
          visit,
          rules,
          caregiverId,
          assign: autoAssign,
          priceFen,
          split,
          fundingSource: eligibility.fundingSource,
          month,
          requestHash,
          bookedBy: actor.userId,
          bookedByRole: actorRole,
          homeBedId: options.homeBedId ?? null,
        });
        if (order) break;
      }
      if (!order) throw HomeCareErrors.slotUnavailable();
      await this.recordEvent(manager, order.id, 'BOOK', null, 'REQUESTED', actor.userId, actorRole, input.notes ?? null);
      if (autoAssign) {
        await this.recordEvent(manager, order.id, 'ASSIGN', 'REQUESTED', 'ASSIGNED', null, 'SYSTEM', 'assigned automatically');
      }
      await this.elders.linkProvider(elder.id, provider.id, 'HOME_CARE', manager);
      return { order };
    });
    if ('existing' in outcome && outcome.existing) return this.replay(outcome.existing, requestHash);
    const order = outcome.order!;
    this.publish(order, 'BOOK', null);
    return order;
  }

  private hashRequest(input: BookVisitRequest): string {
    const canonical = JSON.stringify([
      input.elderId,
      input.providerId,
      input.service,
      input.startsAt.toISOString(),
      input.durationMinutes,
      input.notes ?? null,
    ]);
    return createHash('sha256').update(canonical).digest('hex');
  }

  private replay(order: HomeCareOrderRecord, requestHash: string): HomeCareOrderRecord {
    if (order.requestHash !== requestHash) throw HomeCareErrors.idempotencyKeyReused();
    return order;
  }

  private async findByKey(userId: string, key: string, manager?: EntityManager): Promise<HomeCareOrderRecord | null> {
    const rows = await (manager ?? this.dataSource).query(
      `SELECT ${ORDER_COLUMNS} FROM home_care_orders o WHERE o.booked_by = $1 AND o.idempotency_key = $2`,
      [userId, key],
    );
    return rows.length ? toOrderRecord(rows[0]) : null;
  }

  private async offeringOf(providerId: string, service: string) {
    const [offered] = await this.providers.servicesFor([providerId]);
    const offering = offered.find((o) => o.kind === service);
    if (!offering) throw HomeCareErrors.serviceNotOffered();
    return offering;
  }

  private async autoAssignEnabled(providerId: string, manager?: EntityManager): Promise<boolean> {
    const rows = await (manager ?? this.dataSource).query(`SELECT auto_assign FROM home_care_provider_settings WHERE provider_id = $1`, [providerId]);
    return rows.length > 0 && rows[0].auto_assign === true;
  }

  /**
   * Takes the subsidy share out of the elder's monthly allowance. The row is created or refreshed with the current
   * allowance (never below what is spent), then spent by a conditional UPDATE: two bookings at once can never take
   * more than there is, and the CHECK on the table is the last line of defence.
   */
  private async spendAllowance(
    manager: EntityManager,
    elderId: string,
    month: string,
    priceFen: number,
    eligibility: { monthlyAllowanceFen: number; coverageRateBp: number },
  ): Promise<{ subsidyFen: number; copayFen: number }> {
    if (priceFen === 0 || eligibility.monthlyAllowanceFen <= 0 || eligibility.coverageRateBp <= 0) {
      return { subsidyFen: 0, copayFen: priceFen };
    }
    for (let attempt = 0; attempt < 5; attempt++) {
      const [row] = await manager.query(
        `INSERT INTO home_care_allowances (elder_id, month, allowance_fen) VALUES ($1, $2, $3)
         ON CONFLICT (elder_id, month) DO UPDATE
           SET allowance_fen = GREATEST(EXCLUDED.allowance_fen, home_care_allowances.spent_fen), updated_at = now()
         RETURNING allowance_fen, spent_fen`,
        [elderId, month, eligibility.monthlyAllowanceFen],
      );
      const split = splitVisitPrice(priceFen, eligibility.coverageRateBp, Math.max(0, row.allowance_fen - row.spent_fen));
      if (split.subsidyFen === 0) return split;
      const spent = returnedRows(
        await manager.query(
          `UPDATE home_care_allowances SET spent_fen = spent_fen + $3, updated_at = now()
            WHERE elder_id = $1 AND month = $2 AND spent_fen + $3 <= allowance_fen RETURNING spent_fen`,
          [elderId, month, split.subsidyFen],
        ),
      );
      if (spent.length > 0) return split;
    }
    return { subsidyFen: 0, copayFen: priceFen };
  }

  /** Gives a subsidy back to the month it was taken from (cancelled, no-show, or moved to another month). */
  private async refundAllowance(manager: EntityManager, order: HomeCareOrderRecord): Promise<void> {
    if (order.subsidyFen <= 0) return;
    await manager.query(
      `UPDATE home_care_allowances SET spent_fen = GREATEST(0, spent_fen - $3), updated_at = now() WHERE elder_id = $1 AND month = $2`,
      [order.elderId, order.allowanceMonth, order.subsidyFen],
    );
  }

  /** One insert attempt holding this caregiver, inside a savepoint: a lost race on the caregiver tries the next. */
  private async tryInsert(
    manager: EntityManager,
    a: {
      input: BookVisitRequest;
      elder: ElderRecord;
      provider: ProviderEntity;
      visit: { start: number; end: number };
      rules: HomeCareRules;
      caregiverId: string;
      assign: boolean;
      priceFen: number;
      split: { subsidyFen: number; copayFen: number };
      fundingSource: string;
      month: string;
      requestHash: string;
      bookedBy: string;
      bookedByRole: string;
      homeBedId: string | null;
    },
  ): Promise<HomeCareOrderRecord | null> {
    await manager.query('SAVEPOINT home_care_hold');
    try {
      const rows = await manager.query(
        `INSERT INTO home_care_orders AS o (elder_id, provider_id, service, status, starts_at, ends_at, hold_ends_at, caregiver_id,
           held_caregiver_id, price_fen, subsidy_fen, copay_fen, allowance_month, visit_latitude, visit_longitude,
           elder_region_code, provider_region_code, notes, booked_by, booked_by_role, idempotency_key, request_hash, home_bed_id,
           subsidy_funding_source)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24)
         RETURNING ${ORDER_COLUMNS}`,
        [
          a.elder.id,
          a.provider.id,
          a.input.service,
          a.assign ? 'ASSIGNED' : 'REQUESTED',
          new Date(a.visit.start),
          new Date(a.visit.end),
          new Date(a.visit.end + a.rules.travelBufferMinutes * MINUTE),
          a.assign ? a.caregiverId : null,
          a.caregiverId,
          a.priceFen,
          a.split.subsidyFen,
          a.split.copayFen,
          a.month,
          a.elder.latitude,
          a.elder.longitude,
          a.elder.regionCode,
          a.provider.regionCode,
          a.input.notes ?? null,
          a.bookedBy,
          a.bookedByRole,
          a.input.idempotencyKey,
          a.requestHash,
          a.homeBedId,
          a.fundingSource,
        ],
      );
      await manager.query('RELEASE SAVEPOINT home_care_hold');
      return toOrderRecord(rows[0]);
    } catch (error) {
      await manager.query('ROLLBACK TO SAVEPOINT home_care_hold');
      const constraint = violatedConstraint(error);
      if (constraint === CAREGIVER_OVERLAP) return null;
      if (constraint === ELDER_OVERLAP) throw HomeCareErrors.elderBusy();
      throw error;
    }
  }

  // ------------------------------------------------------------------ lifecycle

  /** Assigns (or reassigns) a caregiver of the provider: its staff. */
  async assignCaregiver(actor: Actor, orderId: string, caregiverId: string): Promise<HomeCareOrderRecord> {
    return this.change(actor, orderId, async (manager, order) => {
      const action: OrderAction = order.status === 'ASSIGNED' ? 'REASSIGN' : 'ASSIGN';
      const to = this.decide(order, action, actorKind(actor));
      const rules = await this.rules.forRegion(order.providerRegionCode, manager);
      const profile = (await this.caregivers.profilesOf(order.providerId, rules, manager)).find((c) => c.id === caregiverId);
      if (!profile) throw notFound('Caregiver');
      if (!profile.qualifiedServices.includes(order.service)) throw HomeCareErrors.caregiverNotQualified();
      const visit = { start: order.startsAt.getTime(), end: order.endsAt.getTime() };
      if (!caregiverCanTake(profile.workingHours, [], visit, rules.travelBufferMinutes, rules.utcOffsetMinutes)) {
        throw HomeCareErrors.caregiverOffDuty();
      }
      await this.moveHold(manager, order, caregiverId, rules);
      await manager.query(
        `UPDATE home_care_orders SET status = $2, caregiver_id = $3, held_caregiver_id = $3, updated_at = now() WHERE id = $1`,
        [order.id, to, caregiverId],
      );
      return { action, to, note: `caregiver ${profile.displayName}` };
    });
  }

  /**
   * Points the order's hold at another caregiver. When that caregiver's time is held only tentatively by other
   * unassigned orders, those orders are moved to caregivers who are free (the constraint is checked at commit), so
   * staff can assign whom they like as long as the provider as a whole has the capacity.
   */
  private async moveHold(manager: EntityManager, order: HomeCareOrderRecord, caregiverId: string, rules: HomeCareRules): Promise<void> {
    if (order.heldCaregiverId === caregiverId) return;
    const clashes: Array<{ id: string; status: string; service: string; elder_id: string; starts_at: Date; ends_at: Date }> = await manager.query(
      `SELECT id, status, service, elder_id, starts_at, ends_at FROM home_care_orders
        WHERE held_caregiver_id = $1 AND status = ANY($2) AND id <> $3
          AND tstzrange(starts_at, hold_ends_at) && tstzrange($4, $5)
        FOR UPDATE`,
      [caregiverId, ACTIVE_ORDER_STATUSES, order.id, order.startsAt, new Date(order.endsAt.getTime() + rules.travelBufferMinutes * MINUTE)],
    );
    if (clashes.some((c) => c.status !== 'REQUESTED')) throw HomeCareErrors.caregiverUnavailable();
    await manager.query(`SET CONSTRAINTS ${CAREGIVER_OVERLAP} DEFERRED`);
    try {
      await this.swapHolds(manager, order, caregiverId, clashes, rules);
      // Checked here, not at commit, so that a lost race surfaces as a business refusal.
      await manager.query(`SET CONSTRAINTS ${CAREGIVER_OVERLAP} IMMEDIATE`);
    } catch (error) {
      if (violatedConstraint(error) === CAREGIVER_OVERLAP) throw HomeCareErrors.caregiverUnavailable();
      throw error;
    }
  }

  private async swapHolds(
    manager: EntityManager,
    order: HomeCareOrderRecord,
    caregiverId: string,
    clashes: Array<{ id: string; service: string; elder_id: string; starts_at: Date; ends_at: Date }>,
    rules: HomeCareRules,
  ): Promise<void> {
    await manager.query(`UPDATE home_care_orders SET held_caregiver_id = $2 WHERE id = $1`, [order.id, caregiverId]);
    for (const clash of clashes) {
      const visit = { start: clash.starts_at.getTime(), end: clash.ends_at.getTime() };
      const ranked = await this.caregivers.rankedFreeCaregivers(order.providerId, clash.service, clash.elder_id, visit, rules, manager, clash.id);
      const next = ranked.find((id) => id !== caregiverId);
      if (!next) throw HomeCareErrors.caregiverUnavailable('The caregiver\'s time is needed for another visit and nobody else is free for it');
      await manager.query(`UPDATE home_care_orders SET held_caregiver_id = $2 WHERE id = $1`, [clash.id, next]);
    }
  }

  /**
   * Moves the visit, keeping the order. The assigned caregiver keeps it when free at the new time; otherwise another
   * free qualified caregiver takes the hold and the order returns to REQUESTED (or is reassigned automatically when
   * the provider opted in). The subsidy is recomputed for the new month.
   */
  async reschedule(actor: Actor, orderId: string, startsAt: Date): Promise<HomeCareOrderRecord> {
    return this.change(actor, orderId, async (manager, order) => {
      let to = this.decide(order, 'RESCHEDULE', actorKind(actor));
      const rules = await this.rules.forRegion(order.providerRegionCode, manager);
      const start = startsAt.getTime();
      if (!startsFarEnoughAhead(Date.now(), start, rules.minBookingLeadMinutes)) throw HomeCareErrors.startInPast('startsAt');
      const duration = order.endsAt.getTime() - order.startsAt.getTime();
      const visit = { start, end: start + duration };
      const ranked = await this.caregivers.rankedFreeCaregivers(order.providerId, order.service, order.elderId, visit, rules, manager, order.id);
      if (ranked.length === 0) throw HomeCareErrors.slotUnavailable();
      const keeps = order.caregiverId !== null && ranked.includes(order.caregiverId);
      const holder = keeps ? order.caregiverId! : ranked[0];
      let caregiverId = keeps ? order.caregiverId : null;
      const extra: Array<[OrderAction, OrderStatus, OrderStatus, string]> = [];
      if (order.status === 'ASSIGNED' && !keeps) {
        extra.push(['UNASSIGN', 'ASSIGNED', 'REQUESTED', 'the caregiver is not free at the new time']);
        to = 'REQUESTED';
        if (await this.autoAssignEnabled(order.providerId, manager)) {
          extra.push(['ASSIGN', 'REQUESTED', 'ASSIGNED', 'assigned automatically']);
          to = 'ASSIGNED';
          caregiverId = holder;
        }
      }
      // Move the subsidy: give back the old month's share, take the new month's.
      await this.refundAllowance(manager, order);
      const month = allowanceMonth(start, rules.utcOffsetMinutes);
      const eligibility = await this.elders.eligibilityFor((await this.elders.recordsByIds([order.elderId], manager))[0]!, new Date(start), manager);
      const split = await this.spendAllowance(manager, order.elderId, month, order.priceFen, eligibility);
      await manager.query('SAVEPOINT home_care_move');
      try {
        await manager.query(
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
        await manager.query('ROLLBACK TO SAVEPOINT home_care_move');
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
    return this.change(actor, orderId, async (manager, order) => {
      const to = this.decide(order, 'CANCEL', actorKind(actor));
      const rules = await this.rules.forRegion(order.providerRegionCode, manager);
      const bookingSide = !options.system && (actor.role === Role.FAMILY || actor.role === Role.CIVIL_AFFAIRS);
      const late = bookingSide && isLateCancellation(Date.now(), order.startsAt.getTime(), rules.cancellationNoticeMinutes);
      await this.refundAllowance(manager, order);
      await manager.query(
        `UPDATE home_care_orders SET status = $2, cancelled_late = $3, cancel_reason = $4, updated_at = now() WHERE id = $1`,
        [order.id, to, late, reason],
      );
      return { action: 'CANCEL' as OrderAction, to, note: late ? `late cancellation: ${reason}` : reason };
    });
  }

  /** The assigned caregiver arrives: inside the check-in window; the distance from the home is kept and flagged. */
  async checkIn(actor: Actor, orderId: string, location: GeoPoint): Promise<HomeCareOrderRecord> {
    return this.change(actor, orderId, async (manager, order) => {
      const to = this.decide(order, 'CHECK_IN', actorKind(actor));
      const rules = await this.rules.forRegion(order.providerRegionCode, manager);
      const timing = checkInTiming(Date.now(), order.startsAt.getTime(), {
        opensMinutesBefore: rules.checkInOpensMinutesBefore,
        closesMinutesAfter: rules.checkInClosesMinutesAfter,
      });
      if (timing !== 'OPEN') throw HomeCareErrors.checkInWindow(timing);
      const distance = distanceMeters(location, { latitude: order.visitLatitude, longitude: order.visitLongitude });
      const flagged = isBeyondGeofence(distance, rules.geofenceMeters);
      await manager.query(
        `UPDATE home_care_orders SET status = $2, checked_in_at = now(), check_in_distance_m = $3, check_in_flagged = $4, updated_at = now()
          WHERE id = $1`,
        [order.id, to, distance, flagged],
      );
      await this.evidence.recordCheck(order.id, 'CHECK_IN', location);
      return { action: 'CHECK_IN' as OrderAction, to, note: `${Math.round(distance)} m from the home${flagged ? ' (beyond the geofence, flagged)' : ''}` };
    });
  }

  /** The caregiver leaves: the visit's required care-plan tasks must be recorded (care records), in the same transaction. */
  async checkOut(actor: Actor, orderId: string, location: GeoPoint, notes: string | null, tasks: readonly VisitTaskResultInput[] = []): Promise<HomeCareOrderRecord> {
    return this.change(actor, orderId, async (manager, order) => {
      const to = this.decide(order, 'CHECK_OUT', actorKind(actor));
      await this.carePlans.recordCheckout(actor, order, tasks);
      const rules = await this.rules.forRegion(order.providerRegionCode, manager);
      const distance = distanceMeters(location, { latitude: order.visitLatitude, longitude: order.visitLongitude });
      const flagged = isBeyondGeofence(distance, rules.geofenceMeters);
      await manager.query(
        `UPDATE home_care_orders SET status = $2, checked_out_at = greatest(now(), checked_in_at), check_out_distance_m = $3,
           check_out_flagged = $4, visit_notes = $5, updated_at = now() WHERE id = $1`,
        [order.id, to, distance, flagged, notes],
      );
      await this.evidence.recordCheck(order.id, 'CHECK_OUT', location);
      const repriced = await this.shortVisits.repriceAtCheckOut(order.id);
      const where = `${Math.round(distance)} m from the home${flagged ? ' (beyond the geofence, flagged)' : ''}`;
      return { action: 'CHECK_OUT' as OrderAction, to, note: repriced ? `${where}; ${repriced}` : where };
    });
  }

  /** The provider attests that the visit did not happen; only once it should have started. */
  async markNoShow(actor: Actor, orderId: string, reason: string): Promise<HomeCareOrderRecord> {
    return this.change(actor, orderId, async (manager, order) => {
      const to = this.decide(order, 'MARK_NO_SHOW', actorKind(actor));
      const rules = await this.rules.forRegion(order.providerRegionCode, manager);
      if (!noShowMayBeMarked(Date.now(), order.startsAt.getTime(), rules.noShowGraceMinutes)) throw HomeCareErrors.noShowTooEarly();
      await this.refundAllowance(manager, order);
      await manager.query(`UPDATE home_care_orders SET status = $2, cancel_reason = $3, updated_at = now() WHERE id = $1`, [order.id, to, reason]);
      return { action: 'MARK_NO_SHOW' as OrderAction, to, note: reason };
    });
  }

  /** The guardian reviews a completed visit, once; the provider's review count and sum move in the same transaction. */
  async review(actor: Actor, orderId: string, stars: number, comment: string | null): Promise<HomeCareOrderRecord> {
    if (!Number.isInteger(stars) || stars < 1 || stars > 5) {
      throw badInput('Stars must be 1 to 5', [{ path: 'stars', message: 'must be an integer from 1 to 5' }]);
    }
    const order = await inTransaction(this.dataSource, async (manager) => {
      const current = await this.lockVisible(manager, actor, orderId);
      if (actor.role !== Role.FAMILY) throw HomeCareErrors.roleNotAllowed('REVIEW');
      if (!isReviewable(current.status)) throw HomeCareErrors.invalidTransition(current.status, 'REVIEW');
      const updated = returnedRows(
        await manager.query(
          `UPDATE home_care_orders SET review_stars = $2, review_comment = $3, reviewed_at = now(), updated_at = now()
            WHERE id = $1 AND review_stars IS NULL RETURNING id`,
          [current.id, stars, comment],
        ),
      );
      if (updated.length === 0) throw HomeCareErrors.alreadyReviewed();
      await manager.query(`UPDATE providers SET review_count = review_count + 1, review_sum = review_sum + $2 WHERE id = $1`, [
        current.providerId,
        stars,
      ]);
      return this.load(manager, current.id);
    });
    return order;
  }

  // ------------------------------------------------------------------ transitions plumbing

  private decide(order: HomeCareOrderRecord, action: OrderAction, by: TransitionActor): OrderStatus {
    const decision = decideTransition(order.status, action, by);
    if (decision.allowed) return decision.to;
    if (decision.refusal === 'ROLE_NOT_ALLOWED') throw HomeCareErrors.roleNotAllowed(action);
    throw HomeCareErrors.invalidTransition(order.status, action);
  }

  /**
   * One transition in one transaction: lock the order (NOT_FOUND when the caller may not see it), apply the change,
   * record the event(s), and publish after commit.
   */
  private async change(
    actor: Actor,
    orderId: string,
    apply: (
      manager: EntityManager,
      order: HomeCareOrderRecord,
    ) => Promise<{ action: OrderAction; to: OrderStatus; note: string | null; after?: Array<[OrderAction, OrderStatus, OrderStatus, string]> }>,
  ): Promise<HomeCareOrderRecord> {
    const done = await inTransaction(this.dataSource, async (manager) => {
      const current = await this.lockVisible(manager, actor, orderId);
      const result = await apply(manager, current);
      await this.recordEvent(manager, current.id, result.action, current.status, result.to, actor.userId, actor.role, result.note);
      for (const [action, from, to, note] of result.after ?? []) {
        await this.recordEvent(manager, current.id, action, from, to, null, 'SYSTEM', note);
      }
      return { order: await this.load(manager, current.id), action: result.action, from: current.status };
    });
    this.publish(done.order, done.action, done.from);
    return done.order;
  }

  private async recordEvent(
    manager: EntityManager,
    orderId: string,
    action: string,
    from: OrderStatus | null,
    to: OrderStatus,
    actorId: string | null,
    actorRole: string,
    note: string | null,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO home_care_order_events (order_id, action, from_status, status, actor_id, actor_role, note) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [orderId, action, from, to, actorId, actorRole, note],
    );
  }

  private publish(order: HomeCareOrderRecord, action: string, from: OrderStatus | null): void {
    this.events.publish('home-care-order.changed', {
      orderId: order.id,
      providerId: order.providerId,
      elderId: order.elderId,
      action,
      from,
      to: order.status,
    });
  }

  private async load(manager: EntityManager, id: string): Promise<HomeCareOrderRecord> {
    const rows = await manager.query(`SELECT ${ORDER_COLUMNS} FROM home_care_orders o WHERE o.id = $1`, [id]);
    return toOrderRecord(rows[0]);
  }

  /** Locks the order for a change; NOT_FOUND when it is missing or the caller may not see it. */
  private async lockVisible(manager: EntityManager, actor: Actor, orderId: string): Promise<HomeCareOrderRecord> {
    if (!isUuid(orderId)) throw notFound('Home-care order');
    const rows = await manager.query(`SELECT ${ORDER_COLUMNS} FROM home_care_orders o WHERE o.id = $1 FOR UPDATE`, [orderId]);
    const order = rows.length ? toOrderRecord(rows[0]) : null;
    if (!order || !(await this.canSee(actor, order))) throw notFound('Home-care order');
    return order;
  }

  // ------------------------------------------------------------------ reads

  /** Who sees an order: the elder's guardians, its assigned caregiver, the provider's staff, officers in scope, admins. */
  async canSee(actor: Actor, order: HomeCareOrderRecord): Promise<boolean> {
    switch (actor.role) {
      case Role.ADMIN:
        return true;
      case Role.FAMILY:
        return (await this.elders.elderIdsGuardedBy(actor.userId)).includes(order.elderId);
      case Role.CAREGIVER:
        return order.caregiverId === actor.userId;
      case Role.PROVIDER_STAFF:
        return order.providerId === actor.providerId;
      case Role.CIVIL_AFFAIRS:
        return regionInScope(actor.regionScope, order.elderRegionCode) || regionInScope(actor.regionScope, order.providerRegionCode);
      default:
        return false;
    }
  }

  async getVisible(actor: Actor, id: string): Promise<HomeCareOrderRecord | null> {
    if (!isUuid(id)) return null;
    const rows = await this.dataSource.query(`SELECT ${ORDER_COLUMNS} FROM home_care_orders o WHERE o.id = $1`, [id]);
    const order = rows.length ? toOrderRecord(rows[0]) : null;
    return order && (await this.canSee(actor, order)) ? order : null;
  }

  /** The caller's orders, scoped and filtered in SQL, by start time. */
  async list(actor: Actor, filter: HomeCareOrderFilter | undefined, page: PageArgs): Promise<Connection<HomeCareOrderRecord>> {
    const offset = decodeOffsetCursor(page.after);
    const params: unknown[] = [];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    const where: string[] = [await this.scopeSql(actor, param)];
    if (filter?.status?.length) where.push(`o.status = ANY(${param(filter.status)})`);
    if (filter?.elderId) where.push(`o.elder_id = ${param(isUuid(filter.elderId) ? filter.elderId : null)}`);
    if (filter?.providerId) where.push(`o.provider_id = ${param(isUuid(filter.providerId) ? filter.providerId : null)}`);
    if (filter?.caregiverId) where.push(`o.caregiver_id = ${param(isUuid(filter.caregiverId) ? filter.caregiverId : null)}`);
    if (filter?.homeBedId) where.push(`o.home_bed_id = ${param(isUuid(filter.homeBedId) ? filter.homeBedId : null)}`);
    if (filter?.from) where.push(`o.ends_at > ${param(filter.from)}`);
    if (filter?.to) where.push(`o.starts_at < ${param(filter.to)}`);
    if (filter?.flagged) where.push(`(o.check_in_flagged OR o.check_out_flagged)`);
    const whereSql = `WHERE ${where.join(' AND ')}`;
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT ${ORDER_COLUMNS}, count(*) OVER () AS total_count FROM home_care_orders o ${whereSql}
        ORDER BY o.starts_at, o.id LIMIT ${param(page.first + 1)} OFFSET ${param(offset)}`,
      params,
    );
    let totalCount = rows.length > 0 ? Number(rows[0].total_count) : 0;
    if (rows.length === 0 && offset > 0) {
      const [{ count }] = await this.dataSource.query(`SELECT count(*) AS count FROM home_care_orders o ${whereSql}`, params.slice(0, -2));
      totalCount = Number(count);
    }
    return toConnection(rows.map(toOrderRecord), totalCount, offset, page.first);
  }

  private async scopeSql(actor: Actor, param: (v: unknown) => string): Promise<string> {
    switch (actor.role) {
      case Role.ADMIN:
        return 'TRUE';
      case Role.FAMILY:
        return `o.elder_id = ANY(${param(await this.elders.elderIdsGuardedBy(actor.userId))}::uuid[])`;
      case Role.CAREGIVER:
        return `o.caregiver_id = ${param(actor.userId)}`;
      case Role.PROVIDER_STAFF:
        return `o.provider_id = ${param(actor.providerId)}`;
      case Role.CIVIL_AFFAIRS: {
        const pattern = param(regionPrefixPattern(actor.regionScope ?? '\u0000'));
        return `(o.elder_region_code LIKE ${pattern} OR o.provider_region_code LIKE ${pattern})`;
      }
      default:
        return 'FALSE';
    }
  }

  /** Events of many orders (DataLoader batch), oldest first. */
  async eventsFor(orderIds: readonly string[]): Promise<OrderEventRecord[][]> {
    const rows: Array<Record<string, any>> = await this.dataSource.query(
      `SELECT id, order_id, at, action, from_status, status, actor_id, actor_role, note
         FROM home_care_order_events WHERE order_id = ANY($1) ORDER BY order_id, id`,
      [orderIds],
    );
    const byOrder = new Map<string, OrderEventRecord[]>();
    for (const r of rows) {
      const list = byOrder.get(r.order_id) ?? [];
      list.push({
        id: String(r.id),
        orderId: r.order_id,
        at: r.at,
        action: r.action,
        fromStatus: r.from_status,
        status: r.status,
        actorId: r.actor_id,
        actorRole: r.actor_role,
        note: r.note,
      });
      byOrder.set(r.order_id, list);
    }
    return orderIds.map((id) => byOrder.get(id) ?? []);
  }

  /** Turns on or off automatic assignment for a provider: its staff. */
  async setAutoAssign(actor: Actor, providerId: string, enabled: boolean): Promise<boolean> {
    const provider = await this.providers.requireOperator(actor, providerId);
    await this.dataSource.query(
      `INSERT INTO home_care_provider_settings (provider_id, auto_assign, updated_by) VALUES ($1, $2, $3)
       ON CONFLICT (provider_id) DO UPDATE SET auto_assign = EXCLUDED.auto_assign, updated_by = EXCLUDED.updated_by, updated_at = now()`,
      [provider.id, enabled, actor.userId],
    );
    return enabled;
  }

  /** Auto-assignment flags of many providers (DataLoader batch). */
  async autoAssignFor(providerIds: readonly string[]): Promise<boolean[]> {
    const rows: Array<{ provider_id: string; auto_assign: boolean }> = await this.dataSource.query(
      `SELECT provider_id, auto_assign FROM home_care_provider_settings WHERE provider_id = ANY($1)`,
      [providerIds],
    );
    const map = new Map(rows.map((r) => [r.provider_id, r.auto_assign]));
    return providerIds.map((id) => map.get(id) ?? false);
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (id: string) => UUID.test(id);
