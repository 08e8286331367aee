import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Actor } from '../../core/auth/actor.js';
import { access, can, definePolicy, scopeSql, type AccessPolicy } from '../../core/access/access-policy.js';
import { regionSliceSql, type RegionSlice } from '../../core/access/region-code.js';
import { chinaMonthSql, inChinaDatesSql, type ChinaDates } from '../../core/database/china-month-sql.js';
import { UnitOfWork } from '../../core/database/unit-of-work.js';
import { violatedConstraint } from '../../core/errors/database-errors.js';
import { Role, type Ownership } from '../../core/domain/enums.js';
import { badInput, DomainError, forbidden, notFound } from '../../core/errors/domain-error.js';
import { pagedQuery, SqlParams } from '../../core/database/paged-query.js';
import type { Connection, PageArgs } from '../../core/graphql/pagination.js';
import { regionalRowsSql, type RegionalRow } from '../../core/settings/regional.js';
import { ElderService } from '../elder/elder.service.js';
import { ProviderService } from '../provider/provider.service.js';
import { BED_RESERVATION_MACHINE, holdExpiresAt, type BedReservationAction, type ReservationRelation } from './bed-reservation.state.js';
import { BedHoldWriter, BedCapacityLog, BedSetting, NEXT_EVENT_ID_SQL, toReservationModel, type BedProvider, type ChangeActor, type ReservationRow } from './bed-hold.writer.js';
import { isUuid } from './bed-ids.js';
import { BedWaitlistService } from './bed-waitlist.service.js';
import { activeReservationExists, idempotencyKeyReused, invalidTransition, noBedAvailable } from './bed.errors.js';
import type { BedReservationEventModel, BedReservationModel } from './bed.model.js';
import type { BedReservationFilter } from './dto/bed-reservation-filter.input.js';
import type { ReserveBedInput } from './dto/reserve-bed.input.js';
import { isGovernmentSupported } from './reserved-share.policy.js';

const MAX_REASON_LENGTH = 500;

/** A resident's stay (admitted, maybe discharged) as settlement and family statements read it. */
export interface StayRecord {
  id: string;
  elderId: string;
  providerId: string;
  category: string;
  admittedAt: Date;
  endedAt: Date | null;
  governmentSupported: boolean;
}

const toStay = (r: Record<string, any>): StayRecord => ({
  id: r.id,
  elderId: r.elder_id,
  providerId: r.provider_id,
  category: r.category,
  admittedAt: r.admitted_at,
  endedAt: r.ended_at,
  governmentSupported: r.government_supported,
});

/** What identifies a reservation request for idempotency: the same key must come with the same request. */
function requestHashOf(input: ReserveBedInput): string {
  return createHash('sha256').update(JSON.stringify([input.providerId, input.elderId, input.category])).digest('hex');
}

const changeActor = (actor: Actor): ChangeActor => ({ userId: actor.userId, role: actor.role });

/** What reserveBed reads before it takes the bed (see BedReservationService.lookup): the key's reservation's columns, or nulls. */
type ReserveLookup = ReservationRow & {
  elder_active: boolean;
  next_event_id: string;
  holder_id: string | null;
  holder_ownership: string | null;
  holder_region_code: string | null;
  hold_hours: RegionalRow[];
};

/** What a notice about a reservation says and whom it concerns. */
export interface ReservationNotice {
  id: string;
  elderId: string;
  providerId: string;
  status: string;
  expiresAt: Date;
  admittedAt: Date | null;
  endedAt: Date | null;
  /** The account that made the hold (null for the platform's waitlist offers made without one). */
  requestedBy: string | null;
  /** The waitlist offer the hold is, if it is one. */
  offerId: string | null;
}

const NOTICE_COLUMNS = `r.id, r.elder_id, r.provider_id, r.status, r.expires_at, r.admitted_at, r.ended_at, r.requested_by, wo.id AS offer_id`;

const toNotice = (r: Record<string, any>): ReservationNotice => ({
  id: r.id,
  elderId: r.elder_id,
  providerId: r.provider_id,
  status: r.status,
  expiresAt: r.expires_at,
  admittedAt: r.admitted_at,
  endedAt: r.ended_at,
  requestedBy: r.requested_by,
  offerId: r.offer_id,
});

/**
 * Bed reservations (床位预订) and stays: reserveBed, admit, release, discharge, and the scoped reads.
 * Every write is one transaction in which the counts in bed_capacity move with the reservation.
 */
/** The unique key of (account, idempotency key): identical requests make one reservation. */
const IDEMPOTENCY_KEY = 'bed_reservations_idempotency_key';

@Injectable()
export class BedReservationService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly writer: BedHoldWriter,
    private readonly waitlist: BedWaitlistService,
    private readonly elders: ElderService,
    private readonly providers: ProviderService,
  ) {
    this.visibility = definePolicy<ReservationRow>('bed reservation', {
      [Role.ADMIN]: [[access.any]],
      [Role.PROVIDER_STAFF]: [[access.provider('provider_id', 'r.provider_id')]],
      [Role.FAMILY]: [[access.related(this.elders.guardianship, 'elder_id', 'r.elder_id')]],
      [Role.CIVIL_AFFAIRS]: [[access.region('provider_region_code', 'r.provider_region_code')], [access.region('elder_region_code', 'r.elder_region_code')]],
    });
  }

  /**
   * Who sees a reservation: its elder's guardians, the provider's staff, officers whose scope covers the provider or
   * the elder, admins. The row check and the list's SQL scope both come from it.
   */
  private readonly visibility: AccessPolicy<ReservationRow>;

  /**
   * Holds a bed for the elder (a guardian, or an officer in scope) for the configured time. Refused with
   * NO_BED_AVAILABLE when the conditional UPDATE finds no bed this elder may take, changing nothing.
   */
  async reserve(actor: Actor, input: ReserveBedInput): Promise<BedReservationModel> {
    const requestHash = requestHashOf(input);
    // The elder check and the reservation's own lookup go out together: neither needs the other's answer, and nothing
    // the lookup found is used (or shown) unless the elder check let the caller in.
    const [elder, start] = await Promise.all([this.elders.requireActable(actor, input.elderId), this.lookup(actor, input)]);
    if (!start.holder_id) throw notFound('Provider');
    const provider: BedProvider = { id: start.holder_id, ownership: start.holder_ownership as Ownership, regionCode: start.holder_region_code! };
    const hours = this.writer.holdHoursIn(start.hold_hours, provider.regionCode);
    const governmentSupported = isGovernmentSupported(elder.verifiedCategories);
    let first: ReserveLookup | null = start;
    const attempt = async (): Promise<ReservationRow> => {
      // A retry after a lost race looks again: the twin's reservation may be there now.
      const found = first ?? (await this.lookup(actor, input));
      first = null;
      if (found.id) {
        const { elder_active: _active, next_event_id: _next, holder_id: _h, holder_ownership: _o, holder_region_code: _r, hold_hours: _hours, ...existing } = found;
        return existing as ReservationRow;
      }
      if (found.elder_active) throw activeReservationExists();
      const unit = new BedCapacityLog();
      const created = await this.writer.createHold(unit, {
        provider,
        elderId: elder.id,
        elderRegionCode: elder.regionCode,
        category: input.category,
        governmentSupported,
        actor: changeActor(actor),
        expiresAt: holdExpiresAt(new Date(), hours),
        idempotencyKey: input.idempotencyKey,
        requestHash,
        note: null,
        eventId: found.next_event_id,
      });
      if (!created) throw noBedAvailable();
      this.writer.publish(unit);
      return created;
    };
    let row: ReservationRow;
    try {
      // The bed is taken by one statement on its own, so its row lock lasts that statement; only the reserved share
      // (a non-supported elder at a publicly built, privately run home) needs the lock taken first and the supported
      // beds counted under it, in a transaction.
      row = this.writer.countsReservedShare(provider, governmentSupported) ? await this.uow.run(attempt) : await this.uow.retrying(attempt);
    } catch (error) {
      // Two identical requests at once: the unique key (or the elder's one active reservation, whichever index the
      // loser met first) let one in, and the other replays it once it committed.
      const twin = violatedConstraint(error) === IDEMPOTENCY_KEY || (error instanceof DomainError && error.reason === 'ACTIVE_RESERVATION_EXISTS');
      const winner = twin ? await this.findByKey(actor.userId, input.idempotencyKey) : undefined;
      if (!winner) throw error;
      row = winner;
    }
    if (row.request_hash !== requestHash) throw idempotencyKeyReused();
    return toReservationModel(row);
  }

  /**
   * Everything reserveBed reads before it takes the bed, in one statement: the key's earlier reservation, if any;
   * whether the elder already has an active one (an early, friendly refusal: the partial unique index
   * bed_reservations_one_active is what guarantees it); the number of the hold's first event row, so that the event is
   * written by the statement that takes the bed; the provider (its ownership decides whether the reserved share is
   * counted) and the hold-time setting's rows for its region.
   */
  private lookup(actor: Actor, input: ReserveBedInput): Promise<ReserveLookup> {
    return this.uow
      .prepared<ReserveLookup>('bed_reserve_start', this.lookupSql, [actor.userId, input.idempotencyKey, input.elderId, input.providerId, BedSetting.HOLD_HOURS])
      .then((rows) => rows[0]);
  }

  private readonly lookupSql = `SELECT a.elder_active, ${NEXT_EVENT_ID_SQL} AS next_event_id,
              h.id AS holder_id, h.ownership AS holder_ownership, h.region_code AS holder_region_code,
              ${regionalRowsSql('$5', 'h.region_code')} AS hold_hours, r.*
         FROM (SELECT EXISTS (SELECT 1 FROM bed_reservations WHERE elder_id = $3 AND status IN ('HELD','ADMITTED')) AS elder_active) a
         LEFT JOIN LATERAL (${this.providers.bedHolderSql('$4')}) h ON true
         LEFT JOIN bed_reservations r ON r.requested_by = $1 AND r.idempotency_key = $2`;

  /** The reservation an account made with this key. */
  private async findByKey(requestedBy: string, idempotencyKey: string): Promise<ReservationRow | undefined> {
    const [row] = await this.uow.manager.query(`SELECT * FROM bed_reservations WHERE requested_by = $1 AND idempotency_key = $2`, [requestedBy, idempotencyKey]);
    return row;
  }

  /** The provider's staff admit the elder: the held bed becomes occupied. */
  admit(actor: Actor, reservationId: string): Promise<BedReservationModel> {
    return this.transition(actor, reservationId, 'ADMIT', null);
  }

  /** The provider's staff, or whoever may act for the elder, give the held bed back (declines an offer). */
  release(actor: Actor, reservationId: string, reason: string): Promise<BedReservationModel> {
    return this.transition(actor, reservationId, 'RELEASE', this.checkReason(reason));
  }

  /** The provider's staff record that the resident has left: the bed is free again. */
  discharge(actor: Actor, reservationId: string, reason: string): Promise<BedReservationModel> {
    return this.transition(actor, reservationId, 'DISCHARGE', this.checkReason(reason));
  }

  private async transition(actor: Actor, reservationId: string, action: BedReservationAction, note: string | null): Promise<BedReservationModel> {
    const row = await this.findRow(reservationId);
    if (!row) throw notFound('Bed reservation');
    const relations = await this.relationsOf(actor, row);
    const plan = BED_RESERVATION_MACHINE.decide(row.status, action, relations);
    if (!plan.allowed) {
      if (plan.refusal === 'INVALID_TRANSITION') throw invalidTransition(row.status, action);
      if (relations.length > 0 || (await can(this.visibility, actor, row))) throw forbidden(`You may not ${action.toLowerCase()} this reservation`);
      throw notFound('Bed reservation');
    }
    const provider = await this.waitlist.requireBedProvider(row.provider_id);
    const by = changeActor(actor);
    const { updated } = await this.uow.run(async () => {
      const unit = new BedCapacityLog();
      const changed = await this.writer.applyTransition(unit, row, action, by, note);
      await this.waitlist.settleOffer(unit, changed.id, changed.status, by);
      if (plan.transition.freesBed) await this.waitlist.offerFreeBeds(unit, provider, changed.category);
      this.writer.publish(unit);
      return { updated: changed };
    });
    return toReservationModel(updated);
  }

  /** `bedReservation(id)`: null when missing or not visible to the caller. */
  async getVisible(actor: Actor, id: string): Promise<BedReservationModel | null> {
    const row = await this.findRow(id);
    if (!row) return null;
    if (!(await can(this.visibility, actor, row))) return null;
    return toReservationModel(row);
  }

  /**
   * Reservations the caller may see, newest first, scoped in SQL: a family its elders', staff their provider's,
   * an officer those at providers or of elders in their region, an admin all.
   */
  async list(actor: Actor, filter: BedReservationFilter | undefined, page: PageArgs): Promise<Connection<BedReservationModel>> {
    const where: string[] = [];
    const params = new SqlParams();
    const param = params.param;
    where.push(scopeSql(this.visibility, actor, param));
    if (filter?.status?.length) where.push(`r.status = ANY(${param(filter.status)}::text[])`);
    if (filter?.providerId) where.push(`r.provider_id = ${param(filter.providerId)}`);
    if (filter?.elderId) where.push(`r.elder_id = ${param(filter.elderId)}`);
    if (filter?.category) where.push(`r.category = ${param(filter.category)}`);
    return pagedQuery<ReservationRow, BedReservationModel>(
      this.uow.manager,
      { select: 'r.*', from: 'bed_reservations r', where, orderBy: 'r.created_at DESC, r.id DESC', params, page },
      (rows) => rows.map(toReservationModel),
    );
  }

  /** The elders admitted at a provider now (an ADMITTED reservation). No access check: for figures of that provider. */
  async admittedElderIds(providerId: string): Promise<string[]> {
    if (!isUuid(providerId)) return [];
    const rows: Array<{ elder_id: string }> = await this.uow.manager.query(
      `SELECT DISTINCT elder_id FROM bed_reservations WHERE provider_id = $1 AND status = 'ADMITTED'`,
      [providerId],
    );
    return rows.map((r) => r.elder_id);
  }

  /** Transitions of many reservations (DataLoader batch), oldest first. */
  async eventsFor(reservationIds: readonly string[]): Promise<BedReservationEventModel[][]> {
    const rows: Array<{ reservation_id: string; at: Date; from_status: string | null; to_status: string; actor_id: string | null; actor_role: string; note: string | null }> =
      await this.uow.manager.query(
        `SELECT reservation_id, at, from_status, to_status, actor_id, actor_role, note FROM bed_reservation_events
          WHERE reservation_id = ANY($1::uuid[]) ORDER BY at, id`,
        [[...reservationIds]],
      );
    const byId = new Map<string, BedReservationEventModel[]>();
    for (const r of rows) {
      const list = byId.get(r.reservation_id) ?? [];
      list.push({ at: r.at, fromStatus: r.from_status as never, status: r.to_status as never, actorId: r.actor_id, actorRole: r.actor_role, note: r.note });
      byId.set(r.reservation_id, list);
    }
    return reservationIds.map((id) => byId.get(id) ?? []);
  }

  /** Stays at the provider that touch [from, to) (admitted before `to`, not ended before `from`), by admission. */
  staysAt(providerId: string, from: Date, to: Date): Promise<StayRecord[]> {
    return this.staysTouching({ providerId, elderId: null }, from, to);
  }

  /** The elder's stays that touch [from, to), at one provider or any, by admission. */
  staysOfElder(elderId: string, from: Date, to: Date, providerId: string | null): Promise<StayRecord[]> {
    return this.staysTouching({ providerId, elderId }, from, to);
  }

  private async staysTouching(who: { providerId: string | null; elderId: string | null }, from: Date, to: Date): Promise<StayRecord[]> {
    const rows: Array<Record<string, any>> = await this.uow.manager.query(
      `SELECT r.id, r.elder_id, r.provider_id, r.category, r.admitted_at, r.ended_at, r.government_supported
         FROM bed_reservations r
        WHERE r.status IN ('ADMITTED','DISCHARGED') AND r.admitted_at < $2 AND (r.ended_at IS NULL OR r.ended_at >= $1)
          AND ($3::uuid IS NULL OR r.provider_id = $3) AND ($4::uuid IS NULL OR r.elder_id = $4)
        ORDER BY r.admitted_at, r.id`,
      [from, to, who.providerId, who.elderId],
    );
    return rows.map(toStay);
  }

  /**
   * Reservations as of some of their recorded changes (each change's event id), for notices, by event id: a change that
   * is not recorded (made in a savepoint that rolled back) or whose reservation is gone is left out. One query however
   * many.
   */
  async changeNotices(changes: ReadonlyArray<{ reservationId: string; eventId: string }>): Promise<Map<string, ReservationNotice & { eventAt: Date }>> {
    const asked = changes.filter((c) => isUuid(c.reservationId) && /^\d{1,18}$/.test(c.eventId));
    if (asked.length === 0) return new Map();
    const rows = await this.uow.manager.query(
      `SELECT ${NOTICE_COLUMNS}, ev.id::text AS event_id, ev.at AS event_at
         FROM unnest($1::uuid[], $2::bigint[]) AS c(reservation_id, event_id)
         JOIN bed_reservations r ON r.id = c.reservation_id
         JOIN bed_reservation_events ev ON ev.reservation_id = r.id AND ev.id = c.event_id
         LEFT JOIN bed_waitlist_offers wo ON wo.reservation_id = r.id`,
      [asked.map((c) => c.reservationId), asked.map((c) => c.eventId)],
    );
    return new Map(rows.map((row: Record<string, any>) => [row.event_id as string, { ...toNotice(row), eventAt: row.event_at as Date }]));
  }

  /** Holds (waitlist offers included) expiring in (after, until], for the reminders; one query. */
  async holdsExpiring(after: Date, until: Date): Promise<ReservationNotice[]> {
    const rows = await this.uow.manager.query(
      `SELECT ${NOTICE_COLUMNS} FROM bed_reservations r LEFT JOIN bed_waitlist_offers wo ON wo.reservation_id = r.id
        WHERE r.status = 'HELD' AND r.expires_at > $1::timestamptz AND r.expires_at <= $2::timestamptz`,
      [after, until],
    );
    return rows.map(toNotice);
  }

  /**
   * Admissions and discharges at providers of a region slice per China month, within the China dates (the regional
   * figures' series). Two queries.
   */
  async monthlyStays(slice: RegionSlice, dates: ChinaDates): Promise<{ admissions: Array<{ m: string; n: number }>; discharges: Array<{ m: string; n: number }> }> {
    const count = (column: string, condition: string) => {
      const params = new SqlParams();
      return this.uow.manager.query(
        `SELECT ${chinaMonthSql(column)} AS m, count(*)::int AS n FROM bed_reservations
          WHERE ${regionSliceSql(slice, 'provider_region_code', params.param)} AND ${condition}
            AND ${inChinaDatesSql(column, params.param(dates.fromDate), params.param(dates.untilDate))} GROUP BY 1`,
        params.values,
      );
    };
    const [admissions, discharges] = await Promise.all([count('admitted_at', 'admitted_at IS NOT NULL'), count('ended_at', `status = 'DISCHARGED'`)]);
    return { admissions, discharges };
  }

  /** How the caller stands towards the reservation, for the transition table. */
  private async relationsOf(actor: Actor, row: ReservationRow): Promise<ReservationRelation[]> {
    const relations: ReservationRelation[] = [];
    if (actor.role === Role.PROVIDER_STAFF && actor.providerId === row.provider_id) relations.push('PROVIDER_STAFF');
    if (actor.role === Role.FAMILY || actor.role === Role.CIVIL_AFFAIRS) {
      try {
        await this.elders.requireActable(actor, row.elder_id);
        relations.push('ELDER_REPRESENTATIVE');
      } catch (error) {
        if (!(error instanceof DomainError && error.code === 'NOT_FOUND')) throw error;
      }
    }
    return relations;
  }

  private checkReason(reason: string): string {
    const trimmed = reason.trim();
    if (trimmed.length === 0 || trimmed.length > MAX_REASON_LENGTH) {
      throw badInput('Give a reason of 1 to 500 characters', [{ path: 'reason', message: `1 to ${MAX_REASON_LENGTH} characters` }]);
    }
    return trimmed;
  }

  private async findRow(id: string): Promise<ReservationRow | null> {
    if (!isUuid(id)) return null;
    const rows: ReservationRow[] = await this.uow.manager.query(`SELECT * FROM bed_reservations WHERE id = $1`, [id]);
    return rows[0] ?? null;
  }
}
