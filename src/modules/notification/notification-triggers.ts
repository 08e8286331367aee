import { Injectable, type OnModuleInit } from '@nestjs/common';
import { UnitOfWork } from '../../core/database/unit-of-work.js';
import { DomainEvents } from '../../core/events/domain-events.js';
import { JobQueue } from '../../core/jobs/job-queue.js';
import { appLogger } from '../../core/logging/logger.js';
import type { BedReservationChanged } from '../bed/bed-hold.writer.js';
import type { HomeCareOrderChanged } from '../home-care/home-care-order.events.js';
import { chinaDate, chinaDay, chinaTime, NotificationKind } from './notification-kinds.js';
import { chinaMinute } from './notification.policy.js';
import { NotificationService } from './notification.service.js';

/** Chinese names of the services, for messages. */
export const SERVICE_LABELS: Record<string, string> = {
  MEAL: '助餐',
  BATHING: '助浴',
  CLEANING: '助洁',
  WALKING_OUTING: '助行',
  MEDICAL_ESCORT: '助医陪诊',
  EMERGENCY_HELP: '助急',
  PERSONAL_CARE: '生活照料',
  MEDICATION_HELP: '用药协助',
  REHABILITATION: '康复护理',
  HEALTH_MONITORING: '健康监测',
  WELFARE_VISIT: '探访关爱',
  COMPANIONSHIP: '陪伴',
  ERRANDS_AND_BILLS: '代办',
  HOME_ADAPTATION: '适老化改造',
};

/** Who did it, as a message says it. */
export const ACTOR_LABELS: Record<string, string> = {
  FAMILY: '家属',
  CAREGIVER: '护理员',
  PROVIDER_STAFF: '服务机构',
  CIVIL_AFFAIRS: '民政工作人员',
  ADMIN: '平台管理员',
  SYSTEM: '系统',
};

export const HOME_CARE_HANDLER = 'notify.home-care-order';
export const VISIT_SCHEDULE = 'schedule.notify-visits';
export const BED_HANDLER = 'notify.bed-reservation';
export const BED_SCHEDULE = 'schedule.notify-beds';
export const DUE_SCHEDULE = 'schedule.notify-due';
const NOTIFIED_BED_STATUSES = new Set(['HELD', 'ADMITTED', 'EXPIRED', 'DISCHARGED']);
const NOTIFIED_ACTIONS = new Set(['BOOK', 'ASSIGN', 'REASSIGN', 'RESCHEDULE', 'CANCEL', 'CHECK_IN', 'CHECK_OUT']);
/** Evening reminders go out from 19:00 China time on the day before the visit. */
const EVENING_FROM_MINUTE = 19 * 60;

interface OrderFacts {
  id: string;
  elder_id: string;
  provider_id: string;
  service: string;
  status: string;
  starts_at: Date;
  caregiver_id: string | null;
  checked_in_at: Date | null;
  checked_out_at: Date | null;
  check_in_flagged: boolean | null;
  check_out_flagged: boolean | null;
  check_in_distance_m: number | null;
  check_out_distance_m: number | null;
  elder_name: string;
  provider_name: string;
  caregiver_name: string | null;
  last_actor_role: string | null;
}

const ORDER_FACTS = `SELECT o.id, o.elder_id, o.provider_id, o.service, o.status, o.starts_at, o.caregiver_id, o.checked_in_at, o.checked_out_at,
    o.check_in_flagged, o.check_out_flagged, o.check_in_distance_m, o.check_out_distance_m,
    e.full_name AS elder_name, p.name AS provider_name, c.display_name AS caregiver_name,
    (SELECT ev.actor_role FROM home_care_order_events ev WHERE ev.order_id = o.id AND ev.actor_role <> 'SYSTEM'
      ORDER BY ev.at DESC, ev.id DESC LIMIT 1) AS last_actor_role
  FROM home_care_orders o JOIN elders e ON e.id = o.elder_id JOIN providers p ON p.id = o.provider_id
  LEFT JOIN users c ON c.id = o.caregiver_id`;

/**
 * What produces notifications: durable handlers of the domain events (so a crash delays a notification but never
 * loses it) and periodic schedules on the job queue for what is due at a time (reminders, visits not started).
 */
@Injectable()
export class NotificationTriggers implements OnModuleInit {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly events: DomainEvents,
    private readonly jobs: JobQueue,
    private readonly notifications: NotificationService,
  ) {}

  onModuleInit() {
    void this.events.handle('home-care-order.changed', HOME_CARE_HANDLER, (payload) => this.onOrderChanged(payload), {
      when: (payload) => NOTIFIED_ACTIONS.has(payload.action),
    });
    void this.events.handle('bed-reservation.changed', BED_HANDLER, (payload) => this.onReservationChanged(payload), {
      when: (payload) => NOTIFIED_BED_STATUSES.has(payload.to),
    });
    void this.jobs.every(BED_SCHEDULE, 300, async () => {
      const made = await this.runBedSchedules(new Date());
      if (made > 0) appLogger().info({ job: BED_SCHEDULE, made }, 'bed notifications');
    });
    void this.jobs.every(DUE_SCHEDULE, 3600, async () => {
      const made = await this.runDueSchedules(new Date());
      if (made > 0) appLogger().info({ job: DUE_SCHEDULE, made }, 'due notifications');
    });
    void this.jobs.every(VISIT_SCHEDULE, 60, async () => {
      const made = await this.runVisitSchedules(new Date());
      if (made > 0) appLogger().info({ job: VISIT_SCHEDULE, made }, 'visit notifications');
    });
  }

  private async guardians(elderId: string): Promise<string[]> {
    const rows = await this.uow.manager.query(`SELECT user_id FROM elder_guardians WHERE elder_id = $1`, [elderId]);
    return rows.map((r: { user_id: string }) => r.user_id);
  }

  private async staff(providerId: string): Promise<string[]> {
    const rows = await this.uow.manager.query(`SELECT id FROM users WHERE role = 'PROVIDER_STAFF' AND provider_id = $1`, [providerId]);
    return rows.map((r: { id: string }) => r.id);
  }

  private async facts(orderId: string): Promise<OrderFacts | null> {
    const rows = await this.uow.manager.query(`${ORDER_FACTS} WHERE o.id = $1`, [orderId]);
    return rows[0] ?? null;
  }

  private vars(o: OrderFacts, at: Date = o.starts_at): Record<string, string> {
    return {
      elder: o.elder_name,
      provider: o.provider_name,
      service: SERVICE_LABELS[o.service] ?? o.service,
      caregiver: o.caregiver_name ?? '待定',
      time: chinaTime(at),
      by: ACTOR_LABELS[o.last_actor_role ?? 'SYSTEM'] ?? '系统',
    };
  }

  /** A home-care order changed: the kind by its action, to the people the kind concerns. */
  async onOrderChanged(event: HomeCareOrderChanged): Promise<void> {
    if (!NOTIFIED_ACTIONS.has(event.action)) return;
    const o = await this.facts(event.orderId);
    if (!o) return;
    const base = { objectType: 'HOME_CARE_ORDER' as const, objectId: o.id };
    const guardians = await this.guardians(o.elder_id);
    const caregiver = o.caregiver_id ? [o.caregiver_id] : [];
    switch (event.action) {
      case 'BOOK':
        await this.notifications.notify({ ...base, kind: NotificationKind.VISIT_BOOKED, vars: this.vars(o), recipients: [...guardians, ...caregiver, ...(await this.staff(o.provider_id))] });
        await this.allowanceCheck(o.id, guardians);
        break;
      case 'ASSIGN':
      case 'REASSIGN':
        if (!o.caregiver_id) return;
        await this.notifications.notify({ ...base, kind: NotificationKind.CAREGIVER_ASSIGNED, variant: o.caregiver_id, vars: this.vars(o), recipients: [...guardians, ...caregiver] });
        break;
      case 'RESCHEDULE':
        await this.notifications.notify({ ...base, kind: NotificationKind.VISIT_RESCHEDULED, variant: o.starts_at.toISOString(), vars: this.vars(o), recipients: [...guardians, ...caregiver] });
        break;
      case 'CANCEL':
        await this.notifications.notify({ ...base, kind: NotificationKind.VISIT_CANCELLED, vars: this.vars(o), recipients: [...guardians, ...caregiver, ...(await this.staff(o.provider_id))] });
        break;
      case 'CHECK_IN':
        if (!o.checked_in_at) return;
        await this.notifications.notify({ ...base, kind: NotificationKind.CAREGIVER_CHECKED_IN, vars: this.vars(o, o.checked_in_at), recipients: guardians });
        if (o.check_in_flagged) await this.flagged(o, '签到', o.check_in_distance_m);
        break;
      case 'CHECK_OUT': {
        if (!o.checked_out_at || !o.checked_in_at) return;
        const minutes = Math.max(0, Math.round((o.checked_out_at.getTime() - o.checked_in_at.getTime()) / 60_000));
        await this.notifications.notify({ ...base, kind: NotificationKind.CAREGIVER_CHECKED_OUT, vars: { ...this.vars(o, o.checked_out_at), minutes: String(minutes) }, recipients: guardians });
        if (o.check_out_flagged) await this.flagged(o, '签退', o.check_out_distance_m);
        break;
      }
    }
  }

  private async flagged(o: OrderFacts, step: '签到' | '签退', distance: number | null): Promise<void> {
    await this.notifications.notify({
      kind: NotificationKind.VISIT_FLAGGED,
      objectType: 'HOME_CARE_ORDER',
      objectId: o.id,
      variant: step === '签到' ? 'CHECK_IN' : 'CHECK_OUT',
      vars: { ...this.vars(o), step, distance: String(Math.round(distance ?? 0)) },
      recipients: await this.staff(o.provider_id),
    });
  }

  /**
   * What is due at `now`: visits not started 15 minutes after their start (to staff), reminders 1 hour before and,
   * from 19:00 China time, for tomorrow's visits (to guardians and the caregiver). Each occurrence is deduplicated, so
   * the schedule may run as often as it likes. Returns how many notifications were made.
   */
  async runVisitSchedules(now: Date): Promise<number> {
    let made = 0;
    const late: OrderFacts[] = await this.uow.manager.query(
      `${ORDER_FACTS} WHERE o.status = 'ASSIGNED' AND o.checked_in_at IS NULL
         AND o.starts_at <= $1::timestamptz - interval '15 minutes' AND o.starts_at > $1::timestamptz - interval '6 hours'`,
      [now],
    );
    for (const o of late) {
      made += (
        await this.notifications.notify({
          kind: NotificationKind.VISIT_NOT_STARTED, objectType: 'HOME_CARE_ORDER', objectId: o.id, variant: o.starts_at.toISOString(),
          vars: this.vars(o), recipients: await this.staff(o.provider_id),
        })
      ).length;
    }
    const soon: OrderFacts[] = await this.uow.manager.query(
      `${ORDER_FACTS} WHERE o.status IN ('REQUESTED','ASSIGNED') AND o.starts_at > $1::timestamptz AND o.starts_at <= $1::timestamptz + interval '1 hour'`,
      [now],
    );
    for (const o of soon) made += await this.remind(o, '1h');
    if (chinaMinute(now) >= EVENING_FROM_MINUTE) {
      const tomorrow = chinaDate(new Date(now.getTime() + 24 * 3600_000));
      const next: OrderFacts[] = await this.uow.manager.query(
        `${ORDER_FACTS} WHERE o.status IN ('REQUESTED','ASSIGNED') AND (o.starts_at AT TIME ZONE 'Asia/Shanghai')::date = $1::date`,
        [tomorrow],
      );
      for (const o of next) made += await this.remind(o, 'eve');
    }
    return made;
  }

  private async remind(o: OrderFacts, when: '1h' | 'eve'): Promise<number> {
    const recipients = [...(await this.guardians(o.elder_id)), ...(o.caregiver_id ? [o.caregiver_id] : [])];
    const ids = await this.notifications.notify({
      kind: NotificationKind.VISIT_REMINDER, objectType: 'HOME_CARE_ORDER', objectId: o.id, variant: `${when}:${o.starts_at.toISOString()}`,
      vars: this.vars(o), recipients,
    });
    return ids.length;
  }

  // ------------------------------------------------------------------ beds

  private async reservation(id: string): Promise<ReservationFacts | null> {
    const rows = await this.uow.manager.query(`${RESERVATION_FACTS} WHERE r.id = $1`, [id]);
    return rows[0] ?? null;
  }

  /** Guardians, and the officer who made the hold (not for waitlist offers, which the platform makes). */
  private async bedRecipients(r: ReservationFacts, withOfficer: boolean): Promise<string[]> {
    const guardians = await this.guardians(r.elder_id);
    return withOfficer && r.requested_by_role === 'CIVIL_AFFAIRS' && r.requested_by ? [...guardians, r.requested_by] : guardians;
  }

  private bedVars(r: ReservationFacts, at: Date): Record<string, string> {
    return { elder: r.elder_name, provider: r.provider_name, time: chinaTime(at) };
  }

  /** A reservation changed: hold made or waitlist offer made, expired or lapsed, admitted, discharged. */
  async onReservationChanged(event: BedReservationChanged): Promise<void> {
    if (!NOTIFIED_BED_STATUSES.has(event.to)) return;
    const recorded = await this.uow.manager.query(`SELECT at FROM bed_reservation_events WHERE id = $1 AND reservation_id = $2`, [event.eventId, event.reservationId]);
    if (recorded.length === 0) return; // made in a savepoint that rolled back
    const r = await this.reservation(event.reservationId);
    if (!r) return;
    const at: Date = recorded[0].at;
    const base = { objectType: 'BED_RESERVATION' as const, objectId: r.id };
    switch (event.to) {
      case 'HELD':
        await this.notifications.notify(
          r.offer_id
            ? { ...base, kind: NotificationKind.WAITLIST_OFFER_MADE, vars: this.bedVars(r, r.expires_at), recipients: await this.bedRecipients(r, false) }
            : { ...base, kind: NotificationKind.BED_HOLD_MADE, vars: this.bedVars(r, r.expires_at), recipients: await this.bedRecipients(r, true) },
        );
        break;
      case 'EXPIRED':
        await this.notifications.notify(
          r.offer_id
            ? { ...base, kind: NotificationKind.WAITLIST_OFFER_LAPSED, vars: this.bedVars(r, at), recipients: await this.bedRecipients(r, false) }
            : { ...base, kind: NotificationKind.BED_HOLD_EXPIRED, vars: this.bedVars(r, at), recipients: await this.bedRecipients(r, true) },
        );
        break;
      case 'ADMITTED':
        await this.notifications.notify({ ...base, kind: NotificationKind.ADMITTED, vars: this.bedVars(r, r.admitted_at ?? at), recipients: await this.guardians(r.elder_id) });
        break;
      case 'DISCHARGED':
        await this.notifications.notify({ ...base, kind: NotificationKind.DISCHARGED, vars: this.bedVars(r, r.ended_at ?? at), recipients: await this.guardians(r.elder_id) });
        break;
    }
  }

  /** Holds and waitlist offers expiring within 6 hours (once per hold and expiry time). Returns how many were made. */
  async runBedSchedules(now: Date): Promise<number> {
    const due: ReservationFacts[] = await this.uow.manager.query(
      `${RESERVATION_FACTS} WHERE r.status = 'HELD' AND r.expires_at > $1::timestamptz AND r.expires_at <= $1::timestamptz + interval '6 hours'`,
      [now],
    );
    let made = 0;
    for (const r of due) {
      const ids = await this.notifications.notify({
        kind: r.offer_id ? NotificationKind.WAITLIST_OFFER_EXPIRING : NotificationKind.BED_HOLD_EXPIRING,
        objectType: 'BED_RESERVATION',
        objectId: r.id,
        variant: r.expires_at.toISOString(),
        vars: this.bedVars(r, r.expires_at),
        recipients: await this.bedRecipients(r, !r.offer_id),
      });
      made += ids.length;
    }
    return made;
  }

  // ------------------------------------------------------------------ allowance, assessments, grades

  /** After a booking: the elder's allowance for the visit's month 80% spent or more (once per elder and month). */
  private async allowanceCheck(orderId: string, guardians: string[]): Promise<void> {
    const rows = await this.uow.manager.query(
      `SELECT a.elder_id, a.month::text AS month, a.allowance_fen, a.spent_fen, e.full_name AS elder_name
         FROM home_care_orders o JOIN home_care_allowances a ON a.elder_id = o.elder_id AND a.month = o.allowance_month
         JOIN elders e ON e.id = o.elder_id WHERE o.id = $1`,
      [orderId],
    );
    const a = rows[0];
    if (!a || a.allowance_fen <= 0 || a.spent_fen * 100 < a.allowance_fen * 80) return;
    const month = Number(String(a.month).slice(5, 7));
    await this.notifications.notify({
      kind: NotificationKind.ALLOWANCE_MOSTLY_SPENT,
      objectType: 'ELDER',
      objectId: a.elder_id,
      variant: String(a.month).slice(0, 7),
      vars: {
        elder: a.elder_name,
        month: `${month}月`,
        percent: String(Math.floor((a.spent_fen * 100) / a.allowance_fen)),
        remaining: ((a.allowance_fen - a.spent_fen) / 100).toFixed(2),
      },
      recipients: guardians,
    });
  }

  /** Officers whose scope covers a region code. */
  private async officersFor(regionCode: string): Promise<string[]> {
    const rows = await this.uow.manager.query(`SELECT id FROM users WHERE role = 'CIVIL_AFFAIRS' AND $1 LIKE region_scope || '%'`, [regionCode]);
    return rows.map((r: { id: string }) => r.id);
  }

  /**
   * Assessments due within 30 days (the latest assessment plus the region's reassessment period, default 12 months)
   * to guardians and officers in scope; star grades expiring within 90 days to the provider's staff and officers in
   * scope. Once per elder and due date, per provider and expiry. Returns how many notifications were made.
   */
  async runDueSchedules(now: Date): Promise<number> {
    let made = 0;
    const due: Array<{ id: string; full_name: string; region_code: string; due_at: Date }> = await this.uow.manager.query(
      `SELECT * FROM (
         SELECT e.id, e.full_name, e.region_code, e.latest_assessed_at + make_interval(months => coalesce(
           (SELECT (s.value #>> '{}')::int FROM settings s WHERE s.key = 'assessment.reassessmentMonths' AND e.region_code LIKE s.region_prefix || '%'
             ORDER BY length(s.region_prefix) DESC LIMIT 1), 12)) AS due_at
           FROM elders e WHERE e.latest_assessed_at IS NOT NULL) d
        WHERE d.due_at > $1::timestamptz AND d.due_at <= $1::timestamptz + interval '30 days'`,
      [now],
    );
    for (const e of due) {
      const ids = await this.notifications.notify({
        kind: NotificationKind.ASSESSMENT_DUE, objectType: 'ELDER', objectId: e.id, variant: e.due_at.toISOString(),
        vars: { elder: e.full_name, time: chinaDay(e.due_at) }, recipients: [...(await this.guardians(e.id)), ...(await this.officersFor(e.region_code))],
      });
      made += ids.length;
    }
    const grades: Array<{ id: string; name: string; region_code: string; valid_until: Date }> = await this.uow.manager.query(
      `SELECT id, name, region_code, current_rating_valid_until AS valid_until FROM providers
        WHERE current_stars IS NOT NULL AND current_rating_valid_until > $1::timestamptz AND current_rating_valid_until <= $1::timestamptz + interval '90 days'`,
      [now],
    );
    for (const p of grades) {
      const ids = await this.notifications.notify({
        kind: NotificationKind.GRADE_EXPIRING, objectType: 'PROVIDER', objectId: p.id, variant: p.valid_until.toISOString(),
        vars: { provider: p.name, time: chinaDay(p.valid_until) }, recipients: [...(await this.staff(p.id)), ...(await this.officersFor(p.region_code))],
      });
      made += ids.length;
    }
    return made;
  }
}

interface ReservationFacts {
  id: string;
  elder_id: string;
  status: string;
  expires_at: Date;
  admitted_at: Date | null;
  ended_at: Date | null;
  requested_by: string | null;
  requested_by_role: string | null;
  elder_name: string;
  provider_name: string;
  offer_id: string | null;
}

const RESERVATION_FACTS = `SELECT r.id, r.elder_id, r.status, r.expires_at, r.admitted_at, r.ended_at, r.requested_by, u.role AS requested_by_role,
    e.full_name AS elder_name, p.name AS provider_name, wo.id AS offer_id
  FROM bed_reservations r JOIN elders e ON e.id = r.elder_id JOIN providers p ON p.id = r.provider_id
  LEFT JOIN users u ON u.id = r.requested_by LEFT JOIN bed_waitlist_offers wo ON wo.reservation_id = r.id`;
