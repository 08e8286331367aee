import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DomainEvents } from '../../core/events/domain-events.js';
import { JobQueue } from '../../core/jobs/job-queue.js';
import { appLogger } from '../../core/logging/logger.js';
import { DEFAULT_REASSESSMENT_MONTHS } from '../assessment/capability-assessment.policy.js';
import { REASSESSMENT_MONTHS_SETTING } from '../assessment/capability-assessment.service.js';
import type { BedReservationChanged } from '../bed/bed-hold.writer.js';
import { BedReservationService, type ReservationNotice } from '../bed/bed-reservation.service.js';
import { ElderService } from '../elder/elder.service.js';
import { HomeCareOrderReads } from '../home-care/home-care-order-reads.service.js';
import type { HomeCareOrderRecord } from '../home-care/home-care-order.record.js';
import type { HomeCareOrderChanged } from '../home-care/home-care-order.events.js';
import { IdentityService } from '../identity/identity.service.js';
import { ProviderService } from '../provider/provider.service.js';
import { allowanceKey, SubsidyAllowanceService, type MonthAllowance } from '../subsidy/subsidy-allowance.service.js';
import { chinaDate, chinaDay, chinaTime, NotificationKind } from './notification-kinds.js';
import { chinaMinute } from './notification.policy.js';
import { NotificationService, type NotifyRequest } from './notification.service.js';

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

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** An order with what its notices say (names, who changed it last) and whom they concern. */
interface OrderFacts {
  order: HomeCareOrderRecord;
  elderName: string;
  providerName: string;
  caregiverName: string | null;
  lastActorRole: string | null;
  guardians: string[];
  staff: string[];
}

/** A reservation with what its notices say and whom they concern. */
interface ReservationFacts {
  reservation: ReservationNotice;
  elderName: string;
  providerName: string;
  requestedByRole: string | null;
  guardians: string[];
}

/**
 * What produces notifications: durable handlers of the domain events (so a crash delays a notification but never
 * loses it) and periodic schedules on the job queue for what is due at a time (reminders, visits not started).
 */
@Injectable()
export class NotificationTriggers implements OnModuleInit {
  constructor(
    private readonly events: DomainEvents,
    private readonly jobs: JobQueue,
    private readonly notifications: NotificationService,
    private readonly orders: HomeCareOrderReads,
    private readonly reservations: BedReservationService,
    private readonly elders: ElderService,
    private readonly providers: ProviderService,
    private readonly identity: IdentityService,
    private readonly allowances: SubsidyAllowanceService,
  ) {}

  onModuleInit() {
    // Several waiting events are handled together: their facts are read in a fixed number of queries.
    void this.events.handleMany('home-care-order.changed', HOME_CARE_HANDLER, (events) => this.onOrdersChanged(events.map((e) => e.payload)), {
      when: (payload) => NOTIFIED_ACTIONS.has(payload.action),
    });
    void this.events.handleMany('bed-reservation.changed', BED_HANDLER, (events) => this.onReservationsChanged(events.map((e) => e.payload)), {
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

  /**
   * What the notices of many orders need, from the owners (names from elder, provider and identity, the last actor
   * from home care, guardians from elder, staff from identity): a fixed number of queries however many orders.
   */
  private async orderFacts(orders: HomeCareOrderRecord[]): Promise<OrderFacts[]> {
    if (orders.length === 0) return [];
    const elderIds = orders.map((o) => o.elderId);
    const providerIds = orders.map((o) => o.providerId);
    const caregiverIds = orders.flatMap((o) => (o.caregiverId ? [o.caregiverId] : []));
    const [elders, providers, caregivers, lastActors, guardians, staff] = await Promise.all([
      this.elders.findByIds([...new Set(elderIds)]),
      this.providers.findByIds([...new Set(providerIds)]),
      caregiverIds.length ? this.identity.findByIds([...new Set(caregiverIds)]) : Promise.resolve([]),
      this.orders.lastActorRoles(orders.map((o) => o.id)),
      this.elders.guardianIdsOf(elderIds),
      this.identity.staffOf(providerIds),
    ]);
    const elderName = new Map(elders.map((e) => [e.id, e.fullName]));
    const providerName = new Map(providers.map((p) => [p.id, p.name]));
    const caregiverName = new Map(caregivers.map((u) => [u.id, u.displayName]));
    return orders.map((order) => ({
      order,
      elderName: elderName.get(order.elderId) ?? '',
      providerName: providerName.get(order.providerId) ?? '',
      caregiverName: order.caregiverId ? (caregiverName.get(order.caregiverId) ?? null) : null,
      lastActorRole: lastActors.get(order.id) ?? null,
      guardians: guardians.get(order.elderId) ?? [],
      staff: staff.get(order.providerId) ?? [],
    }));
  }

  private vars(o: OrderFacts, at: Date = o.order.startsAt): Record<string, string> {
    return {
      elder: o.elderName,
      provider: o.providerName,
      service: SERVICE_LABELS[o.order.service] ?? o.order.service,
      caregiver: o.caregiverName ?? '待定',
      time: chinaTime(at),
      by: ACTOR_LABELS[o.lastActorRole ?? 'SYSTEM'] ?? '系统',
    };
  }

  /** A home-care order changed: the kind by its action, to the people the kind concerns. */
  onOrderChanged(event: HomeCareOrderChanged): Promise<void> {
    return this.onOrdersChanged([event]);
  }

  /** Several order changes: the orders and their facts read once for all, then each change's notices in turn. */
  async onOrdersChanged(events: HomeCareOrderChanged[]): Promise<void> {
    const asked = events.filter((e) => NOTIFIED_ACTIONS.has(e.action));
    if (asked.length === 0) return;
    const facts = new Map((await this.orderFacts(await this.orders.findRecords([...new Set(asked.map((e) => e.orderId))]))).map((o) => [o.order.id, o]));
    // The allowances the batch's bookings drew on, in one read.
    const booked = asked.filter((e) => e.action === 'BOOK').flatMap((e) => facts.get(e.orderId) ?? []);
    const allowances = await this.allowances.allowancesOf(booked.map((o) => ({ elderId: o.order.elderId, month: o.order.allowanceMonth })));
    const requests: NotifyRequest[] = [];
    for (const event of asked) {
      const o = facts.get(event.orderId);
      if (o) requests.push(...this.orderNotices(event, o, allowances));
    }
    await this.notifications.notifyMany(requests);
  }

  /** The notices of one order change, to the people each concerns. */
  private orderNotices(event: HomeCareOrderChanged, o: OrderFacts, allowances: Map<string, MonthAllowance>): NotifyRequest[] {
    const order = o.order;
    const base = { objectType: 'HOME_CARE_ORDER' as const, objectId: order.id };
    const guardians = o.guardians;
    const caregiver = order.caregiverId ? [order.caregiverId] : [];
    switch (event.action) {
      case 'BOOK': {
        const allowance = this.allowanceNotice(o, allowances.get(allowanceKey(order.elderId, order.allowanceMonth)));
        return [
          { ...base, kind: NotificationKind.VISIT_BOOKED, vars: this.vars(o), recipients: [...guardians, ...caregiver, ...o.staff] },
          ...(allowance ? [allowance] : []),
        ];
      }
      case 'ASSIGN':
      case 'REASSIGN':
        if (!order.caregiverId) return [];
        return [{ ...base, kind: NotificationKind.CAREGIVER_ASSIGNED, variant: order.caregiverId, vars: this.vars(o), recipients: [...guardians, ...caregiver] }];
      case 'RESCHEDULE':
        return [{ ...base, kind: NotificationKind.VISIT_RESCHEDULED, variant: order.startsAt.toISOString(), vars: this.vars(o), recipients: [...guardians, ...caregiver] }];
      case 'CANCEL':
        return [{ ...base, kind: NotificationKind.VISIT_CANCELLED, vars: this.vars(o), recipients: [...guardians, ...caregiver, ...o.staff] }];
      case 'CHECK_IN':
        if (!order.checkedInAt) return [];
        return [
          { ...base, kind: NotificationKind.CAREGIVER_CHECKED_IN, vars: this.vars(o, order.checkedInAt), recipients: guardians },
          ...(order.checkInFlagged ? [this.flaggedNotice(o, '签到', order.checkInDistanceM)] : []),
        ];
      case 'CHECK_OUT': {
        if (!order.checkedOutAt || !order.checkedInAt) return [];
        const minutes = Math.max(0, Math.round((order.checkedOutAt.getTime() - order.checkedInAt.getTime()) / MINUTE));
        return [
          { ...base, kind: NotificationKind.CAREGIVER_CHECKED_OUT, vars: { ...this.vars(o, order.checkedOutAt), minutes: String(minutes) }, recipients: guardians },
          ...(order.checkOutFlagged ? [this.flaggedNotice(o, '签退', order.checkOutDistanceM)] : []),
        ];
      }
      default:
        return [];
    }
  }

  private flaggedNotice(o: OrderFacts, step: '签到' | '签退', distance: number | null): NotifyRequest {
    return {
      kind: NotificationKind.VISIT_FLAGGED,
      objectType: 'HOME_CARE_ORDER',
      objectId: o.order.id,
      variant: step === '签到' ? 'CHECK_IN' : 'CHECK_OUT',
      vars: { ...this.vars(o), step, distance: String(Math.round(distance ?? 0)) },
      recipients: o.staff,
    };
  }

  /**
   * What is due at `now`: visits not started 15 minutes after their start (to staff), reminders 1 hour before and,
   * from 19:00 China time, for tomorrow's visits (to guardians and the caregiver; a visit already due its 1-hour reminder
   * gets only that one). Each occurrence is deduplicated, so
   * the schedule may run as often as it likes. Set-based: one scan per kind, then the facts of all the orders found in
   * one batch. Returns how many notifications were made.
   */
  async runVisitSchedules(now: Date): Promise<number> {
    const late = await this.orders.startingIn({
      statuses: ['ASSIGNED'],
      notCheckedIn: true,
      after: new Date(now.getTime() - 6 * HOUR),
      until: new Date(now.getTime() - 15 * MINUTE),
      untilInclusive: true,
    });
    const soon = await this.orders.startingIn({ statuses: ['REQUESTED', 'ASSIGNED'], after: now, until: new Date(now.getTime() + HOUR), untilInclusive: true });
    let next: HomeCareOrderRecord[] = [];
    if (chinaMinute(now) >= EVENING_FROM_MINUTE) {
      const tomorrow = new Date(`${chinaDate(new Date(now.getTime() + DAY))}T00:00:00+08:00`);
      const dueWithinTheHour = new Set(soon.map((o) => o.id));
      // A visit just after midnight is due its 1-hour reminder in the evening too: that one reminder is enough.
      next = (await this.orders.startingIn({ statuses: ['REQUESTED', 'ASSIGNED'], after: tomorrow, afterInclusive: true, until: new Date(tomorrow.getTime() + DAY) }))
        .filter((o) => !dueWithinTheHour.has(o.id));
    }
    const facts = new Map((await this.orderFacts([...late, ...soon, ...next])).map((f) => [f.order.id, f]));
    let made = 0;
    for (const { id } of late) {
      const o = facts.get(id)!;
      made += (
        await this.notifications.notify({
          kind: NotificationKind.VISIT_NOT_STARTED, objectType: 'HOME_CARE_ORDER', objectId: id, variant: o.order.startsAt.toISOString(),
          vars: this.vars(o), recipients: o.staff,
        })
      ).length;
    }
    for (const { id } of soon) made += await this.remind(facts.get(id)!, '1h');
    for (const { id } of next) made += await this.remind(facts.get(id)!, 'eve');
    return made;
  }

  private async remind(o: OrderFacts, when: '1h' | 'eve'): Promise<number> {
    const ids = await this.notifications.notify({
      kind: NotificationKind.VISIT_REMINDER, objectType: 'HOME_CARE_ORDER', objectId: o.order.id, variant: `${when}:${o.order.startsAt.toISOString()}`,
      vars: this.vars(o), recipients: [...o.guardians, ...(o.order.caregiverId ? [o.order.caregiverId] : [])],
    });
    return ids.length;
  }

  // ------------------------------------------------------------------ beds

  /** What the notices of many reservations need, from the owners; a fixed number of queries however many. */
  private async reservationFacts(reservations: ReservationNotice[]): Promise<ReservationFacts[]> {
    if (reservations.length === 0) return [];
    const elderIds = reservations.map((r) => r.elderId);
    const requesters = reservations.flatMap((r) => (r.requestedBy ? [r.requestedBy] : []));
    const [elders, providers, users, guardians] = await Promise.all([
      this.elders.findByIds([...new Set(elderIds)]),
      this.providers.findByIds([...new Set(reservations.map((r) => r.providerId))]),
      requesters.length ? this.identity.findByIds([...new Set(requesters)]) : Promise.resolve([]),
      this.elders.guardianIdsOf(elderIds),
    ]);
    const elderName = new Map(elders.map((e) => [e.id, e.fullName]));
    const providerName = new Map(providers.map((p) => [p.id, p.name]));
    const role = new Map(users.map((u) => [u.id, u.role as string]));
    return reservations.map((reservation) => ({
      reservation,
      elderName: elderName.get(reservation.elderId) ?? '',
      providerName: providerName.get(reservation.providerId) ?? '',
      requestedByRole: reservation.requestedBy ? (role.get(reservation.requestedBy) ?? null) : null,
      guardians: guardians.get(reservation.elderId) ?? [],
    }));
  }

  /** Guardians, and the officer who made the hold (not for waitlist offers, which the platform makes). */
  private bedRecipients(r: ReservationFacts, withOfficer: boolean): string[] {
    const by = r.reservation.requestedBy;
    return withOfficer && r.requestedByRole === 'CIVIL_AFFAIRS' && by ? [...r.guardians, by] : r.guardians;
  }

  private bedVars(r: ReservationFacts, at: Date): Record<string, string> {
    return { elder: r.elderName, provider: r.providerName, time: chinaTime(at) };
  }

  /** A reservation changed: hold made or waitlist offer made, expired or lapsed, admitted, discharged. */
  onReservationChanged(event: BedReservationChanged): Promise<void> {
    return this.onReservationsChanged([event]);
  }

  /** Several reservation changes: the reservations and their facts read once for all, then each change's notice. */
  async onReservationsChanged(events: BedReservationChanged[]): Promise<void> {
    const asked = events.filter((e) => NOTIFIED_BED_STATUSES.has(e.to));
    if (asked.length === 0) return;
    // A change that is not recorded (made in a savepoint that rolled back) has no notice.
    const notices = await this.reservations.changeNotices(asked);
    const recorded = asked.flatMap((event) => {
      const notice = notices.get(event.eventId);
      return notice ? [{ event, notice }] : [];
    });
    const facts = await this.reservationFacts(recorded.map(({ notice }) => notice));
    const requests = recorded.flatMap(({ event, notice }, i) => {
      const request = this.reservationNotice(event, notice.eventAt, facts[i]);
      return request ? [request] : [];
    });
    await this.notifications.notifyMany(requests);
  }

  /** The notice of one reservation change, to whom it concerns. */
  private reservationNotice(event: BedReservationChanged, at: Date, r: ReservationFacts): NotifyRequest | null {
    const res = r.reservation;
    const base = { objectType: 'BED_RESERVATION' as const, objectId: res.id };
    switch (event.to) {
      case 'HELD':
        return res.offerId
          ? { ...base, kind: NotificationKind.WAITLIST_OFFER_MADE, vars: this.bedVars(r, res.expiresAt), recipients: this.bedRecipients(r, false) }
          : { ...base, kind: NotificationKind.BED_HOLD_MADE, vars: this.bedVars(r, res.expiresAt), recipients: this.bedRecipients(r, true) };
      case 'EXPIRED':
        return res.offerId
          ? { ...base, kind: NotificationKind.WAITLIST_OFFER_LAPSED, vars: this.bedVars(r, at), recipients: this.bedRecipients(r, false) }
          : { ...base, kind: NotificationKind.BED_HOLD_EXPIRED, vars: this.bedVars(r, at), recipients: this.bedRecipients(r, true) };
      case 'ADMITTED':
        return { ...base, kind: NotificationKind.ADMITTED, vars: this.bedVars(r, res.admittedAt ?? at), recipients: r.guardians };
      case 'DISCHARGED':
        return { ...base, kind: NotificationKind.DISCHARGED, vars: this.bedVars(r, res.endedAt ?? at), recipients: r.guardians };
      default:
        return null;
    }
  }

  /** Holds and waitlist offers expiring within 6 hours (once per hold and expiry time). Returns how many were made. */
  async runBedSchedules(now: Date): Promise<number> {
    const due = await this.reservationFacts(await this.reservations.holdsExpiring(now, new Date(now.getTime() + 6 * HOUR)));
    const made = await this.notifications.notifyMany(
      due.map((r) => {
        const res = r.reservation;
        return {
          kind: res.offerId ? NotificationKind.WAITLIST_OFFER_EXPIRING : NotificationKind.BED_HOLD_EXPIRING,
          objectType: 'BED_RESERVATION' as const,
          objectId: res.id,
          variant: res.expiresAt.toISOString(),
          vars: this.bedVars(r, res.expiresAt),
          recipients: this.bedRecipients(r, !res.offerId),
        };
      }),
    );
    return made.flat().length;
  }

  // ------------------------------------------------------------------ allowance, assessments, grades

  /** After a booking: the elder's allowance for the visit's month 80% spent or more (once per elder and month). */
  private allowanceNotice(o: OrderFacts, a: MonthAllowance | undefined): NotifyRequest | null {
    const month = o.order.allowanceMonth;
    if (!a || a.allowanceFen <= 0 || a.spentFen * 100 < a.allowanceFen * 80) return null;
    return {
      kind: NotificationKind.ALLOWANCE_MOSTLY_SPENT,
      objectType: 'ELDER',
      objectId: o.order.elderId,
      variant: month.slice(0, 7),
      vars: {
        elder: o.elderName,
        month: `${Number(month.slice(5, 7))}月`,
        percent: String(Math.floor((a.spentFen * 100) / a.allowanceFen)),
        remaining: ((a.allowanceFen - a.spentFen) / 100).toFixed(2),
      },
      recipients: o.guardians,
    };
  }

  /**
   * Assessments due within 30 days (the latest assessment plus the region's reassessment period, default 12 months)
   * to guardians and officers in scope; star grades expiring within 90 days to the provider's staff and officers in
   * scope. Once per elder and due date, per provider and expiry. Set-based: one scan each, then the recipients of all
   * in one batch. Returns how many notifications were made.
   */
  async runDueSchedules(now: Date): Promise<number> {
    let made = 0;
    const due = await this.elders.reassessmentsDue(now, new Date(now.getTime() + 30 * DAY), REASSESSMENT_MONTHS_SETTING, DEFAULT_REASSESSMENT_MONTHS);
    const grades = await this.providers.gradesExpiring(now, new Date(now.getTime() + 90 * DAY));
    const [guardians, staff, officers] = await Promise.all([
      this.elders.guardianIdsOf(due.map((e) => e.id)),
      this.identity.staffOf(grades.map((p) => p.id)),
      this.identity.officersCovering([...due.map((e) => e.regionCode), ...grades.map((p) => p.regionCode)]),
    ]);
    for (const e of due) {
      const ids = await this.notifications.notify({
        kind: NotificationKind.ASSESSMENT_DUE, objectType: 'ELDER', objectId: e.id, variant: e.dueAt.toISOString(),
        vars: { elder: e.fullName, time: chinaDay(e.dueAt) }, recipients: [...(guardians.get(e.id) ?? []), ...(officers.get(e.regionCode) ?? [])],
      });
      made += ids.length;
    }
    for (const p of grades) {
      const ids = await this.notifications.notify({
        kind: NotificationKind.GRADE_EXPIRING, objectType: 'PROVIDER', objectId: p.id, variant: p.validUntil.toISOString(),
        vars: { provider: p.name, time: chinaDay(p.validUntil) }, recipients: [...(staff.get(p.id) ?? []), ...(officers.get(p.regionCode) ?? [])],
      });
      made += ids.length;
    }
    return made;
  }
}
