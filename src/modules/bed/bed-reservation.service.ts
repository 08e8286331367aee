import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Actor } from '../../core/auth/actor.js';
import { access, can, definePolicy, scopeSql, type AccessPolicy } from '../../core/access/access-policy.js';
import { UnitOfWork } from '../../core/database/unit-of-work.js';
import { Role } from '../../core/domain/enums.js';
import { badInput, DomainError, forbidden, notFound } from '../../core/errors/domain-error.js';
import { pagedQuery, SqlParams } from '../../core/database/paged-query.js';
import type { Connection, PageArgs } from '../../core/graphql/pagination.js';
import { ElderService } from '../elder/elder.service.js';
import { BED_RESERVATION_MACHINE, holdExpiresAt, type BedReservationAction, type ReservationRelation } from './bed-reservation.state.js';
import { BedHoldWriter, BedCapacityLog, toReservationModel, type ChangeActor, type ReservationRow } from './bed-hold.writer.js';
import { isUuid } from './bed-ids.js';
import { BedWaitlistService } from './bed-waitlist.service.js';
import { activeReservationExists, idempotencyKeyReused, invalidTransition, noBedAvailable } from './bed.errors.js';
import type { BedReservationEventModel, BedReservationModel } from './bed.model.js';
import type { BedReservationFilter } from './dto/bed-reservation-filter.input.js';
import type { ReserveBedInput } from './dto/reserve-bed.input.js';
import { isGovernmentSupported } from './reserved-share.policy.js';

const MAX_REASON_LENGTH = 500;

/** What identifies a reservation request for idempotency: the same key must come with the same request. */
function requestHashOf(input: ReserveBedInput): string {
  return createHash('sha256').update(JSON.stringify([input.providerId, input.elderId, input.category])).digest('hex');
}

const changeActor = (actor: Actor): ChangeActor => ({ userId: actor.userId, role: actor.role });

/**
 * Bed reservations (床位预订) and stays: reserveBed, admit, release, discharge, and the scoped reads.
 * Every write is one transaction in which the counts in bed_capacity move with the reservation.
 */
@Injectable()
export class BedReservationService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly writer: BedHoldWriter,
    private readonly waitlist: BedWaitlistService,
    private readonly elders: ElderService,
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
    const elder = await this.elders.requireActable(actor, input.elderId);
    const provider = await this.waitlist.requireBedProvider(input.providerId);
    const requestHash = requestHashOf(input);
    const hours = await this.writer.holdHours(provider.regionCode);
    const { row } = await this.uow.run(async () => {
      // Identical requests with one key are serialized here, so the second finds the first's reservation.
      await this.uow.manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`bed-reserve:${actor.userId}:${input.idempotencyKey}`]);
      const existing: ReservationRow[] = await this.uow.manager.query(
        `SELECT * FROM bed_reservations WHERE requested_by = $1 AND idempotency_key = $2`,
        [actor.userId, input.idempotencyKey],
      );
      if (existing.length > 0) {
        if (existing[0].request_hash !== requestHash) throw idempotencyKeyReused();
        return { row: existing[0] };
      }
      // Early, friendly refusal; the partial unique index bed_reservations_one_active is what guarantees it.
      const [{ active }] = await this.uow.manager.query(
        `SELECT EXISTS (SELECT 1 FROM bed_reservations WHERE elder_id = $1 AND status IN ('HELD','ADMITTED')) AS active`,
        [elder.id],
      );
      if (active) throw activeReservationExists();
      const unit = new BedCapacityLog();
      const created = await this.writer.createHold(unit, {
        provider,
        elderId: elder.id,
        elderRegionCode: elder.regionCode,
        category: input.category,
        governmentSupported: isGovernmentSupported(elder.verifiedCategories),
        actor: changeActor(actor),
        expiresAt: holdExpiresAt(new Date(), hours),
        idempotencyKey: input.idempotencyKey,
        requestHash,
        note: null,
      });
      if (!created) throw noBedAvailable();
      this.writer.publish(unit);
      return { row: created };
    });
    return toReservationModel(row);
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
