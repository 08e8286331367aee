import { Injectable } from '@nestjs/common';
import { access, can, definePolicy, scopeSql, type AccessPolicy, type AccessRelation } from '../../core/access/access-policy.js';
import type { Actor } from '../../core/auth/actor.js';
import { pagedQuery, SqlParams } from '../../core/database/paged-query.js';
import { UnitOfWork } from '../../core/database/unit-of-work.js';
import { Role } from '../../core/domain/enums.js';
import type { Connection, PageArgs } from '../../core/graphql/pagination.js';
import { ElderService } from '../elder/elder.service.js';
import type { HomeCareOrderFilter } from './dto/home-care-order.input.js';
import { ORDER_COLUMNS, toOrderRecord, type HomeCareOrderRecord, type OrderEventRecord } from './home-care-order.record.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (id: string) => UUID.test(id);

/** The scoped reads of home-care orders: one order, the lists, their events and the providers' auto-assignment flags. */
@Injectable()
export class HomeCareOrderReads {
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

  /** Auto-assignment flags of many providers (DataLoader batch). */
  async autoAssignFor(providerIds: readonly string[]): Promise<boolean[]> {
    const rows: Array<{ provider_id: string; auto_assign: boolean }> = await this.uow.manager.query(
      `SELECT provider_id, auto_assign FROM home_care_provider_settings WHERE provider_id = ANY($1)`,
      [providerIds],
    );
    const map = new Map(rows.map((r) => [r.provider_id, r.auto_assign]));
    return providerIds.map((id) => map.get(id) ?? false);
  }
}
