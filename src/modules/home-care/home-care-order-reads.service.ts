import { Injectable, type OnModuleInit } from '@nestjs/common';
import { access, can, definePolicy, scopeSql, type AccessPolicy, type AccessRelation } from '../../core/access/access-policy.js';
import type { Actor } from '../../core/auth/actor.js';
import { regionPrefixPattern, regionSliceSql, type RegionSlice } from '../../core/access/region-code.js';
import { chinaMonthSql, inChinaDatesSql, type ChinaDates } from '../../core/database/china-month-sql.js';
import { pagedQuery, SqlParams } from '../../core/database/paged-query.js';
import { UnitOfWork } from '../../core/database/unit-of-work.js';
import { Role } from '../../core/domain/enums.js';
import type { Connection, PageArgs } from '../../core/graphql/pagination.js';
import { ElderService } from '../elder/elder.service.js';
import type { HomeCareOrderFilter } from './dto/home-care-order.input.js';
import { ORDER_COLUMNS, toOrderRecord, type HomeCareOrderRecord, type OrderEventRecord } from './home-care-order.record.js';
import type { OrderStatus } from './home-care-order.state.js';

/** Visits counted by outcome. */
export interface OrderCounts {
  total: number;
  completed: number;
  cancelled: number;
  no_show: number;
}

const ORDER_COUNTS = `count(*)::int AS total,
  count(*) FILTER (WHERE status = 'COMPLETED')::int AS completed,
  count(*) FILTER (WHERE status = 'CANCELLED')::int AS cancelled,
  count(*) FILTER (WHERE status = 'NO_SHOW')::int AS no_show`;

/** A visit as monthly settlement reads it: its booked and actual times, check-in facts and money. */
export interface SettlementVisit {
  id: string;
  elderId: string;
  caregiverId: string | null;
  service: string;
  startsAt: Date;
  endsAt: Date;
  checkedInAt: Date | null;
  checkedOutAt: Date | null;
  checkInDistanceM: number | null;
  checkOutDistanceM: number | null;
  checkInFlagged: boolean | null;
  checkOutFlagged: boolean | null;
  visitLatitude: number;
  visitLongitude: number;
  priceFen: number;
  subsidyFen: number;
  copayFen: number;
  bookedPriceFen: number | null;
  subsidyFundingSource: string;
}

/** A completed visit on a family's statement. */
export interface CopayVisit {
  id: string;
  providerId: string;
  service: string;
  startsAt: Date;
  priceFen: number;
  copayFen: number;
}

/** One check (in or out) of a visit: when, how far from the home, whether beyond the geofence; nulls when not yet. */
export interface CheckRecord {
  at: Date | null;
  distanceM: number | null;
  flagged: boolean | null;
}

/** An order's check-in and check-out as stored (the evidence chain seals them and checks them back). */
export interface OrderChecks {
  orderId: string;
  providerId: string;
  caregiverId: string | null;
  CHECK_IN: CheckRecord;
  CHECK_OUT: CheckRecord;
}

/** One check of an order, with the order's provider and caregiver. */
export interface OrderCheckFacts extends CheckRecord {
  orderId: string;
  kind: 'CHECK_IN' | 'CHECK_OUT';
  providerId: string;
  caregiverId: string | null;
}

/** A home bed (家庭养老床位) over its active period. */
export interface HomeBedPeriod {
  id: string;
  elderId: string;
  createdAt: Date;
  endedAt: Date | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (id: string) => UUID.test(id);

/** The scoped reads of home-care orders: one order, the lists, their events and the providers' auto-assignment flags. */
@Injectable()
export class HomeCareOrderReads implements OnModuleInit {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly elders: ElderService,
  ) {
    this.visibility = definePolicy<HomeCareOrderRecord>('home-care order', {
      [Role.ADMIN]: [[access.any]],
      [Role.FAMILY]: [[access.related(this.elders.guardianship, 'elderId', 'o.elder_id')]],
      [Role.CAREGIVER]: [[access.self('caregiverId', 'o.caregiver_id')]],
      [Role.PROVIDER_STAFF]: [[access.provider('providerId', 'o.provider_id')]],
      [Role.CIVIL_AFFAIRS]: [[access.region('elderRegionCode', 'o.elder_region_code')], [access.region('providerRegionCode', 'o.provider_region_code')]],
    });
  }

  /**
   * Who sees an order: the elder's guardians, its assigned caregiver, the provider's staff, officers whose scope covers
   * the elder or the provider, admins. The row check and the lists' SQL scope both come from it.
   */
  private readonly visibility: AccessPolicy<HomeCareOrderRecord>;

  /** The elder visibility rule asks which elders a caregiver visits through this relation (elder cannot depend on home care). */
  onModuleInit(): void {
    this.elders.useCaregiverVisits(this.caregiverOfElder);
  }

  /** The actor is the caregiver of one of the elder's visits (care records use it for their need-to-know rules). */
  readonly caregiverOfElder: AccessRelation = {
    relatedAmong: async (actor, ids) => {
      const rows: Array<{ elder_id: string }> = await this.uow.manager.query(
        `SELECT DISTINCT elder_id FROM home_care_orders WHERE caregiver_id = $1 AND elder_id = ANY($2::uuid[])`,
        [actor.userId, ids.filter(isUuid)],
      );
      return new Set(rows.map((r) => r.elder_id));
    },
    sql: (actor, column, param) => `EXISTS (SELECT 1 FROM home_care_orders hco WHERE hco.elder_id = ${column} AND hco.caregiver_id = ${param(actor.userId)})`,
  };

  async canSee(actor: Actor, order: HomeCareOrderRecord): Promise<boolean> {
    return can(this.visibility, actor, order);
  }

  /** An order as stored, without a visibility check (callers check canSee: the live updates load it once per change). */
  async findRecord(id: string): Promise<HomeCareOrderRecord | null> {
    if (!isUuid(id)) return null;
    const rows = await this.uow.manager.query(`SELECT ${ORDER_COLUMNS} FROM home_care_orders o WHERE o.id = $1`, [id]);
    return rows.length ? toOrderRecord(rows[0]) : null;
  }

  /** The order an account booked under an idempotency key, without a visibility check (the booking's replay). */
  async findByIdempotencyKey(bookedBy: string, key: string): Promise<HomeCareOrderRecord | null> {
    const rows = await this.uow.manager.query(
      `SELECT ${ORDER_COLUMNS} FROM home_care_orders o WHERE o.booked_by = $1 AND o.idempotency_key = $2`,
      [bookedBy, key],
    );
    return rows.length ? toOrderRecord(rows[0]) : null;
  }

  /** Many orders as stored (no visibility check), in one query; unknown ids are absent. */
  async findRecords(ids: readonly string[]): Promise<HomeCareOrderRecord[]> {
    const valid = [...new Set(ids)].filter(isUuid);
    if (valid.length === 0) return [];
    const rows = await this.uow.manager.query(`SELECT ${ORDER_COLUMNS} FROM home_care_orders o WHERE o.id = ANY($1::uuid[])`, [valid]);
    return rows.map(toOrderRecord);
  }

  /**
   * Orders by status whose start is in the window (`after` and `until` exclusive unless the `...Inclusive` flag says
   * so), optionally only those not checked in: the scheduled reminders' scans, one query each.
   */
  async startingIn(window: {
    statuses: readonly OrderStatus[];
    after: Date;
    afterInclusive?: boolean;
    until: Date;
    untilInclusive?: boolean;
    notCheckedIn?: boolean;
  }): Promise<HomeCareOrderRecord[]> {
    const rows = await this.uow.manager.query(
      `SELECT ${ORDER_COLUMNS} FROM home_care_orders o
        WHERE o.status = ANY($1::text[]) AND o.starts_at ${window.afterInclusive ? '>=' : '>'} $2::timestamptz
          AND o.starts_at ${window.untilInclusive ? '<=' : '<'} $3::timestamptz ${window.notCheckedIn ? 'AND o.checked_in_at IS NULL' : ''}`,
      [[...window.statuses], window.after, window.until],
    );
    return rows.map(toOrderRecord);
  }

  /** The role of the last person (not the platform) who changed each order, in one query; orders never changed by one are absent. */
  async lastActorRoles(orderIds: readonly string[]): Promise<Map<string, string>> {
    const rows: Array<{ order_id: string; actor_role: string }> = await this.uow.manager.query(
      `SELECT DISTINCT ON (order_id) order_id, actor_role FROM home_care_order_events
        WHERE order_id = ANY($1::uuid[]) AND actor_role <> 'SYSTEM' ORDER BY order_id, at DESC, id DESC`,
      [[...new Set(orderIds)].filter(isUuid)],
    );
    return new Map(rows.map((r) => [r.order_id, r.actor_role]));
  }

  async getVisible(actor: Actor, id: string): Promise<HomeCareOrderRecord | null> {
    const order = await this.findRecord(id);
    return order && (await this.canSee(actor, order)) ? order : null;
  }

  /** The caller's orders, scoped and filtered in SQL, by start time. */
  async list(actor: Actor, filter: HomeCareOrderFilter | undefined, page: PageArgs): Promise<Connection<HomeCareOrderRecord>> {
    const params = new SqlParams();
    const param = params.param;
    const where: string[] = [scopeSql(this.visibility, actor, param)];
    if (filter?.status?.length) where.push(`o.status = ANY(${param(filter.status)})`);
    if (filter?.elderId) where.push(`o.elder_id = ${param(isUuid(filter.elderId) ? filter.elderId : null)}`);
    if (filter?.providerId) where.push(`o.provider_id = ${param(isUuid(filter.providerId) ? filter.providerId : null)}`);
    if (filter?.caregiverId) where.push(`o.caregiver_id = ${param(isUuid(filter.caregiverId) ? filter.caregiverId : null)}`);
    if (filter?.homeBedId) where.push(`o.home_bed_id = ${param(isUuid(filter.homeBedId) ? filter.homeBedId : null)}`);
    if (filter?.from) where.push(`o.ends_at > ${param(filter.from)}`);
    if (filter?.to) where.push(`o.starts_at < ${param(filter.to)}`);
    if (filter?.flagged) where.push(`(o.check_in_flagged OR o.check_out_flagged)`);
    return pagedQuery(
      this.uow.manager,
      { select: ORDER_COLUMNS, from: 'home_care_orders o', where, orderBy: 'o.starts_at, o.id', params, page },
      (rows) => rows.map(toOrderRecord),
    );
  }

  /** Events of many orders (DataLoader batch), oldest first. */
  async eventsFor(orderIds: readonly string[]): Promise<OrderEventRecord[][]> {
    const rows: Array<Record<string, any>> = await this.uow.manager.query(
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

  // ---------------------------------------------------------------- read models of the regional figures and exports

  /**
   * Visits of elders under a region per group of `groupLength`-digit code prefixes (the elder's region): how many,
   * completed, cancelled, no-show; only those starting within the China dates when given. One query.
   */
  async regionOrderCounts(prefix: string, groupLength: number, dates: ChinaDates | null): Promise<Array<{ g: string } & OrderCounts>> {
    return this.uow.manager.query(
      `SELECT left(elder_region_code, ${Number(groupLength)}) AS g, ${ORDER_COUNTS}
         FROM home_care_orders WHERE elder_region_code LIKE $1 ${dates ? `AND ${inChinaDatesSql('starts_at', '$2', '$3')}` : ''} GROUP BY 1`,
      dates ? [regionPrefixPattern(prefix), dates.fromDate, dates.untilDate] : [regionPrefixPattern(prefix)],
    );
  }

  /** The same counts per China month of the start, for the elders of a region slice, within the China dates. One query. */
  async monthlyOrderCounts(slice: RegionSlice, dates: ChinaDates): Promise<Array<{ m: string } & OrderCounts>> {
    const params = new SqlParams();
    return this.uow.manager.query(
      `SELECT ${chinaMonthSql('starts_at')} AS m, ${ORDER_COUNTS}
         FROM home_care_orders WHERE ${regionSliceSql(slice, 'elder_region_code', params.param)}
          AND ${inChinaDatesSql('starts_at', params.param(dates.fromDate), params.param(dates.untilDate))} GROUP BY 1`,
      params.values,
    );
  }

  /** Active home beds (家庭养老床位) at providers under a region, per group of `groupLength`-digit code prefixes. One query. */
  async activeHomeBeds(prefix: string, groupLength: number): Promise<Array<{ g: string; count: number }>> {
    return this.uow.manager.query(
      `SELECT left(provider_region_code, ${Number(groupLength)}) AS g, count(*)::int AS count FROM home_beds_by_region
        WHERE status = 'ACTIVE' AND provider_region_code LIKE $1 GROUP BY 1`,
      [regionPrefixPattern(prefix)],
    );
  }

  /**
   * One page of the visits of elders under a region starting within China dates, by start and id, after the key of
   * the last row of the page before (`['-infinity', '']` for the first). One query.
   */
  async exportPage(prefix: string, dates: ChinaDates, after: readonly [string, string], limit: number): Promise<Array<HomeCareOrderRecord & { key: [string, string] }>> {
    const rows: Array<Record<string, any>> = await this.uow.manager.query(
      `SELECT ${ORDER_COLUMNS}, o.starts_at::text AS starts_at_key
         FROM home_care_orders o
        WHERE o.elder_region_code LIKE $1 AND ${inChinaDatesSql('o.starts_at', '$2', '$3')}
          AND (o.starts_at, o.id::text) > ($4::timestamptz, $5)
        ORDER BY o.starts_at, o.id::text LIMIT $6`,
      [regionPrefixPattern(prefix), dates.fromDate, dates.untilDate, after[0], after[1], limit],
    );
    return rows.map((r) => ({ ...toOrderRecord(r), key: [r.starts_at_key, r.id] as [string, string] }));
  }

  /** Auto-assignment flags of many providers (DataLoader batch). */
  async autoAssignFor(providerIds: readonly string[]): Promise<boolean[]> {
    const rows: Array<{ provider_id: string; auto_assign: boolean }> = await this.uow.manager.query(
      `SELECT provider_id, auto_assign FROM home_care_provider_settings WHERE provider_id = ANY($1)`,
      [providerIds],
    );
    const map = new Map(rows.map((r) => [r.provider_id, r.auto_assign]));
    return providerIds.map((id) => map.get(id) ?? false);
  }

  // ---------------------------------------------------------------- reads for settlement (one query per call)

  /**
   * The provider's visits in progress or completed that started in [from, to), by start time: what a month's statement
   * is built from (settlement passes the month widened by a day either side, for overlaps across its edges).
   */
  async settlementVisits(providerId: string, from: Date, to: Date): Promise<SettlementVisit[]> {
    const rows: Array<Record<string, any>> = await this.uow.manager.query(
      `SELECT o.id, o.elder_id, o.caregiver_id, o.service, o.starts_at, o.ends_at, o.checked_in_at, o.checked_out_at,
              o.check_in_distance_m, o.check_out_distance_m, o.check_in_flagged, o.check_out_flagged, o.visit_latitude, o.visit_longitude,
              o.price_fen, o.subsidy_fen, o.copay_fen, o.booked_price_fen, o.subsidy_funding_source
         FROM home_care_orders o
        WHERE o.provider_id = $1 AND o.status IN ('COMPLETED','IN_PROGRESS') AND o.starts_at >= $2 AND o.starts_at < $3
        ORDER BY o.starts_at, o.id`,
      [providerId, from, to],
    );
    return rows.map((r) => ({
      id: r.id,
      elderId: r.elder_id,
      caregiverId: r.caregiver_id,
      service: r.service,
      startsAt: r.starts_at,
      endsAt: r.ends_at,
      checkedInAt: r.checked_in_at,
      checkedOutAt: r.checked_out_at,
      checkInDistanceM: r.check_in_distance_m,
      checkOutDistanceM: r.check_out_distance_m,
      checkInFlagged: r.check_in_flagged,
      checkOutFlagged: r.check_out_flagged,
      visitLatitude: r.visit_latitude,
      visitLongitude: r.visit_longitude,
      priceFen: r.price_fen,
      subsidyFen: r.subsidy_fen,
      copayFen: r.copay_fen,
      bookedPriceFen: r.booked_price_fen,
      subsidyFundingSource: r.subsidy_funding_source,
    }));
  }

  /** The elder's completed visits that started in [from, to), of one provider or all, by start time (co-pays). */
  async completedVisitsOfElder(elderId: string, from: Date, to: Date, providerId: string | null): Promise<CopayVisit[]> {
    const rows: Array<Record<string, any>> = await this.uow.manager.query(
      `SELECT id, provider_id, service, starts_at, copay_fen, price_fen FROM home_care_orders
        WHERE elder_id = $1 AND status = 'COMPLETED' AND starts_at >= $2 AND starts_at < $3 AND ($4::uuid IS NULL OR provider_id = $4)
        ORDER BY starts_at, id`,
      [elderId, from, to, providerId],
    );
    return rows.map((r) => ({ id: r.id, providerId: r.provider_id, service: r.service, startsAt: r.starts_at, priceFen: r.price_fen, copayFen: r.copay_fen }));
  }

  /**
   * What each order's check-in and check-out recorded, for many orders at once (a missing order is left out). Times are
   * cut to milliseconds, as the evidence chain stores them.
   */
  async checkRecords(orderIds: readonly string[]): Promise<Map<string, OrderChecks>> {
    const ids = [...new Set(orderIds)].filter(isUuid);
    if (ids.length === 0) return new Map();
    const rows: Array<Record<string, any>> = await this.uow.manager.query(
      `SELECT id, provider_id, caregiver_id, date_trunc('milliseconds', checked_in_at) AS checked_in_at, check_in_distance_m, check_in_flagged,
              date_trunc('milliseconds', checked_out_at) AS checked_out_at, check_out_distance_m, check_out_flagged
         FROM home_care_orders WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(
      rows.map((r) => [
        r.id,
        {
          orderId: r.id,
          providerId: r.provider_id,
          caregiverId: r.caregiver_id,
          CHECK_IN: { at: r.checked_in_at, distanceM: r.check_in_distance_m, flagged: r.check_in_flagged },
          CHECK_OUT: { at: r.checked_out_at, distanceM: r.check_out_distance_m, flagged: r.check_out_flagged },
        },
      ]),
    );
  }

  /** What the order's check-in or check-out recorded (call after writing it, in the same unit of work). */
  async checkOf(orderId: string, kind: 'CHECK_IN' | 'CHECK_OUT'): Promise<OrderCheckFacts> {
    const checks = (await this.checkRecords([orderId])).get(orderId);
    if (!checks) throw new Error(`Home-care order ${orderId} is missing`);
    return { orderId, kind, providerId: checks.providerId, caregiverId: checks.caregiverId, ...checks[kind] };
  }

  /** Who funds each visit's subsidy and its price as booked (DataLoader batch); null for a missing order. */
  async fundingFacts(orderIds: readonly string[]): Promise<Array<{ fundingSource: string; bookedPriceFen: number | null } | null>> {
    const rows: Array<{ id: string; subsidy_funding_source: string; booked_price_fen: number | null }> = await this.uow.manager.query(
      `SELECT id, subsidy_funding_source, booked_price_fen FROM home_care_orders WHERE id = ANY($1::uuid[])`,
      [orderIds.filter(isUuid)],
    );
    const by = new Map(rows.map((r) => [r.id, { fundingSource: r.subsidy_funding_source, bookedPriceFen: r.booked_price_fen }]));
    return orderIds.map((id) => by.get(id) ?? null);
  }

  /** The provider's home beds active at some time in [from, to), by creation. */
  async homeBedsActiveBetween(providerId: string, from: Date, to: Date): Promise<HomeBedPeriod[]> {
    const rows: Array<{ id: string; elder_id: string; created_at: Date; ended_at: Date | null }> = await this.uow.manager.query(
      `SELECT id, elder_id, created_at, ended_at FROM home_beds
        WHERE provider_id = $1 AND created_at < $3 AND (ended_at IS NULL OR ended_at >= $2) ORDER BY created_at, id`,
      [providerId, from, to],
    );
    return rows.map((r) => ({ id: r.id, elderId: r.elder_id, createdAt: r.created_at, endedAt: r.ended_at }));
  }
}
