import {
  DEFAULT_SLOT_STEP_MINUTES,
  DEFAULT_TRAVEL_BUFFER_MINUTES,
  alignToStep,
  caregiverCanTake,
  computeFreeSlots,
  defaultWeeklyHours,
  formatClock,
  freeIntervals,
  localWeekday,
  mergeIntervals,
  parseClock,
  subtractIntervals,
  weeklyHoursProblems,
  withinWorkingHours,
  workingIntervals,
  type CaregiverTime,
} from './visit-slot.policy.js';

const t = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString();
// Monday 7 December 2026, China time.
const MON = (hhmm: string) => t(`2026-12-07T${hhmm}:00+08:00`);

describe('clock and weekday helpers', () => {
  it('parses and formats HH:MM', () => {
    expect(parseClock('08:30')).toBe(510);
    expect(parseClock('24:00')).toBe(1440);
    expect(parseClock('24:01')).toBeNull();
    expect(parseClock('8:30')).toBeNull();
    expect(parseClock('12:60')).toBeNull();
    expect(formatClock(510)).toBe('08:30');
  });

  it('takes the weekday in China time, not UTC', () => {
    // 2026-12-06T20:00Z is Sunday in UTC but already Monday 04:00 in China.
    expect(localWeekday(t('2026-12-06T20:00:00Z'))).toBe(1);
    expect(localWeekday(t('2026-12-06T20:00:00Z'), 0)).toBe(7);
  });

  it('validates weekly hours', () => {
    expect(weeklyHoursProblems(defaultWeeklyHours())).toEqual([]);
    expect(weeklyHoursProblems([{ weekday: 0, startMinute: 60, endMinute: 120 }])).toHaveLength(1);
    expect(weeklyHoursProblems([{ weekday: 1, startMinute: 600, endMinute: 600 }])).toHaveLength(1);
    expect(weeklyHoursProblems([{ weekday: 1, startMinute: 0, endMinute: 1441 }])).toHaveLength(1);
    expect(
      weeklyHoursProblems([
        { weekday: 1, startMinute: 480, endMinute: 720 },
        { weekday: 1, startMinute: 700, endMinute: 900 },
      ]),
    ).toEqual([{ index: 1, message: 'overlaps period 0 on the same weekday' }]);
  });
});

describe('working intervals', () => {
  it('defaults to 08:00-20:00 China time every day', () => {
    const hours = defaultWeeklyHours();
    expect(hours).toHaveLength(7);
    const iv = workingIntervals(hours, MON('00:00'), MON('23:59'));
    expect(iv.map((i) => [iso(i.start), iso(i.end)])).toEqual([['2026-12-07T00:00:00.000Z', '2026-12-07T12:00:00.000Z']]);
  });

  it('uses each weekday its own hours and clips to the window', () => {
    const hours = [
      { weekday: 1, startMinute: 9 * 60, endMinute: 12 * 60 },
      { weekday: 2, startMinute: 14 * 60, endMinute: 18 * 60 },
    ];
    const iv = workingIntervals(hours, MON('10:00'), t('2026-12-09T00:00:00+08:00'));
    expect(iv).toEqual([
      { start: MON('10:00'), end: MON('12:00') },
      { start: t('2026-12-08T14:00:00+08:00'), end: t('2026-12-08T18:00:00+08:00') },
    ]);
  });

  it('joins a period ending at 24:00 with the next day starting at 00:00', () => {
    const hours = [
      { weekday: 1, startMinute: 20 * 60, endMinute: 1440 },
      { weekday: 2, startMinute: 0, endMinute: 2 * 60 },
    ];
    expect(withinWorkingHours(hours, { start: MON('23:00'), end: t('2026-12-08T01:00:00+08:00') })).toBe(true);
  });

  it('refuses a visit that runs past the end of the working day', () => {
    expect(withinWorkingHours(defaultWeeklyHours(), { start: MON('19:00'), end: MON('20:00') })).toBe(true);
    expect(withinWorkingHours(defaultWeeklyHours(), { start: MON('19:30'), end: MON('20:30') })).toBe(false);
    expect(withinWorkingHours(defaultWeeklyHours(), { start: MON('07:30'), end: MON('08:30') })).toBe(false);
  });
});

describe('interval arithmetic', () => {
  it('merges touching and overlapping intervals', () => {
    expect(mergeIntervals([{ start: 5, end: 8 }, { start: 0, end: 5 }, { start: 10, end: 12 }, { start: 11, end: 11 }])).toEqual([
      { start: 0, end: 8 },
      { start: 10, end: 12 },
    ]);
  });

  it('subtracts', () => {
    expect(subtractIntervals([{ start: 0, end: 100 }], [{ start: 10, end: 20 }, { start: 90, end: 120 }, { start: 15, end: 30 }])).toEqual([
      { start: 0, end: 10 },
      { start: 30, end: 90 },
    ]);
    expect(subtractIntervals([{ start: 0, end: 10 }], [{ start: -5, end: 50 }])).toEqual([]);
  });
});

describe('free time with the travel buffer', () => {
  const hours = defaultWeeklyHours();
  const busy = [{ start: MON('10:00'), end: MON('11:00') }];

  it('removes busy visits widened by the buffer on both sides', () => {
    const free = freeIntervals(hours, busy, { start: MON('00:00'), end: MON('23:00') }, 30);
    expect(free).toEqual([
      { start: MON('08:00'), end: MON('09:30') },
      { start: MON('11:30'), end: MON('20:00') },
    ]);
  });

  it('accepts a visit that leaves exactly the buffer, refuses one that leaves less', () => {
    expect(caregiverCanTake(hours, busy, { start: MON('11:30'), end: MON('12:30') }, 30)).toBe(true);
    expect(caregiverCanTake(hours, busy, { start: MON('11:29'), end: MON('12:30') }, 30)).toBe(false);
    expect(caregiverCanTake(hours, busy, { start: MON('08:30'), end: MON('09:30') }, 30)).toBe(true);
    expect(caregiverCanTake(hours, busy, { start: MON('08:30'), end: MON('09:31') }, 30)).toBe(false);
  });

  it('uses the default buffer when none is given', () => {
    expect(DEFAULT_TRAVEL_BUFFER_MINUTES).toBe(30);
    expect(caregiverCanTake(hours, busy, { start: MON('11:15'), end: MON('12:00') })).toBe(false);
    expect(caregiverCanTake(hours, busy, { start: MON('11:15'), end: MON('12:00') }, 15)).toBe(true);
  });
});

describe('free slots', () => {
  const a: CaregiverTime = { caregiverId: 'a', hours: defaultWeeklyHours(), busy: [{ start: MON('09:00'), end: MON('10:00') }] };
  const b: CaregiverTime = {
    caregiverId: 'b',
    hours: [{ weekday: 1, startMinute: 9 * 60, endMinute: 11 * 60 }],
    busy: [],
  };

  it('aligns starts to the step after local midnight', () => {
    expect(DEFAULT_SLOT_STEP_MINUTES).toBe(30);
    expect(alignToStep(MON('08:01'), 30)).toBe(MON('08:30'));
    expect(alignToStep(MON('08:30'), 30)).toBe(MON('08:30'));
    expect(alignToStep(MON('08:01'), 60)).toBe(MON('09:00'));
  });

  it('counts the free qualified caregivers per start time', () => {
    const slots = computeFreeSlots([a, b], { window: { start: MON('08:00'), end: MON('12:00') }, durationMinutes: 60, bufferMinutes: 30 });
    const view = slots.map((s) => [formatClock((s.startsAt - MON('00:00')) / 60000), s.freeCaregivers, s.caregiverIds.join()]);
    expect(view).toEqual([
      // a is busy 09:00-10:00 (+30 min either side); b works 09:00-11:00 only
      ['09:00', 1, 'b'],
      ['09:30', 1, 'b'],
      ['10:00', 1, 'b'],
      ['10:30', 1, 'a'],
      ['11:00', 1, 'a'],
    ]);
    expect(slots[0]!.endsAt - slots[0]!.startsAt).toBe(3_600_000);
  });

  it('offers 08:00 only when the visit ends before the buffered visit', () => {
    const slots = computeFreeSlots([a], { window: { start: MON('08:00'), end: MON('09:00') }, durationMinutes: 30, bufferMinutes: 30 });
    expect(slots.map((s) => s.startsAt)).toEqual([MON('08:00')]);
  });

  it('respects the step parameter', () => {
    const slots = computeFreeSlots([b], { window: { start: MON('09:00'), end: MON('11:00') }, durationMinutes: 30, stepMinutes: 15 });
    expect(slots.map((s) => s.startsAt)).toEqual([MON('09:00'), MON('09:15'), MON('09:30'), MON('09:45'), MON('10:00'), MON('10:15'), MON('10:30')]);
  });

  it('never offers a start before notBefore', () => {
    const slots = computeFreeSlots([b], { window: { start: MON('09:00'), end: MON('11:00') }, durationMinutes: 60, notBefore: MON('09:10') });
    expect(slots.map((s) => s.startsAt)).toEqual([MON('09:30'), MON('10:00')]);
  });

  it('keeps every slot inside the window and returns nothing for nonsense input', () => {
    const slots = computeFreeSlots([a], { window: { start: MON('18:00'), end: MON('19:30') }, durationMinutes: 60 });
    expect(slots.map((s) => s.startsAt)).toEqual([MON('18:00'), MON('18:30')]);
    expect(computeFreeSlots([a], { window: { start: MON('18:00'), end: MON('19:30') }, durationMinutes: 0 })).toEqual([]);
    expect(computeFreeSlots([], { window: { start: MON('08:00'), end: MON('20:00') }, durationMinutes: 60 })).toEqual([]);
  });

  it('agrees with caregiverCanTake for every offered slot', () => {
    const slots = computeFreeSlots([a, b], { window: { start: MON('00:00'), end: MON('23:00') }, durationMinutes: 45, stepMinutes: 15 });
    for (const s of slots) {
      for (const c of [a, b]) {
        expect(s.caregiverIds.includes(c.caregiverId)).toBe(caregiverCanTake(c.hours, c.busy, { start: s.startsAt, end: s.endsAt }));
      }
    }
  });
});
