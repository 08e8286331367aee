import {
  DEFAULT_MAX_VISIT_MINUTES,
  DEFAULT_MIN_VISIT_MINUTES,
  allowanceMonth,
  durationBounds,
  durationWithin,
  isHourly,
  visitPriceFen,
} from './visit-pricing.policy.js';
import { FULL_COVERAGE_BP as BASIS_POINTS, splitVisitPrice } from '../subsidy/subsidy.policy.js';

describe('visit price', () => {
  it('charges a per-visit price whatever the length', () => {
    expect(visitPriceFen({ priceFen: 5000, unit: 'visit' }, 90)).toBe(5000);
  });

  it('prorates an hourly price to the minute, rounding half up', () => {
    expect(isHourly(' Hour ')).toBe(true);
    expect(visitPriceFen({ priceFen: 3000, unit: 'hour' }, 90)).toBe(4500);
    expect(visitPriceFen({ priceFen: 3001, unit: '小时' }, 30)).toBe(1501);
    expect(visitPriceFen({ priceFen: 3000, unit: 'day' }, 30)).toBe(3000);
    expect(visitPriceFen({ priceFen: 3000, unit: 'day' }, 30, ['day'])).toBe(1500);
  });
});

describe('duration bounds', () => {
  it('fixes the length of a per-visit offering with a named duration', () => {
    const b = durationBounds({ priceFen: 5000, unit: 'visit', durationMinutes: 60 });
    expect(b).toEqual({ min: 60, max: 60 });
    expect(durationWithin(60, b)).toBe(true);
    expect(durationWithin(90, b)).toBe(false);
  });

  it('takes an hourly offering\'s named duration as the least bookable', () => {
    const b = durationBounds({ priceFen: 3000, unit: 'hour', durationMinutes: 60 });
    expect(b).toEqual({ min: 60, max: DEFAULT_MAX_VISIT_MINUTES });
    expect(durationWithin(45, b)).toBe(false);
    expect(durationWithin(120, b)).toBe(true);
  });

  it('falls back to the platform defaults, which are parameters', () => {
    expect(durationBounds({ priceFen: 1000, unit: 'visit' })).toEqual({ min: DEFAULT_MIN_VISIT_MINUTES, max: DEFAULT_MAX_VISIT_MINUTES });
    expect(durationBounds({ priceFen: 1000, unit: 'visit' }, { min: 30, max: 90 })).toEqual({ min: 30, max: 90 });
    expect(durationWithin(DEFAULT_MIN_VISIT_MINUTES - 1, durationBounds({ priceFen: 1, unit: 'visit' }))).toBe(false);
    expect(durationWithin(DEFAULT_MAX_VISIT_MINUTES + 1, durationBounds({ priceFen: 1, unit: 'visit' }))).toBe(false);
    expect(durationWithin(30.5, { min: 15, max: 60 })).toBe(false);
  });
});

describe('subsidy split', () => {
  it('pays the covered share while the allowance lasts', () => {
    expect(splitVisitPrice(5000, 8000, 60000)).toEqual({ subsidyFen: 4000, copayFen: 1000 });
  });

  it('caps the subsidy at what is left of the month', () => {
    expect(splitVisitPrice(5000, 8000, 1500)).toEqual({ subsidyFen: 1500, copayFen: 3500 });
    expect(splitVisitPrice(5000, 8000, 0)).toEqual({ subsidyFen: 0, copayFen: 5000 });
  });

  it('covers everything at 100% and nothing at 0%', () => {
    expect(splitVisitPrice(5000, BASIS_POINTS, 60000)).toEqual({ subsidyFen: 5000, copayFen: 0 });
    expect(splitVisitPrice(5000, 0, 60000)).toEqual({ subsidyFen: 0, copayFen: 5000 });
  });

  it('rounds the subsidy down to whole fen and always adds up to the price', () => {
    expect(splitVisitPrice(333, 5000, 1000)).toEqual({ subsidyFen: 166, copayFen: 167 });
    for (let price = 0; price < 400; price += 7) {
      for (const bps of [0, 1, 3333, 6667, 9999, 10000]) {
        for (const left of [0, 5, 100, 10000]) {
          const s = splitVisitPrice(price, bps, left);
          expect(s.subsidyFen + s.copayFen).toBe(price);
          expect(s.subsidyFen).toBeLessThanOrEqual(left);
          expect(Number.isInteger(s.subsidyFen) && s.subsidyFen >= 0 && s.copayFen >= 0).toBe(true);
        }
      }
    }
  });

  it('refuses fractional, negative or impossible input', () => {
    expect(() => splitVisitPrice(10.5, 5000, 100)).toThrow(RangeError);
    expect(() => splitVisitPrice(100, -1, 100)).toThrow(RangeError);
    expect(() => splitVisitPrice(100, 10001, 100)).toThrow(RangeError);
    expect(() => splitVisitPrice(100, 5000, -5)).toThrow(RangeError);
  });
});

describe('allowance month', () => {
  it('is the visit\'s month in China time', () => {
    expect(allowanceMonth(Date.parse('2026-11-30T16:30:00Z'))).toBe('2026-12-01');
    expect(allowanceMonth(Date.parse('2026-11-30T15:30:00Z'))).toBe('2026-11-01');
    expect(allowanceMonth(Date.parse('2026-11-30T16:30:00Z'), 0)).toBe('2026-11-01');
  });
});
