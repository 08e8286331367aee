import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../../core/database/unit-of-work.js';
import type { Actor } from '../../core/auth/actor.js';
import { Role } from '../../core/domain/enums.js';
import { badInput, notFound, notFoundAs, type FieldProblem } from '../../core/errors/domain-error.js';
import { IdentityService } from '../identity/identity.service.js';
import { ProviderService } from '../provider/provider.service.js';
import { rankCandidates, type AssignmentCandidate } from './caregiver-assignment.policy.js';
import type { SetCaregiverProfileInput } from './dto/caregiver.input.js';
import { HomeCareRulesService, type HomeCareRules } from './home-care.rules.js';
import { ACTIVE_ORDER_STATUSES } from './home-care-order.state.js';
import {
  caregiverCanTake,
  parseClock,
  weeklyHoursProblems,
  type CaregiverTime,
  type Interval,
  type WorkingPeriod,
} from './visit-slot.policy.js';

/** A caregiver with the profile in force: own settings where set, else the defaults. */
export interface CaregiverProfileView {
  id: string;
  displayName: string;
  providerId: string;
  qualifiedServices: string[];
  workingHours: WorkingPeriod[];
  customQualifications: boolean;
  customHours: boolean;
}

interface ProfileRow {
  user_id: string;
  qualified_services: string[] | null;
  weekly_hours: WorkingPeriod[] | null;
}

const MINUTE = 60_000;
const WEEK = 7 * 24 * 60 * MINUTE;

/**
 * Caregivers' qualifications, working hours and booked time. CAREGIVER accounts live in identity; this module keeps
 * only what home care needs on top of them.
 */
@Injectable()
export class CaregiverService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly identity: IdentityService,
    private readonly providers: ProviderService,
    private readonly rules: HomeCareRulesService,
  ) {}

  /** Staff of the provider, officers in scope and admins see its caregivers. */
  async listForOverseer(actor: Actor, providerId: string): Promise<CaregiverProfileView[]> {
    const provider = await this.providers.requireOverseer(actor, providerId);
    return this.profilesOf(provider.id, await this.rules.forRegion(provider.regionCode));
  }

  /** A caregiver's own profile. */
  async mine(actor: Actor): Promise<CaregiverProfileView> {
    const provider = actor.providerId ? await this.providers.findById(actor.providerId) : null;
    if (!provider) throw notFound('Caregiver');
    const own = (await this.profilesOf(provider.id, await this.rules.forRegion(provider.regionCode))).find((c) => c.id === actor.userId);
    if (!own) throw notFound('Caregiver');
    return own;
  }

  /** Sets a caregiver's qualifications and/or hours: the staff of their provider. Null resets to the default. */
  async setProfile(actor: Actor, caregiverId: string, input: SetCaregiverProfileInput): Promise<CaregiverProfileView> {
    const [user] = await this.identity.findByIds([caregiverId]);
    if (!user || user.role !== Role.CAREGIVER || !user.providerId) throw notFound('Caregiver');
    const provider = await this.providers.requireOperator(actor, user.providerId).catch(notFoundAs('Caregiver'));
    const problems: FieldProblem[] = [];
    let hours: WorkingPeriod[] | null | undefined;
    if (input.workingHours === null) hours = null;
    else if (input.workingHours !== undefined) {
      hours = input.workingHours.map((p, i) => {
        const startMinute = parseClock(p.startTime);
        const endMinute = parseClock(p.endTime);
        if (startMinute === null) problems.push({ path: `input.workingHours[${i}].startTime`, message: 'must be HH:MM' });
        if (endMinute === null) problems.push({ path: `input.workingHours[${i}].endTime`, message: 'must be HH:MM' });
        return { weekday: p.weekday, startMinute: startMinute ?? 0, endMinute: endMinute ?? 0 };
      });
      if (problems.length === 0) {
        for (const p of weeklyHoursProblems(hours)) problems.push({ path: `input.workingHours[${p.index}]`, message: p.message });
      }
    }
    if (problems.length) throw badInput('Invalid working hours', problems);
    const services = input.qualifiedServices === undefined ? undefined : input.qualifiedServices === null ? null : [...new Set(input.qualifiedServices)];
    await this.uow.manager.query(
      `INSERT INTO caregiver_profiles (user_id, provider_id, qualified_services, weekly_hours, updated_by)
       VALUES ($1, $2, $3, $4::jsonb, $5)
       ON CONFLICT (user_id) DO UPDATE SET
         qualified_services = CASE WHEN $6 THEN EXCLUDED.qualified_services ELSE caregiver_profiles.qualified_services END,
         weekly_hours = CASE WHEN $7 THEN EXCLUDED.weekly_hours ELSE caregiver_profiles.weekly_hours END,
         provider_id = EXCLUDED.provider_id, updated_by = EXCLUDED.updated_by, updated_at = now()`,
      [caregiverId, provider.id, services ?? null, hours ? JSON.stringify(hours) : null, actor.userId, services !== undefined, hours !== undefined],
    );
    const view = (await this.profilesOf(provider.id, await this.rules.forRegion(provider.regionCode))).find((c) => c.id === caregiverId);
    return view!;
  }

  /** Every caregiver of the provider with the profile in force. */
  async profilesOf(providerId: string, rules: HomeCareRules): Promise<CaregiverProfileView[]> {
    const users = await this.identity.findByProvider(providerId, Role.CAREGIVER);
    if (users.length === 0) return [];
    const [profiles, offered] = await Promise.all([
      this.uow.manager.query(
        `SELECT user_id, qualified_services, weekly_hours FROM caregiver_profiles WHERE user_id = ANY($1)`,
        [users.map((u) => u.id)],
      ) as Promise<ProfileRow[]>,
      this.providers.servicesFor([providerId]),
    ]);
    const byUser = new Map(profiles.map((p) => [p.user_id, p]));
    const offeredKinds = offered[0].map((o) => o.kind as string);
    return users.map((u) => {
      const p = byUser.get(u.id);
      return {
        id: u.id,
        displayName: u.displayName,
        providerId,
        // qualified for what the provider offers now: a service it stopped offering qualifies nobody
        qualifiedServices: p?.qualified_services ? p.qualified_services.filter((s) => offeredKinds.includes(s)) : offeredKinds,
        workingHours: p?.weekly_hours ?? rules.defaultWeeklyHours,
        customQualifications: !!p?.qualified_services,
        customHours: !!p?.weekly_hours,
      };
    });
  }

  /**
   * Busy time of caregivers around a window, from the visits they hold. Each visit's end is stored with the buffer
   * in force when it was booked (hold_ends_at); it is given here as hold_ends_at minus today's buffer, so that the
   * slot policy, which widens by today's buffer, refuses exactly what the exclusion constraint refuses.
   */
  async busyOf(
    caregiverIds: readonly string[],
    window: Interval,
    bufferMinutes: number,
    excludeOrderId?: string,
  ): Promise<Map<string, Interval[]>> {
    const busy = new Map<string, Interval[]>(caregiverIds.map((id) => [id, []]));
    if (caregiverIds.length === 0) return busy;
    const margin = bufferMinutes * MINUTE;
    const rows: Array<{ held_caregiver_id: string; starts_at: Date; hold_ends_at: Date }> = await this.uow.manager.query(
      `SELECT held_caregiver_id, starts_at, hold_ends_at FROM home_care_orders
        WHERE held_caregiver_id = ANY($1) AND status = ANY($2)
          AND tstzrange(starts_at, hold_ends_at) && tstzrange($3, $4)
          AND ($5::uuid IS NULL OR id <> $5)`,
      [caregiverIds, ACTIVE_ORDER_STATUSES, new Date(window.start - margin), new Date(window.end + margin), excludeOrderId ?? null],
    );
    for (const r of rows) {
      busy.get(r.held_caregiver_id)!.push({ start: r.starts_at.getTime(), end: r.hold_ends_at.getTime() - margin });
    }
    return busy;
  }

  /** Caregiver time of the provider's caregivers qualified for the service, for a window. */
  async qualifiedTime(
    providerId: string,
    service: string,
    window: Interval,
    rules: HomeCareRules,
    excludeOrderId?: string,
  ): Promise<CaregiverTime[]> {
    const qualified = (await this.profilesOf(providerId, rules)).filter((c) => c.qualifiedServices.includes(service));
    const busy = await this.busyOf(qualified.map((c) => c.id), window, rules.travelBufferMinutes, excludeOrderId);
    return qualified.map((c) => ({ caregiverId: c.id, hours: c.workingHours, busy: busy.get(c.id) ?? [] }));
  }

  /**
   * The qualified caregivers free for a visit, best first: whoever served this elder most recently, then the least
   * loaded (active visits within a week either side), then by id; and whether the provider assigns the first of them
   * automatically (its setting: a booking needs it before its INSERT, for the status it creates and announces). One
   * statement whatever the number of caregivers: the provider's caregiver accounts (identity's, as a subquery it gives),
   * their profiles, the time they hold around the visit, the ranking facts and the setting. `offeredKinds` (what the
   * provider offers now) saves reading the offerings again when the caller has them.
   */
  async rankedFreeCaregivers(
    providerId: string,
    service: string,
    elderId: string,
    visit: Interval,
    rules: HomeCareRules,
    excludeOrderId?: string,
    offeredKinds?: readonly string[],
  ): Promise<{ ranked: string[]; autoAssign: boolean }> {
    const offered = offeredKinds ?? (await this.providers.servicesFor([providerId]))[0].map((o) => o.kind as string);
    const margin = rules.travelBufferMinutes * MINUTE;
    const rows: Array<ProfileRow & { busy: Array<[number, number]>; last_served: Date | null; load: string; auto_assign: boolean }> =
      await this.uow.manager.query(
        `SELECT c.id AS user_id, p.qualified_services, p.weekly_hours,
              (SELECT coalesce(json_agg(json_build_array(extract(epoch FROM o.starts_at) * 1000, extract(epoch FROM o.hold_ends_at) * 1000)), '[]'::json)
                 FROM home_care_orders o
                WHERE o.held_caregiver_id = c.id AND o.status = ANY($3)
                  AND tstzrange(o.starts_at, o.hold_ends_at) && tstzrange($4, $5)
                  AND ($6::uuid IS NULL OR o.id <> $6)) AS busy,
              (SELECT max(o.starts_at) FROM home_care_orders o
                WHERE o.caregiver_id = c.id AND o.elder_id = $2 AND o.status = 'COMPLETED') AS last_served,
              (SELECT count(*) FROM home_care_orders o
                WHERE o.held_caregiver_id = c.id AND o.status = ANY($3)
                  AND o.starts_at BETWEEN $7 AND $8) AS load,
              coalesce((SELECT s.auto_assign FROM home_care_provider_settings s WHERE s.provider_id = $1), false) AS auto_assign
         FROM ${this.identity.accountIdsOfProviderSql('$1::uuid', '$9::text')} AS c LEFT JOIN caregiver_profiles p ON p.user_id = c.id`,
        [
          providerId,
          elderId,
          ACTIVE_ORDER_STATUSES,
          new Date(visit.start - margin),
          new Date(visit.end + margin),
          excludeOrderId ?? null,
          new Date(visit.start - WEEK),
          new Date(visit.start + WEEK),
          Role.CAREGIVER,
        ],
      );
    const candidates: AssignmentCandidate[] = rows
      .filter((r) => (r.qualified_services ? r.qualified_services.filter((k) => offered.includes(k)) : offered).includes(service))
      .filter((r) => {
        const busy = r.busy.map(([start, end]) => ({ start: Number(start), end: Number(end) - margin }));
        return caregiverCanTake(r.weekly_hours ?? rules.defaultWeeklyHours, busy, visit, rules.travelBufferMinutes, rules.utcOffsetMinutes);
      })
      .map((r) => ({ caregiverId: r.user_id, lastServedElderAt: r.last_served ? r.last_served.getTime() : null, load: Number(r.load) }));
    return { ranked: rankCandidates(candidates).map((c) => c.caregiverId), autoAssign: rows[0]?.auto_assign ?? false };
  }
}
