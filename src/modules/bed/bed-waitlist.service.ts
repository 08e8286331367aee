import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { Actor } from '../../core/auth/actor.js';
import { access, definePolicy, scopeSql, type AccessPolicy } from '../../core/access/access-policy.js';
import { queryRows } from '../../core/database/sql.js';
import { UnitOfWork } from '../../core/database/unit-of-work.js';
import { BedCategory, Role } from '../../core/domain/enums.js';
import { notFound } from '../../core/errors/domain-error.js';
import { violatedConstraint } from '../../core/errors/database-errors.js';
import type { BedCapacityChanged } from '../../core/events/domain-events.js';
import { DomainEvents } from '../../core/events/domain-events.js';
import { ElderService, type ElderRecord } from '../elder/elder.service.js';
import { CapacityService } from '../capacity/capacity.service.js';
import { ProviderService } from '../provider/provider.service.js';
import { holdExpiresAt } from './bed-reservation.state.js';
import { BedHoldWriter, BedCapacityLog, SYSTEM_ACTOR, type BedProvider, type ChangeActor } from './bed-hold.writer.js';
import { isUuid } from './bed-ids.js';
import { activeReservationExists, bedAvailable, invalidTransition } from './bed.errors.js';
import { BedOfferOutcomeEnum, BedWaitlistEntryStatusEnum, type BedWaitlistEntryModel, type BedWaitlistOfferModel } from './bed.model.js';
import type { JoinBedWaitlistInput } from './dto/waitlist.input.js';
import { isGovernmentSupported, mayTakeBed } from './reserved-share.policy.js';
import {
  chooseOfferRecipient,
  nextWaitlistStatus,
  orderWaitlist,
  waitlistEventForReservation,
  type CareLevel,
  type WaitlistCandidate,
} from './waitlist.policy.js';

interface EntryRow {
  id: string;
  provider_id: string;
  elder_id: string;
  category: BedCategory;
  status: BedWaitlistEntryStatusEnum;
  provider_region_code: string;
  elder_region_code: string;
  requested_at: Date;
  closed_at: Date | null;
}

interface OfferRow {
  id: string;
  entry_id: string;
  reservation_id: string;
  offered_at: Date;
  expires_at: Date;
  outcome: BedOfferOutcomeEnum | null;
  decided_at: Date | null;
}

const toEntryModel = (row: EntryRow, position: number | null): BedWaitlistEntryModel => ({
  id: row.id,
  providerId: row.provider_id,
  elderId: row.elder_id,
  category: row.category,
  status: row.status,
  position,
  requestedAt: row.requested_at,
  closedAt: row.closed_at,
});

export const toOfferModel = (row: OfferRow): BedWaitlistOfferModel => ({
  id: row.id,
  entryId: row.entry_id,
  reservationId: row.reservation_id,
  offeredAt: row.offered_at,
  expiresAt: row.expires_at,
  outcome: row.outcome,
  decidedAt: row.decided_at,
});

type Candidate = WaitlistCandidate & { row: EntryRow };

/** The waitlist of a provider's category changed (an entry joined, left, was offered a bed, or its offer settled). */
export interface BedWaitlistChanged {
  providerId: string;
  category: string;
  /** The entries that changed themselves; the others of the list may have moved up. */
  entryIds: string[];
}

declare module '../../core/events/domain-events.js' {
  interface DomainEventMap {
    'bed-waitlist.changed': BedWaitlistChanged;
  }
}

/**
 * The fair waitlist (轮候): joining and leaving, positions, and the automatic offer of every freed bed to the
 * first eligible entry, inside the transaction that freed it.
 */
@Injectable()
export class BedWaitlistService implements OnModuleInit {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly writer: BedHoldWriter,
    private readonly elders: ElderService,
    private readonly providers: ProviderService,
    private readonly capacity: CapacityService,
    private readonly events: DomainEvents,
  ) {
    this.visibility = definePolicy<EntryRow>('bed waitlist entry', {
      [Role.ADMIN]: [[access.any]],
      [Role.CIVIL_AFFAIRS]: [[access.region('provider_region_code', 'w.provider_region_code')]],
      [Role.PROVIDER_STAFF]: [[access.provider('provider_id', 'w.provider_id')]],
      [Role.FAMILY]: [[access.related(this.elders.guardianship, 'elder_id', 'w.elder_id')]],
    });
  }

  /** Who sees a waitlist entry: the provider's staff, officers whose scope covers the provider, admins, and the elder's guardians. */
  private readonly visibility: AccessPolicy<EntryRow>;

  onModuleInit() {
    // Beds freed outside this module (a staff member raises the total or lowers occupied) are offered too: a durable
    // handler, so a crash between the capacity change and the offer only delays the offer. Redelivery is harmless
    // twice over: processed_events skips a delivery that committed, and an offer takes only beds still free.
    void this.events.handle('bed-capacity.changed', 'bed-waitlist.offer-freed-beds', (event) => this.onCapacityChanged(event), {
      when: (event) => !event.waitlistServed && event.freeAfter > event.freeBefore,
    });
  }

  async onCapacityChanged(event: BedCapacityChanged): Promise<void> {
    if (event.waitlistServed || event.freeAfter <= event.freeBefore) return;
    await this.serveWaitlist(event.providerId, event.category as BedCategory);
  }

  /** Offers every bed that is free now to the waitlist, in its own transaction; returns the holds created. */
  async serveWaitlist(providerId: string, category: BedCategory): Promise<number> {
    const provider = await this.requireBedProvider(providerId);
    let offered = 0;
    await this.uow.run(async () => {
      const unit = new BedCapacityLog();
      offered = await this.offerFreeBeds(unit, provider, category);
      this.writer.publish(unit);
    });
    return offered;
  }

  /**
   * Offers free beds of the category to the waitlist, one hold per bed, each to the first entry (by priority) that may
   * take it now: not holding a bed anywhere else, and allowed by the reserved-share rule. Runs in the caller's
   * transaction, after the bed_capacity row is locked, so two beds freed at once are never offered to one entry.
   */
  async offerFreeBeds(changes: BedCapacityLog, provider: BedProvider, category: BedCategory, now = new Date()): Promise<number> {
    const skipped = new Set<string>();
    let offered = 0;
    for (;;) {
      const counts = await this.capacity.countsOf(provider.id, category, true);
      if (!counts || counts.total - counts.occupied - counts.reserved <= 0) return offered;
      const entries: EntryRow[] = await this.uow.manager.query(
        `SELECT * FROM bed_waitlist_entries WHERE provider_id = $1 AND category = $2 AND status = 'WAITING'`,
        [provider.id, category],
      );
      const open = entries.filter((e) => !skipped.has(e.id));
      if (open.length === 0) return offered;
      const candidates = await this.candidates(open);
      const active = await this.eldersWithActiveBed(open.map((e) => e.elder_id));
      const sharePercent = await this.writer.sharePercent(provider.regionCode);
      const supportedInUse = await this.writer.supportedInUse(provider.id, category);
      const recipient = chooseOfferRecipient(candidates, (c) => {
        if (active.has(c.elderId)) return false;
        return mayTakeBed({
          ownership: provider.ownership,
          ...counts,
          supportedInUse,
          elderSupported: isGovernmentSupported(c.verifiedCategories),
          sharePercent,
        }).allowed;
      });
      if (!recipient) return offered;
      if (await this.offerTo(changes, provider, recipient, now)) offered++;
      else skipped.add(recipient.id);
    }
  }

  /** Creates the offered hold under a savepoint, so an elder who took a bed elsewhere meanwhile is just skipped. */
  private async offerTo(changes: BedCapacityLog, provider: BedProvider, candidate: Candidate, now: Date): Promise<boolean> {
    const entry = candidate.row;
    const hours = await this.writer.offerHoldHours(provider.regionCode);
    const expiresAt = holdExpiresAt(now, hours);
    await this.uow.manager.query('SAVEPOINT bed_offer');
    const changesBefore = changes.capacityChanges.length;
    try {
      const hold = await this.writer.createHold(changes, {
        provider,
        elderId: entry.elder_id,
        elderRegionCode: entry.elder_region_code,
        category: entry.category,
        governmentSupported: isGovernmentSupported(candidate.verifiedCategories),
        actor: SYSTEM_ACTOR,
        expiresAt,
        note: 'WAITLIST_OFFER',
      });
      if (!hold) {
        await this.uow.manager.query('ROLLBACK TO SAVEPOINT bed_offer');
        changes.capacityChanges.length = changesBefore;
        return false;
      }
      await this.uow.manager.query(
        `INSERT INTO bed_waitlist_offers (entry_id, reservation_id, offered_at, expires_at) VALUES ($1, $2, $3, $4)`,
        [entry.id, hold.id, now, expiresAt],
      );
      await this.uow.manager.query(
        `UPDATE bed_waitlist_entries SET status = $2, updated_at = now() WHERE id = $1 AND status = 'WAITING'`,
        [entry.id, nextWaitlistStatus('WAITING', 'OFFER')],
      );
      await this.uow.manager.query('RELEASE SAVEPOINT bed_offer');
      this.events.publish('bed-waitlist.changed', { providerId: provider.id, category: entry.category, entryIds: [entry.id] });
      return true;
    } catch (error) {
      await this.uow.manager.query('ROLLBACK TO SAVEPOINT bed_offer');
      changes.capacityChanges.length = changesBefore;
      if (violatedConstraint(error) === 'bed_reservations_one_active' || isActiveReservationError(error)) return false;
      throw error;
    }
  }

  /**
   * When a reservation made by an offer leaves HELD, its entry follows: admitted -> ACCEPTED, released -> DECLINED,
   * expired -> LAPSED. Runs in the transition's transaction.
   */
  async settleOffer(changes: BedCapacityLog, reservationId: string, reservationTo: string, actor: ChangeActor): Promise<void> {
    const event = waitlistEventForReservation(reservationTo);
    if (!event) return;
    const outcome = { ACCEPT: BedOfferOutcomeEnum.ACCEPTED, DECLINE: BedOfferOutcomeEnum.DECLINED, LAPSE: BedOfferOutcomeEnum.LAPSED }[
      event as 'ACCEPT' | 'DECLINE' | 'LAPSE'
    ];
    const offers = await queryRows<{ entry_id: string }>(
      this.uow.manager,
      `UPDATE bed_waitlist_offers SET outcome = $2, decided_at = now() WHERE reservation_id = $1 AND outcome IS NULL RETURNING entry_id`,
      [reservationId, outcome],
    );
    if (offers.length === 0) return;
    const settled = await queryRows<{ provider_id: string; category: string }>(
      this.uow.manager,
      `UPDATE bed_waitlist_entries SET status = $2, closed_at = now(), closed_by = $3, updated_at = now() WHERE id = $1 AND status = 'OFFERED'
       RETURNING provider_id, category`,
      [offers[0].entry_id, nextWaitlistStatus('OFFERED', event), actor.userId],
    );
    if (settled.length > 0) {
      this.events.publish('bed-waitlist.changed', { providerId: settled[0].provider_id, category: settled[0].category, entryIds: [offers[0].entry_id] });
    }
  }

  // ---------------------------------------------------------------- use cases

  /**
   * Puts the elder on the waitlist (a guardian or an officer in scope) when no bed of the category is free for them.
   * Joining again while on the list returns the entry already there.
   */
  async join(actor: Actor, input: JoinBedWaitlistInput): Promise<BedWaitlistEntryModel> {
    const elder = await this.elders.requireActable(actor, input.elderId);
    const provider = await this.requireBedProvider(input.providerId);
    const existing = await this.openEntry(provider.id, input.category, elder.id);
    if (existing) return this.withPosition(existing);
    const row = await this.uow.run(async () => {
      const [{ active }] = await this.uow.manager.query(
        `SELECT EXISTS (SELECT 1 FROM bed_reservations WHERE elder_id = $1 AND provider_id = $2 AND category = $3
                          AND status IN ('HELD','ADMITTED')) AS active`,
        [elder.id, provider.id, input.category],
      );
      if (active) throw activeReservationExists();
      if (await this.bedFreeFor(provider, input.category, elder)) throw bedAvailable();
      try {
        const rows: EntryRow[] = await this.uow.manager.query(
          `INSERT INTO bed_waitlist_entries (provider_id, elder_id, category, provider_region_code, elder_region_code, requested_by)
           VALUES ($1, $2, $3, $4, $5, $6) RETURNING *`,
          [provider.id, elder.id, input.category, provider.regionCode, elder.regionCode, actor.userId],
        );
        await this.elders.linkProvider(elder.id, provider.id, 'BED_WAITLIST');
        this.events.publish('bed-waitlist.changed', { providerId: provider.id, category: input.category, entryIds: [rows[0].id] });
        return rows[0];
      } catch (error) {
        if (violatedConstraint(error) === 'bed_waitlist_entries_one_open') return null;
        throw error;
      }
    });
    // Two joins at once: the loser returns the winner's entry.
    const entry = row ?? (await this.openEntry(provider.id, input.category, elder.id));
    if (!entry) throw notFound('Waitlist entry');
    return this.withPosition(entry);
  }

  /** Takes a WAITING entry off the list (a guardian or an officer in scope). An offered bed is declined by releasing its hold. */
  async leave(actor: Actor, entryId: string): Promise<BedWaitlistEntryModel> {
    const entry = await this.findEntry(entryId);
    if (!entry) throw notFound('Waitlist entry');
    await this.elders.requireActable(actor, entry.elder_id);
    const rows = await this.uow.run(async () => {
      const left = await queryRows<EntryRow>(
        this.uow.manager,
        `UPDATE bed_waitlist_entries SET status = $2, closed_at = now(), closed_by = $3, updated_at = now()
          WHERE id = $1 AND status = 'WAITING' RETURNING *`,
        [entry.id, nextWaitlistStatus('WAITING', 'LEAVE'), actor.userId],
      );
      if (left.length > 0) this.events.publish('bed-waitlist.changed', { providerId: entry.provider_id, category: entry.category, entryIds: [entry.id] });
      return left;
    });
    if (rows.length === 0) throw invalidTransition(entry.status, 'LEAVE');
    return toEntryModel(rows[0], null);
  }

  /**
   * The provider's list for a category, in priority order with positions. Its staff, officers whose scope covers
   * the provider, and admins see every entry; a family sees only its own elders' entries (with their real positions).
   */
  async list(actor: Actor, providerId: string, category: BedCategory): Promise<BedWaitlistEntryModel[]> {
    const provider = await this.providers.findById(providerId);
    if (!provider) throw notFound('Provider');
    // Families see their own elders' entries at any provider; anyone else only a provider they oversee.
    if (actor.role !== Role.FAMILY && !(await this.providers.oversees(actor, provider))) throw notFound('Provider');
    const params: unknown[] = [provider.id, category];
    const param = (value: unknown) => `$${params.push(value)}`;
    const rows: EntryRow[] = await this.uow.manager.query(
      `SELECT * FROM bed_waitlist_entries w WHERE w.provider_id = $1 AND w.category = $2 AND w.status IN ('WAITING','OFFERED')
          AND ${scopeSql(this.visibility, actor, param)}`,
      params,
    );
    if (rows.length === 0) return [];
    const positions = await this.positions(providerId, category);
    return rows
      .map((r) => toEntryModel(r, positions.get(r.id) ?? null))
      .sort((a, b) => (a.position ?? Number.MAX_SAFE_INTEGER) - (b.position ?? Number.MAX_SAFE_INTEGER) || a.id.localeCompare(b.id));
  }

  /**
   * The elder's entries (open and closed), newest first, for anyone who may read the elder; a provider's staff see only
   * the entries at their own provider (where else the elder waits is not theirs to know).
   */
  async forElder(actor: Actor, elderId: string): Promise<BedWaitlistEntryModel[]> {
    await this.elders.requireReadable(actor, elderId);
    const ownOnly = actor.role === Role.PROVIDER_STAFF;
    const rows: EntryRow[] = await this.uow.manager.query(
      `SELECT * FROM bed_waitlist_entries WHERE elder_id = $1 ${ownOnly ? 'AND provider_id = $2' : ''}
        ORDER BY requested_at DESC, id DESC LIMIT 100`,
      ownOnly ? [elderId, actor.providerId] : [elderId],
    );
    return this.withPositions(rows);
  }

  /** Offers of many entries (DataLoader batch), newest first. */
  async offersForEntries(entryIds: readonly string[]): Promise<BedWaitlistOfferModel[][]> {
    const rows: OfferRow[] = await this.uow.manager.query(
      `SELECT * FROM bed_waitlist_offers WHERE entry_id = ANY($1::uuid[]) ORDER BY offered_at DESC, id`,
      [[...entryIds]],
    );
    return entryIds.map((id) => rows.filter((r) => r.entry_id === id).map(toOfferModel));
  }

  /** The offer behind each reservation, if it came from the waitlist (DataLoader batch). */
  async offersForReservations(reservationIds: readonly string[]): Promise<Array<BedWaitlistOfferModel | null>> {
    const rows: OfferRow[] = await this.uow.manager.query(`SELECT * FROM bed_waitlist_offers WHERE reservation_id = ANY($1::uuid[])`, [
      [...reservationIds],
    ]);
    const byId = new Map(rows.map((r) => [r.reservation_id, toOfferModel(r)]));
    return reservationIds.map((id) => byId.get(id) ?? null);
  }

  // ---------------------------------------------------------------- helpers

  /** Positions of the WAITING entries of a provider's category, from the elders' current records. */
  async positions(providerId: string, category: BedCategory): Promise<Map<string, number>> {
    const waiting: EntryRow[] = await this.uow.manager.query(
      `SELECT * FROM bed_waitlist_entries WHERE provider_id = $1 AND category = $2 AND status = 'WAITING'`,
      [providerId, category],
    );
    const ordered = orderWaitlist(await this.candidates(waiting));
    return new Map(ordered.map((c) => [c.id, c.position]));
  }

  private async withPosition(row: EntryRow): Promise<BedWaitlistEntryModel> {
    return (await this.withPositions([row]))[0];
  }

  private async withPositions(rows: EntryRow[]): Promise<BedWaitlistEntryModel[]> {
    const queues = new Map<string, Map<string, number>>();
    for (const row of rows.filter((r) => r.status === BedWaitlistEntryStatusEnum.WAITING)) {
      const key = `${row.provider_id}:${row.category}`;
      if (!queues.has(key)) queues.set(key, await this.positions(row.provider_id, row.category));
    }
    return rows.map((r) => toEntryModel(r, queues.get(`${r.provider_id}:${r.category}`)?.get(r.id) ?? null));
  }

  private async candidates(rows: EntryRow[]): Promise<Candidate[]> {
    if (rows.length === 0) return [];
    const records = await this.elders.recordsByIds(rows.map((r) => r.elder_id));
    return rows.map((row, i) => {
      const record: ElderRecord | null = records[i];
      return {
        id: row.id,
        elderId: row.elder_id,
        verifiedCategories: record?.verifiedCategories ?? [],
        careLevel: (record?.careLevel ?? null) as CareLevel | null,
        requestedAt: row.requested_at,
        row,
      };
    });
  }

  private async eldersWithActiveBed(elderIds: string[]): Promise<Set<string>> {
    const rows: Array<{ elder_id: string }> = await this.uow.manager.query(
      `SELECT elder_id FROM bed_reservations WHERE elder_id = ANY($1::uuid[]) AND status IN ('HELD','ADMITTED')`,
      [elderIds],
    );
    return new Set(rows.map((r) => r.elder_id));
  }

  /** Would reserveBed give this elder a bed right now? (A read without locks: joining is not a race on beds.) */
  private async bedFreeFor(
    provider: BedProvider,
    category: BedCategory,
    elder: ElderRecord,
  ): Promise<boolean> {
    const counts = await this.capacity.countsOf(provider.id, category);
    if (!counts) return false;
    return mayTakeBed({
      ownership: provider.ownership,
      ...counts,
      supportedInUse: await this.writer.supportedInUse(provider.id, category),
      elderSupported: isGovernmentSupported(elder.verifiedCategories),
      sharePercent: await this.writer.sharePercent(provider.regionCode),
    }).allowed;
  }

  async requireBedProvider(providerId: string): Promise<BedProvider> {
    const provider = await this.providers.findById(providerId);
    if (!provider) throw notFound('Provider');
    return { id: provider.id, ownership: provider.ownership, regionCode: provider.regionCode };
  }

  private async openEntry(providerId: string, category: BedCategory, elderId: string): Promise<EntryRow | null> {
    const rows: EntryRow[] = await this.uow.manager.query(
      `SELECT * FROM bed_waitlist_entries WHERE provider_id = $1 AND category = $2 AND elder_id = $3 AND status IN ('WAITING','OFFERED')`,
      [providerId, category, elderId],
    );
    return rows[0] ?? null;
  }

  async findEntry(id: string): Promise<EntryRow | null> {
    if (!isUuid(id)) return null;
    const rows: EntryRow[] = await this.uow.manager.query(`SELECT * FROM bed_waitlist_entries WHERE id = $1`, [id]);
    return rows[0] ?? null;
  }
}

function isActiveReservationError(error: unknown): boolean {
  return error instanceof Error && 'reason' in error && (error as { reason?: string }).reason === 'ACTIVE_RESERVATION_EXISTS';
}
