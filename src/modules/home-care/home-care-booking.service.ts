import { createHash, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { isSystemActor, SYSTEM_ACTOR, type Actor, type SystemActor } from '../../core/auth/actor.js';
import { UnitOfWork } from '../../core/database/unit-of-work.js';
import { Role } from '../../core/domain/enums.js';
import { violatedConstraint } from '../../core/errors/database-errors.js';
import { SqlParams } from '../../core/database/paged-query.js';
import { badInput, notFound } from '../../core/errors/domain-error.js';
import { DomainEvents } from '../../core/events/domain-events.js';
import { ElderService, type ElderRecord } from '../elder/elder.service.js';
import type { ProviderEntity } from '../provider/provider.entity.js';
import { ProviderService } from '../provider/provider.service.js';
import { SubsidyAllowanceService } from '../subsidy/subsidy-allowance.service.js';
import { CaregiverService } from './caregiver.service.js';
import { CAREGIVER_OVERLAP } from './caregiver-hold.service.js';
import { HomeCareOrderReads } from './home-care-order-reads.service.js';
import { orderChangedPayload } from './home-care-order.events.js';
import { ORDER_COLUMNS, toOrderRecord, type HomeCareOrderRecord } from './home-care-order.record.js';
import { ACTIVE_ORDER_STATUSES, HOME_CARE_ORDER_MACHINE, type OrderStatus, type TransitionActor } from './home-care-order.state.js';
import { HomeCareErrors } from './home-care.errors.js';
import { HomeCareRulesService, type HomeCareRules } from './home-care.rules.js';
import { allowanceMonth, durationBounds, durationWithin, visitPriceFen } from './visit-pricing.policy.js';
import { distanceMeters, startsFarEnoughAhead, withinServiceRadius } from './visit-rules.policy.js';
import { computeFreeSlots, type FreeSlot } from './visit-slot.policy.js';

export interface BookVisitRequest {
  elderId: string;
  providerId: string;
  service: string;
  startsAt: Date;
  durationMinutes: number;
  notes?: string | null;
  idempotencyKey: string;
}

/** What the platform needs to book on someone's behalf (visits generated from a home-bed plan). */
export interface SystemBooking {
  homeBedId: string;
  /** The elder, whose access the home bed's registration checked. */
  elder: ElderRecord;
  /** The account the visit is booked for (the bed's registrar): its idempotency keys and "booked by". */
  onBehalfOf: string;
}

const MINUTE = 60_000;
export const ELDER_OVERLAP = 'home_care_orders_elder_overlap';
const IDEMPOTENCY_KEY = 'home_care_orders_idempotency_key';

interface Attempt {
  input: BookVisitRequest;
  elder: ElderRecord;
  provider: ProviderEntity;
  visit: { start: number; end: number };
  rules: HomeCareRules;
  priceFen: number;
  eligibility: { monthlyAllowanceFen: number; coverageRateBp: number; fundingSource: string };
  month: string;
  requestHash: string;
  bookedBy: string;
  actor: Actor | SystemActor;
  homeBedId: string | null;
  /** The provider assigns the held caregiver at once (its setting, read with the ranking). */
  autoAssign: boolean;
}

/**
 * Booking home-care visits: the free slots, and bookHomeCareVisit itself — idempotent per (account, key), priced from
 * the provider's offering, subsidised from the elder's monthly allowance, and never double-booked (the caregiver
 * hold, see caregiver-hold.service.ts). The happy path is one lookup of the key, one read each for the provider, the
 * elder, the rules, the subsidy figures and the ranked free caregivers, and one INSERT that also writes the booking's
 * events, the provider's link and the event's outbox job (docs/home-care.md, "What a booking costs").
 */
@Injectable()
export class HomeCareBookingService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly elders: ElderService,
    private readonly providers: ProviderService,
    private readonly caregivers: CaregiverService,
    private readonly reads: HomeCareOrderReads,
    private readonly allowances: SubsidyAllowanceService,
    private readonly rules: HomeCareRulesService,
    private readonly events: DomainEvents,
  ) {}

  /** Start times at which a qualified caregiver of the provider is free for the whole visit, and how many are. */
  async availableSlots(
    actor: Actor,
    args: { providerId: string; service: string; from: Date; to: Date; durationMinutes: number; elderId?: string | null },
  ): Promise<FreeSlot[]> {
    const found = await this.providers.findWithServices(args.providerId);
    if (!found) throw notFound('Provider');
    const { provider } = found;
    const rules = await this.rules.forRegion(provider.regionCode);
    const offering = this.pickOffering(found.services, args.service);
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
      const busy: Array<{ starts_at: Date; ends_at: Date }> = await this.uow.manager.query(
        `SELECT starts_at, ends_at FROM home_care_orders WHERE elder_id = $1 AND status = ANY($2)
          AND tstzrange(starts_at, ends_at) && tstzrange($3, $4)`,
        [args.elderId, ACTIVE_ORDER_STATUSES, args.from, args.to],
      );
      slots = slots.filter((s) => !busy.some((b) => b.starts_at.getTime() < s.endsAt && s.startsAt < b.ends_at.getTime()));
    }
    return slots;
  }

  /**
   * Books a visit. The same key and request from the same account returns the first order; a different request
   * under the same key is refused. The order holds a free qualified caregiver's time from the start (the exclusion
   * constraint makes that hold exclusive), so no slot is sold twice even before the provider assigns anyone.
   *
   * The key is looked up once, before anything else (a replay answers even after the visit's start has passed).
   * Two identical requests at once are settled by the database: the second's INSERT waits for the first on the
   * unique key (or on the elder's or caregiver's exclusion constraint) and fails once the first commits; its
   * attempt leaves nothing (the statement failed whole, or was rolled back to its savepoint with the allowance it
   * took) and the first's order is replayed.
   */
  async book(actor: Actor, input: BookVisitRequest): Promise<HomeCareOrderRecord>;
  async book(actor: SystemActor, input: BookVisitRequest, system: SystemBooking): Promise<HomeCareOrderRecord>;
  async book(actor: Actor | SystemActor, input: BookVisitRequest, system?: SystemBooking): Promise<HomeCareOrderRecord> {
    HOME_CARE_ORDER_MACHINE.assert(null, 'BOOK', actor.role as TransitionActor);
    const bookedBy = isSystemActor(actor) ? system!.onBehalfOf : actor.userId;
    const requestHash = this.hashRequest(input);
    const earlier = await this.reads.findByIdempotencyKey(bookedBy, input.idempotencyKey);
    if (earlier) return this.replay(earlier, requestHash);

    const found = await this.providers.findWithServices(input.providerId);
    if (!found) throw notFound('Provider');
    const { provider, services: offered } = found;
    const elder = isSystemActor(actor) ? system!.elder : await this.elders.requireActable(actor, input.elderId);
    const offering = this.pickOffering(offered, input.service);
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
    const eligibility = await this.elders.eligibilityFor(elder, input.startsAt);
    const priceFen = visitPriceFen(offering, input.durationMinutes);

    const attemptAll = async () => {
      const { ranked, autoAssign } = await this.caregivers.rankedFreeCaregivers(
        provider.id,
        input.service,
        elder.id,
        visit,
        rules,
        undefined,
        offered.map((o) => o.kind as string),
      );
      const attempt: Attempt = {
        input,
        elder,
        provider,
        visit,
        rules,
        priceFen,
        eligibility,
        month: allowanceMonth(start, rules.utcOffsetMinutes),
        requestHash,
        bookedBy,
        actor,
        homeBedId: system?.homeBedId ?? null,
        autoAssign,
      };
      for (const caregiverId of ranked) {
        const result = await this.tryInsert(attempt, caregiverId);
        if (result === 'CAREGIVER_TAKEN') continue;
        return result;
      }
      throw HomeCareErrors.slotUnavailable();
    };
    // The order, its events, the provider's link and the outbox jobs are one statement (tryInsert): on its own it is
    // atomic, so a booking that spends no allowance needs no transaction. Spending one is a second write (the
    // allowance's share), so that booking runs in one, as does a booking made inside a caller's unit (a home bed's).
    const outcome =
      this.uow.inTransaction || this.allowances.spends(priceFen, eligibility) ? await this.uow.run(attemptAll) : await this.uow.retrying(attemptAll);
    return 'replay' in outcome ? this.replay(outcome.replay, requestHash) : outcome.order;
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

  private pickOffering<T extends { kind: string }>(offered: readonly T[], service: string): T {
    const offering = offered.find((o) => o.kind === service);
    if (!offering) throw HomeCareErrors.serviceNotOffered();
    return offering;
  }

  /**
   * One attempt holding this caregiver: the allowance's share (when there is one), then one INSERT that also writes the
   * BOOK (and automatic ASSIGN) events, the provider's link to the elder and the event's outbox jobs. Inside a
   * transaction the attempt is a savepoint, so that a refusal leaves the transaction usable; outside one the statement
   * is its own transaction and a refusal leaves nothing. A lost race on the caregiver tries the next one; a lost race
   * with the same key replays the order that won.
   */
  private async tryInsert(a: Attempt, caregiverId: string): Promise<{ order: HomeCareOrderRecord } | { replay: HomeCareOrderRecord } | 'CAREGIVER_TAKEN'> {
    const m = this.uow.manager;
    const guarded = this.uow.inTransaction;
    if (guarded) await m.query('SAVEPOINT home_care_hold');
    try {
      const split = await this.allowances.spend(a.elder.id, a.month, a.priceFen, a.eligibility);
      const orderId = randomUUID();
      const status: OrderStatus = a.autoAssign ? 'ASSIGNED' : 'REQUESTED';
      const params = new SqlParams();
      const param = params.param;
      const event = await this.events.publishInStatement(
        'home-care-order.changed',
        orderChangedPayload({ id: orderId, providerId: a.provider.id, elderId: a.elder.id, status }, 'BOOK', null),
        param,
      );
      const notes = param(a.input.notes ?? null);
      const rows = await this.uow.preparedText<Record<string, unknown>>(
        'home_care_booking',
        `WITH o AS (
           INSERT INTO home_care_orders AS o (id, elder_id, provider_id, service, status, starts_at, ends_at, hold_ends_at, caregiver_id,
             held_caregiver_id, price_fen, subsidy_fen, copay_fen, allowance_month, visit_latitude, visit_longitude,
             elder_region_code, provider_region_code, notes, booked_by, booked_by_role, idempotency_key, request_hash, home_bed_id,
             subsidy_funding_source)
           VALUES (${param(orderId)}::uuid, ${param(a.elder.id)}::uuid, ${param(a.provider.id)}::uuid, ${param(a.input.service)}, ${param(status)},
             ${param(new Date(a.visit.start))}::timestamptz, ${param(new Date(a.visit.end))}::timestamptz,
             ${param(new Date(a.visit.end + a.rules.travelBufferMinutes * MINUTE))}::timestamptz,
             ${param(a.autoAssign ? caregiverId : null)}::uuid, ${param(caregiverId)}::uuid, ${param(a.priceFen)}::int,
             ${param(split.subsidyFen)}::int, ${param(split.copayFen)}::int, ${param(a.month)}::date, ${param(a.elder.latitude)},
             ${param(a.elder.longitude)}, ${param(a.elder.regionCode)}, ${param(a.provider.regionCode)}, ${notes}::text,
             ${param(a.bookedBy)}::uuid, ${param(a.actor.role)}, ${param(a.input.idempotencyKey)}, ${param(a.requestHash)},
             ${param(a.homeBedId)}::uuid, ${param(a.eligibility.fundingSource)})
           RETURNING ${ORDER_COLUMNS}
         ), events AS (
           INSERT INTO home_care_order_events (order_id, action, from_status, status, actor_id, actor_role, note)
           SELECT o.id, v.action, v.from_status, v.status, v.actor_id, v.actor_role, v.note
             FROM o CROSS JOIN LATERAL (VALUES
               (1, 'BOOK', NULL::text, 'REQUESTED', ${param(a.actor.userId)}::uuid, ${param(a.actor.role)}::text, ${notes}::text),
               (2, 'ASSIGN', 'REQUESTED', 'ASSIGNED', ${param(SYSTEM_ACTOR.userId)}::uuid, ${param(SYSTEM_ACTOR.role)}::text, 'assigned automatically')
             ) AS v (n, action, from_status, status, actor_id, actor_role, note)
            WHERE v.n = 1 OR o.status = 'ASSIGNED'
            ORDER BY v.n
         ),
         ${this.elders.linkProviderSql('o', 'HOME_CARE', param)}${event.ctes.map((c) => `,\n         ${c}`).join('')}
         SELECT * FROM o`,
        params.values,
      );
      if (guarded) await m.query('RELEASE SAVEPOINT home_care_hold');
      event.written();
      return { order: toOrderRecord(rows[0]) };
    } catch (error) {
      if (guarded) await m.query('ROLLBACK TO SAVEPOINT home_care_hold');
      const constraint = violatedConstraint(error);
      if (constraint !== IDEMPOTENCY_KEY && constraint !== CAREGIVER_OVERLAP && constraint !== ELDER_OVERLAP) throw error;
      // The constraint waited for the other transaction; once it committed, its order is visible to a new statement.
      const winner = await this.reads.findByIdempotencyKey(a.bookedBy, a.input.idempotencyKey);
      if (winner) return { replay: winner };
      if (constraint === CAREGIVER_OVERLAP) return 'CAREGIVER_TAKEN';
      if (constraint === ELDER_OVERLAP) throw HomeCareErrors.elderBusy();
      throw error;
    }
  }
}

