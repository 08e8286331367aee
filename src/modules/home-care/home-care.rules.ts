import { regionCovers } from '../../core/access/region-code.js';
import { Injectable } from '@nestjs/common';
import type { Actor } from '../../core/auth/actor.js';
import { Role } from '../../core/domain/enums.js';
import { badInput, type FieldProblem } from '../../core/errors/domain-error.js';
import { SettingsService } from '../../core/settings/settings.service.js';
import { DEFAULT_MAX_VISIT_MINUTES, DEFAULT_MIN_VISIT_MINUTES } from './visit-pricing.policy.js';
import {
  DEFAULT_CANCELLATION_NOTICE_MINUTES,
  DEFAULT_CHECK_IN_CLOSES_MINUTES_AFTER,
  DEFAULT_CHECK_IN_OPENS_MINUTES_BEFORE,
  DEFAULT_GEOFENCE_METERS,
  DEFAULT_MIN_BOOKING_LEAD_MINUTES,
  DEFAULT_NO_SHOW_GRACE_MINUTES,
} from './visit-rules.policy.js';
import {
  CHINA_UTC_OFFSET_MINUTES,
  DEFAULT_SLOT_STEP_MINUTES,
  DEFAULT_TRAVEL_BUFFER_MINUTES,
  DEFAULT_WORKDAY_END_MINUTE,
  DEFAULT_WORKDAY_START_MINUTE,
  defaultWeeklyHours,
  parseClock,
  weeklyHoursProblems,
  type WorkingPeriod,
} from './visit-slot.policy.js';
import { DEFAULT_PLAN_HORIZON_WEEKS } from './home-bed-plan.policy.js';
import type { HomeCareRulesInput } from './dto/home-care-rules.input.js';
import { RegionService } from '../region/region.service.js';

/** Settings key (per region prefix, see SettingsService) holding overrides of any of the numbers below. */
export const HOME_CARE_RULES_SETTING = 'homeCare.rules';

/** The configurable numbers of home care. Stored as data so that a city can differ from the national default. */
export interface HomeCareRules {
  travelBufferMinutes: number;
  slotStepMinutes: number;
  /** The longest window availableVisitSlots accepts, to bound the work of one query. */
  maxSlotWindowDays: number;
  cancellationNoticeMinutes: number;
  checkInOpensMinutesBefore: number;
  checkInClosesMinutesAfter: number;
  geofenceMeters: number;
  minBookingLeadMinutes: number;
  noShowGraceMinutes: number;
  minVisitMinutes: number;
  maxVisitMinutes: number;
  /** A caregiver without their own hours works these (China time, every weekday listed). */
  defaultWeeklyHours: WorkingPeriod[];
  homeBedHorizonWeeks: number;
  utcOffsetMinutes: number;
}

export const DEFAULT_HOME_CARE_RULES: Readonly<HomeCareRules> = Object.freeze({
  travelBufferMinutes: DEFAULT_TRAVEL_BUFFER_MINUTES,
  slotStepMinutes: DEFAULT_SLOT_STEP_MINUTES,
  maxSlotWindowDays: 14,
  cancellationNoticeMinutes: DEFAULT_CANCELLATION_NOTICE_MINUTES,
  checkInOpensMinutesBefore: DEFAULT_CHECK_IN_OPENS_MINUTES_BEFORE,
  checkInClosesMinutesAfter: DEFAULT_CHECK_IN_CLOSES_MINUTES_AFTER,
  geofenceMeters: DEFAULT_GEOFENCE_METERS,
  minBookingLeadMinutes: DEFAULT_MIN_BOOKING_LEAD_MINUTES,
  noShowGraceMinutes: DEFAULT_NO_SHOW_GRACE_MINUTES,
  minVisitMinutes: DEFAULT_MIN_VISIT_MINUTES,
  maxVisitMinutes: DEFAULT_MAX_VISIT_MINUTES,
  defaultWeeklyHours: defaultWeeklyHours(DEFAULT_WORKDAY_START_MINUTE, DEFAULT_WORKDAY_END_MINUTE),
  homeBedHorizonWeeks: DEFAULT_PLAN_HORIZON_WEEKS,
  utcOffsetMinutes: CHINA_UTC_OFFSET_MINUTES,
});

/** Reads the rules in force for a region: the defaults, overridden field by field by the most specific setting. */
@Injectable()
export class HomeCareRulesService {
  constructor(
    private readonly settings: SettingsService,
    private readonly regions: RegionService,
  ) {}

  /** Defaults, then the national override, then each longer matching prefix: the most specific value wins per field. */
  async forRegion(regionCode: string): Promise<HomeCareRules> {
    return this.settings.get<HomeCareRules>(HOME_CARE_RULES_SETTING, DEFAULT_HOME_CARE_RULES, regionCode);
  }

  /**
   * Overrides numbers for a region prefix ("" = national default): ADMIN anywhere, CIVIL_AFFAIRS inside their scope.
   * Fields not given keep their current value at that prefix.
   */
  async set(actor: Actor, regionPrefix: string, input: HomeCareRulesInput): Promise<HomeCareRules> {
    const problems: FieldProblem[] = [];
    const unknown = /^\d{0,12}$/.test(regionPrefix) ? await this.regions.prefixProblem(regionPrefix, 'regionPrefix', true) : null;
    if (!/^\d{0,12}$/.test(regionPrefix)) problems.push({ path: 'regionPrefix', message: 'must be 0 to 12 digits' });
    else if (unknown) problems.push(unknown);
    else if (actor.role !== Role.ADMIN && !(actor.regionScope && regionPrefix !== '' && regionCovers(actor.regionScope, regionPrefix))) {
      problems.push({ path: 'regionPrefix', message: 'outside your region scope' });
    }
    const { defaultWorkingHours, ...numbers } = input;
    const changes: Partial<HomeCareRules> = Object.fromEntries(Object.entries(numbers).filter(([, v]) => v !== undefined && v !== null));
    if (defaultWorkingHours) {
      const hours = defaultWorkingHours.map((p, i) => {
        const startMinute = parseClock(p.startTime);
        const endMinute = parseClock(p.endTime);
        if (startMinute === null || endMinute === null) problems.push({ path: `input.defaultWorkingHours[${i}]`, message: 'times must be HH:MM' });
        return { weekday: p.weekday, startMinute: startMinute ?? 0, endMinute: endMinute ?? 0 };
      });
      for (const p of weeklyHoursProblems(hours)) problems.push({ path: `input.defaultWorkingHours[${p.index}]`, message: p.message });
      changes.defaultWeeklyHours = hours;
    }
    if (problems.length) throw badInput('Invalid home-care rules', problems);
    // Only this prefix's own overrides are merged: a shorter prefix's values keep applying through inheritance.
    const merged = { ...((await this.settings.ownValue<Partial<HomeCareRules>>(HOME_CARE_RULES_SETTING, regionPrefix)) ?? {}), ...changes };
    const effective = { ...(await this.forRegion(regionPrefix)), ...merged };
    if (effective.minVisitMinutes > effective.maxVisitMinutes) {
      throw badInput('minVisitMinutes is above maxVisitMinutes', [{ path: 'input.minVisitMinutes', message: 'must not exceed maxVisitMinutes' }]);
    }
    await this.settings.set(HOME_CARE_RULES_SETTING, merged, regionPrefix);
    return this.forRegion(regionPrefix);
  }
}
