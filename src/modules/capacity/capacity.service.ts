import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { Param } from '../../core/access/access-policy.js';
import { UnitOfWork } from '../../core/database/unit-of-work.js';
import type { Actor } from '../../core/auth/actor.js';
import { regionPrefixPattern, regionSliceSql, type RegionSlice } from '../../core/access/region-code.js';
import { inChinaDatesSql, type ChinaDates } from '../../core/database/china-month-sql.js';
import { BedCategory } from '../../core/domain/enums.js';
import { badInput, conflict, type FieldProblem } from '../../core/errors/domain-error.js';
import { mapConstraintError } from '../../core/errors/database-errors.js';
import { queryRows } from '../../core/database/sql.js';
import { DomainEvents } from '../../core/events/domain-events.js';
import { pagedQuery, SqlParams } from '../../core/database/paged-query.js';
import type { Connection, PageArgs } from '../../core/graphql/pagination.js';
import { ProviderService } from '../provider/provider.service.js';
import { CapacityChangeSource, type BedCapacity, type BedCapacityChange } from './bed-capacity.model.js';
import type { UpdateBedCapacityInput } from './dto/update-bed-capacity.input.js';

export const BED_CATEGORIES: readonly BedCategory[] = [BedCategory.SELF_CARE, BedCategory.NURSING, BedCategory.DEMENTIA];

const capacityInvalid = (message: string, fields: FieldProblem[]) => badInput(message, fields, 'CAPACITY_INVALID');

interface CapacityRow {
  provider_id: string;
  category: BedCategory;
  total: number;
  occupied: number;
  reserved: number;
  monthly_price_fen: number | null;
  version: number;
  updated_at: Date | null;
}

/** A change of counts by delta, for reservations, admissions and discharges (bed module). */
export interface CountAdjustment {
  providerId: string;
  category: BedCategory;
  occupiedDelta: number;
  reservedDelta: number;
  actorId: string | null;
  source: string;
  /** Refuse (return null) unless at least this many beds stay free after the change. */
  minFreeAfter?: number;
  /** Refuse unless at least ceil(total × share) beds stay free after the change (protected share of beds). */
  minFreeShareAfter?: number;
}

function toModel(row: CapacityRow): BedCapacity {
  return {
    providerId: row.provider_id,
    category: row.category,
    total: row.total,
    occupied: row.occupied,
    reserved: row.reserved,
    available: row.total - row.occupied - row.reserved,
    monthlyPriceFen: row.monthly_price_fen,
    version: row.version,
    updatedAt: row.updated_at,
  };
}

/** SQL: the provider in `providerIdColumn` has a free bed of `category` (neither occupied nor reserved) now. */
export function freeBedSql(providerIdColumn: string, category: string, param: Param): string {
  return `EXISTS (SELECT 1 FROM bed_capacity bc WHERE bc.provider_id = ${providerIdColumn} AND bc.category = ${param(category)}
        AND bc.occupied + bc.reserved < bc.total)`;
}

/** One change of a provider's counts, as the officers' export lists it. */
export interface CapacityHistoryExportRow {
  id: string;
  /** The keyset key of the row (its time as stored, its id). */
  key: [string, string];
  changedAt: Date;
  providerId: string;
  regionCode: string;
  category: string;
  totalBefore: number;
  occupiedBefore: number;
  totalAfter: number;
  occupiedAfter: number;
  source: string;
}

/**
 * Bed counts per provider and category. The database holds the invariant 0 <= occupied + reserved <= total
 * (CHECK bed_capacity_counts); every change is a conditional UPDATE with its history row in the same transaction.
 */
@Injectable()
export class CapacityService implements OnModuleInit {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly providers: ProviderService,
    private readonly events: DomainEvents,
  ) {}

  /** Gives the provider finder its free-bed filter: provider cannot depend on capacity, so capacity hands it over. */
  onModuleInit(): void {
    this.providers.useFreeBedFilter({ sql: freeBedSql });
  }

  /** Staff set total and occupied, guarded by the version they read (optimistic concurrency). */
  async update(actor: Actor, input: UpdateBedCapacityInput): Promise<BedCapacity> {
    const problems: FieldProblem[] = [];
    if (input.total < 0) problems.push({ path: 'input.total', message: 'must not be negative' });
    if (input.occupied < 0) problems.push({ path: 'input.occupied', message: 'must not be negative' });
    if (input.total >= 0 && input.occupied > input.total) problems.push({ path: 'input.occupied', message: 'must not exceed total' });
    if (problems.length) throw capacityInvalid('Invalid bed counts', problems);
    await this.providers.requireOperator(actor, input.providerId);

    const row = await this.uow.run(async () => {
      await this.uow.manager.query(
        `INSERT INTO bed_capacity (provider_id, category, total) VALUES ($1, $2, 0) ON CONFLICT DO NOTHING`,
        [input.providerId, input.category],
      );
      let rows: Array<CapacityRow & { total_before: number; occupied_before: number; reserved_before: number; price_before: number | null }>;
      // An omitted price keeps the published one; null withdraws it.
      const setsPrice = input.monthlyPriceFen !== undefined;
      try {
        rows = await queryRows(
          this.uow.manager,
          `WITH old AS (
             SELECT total, occupied, reserved, monthly_price_fen FROM bed_capacity WHERE provider_id = $1 AND category = $2 FOR UPDATE)
           UPDATE bed_capacity b
              SET total = $3, occupied = $4, version = b.version + 1, updated_at = now(), updated_by = $6,
                  monthly_price_fen = CASE WHEN $7::boolean THEN $8::int ELSE b.monthly_price_fen END
             FROM old
            WHERE b.provider_id = $1 AND b.category = $2 AND b.version = $5
           RETURNING b.*, old.total AS total_before, old.occupied AS occupied_before, old.reserved AS reserved_before,
                     old.monthly_price_fen AS price_before`,
          [input.providerId, input.category, input.total, input.occupied, input.expectedVersion, actor.userId, setsPrice, setsPrice ? input.monthlyPriceFen : null],
        );
      } catch (error) {
        mapConstraintError(error, {
          bed_capacity_counts: () =>
            capacityInvalid('Occupied and reserved beds would exceed the total', [
              { path: 'input.total', message: 'less than occupied plus reserved beds' },
            ]),
        });
      }
      if (rows.length === 0) throw conflict('STALE_VERSION', 'The capacity was changed by someone else; read it again');
      const updated = rows[0];
      await this.recordHistory({
        providerId: input.providerId,
        category: input.category,
        actorId: actor.userId,
        source: 'STAFF_UPDATE',
        before: { total: updated.total_before, occupied: updated.occupied_before, reserved: updated.reserved_before, monthly_price_fen: updated.price_before },
        after: updated,
      });
      // Written with the change (the outbox): the waitlist hears of freed beds even if this process dies now.
      this.events.publish('bed-capacity.changed', {
        providerId: updated.provider_id,
        category: updated.category,
        totalBefore: updated.total_before,
        totalAfter: updated.total,
        freeBefore: updated.total_before - updated.occupied_before - updated.reserved_before,
        freeAfter: updated.total - updated.occupied - updated.reserved,
      });
      return updated;
    });
    return toModel(row);
  }

  /**
   * Moves occupied/reserved counts inside the caller's transaction; null when the database refuses it
   * (not enough free beds, or counts would go negative). The caller publishes 'bed-capacity.changed' in the same transaction.
   */
  async adjustCounts(change: CountAdjustment): Promise<BedCapacity | null> {
    const delta = change.occupiedDelta + change.reservedDelta;
    // Every refusal is a WHERE condition, not a constraint error, so the caller's transaction stays usable.
    const rows = await queryRows<CapacityRow & { occupied_before: number; reserved_before: number }>(
      this.uow.manager,
      `UPDATE bed_capacity b
          SET occupied = b.occupied + $3, reserved = b.reserved + $4, version = b.version + 1, updated_at = now(), updated_by = $5
        WHERE b.provider_id = $1 AND b.category = $2
          AND b.occupied + $3 >= 0 AND b.reserved + $4 >= 0
          AND b.total - (b.occupied + b.reserved + $3 + $4) >= GREATEST($6::int, ceil(b.total * $7::numeric)::int)
        RETURNING b.*, b.occupied - $3 AS occupied_before, b.reserved - $4 AS reserved_before`,
      [
        change.providerId,
        change.category,
        change.occupiedDelta,
        change.reservedDelta,
        change.actorId,
        // Freeing or moving beds is never blocked by the free-bed thresholds, only taking more is.
        delta > 0 ? (change.minFreeAfter ?? 0) : -1_000_000,
        delta > 0 ? (change.minFreeShareAfter ?? 0) : 0,
      ],
    );
    if (rows.length === 0) return null;
    const row = rows[0];
    await this.recordHistory({
      providerId: change.providerId,
      category: change.category,
      actorId: change.actorId,
      source: change.source,
      before: { total: row.total, occupied: row.occupied_before, reserved: row.reserved_before, monthly_price_fen: row.monthly_price_fen },
      after: row,
    });
    return toModel(row);
  }

  /**
   * The counts of one category, locked for the rest of the transaction when `lock` (every writer of the counts updates
   * this row, so holding it orders the caller after them); null when the provider has no such beds.
   */
  async countsOf(providerId: string, category: BedCategory, lock = false): Promise<{ total: number; occupied: number; reserved: number } | null> {
    const rows: Array<{ total: number; occupied: number; reserved: number }> = await this.uow.manager.query(
      `SELECT total, occupied, reserved FROM bed_capacity WHERE provider_id = $1 AND category = $2 ${lock ? 'FOR UPDATE' : ''}`,
      [providerId, category],
    );
    return rows[0] ?? null;
  }

  /** Beds and occupied beds of a provider over every category. */
  async totalsOf(providerId: string): Promise<{ total: number; occupied: number }> {
    const [row] = await this.uow.manager.query(
      `SELECT COALESCE(sum(total), 0)::int AS total, COALESCE(sum(occupied), 0)::int AS occupied FROM bed_capacity WHERE provider_id = $1`,
      [providerId],
    );
    return row;
  }

  /**
   * A new provider's first counts and price of a category, at version 1 and with no history row (nothing has changed
   * yet): for a provider just created in the same unit of work (the demo seed). A category already set is left alone.
   */
  async openCategory(providerId: string, category: BedCategory, counts: { total: number; occupied: number; monthlyPriceFen: number | null }): Promise<void> {
    await this.uow.manager.query(
      `INSERT INTO bed_capacity (provider_id, category, total, occupied, version, monthly_price_fen) VALUES ($1, $2, $3, $4, 1, $5) ON CONFLICT DO NOTHING`,
      [providerId, category, counts.total, counts.occupied, counts.monthlyPriceFen],
    );
  }

  /**
   * Sets total and occupied as an import gives them, inside the open unit of work, with its history row (source
   * IMPORT). Returns 'UNCHANGED' when the counts already are these, 'CHANGED', or 'REFUSED' when the beds held for
   * reservations would not fit (the row is then refused, the counts stay).
   */
  async setCountsFromImport(
    change: { providerId: string; category: BedCategory; total: number; occupied: number; actorId: string },
  ): Promise<'UNCHANGED' | 'CHANGED' | 'REFUSED'> {
    await this.uow.manager.query(`INSERT INTO bed_capacity (provider_id, category, total) VALUES ($1, $2, 0) ON CONFLICT DO NOTHING`, [change.providerId, change.category]);
    const rows = await queryRows<CapacityRow & { total_before: number; occupied_before: number; reserved_before: number }>(
      this.uow.manager,
      `WITH old AS (SELECT total, occupied, reserved FROM bed_capacity WHERE provider_id = $1 AND category = $2 FOR UPDATE)
       UPDATE bed_capacity b SET total = $3, occupied = $4, version = b.version + 1, updated_at = now(), updated_by = $5
         FROM old
        WHERE b.provider_id = $1 AND b.category = $2 AND (old.total, old.occupied) IS DISTINCT FROM ($3::int, $4::int)
          AND $4::int + old.reserved <= $3::int
       RETURNING b.*, old.total AS total_before, old.occupied AS occupied_before, old.reserved AS reserved_before`,
      [change.providerId, change.category, change.total, change.occupied, change.actorId],
    );
    if (rows.length === 0) {
      const [current] = await this.uow.manager.query(`SELECT total, occupied FROM bed_capacity WHERE provider_id = $1 AND category = $2`, [change.providerId, change.category]);
      return current.total === change.total && current.occupied === change.occupied ? 'UNCHANGED' : 'REFUSED';
    }
    const row = rows[0];
    await this.recordHistory({
      providerId: change.providerId,
      category: change.category,
      actorId: change.actorId,
      source: CapacityChangeSource.IMPORT,
      before: { total: row.total_before, occupied: row.occupied_before, reserved: row.reserved_before, monthly_price_fen: row.monthly_price_fen },
      after: row,
    });
    this.events.publish('bed-capacity.changed', {
      providerId: row.provider_id,
      category: row.category,
      totalBefore: row.total_before,
      totalAfter: row.total,
      freeBefore: row.total_before - row.occupied_before - row.reserved_before,
      freeAfter: row.total - row.occupied - row.reserved,
    });
    return 'CHANGED';
  }

  // ---------------------------------------------------------------- read models of the regional figures and exports

  /** Bed counts under a region per group of `groupLength`-digit code prefixes and category (the providers' regions); one query. */
  async regionBeds(prefix: string, groupLength: number): Promise<Array<{ g: string; category: string; total: number; occupied: number; reserved: number }>> {
    return this.uow.manager.query(
      `SELECT left(region_code, ${Number(groupLength)}) AS g, category, sum(total)::int AS total, sum(occupied)::int AS occupied, sum(reserved)::int AS reserved
         FROM capacity_by_region WHERE region_code LIKE $1 GROUP BY 1, category`,
      [regionPrefixPattern(prefix)],
    );
  }

  /**
   * The beds and occupied beds of a region at the end of each China month of the span, of the providers registered by
   * then: the last change before it, or (none yet) the state before the first change after it, or (never changed
   * since) the counts now. One query.
   */
  async monthlyOccupancy(slice: RegionSlice, dates: ChinaDates): Promise<Array<{ m: string; total: number; occupied: number }>> {
    const params = new SqlParams();
    const from = params.param(dates.fromDate);
    const until = params.param(dates.untilDate);
    return this.uow.manager.query(
      `WITH months AS (
         SELECT to_char(m, 'YYYY-MM') AS m, (m + interval '1 month') AT TIME ZONE 'Asia/Shanghai' AS month_end
           FROM generate_series(${from}::date::timestamp, ${until}::date::timestamp - interval '1 month', interval '1 month') AS m)
       SELECT months.m, coalesce(sum(s.total), 0)::int AS total, coalesce(sum(s.occupied), 0)::int AS occupied
         FROM months
         LEFT JOIN capacity_by_region bc ON ${regionSliceSql(slice, 'bc.region_code', params.param)} AND bc.provider_created_at < months.month_end
         LEFT JOIN LATERAL (
           SELECT coalesce(last.total_after, first.total_before, bc.total) AS total,
                  coalesce(last.occupied_after, first.occupied_before, bc.occupied) AS occupied
             FROM (SELECT 1) one
             LEFT JOIN LATERAL (SELECT h.total_after, h.occupied_after FROM bed_capacity_history h
                                 WHERE h.provider_id = bc.provider_id AND h.category = bc.category AND h.changed_at < months.month_end
                                 ORDER BY h.changed_at DESC, h.id DESC LIMIT 1) last ON true
             LEFT JOIN LATERAL (SELECT h.total_before, h.occupied_before FROM bed_capacity_history h
                                 WHERE h.provider_id = bc.provider_id AND h.category = bc.category AND h.changed_at >= months.month_end
                                 ORDER BY h.changed_at, h.id LIMIT 1) first ON true
            WHERE bc.provider_id IS NOT NULL) s ON true
        GROUP BY months.m`,
      params.values,
    );
  }

  /** The stored counts (total, occupied) of many providers by category; a category never set is absent. One query. */
  async storedCountsOf(providerIds: readonly string[]): Promise<Map<string, Map<string, { total: number; occupied: number }>>> {
    const rows: Array<{ provider_id: string; category: string; total: number; occupied: number }> = await this.uow.manager.query(
      `SELECT provider_id, category, total, occupied FROM bed_capacity WHERE provider_id = ANY($1::uuid[])`,
      [[...new Set(providerIds)]],
    );
    const out = new Map<string, Map<string, { total: number; occupied: number }>>();
    for (const r of rows) {
      let byCategory = out.get(r.provider_id);
      if (!byCategory) out.set(r.provider_id, (byCategory = new Map()));
      byCategory.set(r.category, { total: r.total, occupied: r.occupied });
    }
    return out;
  }

  /**
   * One page of the count changes at providers under a region within China dates, by time and id, after the key of the
   * last row of the page before (`['-infinity', '0']` for the first). One query.
   */
  async historyExportPage(prefix: string, dates: ChinaDates, after: readonly [string, string], limit: number): Promise<CapacityHistoryExportRow[]> {
    const rows: Array<Record<string, any>> = await this.uow.manager.query(
      `SELECT h.id::text AS id, h.changed_at::text AS changed_at_key, h.changed_at, h.provider_id, h.region_code, h.category,
              h.total_before, h.occupied_before, h.total_after, h.occupied_after, h.source
         FROM capacity_history_by_region h
        WHERE h.region_code LIKE $1 AND ${inChinaDatesSql('h.changed_at', '$2', '$3')}
          AND (h.changed_at, h.id) > ($4::timestamptz, $5::bigint)
        ORDER BY h.changed_at, h.id LIMIT $6`,
      [regionPrefixPattern(prefix), dates.fromDate, dates.untilDate, after[0], after[1], limit],
    );
    return rows.map((r) => ({
      id: r.id,
      key: [r.changed_at_key, r.id] as [string, string],
      changedAt: r.changed_at,
      providerId: r.provider_id,
      regionCode: r.region_code,
      category: r.category,
      totalBefore: r.total_before,
      occupiedBefore: r.occupied_before,
      totalAfter: r.total_after,
      occupiedAfter: r.occupied_after,
      source: r.source,
    }));
  }

  /** Counts of every category for many providers (DataLoader batch); missing categories read as zeros. */
  async capacitiesFor(providerIds: readonly string[]): Promise<BedCapacity[][]> {
    const rows: CapacityRow[] = await this.uow.manager.query(`SELECT * FROM bed_capacity WHERE provider_id = ANY($1::uuid[])`, [[...providerIds]]);
    const byKey = new Map(rows.map((r) => [`${r.provider_id}:${r.category}`, r]));
    return providerIds.map((providerId) =>
      BED_CATEGORIES.map((category) =>
        toModel(
          byKey.get(`${providerId}:${category}`) ?? {
            provider_id: providerId,
            category,
            total: 0,
            occupied: 0,
            reserved: 0,
            monthly_price_fen: null,
            version: 0,
            updated_at: null,
          },
        ),
      ),
    );
  }

  /** Who changed the counts, when, before and after: the provider's staff, officers in scope, admins. */
  async history(actor: Actor, providerId: string, page: PageArgs): Promise<Connection<BedCapacityChange>> {
    await this.providers.requireOverseer(actor, providerId);
    const params = new SqlParams();
    return pagedQuery<Record<string, unknown>, BedCapacityChange>(
      this.uow.manager,
      { select: 'h.*', from: 'bed_capacity_history h', where: [`h.provider_id = ${params.param(providerId)}`], orderBy: 'h.changed_at DESC, h.id DESC', params, page },
      (rows) => rows.map((r) => ({
      id: String(r.id),
      providerId: r.provider_id as string,
      category: r.category as BedCategory,
      actorId: (r.actor_id as string | null) ?? null,
      source: r.source as string,
      changedAt: r.changed_at as Date,
      totalBefore: r.total_before as number,
      occupiedBefore: r.occupied_before as number,
      reservedBefore: r.reserved_before as number,
      totalAfter: r.total_after as number,
      occupiedAfter: r.occupied_after as number,
      reservedAfter: r.reserved_after as number,
      monthlyPriceFenBefore: (r.monthly_price_fen_before as number | null) ?? null,
      monthlyPriceFenAfter: (r.monthly_price_fen_after as number | null) ?? null,
      version: r.version as number,
    })),
    );
  }

  private async recordHistory(
    h: {
      providerId: string;
      category: BedCategory;
      actorId: string | null;
      source: string;
      before: { total: number; occupied: number; reserved: number; monthly_price_fen: number | null };
      after: CapacityRow;
    },
  ) {
    await this.uow.manager.query(
      `INSERT INTO bed_capacity_history (provider_id, category, actor_id, source, total_before, occupied_before, reserved_before,
         total_after, occupied_after, reserved_after, version, monthly_price_fen_before, monthly_price_fen_after)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
      [
        h.providerId,
        h.category,
        h.actorId,
        h.source,
        h.before.total,
        h.before.occupied,
        h.before.reserved,
        h.after.total,
        h.after.occupied,
        h.after.reserved,
        h.after.version,
        h.before.monthly_price_fen,
        h.after.monthly_price_fen,
      ],
    );
  }
}
