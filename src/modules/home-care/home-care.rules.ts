import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
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
  type WorkingPeriod,
} from './visit-slot.policy.js';
import { DEFAULT_PLAN_HORIZON_WEEKS } from './home-bed-plan.policy.js';

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
  constructor(private readonly settings: SettingsService) {}

  async forRegion(regionCode: string, manager?: EntityManager): Promise<HomeCareRules> {
    const stored = await this.settings.get<Partial<HomeCareRules>>(HOME_CARE_RULES_SETTING, {}, regionCode, manager);
    return { ...DEFAULT_HOME_CARE_RULES, ...(stored ?? {}) };
  }
}
