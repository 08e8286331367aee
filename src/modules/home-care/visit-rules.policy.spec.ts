import {
  DEFAULT_CANCELLATION_NOTICE_MINUTES,
  DEFAULT_CHECK_IN_WINDOW,
  DEFAULT_GEOFENCE_METERS,
  actualDurationMinutes,
  checkInTiming,
  distanceMeters,
  isBeyondGeofence,
  isLateCancellation,
  noShowMayBeMarked,
  startsFarEnoughAhead,
  withinServiceRadius,
} from './visit-rules.policy.js';

const MIN = 60_000;
const start = Date.parse('2026-12-07T10:00:00+08:00');

describe('booking lead', () => {
  it('requires a start in the future', () => {
    expect(startsFarEnoughAhead(start - 1, start)).toBe(true);
    expect(startsFarEnoughAhead(start, start)).toBe(false);
    expect(startsFarEnoughAhead(start - 30 * MIN, start, 60)).toBe(false);
  });
});

describe('late cancellation', () => {
  it('is free until 2 hours before the start by default', () => {
    expect(DEFAULT_CANCELLATION_NOTICE_MINUTES).toBe(120);
    expect(isLateCancellation(start - 121 * MIN, start)).toBe(false);
    expect(isLateCancellation(start - 120 * MIN, start)).toBe(false);
    expect(isLateCancellation(start - 119 * MIN, start)).toBe(true);
    expect(isLateCancellation(start + MIN, start)).toBe(true);
  });

  it('takes the notice as a parameter', () => {
    expect(isLateCancellation(start - 119 * MIN, start, 60)).toBe(false);
    expect(isLateCancellation(start - 59 * MIN, start, 60)).toBe(true);
  });
});

describe('check-in window', () => {
  it('opens 30 minutes before and closes 60 minutes after the start by default', () => {
    expect(DEFAULT_CHECK_IN_WINDOW).toEqual({ opensMinutesBefore: 30, closesMinutesAfter: 60 });
    expect(checkInTiming(start - 31 * MIN, start)).toBe('TOO_EARLY');
    expect(checkInTiming(start - 30 * MIN, start)).toBe('OPEN');
    expect(checkInTiming(start + 60 * MIN, start)).toBe('OPEN');
    expect(checkInTiming(start + 61 * MIN, start)).toBe('TOO_LATE');
  });

  it('takes the window as a parameter', () => {
    expect(checkInTiming(start - 50 * MIN, start, { opensMinutesBefore: 60, closesMinutesAfter: 5 })).toBe('OPEN');
    expect(checkInTiming(start + 6 * MIN, start, { opensMinutesBefore: 60, closesMinutesAfter: 5 })).toBe('TOO_LATE');
  });
});

describe('no-show and actual duration', () => {
  it('allows marking a no-show only once the start has passed', () => {
    expect(noShowMayBeMarked(start - MIN, start)).toBe(false);
    expect(noShowMayBeMarked(start, start)).toBe(true);
    expect(noShowMayBeMarked(start + 10 * MIN, start, 15)).toBe(false);
  });

  it('measures the visit from check-in to check-out', () => {
    expect(actualDurationMinutes(start, start + 47 * MIN + 20_000)).toBe(47);
    expect(actualDurationMinutes(start, start - MIN)).toBe(0);
  });
});

describe('distances', () => {
  const tiananmen = { latitude: 39.9042, longitude: 116.4074 };

  it('computes haversine metres', () => {
    expect(distanceMeters(tiananmen, tiananmen)).toBe(0);
    // Beijing to Shanghai is about 1,067 km.
    const shanghai = { latitude: 31.2304, longitude: 121.4737 };
    expect(distanceMeters(tiananmen, shanghai) / 1000).toBeCloseTo(1067, -1);
    // 0.001 degree of latitude is about 111 m.
    expect(distanceMeters(tiananmen, { ...tiananmen, latitude: 39.9052 })).toBeCloseTo(111.2, 0);
  });

  it('flags beyond the 300 m geofence by default, inclusive at the fence', () => {
    expect(DEFAULT_GEOFENCE_METERS).toBe(300);
    expect(isBeyondGeofence(300)).toBe(false);
    expect(isBeyondGeofence(300.1)).toBe(true);
    expect(isBeyondGeofence(400, 500)).toBe(false);
  });

  it('checks the provider service radius in km', () => {
    expect(withinServiceRadius(5000, 5)).toBe(true);
    expect(withinServiceRadius(5001, 5)).toBe(false);
  });
});
