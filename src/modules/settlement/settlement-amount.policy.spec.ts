import { divideHalfUp, proratedByDays, prorateShortVisit, starSubsidyFen } from './settlement-amount.policy.js';

describe('settlement amounts', () => {
  it('divides half up, exactly', () => {
    expect(divideHalfUp(5, 2)).toBe(3);
    expect(divideHalfUp(4, 3)).toBe(1);
    expect(divideHalfUp(-5, 2)).toBe(-3);
    expect(() => divideHalfUp(1, 0)).toThrow(RangeError);
  });

  it('prorates a monthly amount by days, once per line', () => {
    expect(proratedByDays(120_000, 31, 31)).toBe(120_000);
    expect(proratedByDays(120_000, 10, 31)).toBe(38_710); // 38709.677...
    expect(proratedByDays(100_000, 15, 30)).toBe(50_000);
  });

  it('star subsidy: flat plus per occupied bed, per day in force', () => {
    // 30-day month, 10 days at 2 beds, 5 days at 3 beds: 35 bed-days × 10,000 / 30 + 15 days × 30,000 / 30
    const beds = [...Array(10).fill(2), ...Array(5).fill(3)];
    expect(starSubsidyFen({ perOccupiedBedMonthlyFen: 10_000, flatMonthlyFen: 30_000 }, beds, 30)).toBe(11_667 + 15_000);
  });

  it('a short visit is paid for the minutes worked, never in full', () => {
    expect(prorateShortVisit({ priceFen: 5_000, subsidyFen: 4_000, copayFen: 1_000 }, 60, 20)).toEqual({ priceFen: 1_667, subsidyFen: 1_333, copayFen: 334 });
    expect(prorateShortVisit({ priceFen: 5_000, subsidyFen: 4_000, copayFen: 1_000 }, 60, 0)).toEqual({ priceFen: 0, subsidyFen: 0, copayFen: 0 });
    // seconds do not count as a minute worked
    expect(prorateShortVisit({ priceFen: 6_000, subsidyFen: 6_000, copayFen: 0 }, 60, 59.9)).toEqual({ priceFen: 5_900, subsidyFen: 5_900, copayFen: 0 });
  });

  it('a full or longer visit keeps its booked amounts', () => {
    const money = { priceFen: 5_000, subsidyFen: 4_000, copayFen: 1_000 };
    expect(prorateShortVisit(money, 60, 60)).toEqual(money);
    expect(prorateShortVisit(money, 60, 95)).toEqual(money);
  });
});
