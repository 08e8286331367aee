import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../../core/database/unit-of-work.js';
import { SYSTEM_ACTOR } from '../../core/auth/actor.js';
import type { BedCategory, Ownership } from '../../core/domain/enums.js';
import type { BedCapacityChanged } from '../../core/events/domain-events.js';
import { DomainEvents } from '../../core/events/domain-events.js';
import { queryRows } from '../../core/database/sql.js';
import { SqlParams } from '../../core/database/paged-query.js';
import { violatedConstraint } from '../../core/errors/database-errors.js';
import { resolveRegional, type RegionalRow } from '../../core/settings/regional.js';
import { SettingsService } from '../../core/settings/settings.service.js';
import type { BedCapacity } from '../capacity/bed-capacity.model.js';
import { CapacityService } from '../capacity/capacity.service.js';
import { ElderService } from '../elder/elder.service.js';
import {
  BED_RESERVATION_TRANSITIONS,
  DEFAULT_HOLD_HOURS,
  DEFAULT_OFFER_HOLD_HOURS,
  NEW_HOLD_CAPACITY_DELTA,
  type BedReservationAction,
} from './bed-reservation.state.js';
import { BedReservationStatusEnum, type BedReservationModel } from './bed.model.js';
import { activeReservationExists, invalidTransition } from './bed.errors.js';
import { DEFAULT_RESERVED_SHARE_PERCENT, keepsReservedShare, protectedFreeBeds } from './reserved-share.policy.js';

/** Settings (per region prefix of the provider) that tune the bed rules. */
export const BedSetting = {
  HOLD_HOURS: 'bed.holdHours',
  OFFER_HOLD_HOURS: 'bed.offerHoldHours',
  RESERVED_SHARE_PERCENT: 'bed.reservedSharePercent',
} as const;

/** Who makes a change: an account with its role, or the platform itself (expiry job, waitlist offers). */
/** A reservation changed status (hold made, admitted, released, expired, discharged). */
export interface BedReservationChanged {
  reservationId: string;
  /** The bed_reservation_events row recording the change. */
  eventId: string;
  from: string | null;
  to: string;
}

declare module '../../core/events/domain-events.js' {
  interface DomainEventMap {
    'bed-reservation.changed': BedReservationChanged;
  }
}

export interface ChangeActor {
  userId: string | null;
  role: string;
}
export { SYSTEM_ACTOR };

/**
 * The capacity changes one use case made, published only after its unit of work commits (a listener must never act
 * on a change that was rolled back). Kept apart from the unit's own after-commit list because an offer rolled back
 * to its savepoint drops the changes it noted.
 */
export class BedCapacityLog {
  readonly capacityChanges: BedCapacityChanged[] = [];
}

export interface ReservationRow {
  id: string;
  provider_id: string;
  elder_id: string;
  category: BedCategory;
  status: BedReservationStatusEnum;
  provider_region_code: string;
  elder_region_code: string;
  government_supported: boolean;
  expires_at: Date;
  requested_by: string | null;
  idempotency_key: string | null;
  request_hash: string | null;
  created_at: Date;
  admitted_at: Date | null;
  ended_at: Date | null;
}

export function toReservationModel(row: ReservationRow): BedReservationModel {
  return {
    id: row.id,
    status: row.status,
    providerId: row.provider_id,
    elderId: row.elder_id,
    category: row.category,
    expiresAt: row.expires_at,
    governmentSupported: row.government_supported,
    createdAt: row.created_at,
    admittedAt: row.admitted_at,
    endedAt: row.ended_at,
    requestedBy: row.requested_by,
    requestHash: row.request_hash,
    idempotencyKey: row.idempotency_key,
  };
}

/** The provider facts the bed rules need. */
export interface BedProvider {
  id: string;
  ownership: Ownership;
  regionCode: string;
}

export interface NewHold {
  provider: BedProvider;
  elderId: string;
  elderRegionCode: string;
  category: BedCategory;
  governmentSupported: boolean;
  actor: ChangeActor;
  expiresAt: Date;
  idempotencyKey?: string;
  requestHash?: string;
  note: string | null;
  /** The number of the hold's first bed_reservation_events row, when the caller drew it already (nextEventIdSql). */
  eventId?: string;
}

/** Draws the number of a reservation's next event row, so that its event's payload is known before the statement. */
export const NEXT_EVENT_ID_SQL = `nextval(pg_get_serial_sequence('bed_reservation_events', 'id'))::text`;

/**
 * The writes every bed use case shares, always inside the caller's transaction: taking a bed (the conditional
 * UPDATE of bed_capacity, then the reservation row) and moving a reservation through a transition with its counts.
 */
@Injectable()
export class BedHoldWriter {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly capacity: CapacityService,
    private readonly elders: ElderService,
    private readonly settings: SettingsService,
    private readonly events: DomainEvents,
  ) {}

  /** How long reserveBed holds a bed in the region, from the setting's rows that apply to it (see regionalRowsSql). */
  holdHoursIn(rows: readonly RegionalRow[], regionCode: string): number {
    return Number(resolveRegional(rows, regionCode, DEFAULT_HOLD_HOURS));
  }

  async offerHoldHours(regionCode: string): Promise<number> {
    return Number(await this.settings.get(BedSetting.OFFER_HOLD_HOURS, DEFAULT_OFFER_HOLD_HOURS, regionCode));
  }

  async sharePercent(regionCode: string): Promise<number> {
    return Number(await this.settings.get(BedSetting.RESERVED_SHARE_PERCENT, DEFAULT_RESERVED_SHARE_PERCENT, regionCode));
  }

  /** Beds of the provider's category held or occupied by government-supported elders, as this statement sees them. */
  async supportedInUse(providerId: string, category: BedCategory): Promise<number> {
    const [{ count }] = await this.uow.manager.query(
      `SELECT count(*)::int AS count FROM bed_reservations
        WHERE provider_id = $1 AND category = $2 AND government_supported AND status IN ('HELD','ADMITTED')`,
      [providerId, category],
    );
    return count;
  }

  /** Whether a hold for this elder must leave the unused part of the provider's reserved share free. */
  countsReservedShare(provider: BedProvider, governmentSupported: boolean): boolean {
    return !governmentSupported && keepsReservedShare(provider.ownership);
  }

  /**
   * How many beds must stay free after a non-supported elder takes one (the unused part of the reserved share).
   * Locks the bed_capacity row first: every writer of these counts (reservations, transitions, staff updates)
   * updates that row, so once the lock is held the next statement's snapshot sees all of their committed
   * reservations and the count of supported beds cannot go stale before our conditional UPDATE.
   */
  async minFreeAfterFor(provider: BedProvider, category: BedCategory, governmentSupported: boolean): Promise<number> {
    if (!this.countsReservedShare(provider, governmentSupported)) return 0;
    const counts = await this.capacity.countsOf(provider.id, category, true);
    if (!counts) return 0;
    const sharePercent = await this.sharePercent(provider.regionCode);
    const inUse = await this.supportedInUse(provider.id, category);
    return protectedFreeBeds({ ownership: provider.ownership, total: counts.total, supportedInUse: inUse, sharePercent });
  }

  /**
   * Takes one bed and records the hold. Null when the database refuses the bed (none free, or only the reserved
   * share is left for a non-supported elder); nothing is written then. The partial unique index refuses a second
   * active reservation of the elder (ACTIVE_RESERVATION_EXISTS), the unique key an identical request that won
   * (the caller replays it).
   *
   * One statement takes the bed (the conditional UPDATE of the counts and their history), writes the reservation, its
   * first event, the provider's link to the elder and the event's outbox rows. Inside a unit of work it is one more
   * statement of that transaction; outside one (reserveBed, when no reserved share is to be counted under the lock)
   * it is its own transaction, so the bed_capacity row's lock is held for that statement alone.
   */
  async createHold(changes: BedCapacityLog, hold: NewHold): Promise<ReservationRow | null> {
    const minFreeAfter = await this.minFreeAfterFor(hold.provider, hold.category, hold.governmentSupported);
    const reservationId = randomUUID();
    const eventId = hold.eventId ?? (await this.uow.manager.query(`SELECT ${NEXT_EVENT_ID_SQL} AS id`))[0].id;
    const params = new SqlParams();
    const param = params.param;
    const capacity = this.capacity.adjustCountsSql(
      {
        providerId: hold.provider.id,
        category: hold.category,
        occupiedDelta: NEW_HOLD_CAPACITY_DELTA.occupied,
        reservedDelta: NEW_HOLD_CAPACITY_DELTA.reserved,
        actorId: hold.actor.userId,
        source: 'RESERVATION',
        minFreeAfter,
      },
      param,
    );
    const event = await this.events.publishInStatement(
      'bed-reservation.changed',
      { reservationId, eventId, from: null, to: BedReservationStatusEnum.HELD },
      param,
    );
    let rows: Array<ReservationRow & { total_after: number; free_after: number }>;
    try {
      rows = await this.uow.preparedText(
        'bed_hold',
        `WITH ${capacity},
         reservation AS (
           INSERT INTO bed_reservations (id, provider_id, elder_id, category, status, provider_region_code, elder_region_code,
             government_supported, expires_at, requested_by, idempotency_key, request_hash)
           SELECT ${param(reservationId)}::uuid, provider_id, ${param(hold.elderId)}::uuid, category, 'HELD', ${param(hold.provider.regionCode)}::text,
                  ${param(hold.elderRegionCode)}::text, ${param(hold.governmentSupported)}::boolean, ${param(hold.expiresAt)}::timestamptz,
                  ${param(hold.actor.userId)}::uuid, ${param(hold.idempotencyKey ?? null)}::text, ${param(hold.requestHash ?? null)}::text
             FROM capacity
           RETURNING *),
         reservation_event AS (
           INSERT INTO bed_reservation_events (id, reservation_id, from_status, to_status, actor_id, actor_role, note)
           SELECT ${param(eventId)}::bigint, id, NULL, 'HELD', ${param(hold.actor.userId)}::uuid, ${param(hold.actor.role)}::text, ${param(hold.note)}::text
             FROM reservation
           RETURNING id),
         ${this.elders.linkProviderSql('reservation', 'BED_RESERVATION', param)}${event.ctes.map((c) => `,\n         ${c}`).join('')}
         SELECT r.*, c.total AS total_after, c.total - c.occupied - c.reserved AS free_after
           FROM reservation r, capacity c`,
        params.values,
      );
    } catch (error) {
      if (violatedConstraint(error) === 'bed_reservations_one_active') throw activeReservationExists();
      throw error;
    }
    if (rows.length === 0) return null;
    event.written();
    const { total_after: total, free_after: freeAfter, ...row } = rows[0];
    this.noteCapacityChange(changes, { providerId: hold.provider.id, category: hold.category, total, available: freeAfter }, NEW_HOLD_CAPACITY_DELTA);
    return row;
  }

  /**
   * Applies a transition that the caller has already permitted: the status changes only if it is still the
   * expected one (a concurrent transition makes this INVALID_TRANSITION), and the counts move in the same transaction.
   */
  async applyTransition(
    changes: BedCapacityLog,
    reservation: Pick<ReservationRow, 'id' | 'status'>,
    action: BedReservationAction,
    actor: ChangeActor,
    note: string | null,
  ): Promise<ReservationRow> {
    const transition = BED_RESERVATION_TRANSITIONS[action];
    const rows = await queryRows<ReservationRow>(
      this.uow.manager,
      `UPDATE bed_reservations
          SET status = $3, updated_at = now(),
              admitted_at = CASE WHEN $3 = 'ADMITTED' THEN now() ELSE admitted_at END,
              ended_at = CASE WHEN $3 IN ('RELEASED','EXPIRED','DISCHARGED') THEN now() ELSE ended_at END
        WHERE id = $1 AND status = $2
        RETURNING *`,
      [reservation.id, transition.from, transition.to],
    );
    if (rows.length === 0) throw invalidTransition(reservation.status, action);
    const row = rows[0];
    const source = { ADMIT: 'ADMISSION', RELEASE: 'RELEASE', EXPIRE: 'EXPIRY', DISCHARGE: 'DISCHARGE' }[action];
    const after = await this.capacity.adjustCounts({
      providerId: row.provider_id,
      category: row.category,
      occupiedDelta: transition.capacityDelta.occupied,
      reservedDelta: transition.capacityDelta.reserved,
      actorId: actor.userId,
      source,
    });
    // The counts always cover the active reservations, so a refusal here means they were edited out of step.
    if (!after) throw new Error(`bed counts of ${row.provider_id}/${row.category} do not cover reservation ${row.id}`);
    this.noteCapacityChange(changes, after, transition.capacityDelta);
    await this.recordEvent(row.id, transition.from, transition.to, actor, note);
    return row;
  }

  async recordEvent(
    reservationId: string,
    from: string | null,
    to: string,
    actor: ChangeActor,
    note: string | null,
  ): Promise<void> {
    const rows: Array<{ id: string }> = await this.uow.manager.query(
      `INSERT INTO bed_reservation_events (reservation_id, from_status, to_status, actor_id, actor_role, note) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [reservationId, from, to, actor.userId, actor.role, note],
    );
    // Durable, in this transaction. A change made inside a savepoint that later rolls back leaves an event whose
    // reservation event row does not exist: handlers check that row (eventId) and ignore such an event.
    this.events.publish('bed-reservation.changed', { reservationId, eventId: String(rows[0].id), from, to });
  }

  /**
   * Publishes the capacity changes in the open transaction (call at the end of the transaction's work, after any
   * savepoint has settled which changes stand). They are marked waitlistServed: this module offers freed beds in the
   * same transaction, so the waitlist handler leaves them alone.
   */
  publish(changes: BedCapacityLog): BedCapacityChanged[] {
    // Outside a unit the change has committed already (a hold taken in one statement): a bed taken frees none, so no
    // durable handler takes it and the live bus is all there is to tell.
    for (const change of changes.capacityChanges) this.events.publishCommitted('bed-capacity.changed', { ...change, waitlistServed: true });
    return changes.capacityChanges;
  }

  private noteCapacityChange(
    changes: BedCapacityLog,
    after: Pick<BedCapacity, 'providerId' | 'category' | 'total' | 'available'>,
    delta: { occupied: number; reserved: number },
  ) {
    const freeAfter = after.available;
    changes.capacityChanges.push({
      providerId: after.providerId,
      category: after.category,
      totalBefore: after.total,
      totalAfter: after.total,
      freeBefore: freeAfter + delta.occupied + delta.reserved,
      freeAfter,
    });
  }
}
