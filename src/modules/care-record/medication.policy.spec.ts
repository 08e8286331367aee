import { chinaDayAndTime, doseInstant, isScheduledDose, needsReason } from './medication.policy.js';
import { isSeriousIncident, nextIncidentStatus } from './incident.state.js';

describe('medication policy', () => {
  it('doses are China-time instants', () => {
    expect(doseInstant('2026-12-01', '08:00').toISOString()).toBe('2026-12-01T00:00:00.000Z');
    expect(chinaDayAndTime(new Date('2026-11-30T23:30:00Z'))).toEqual({ day: '2026-12-01', time: '07:30' });
  });

  it('a scheduled dose is at one of the times on a day the order runs', () => {
    const order = { timesOfDay: ['08:00', '20:00'], startsOn: '2026-12-01', endsOn: '2026-12-03' };
    expect(isScheduledDose(order, doseInstant('2026-12-01', '08:00'))).toBe(true);
    expect(isScheduledDose(order, doseInstant('2026-12-03', '20:00'))).toBe(true);
    expect(isScheduledDose(order, doseInstant('2026-12-04', '08:00'))).toBe(false);
    expect(isScheduledDose(order, doseInstant('2026-11-30', '20:00'))).toBe(false);
    expect(isScheduledDose(order, doseInstant('2026-12-02', '09:00'))).toBe(false);
    expect(isScheduledDose(order, new Date(doseInstant('2026-12-02', '08:00').getTime() + 1000))).toBe(false);
    expect(isScheduledDose({ ...order, endsOn: null }, doseInstant('2030-01-01', '08:00'))).toBe(true);
  });

  it('only GIVEN needs no reason', () => {
    expect(['GIVEN', 'REFUSED', 'MISSED', 'HELD'].map(needsReason)).toEqual([false, true, true, true]);
  });
});

describe('incident lifecycle', () => {
  it('REPORTED → UNDER_REVIEW → CLOSED; CLOSED is final', () => {
    expect(nextIncidentStatus('REPORTED', 'START_REVIEW')).toBe('UNDER_REVIEW');
    expect(nextIncidentStatus('UNDER_REVIEW', 'CLOSE')).toBe('CLOSED');
    expect(nextIncidentStatus('REPORTED', 'CLOSE')).toBe('CLOSED');
    expect(nextIncidentStatus('UNDER_REVIEW', 'START_REVIEW')).toBeNull();
    expect(nextIncidentStatus('CLOSED', 'CLOSE')).toBeNull();
    expect(nextIncidentStatus('CLOSED', 'START_REVIEW')).toBeNull();
  });

  it('serious: HIGH severity, suspected abuse, wandering', () => {
    expect(isSeriousIncident('FALL', 'HIGH')).toBe(true);
    expect(isSeriousIncident('SUSPECTED_ABUSE', 'LOW')).toBe(true);
    expect(isSeriousIncident('WANDERING', 'LOW')).toBe(true);
    expect(isSeriousIncident('FALL', 'MEDIUM')).toBe(false);
  });
});
