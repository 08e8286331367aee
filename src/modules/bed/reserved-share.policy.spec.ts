import {
  DEFAULT_RESERVED_SHARE_PERCENT,
  GOVERNMENT_SUPPORTED_CATEGORIES,
  isGovernmentSupported,
  keepsReservedShare,
  mayTakeBed,
  protectedFreeBeds,
  reservedShareBeds,
  type BedTakeRequest,
} from './reserved-share.policy.js';

const pbpr = (over: Partial<BedTakeRequest>): BedTakeRequest => ({
  ownership: 'PUBLIC_BUILT_PRIVATE_RUN',
  total: 10,
  occupied: 0,
  reserved: 0,
  supportedInUse: 0,
  elderSupported: false,
  ...over,
});

describe('reserved share of public-built private-run homes', () => {
  it('defaults to 20% of total beds, rounded up', () => {
    expect(DEFAULT_RESERVED_SHARE_PERCENT).toBe(20);
    expect(reservedShareBeds(10)).toBe(2);
    expect(reservedShareBeds(7)).toBe(2); // 1.4 rounds up
    expect(reservedShareBeds(5)).toBe(1);
    expect(reservedShareBeds(1)).toBe(1);
    expect(reservedShareBeds(0)).toBe(0);
    expect(reservedShareBeds(100)).toBe(20);
    expect(reservedShareBeds(101)).toBe(21);
  });

  it('takes the share as a parameter', () => {
    expect(reservedShareBeds(10, 25)).toBe(3);
    expect(reservedShareBeds(10, 0)).toBe(0);
    expect(reservedShareBeds(10, 100)).toBe(10);
    expect(() => reservedShareBeds(10, 101)).toThrow(RangeError);
    expect(() => reservedShareBeds(10, 12.5)).toThrow(RangeError);
    expect(() => reservedShareBeds(-1)).toThrow(RangeError);
  });

  it('applies only to PUBLIC_BUILT_PRIVATE_RUN homes', () => {
    expect(keepsReservedShare('PUBLIC_BUILT_PRIVATE_RUN')).toBe(true);
    expect(keepsReservedShare('PUBLIC')).toBe(false);
    expect(keepsReservedShare('PRIVATE')).toBe(false);
    for (const ownership of ['PUBLIC', 'PRIVATE'] as const) {
      expect(mayTakeBed(pbpr({ ownership, occupied: 9 })).allowed).toBe(true);
    }
  });

  it('counts extreme poverty, subsistence allowance and low income as government-supported', () => {
    expect([...GOVERNMENT_SUPPORTED_CATEGORIES].sort()).toEqual(['EXTREME_POVERTY', 'LOW_INCOME', 'SUBSISTENCE_ALLOWANCE']);
    expect(isGovernmentSupported(['EXTREME_POVERTY'])).toBe(true);
    expect(isGovernmentSupported(['ADVANCED_AGE', 'SUBSISTENCE_ALLOWANCE'])).toBe(true);
    expect(isGovernmentSupported(['LOW_INCOME'])).toBe(true);
    for (const other of ['ADVANCED_AGE', 'LIVING_ALONE', 'EMPTY_NEST', 'LEFT_BEHIND', 'DISABLED']) {
      expect(isGovernmentSupported([other])).toBe(false);
    }
    expect(isGovernmentSupported([])).toBe(false);
  });

  it('refuses others when only reserved beds remain', () => {
    // 10 beds, 2 reserved for supported elders, 7 taken by others: 3 free, others may take one more.
    expect(mayTakeBed(pbpr({ occupied: 7 }))).toEqual({ allowed: true });
    // 8 taken: the 2 free beds are the share.
    expect(mayTakeBed(pbpr({ occupied: 6, reserved: 2 }))).toEqual({ allowed: false, reason: 'NO_BED_AVAILABLE' });
    expect(mayTakeBed(pbpr({ occupied: 9 }))).toEqual({ allowed: false, reason: 'NO_BED_AVAILABLE' });
  });

  it('lets supported elders take reserved beds, down to the last one', () => {
    expect(mayTakeBed(pbpr({ occupied: 8, elderSupported: true }))).toEqual({ allowed: true });
    expect(mayTakeBed(pbpr({ occupied: 9, elderSupported: true }))).toEqual({ allowed: true });
    expect(mayTakeBed(pbpr({ occupied: 10, elderSupported: true }))).toEqual({ allowed: false, reason: 'NO_BED_AVAILABLE' });
  });

  it('counts beds already used by supported elders towards the share', () => {
    // 2 supported elders are in: the share is used, so others may fill the rest.
    expect(protectedFreeBeds({ ownership: 'PUBLIC_BUILT_PRIVATE_RUN', total: 10, supportedInUse: 2 })).toBe(0);
    expect(mayTakeBed(pbpr({ occupied: 9, supportedInUse: 2 }))).toEqual({ allowed: true });
    // 1 supported elder in: one share bed is still protected.
    expect(mayTakeBed(pbpr({ occupied: 8, supportedInUse: 1 }))).toEqual({ allowed: true });
    expect(mayTakeBed(pbpr({ occupied: 9, supportedInUse: 1 }))).toEqual({ allowed: false, reason: 'NO_BED_AVAILABLE' });
    // more supported elders than the share never makes the protected count negative.
    expect(protectedFreeBeds({ ownership: 'PUBLIC_BUILT_PRIVATE_RUN', total: 10, supportedInUse: 5 })).toBe(0);
  });

  it('uses the configured share', () => {
    expect(mayTakeBed(pbpr({ occupied: 7, sharePercent: 30 }))).toEqual({ allowed: false, reason: 'NO_BED_AVAILABLE' });
    expect(mayTakeBed(pbpr({ occupied: 9, sharePercent: 0 }))).toEqual({ allowed: true });
  });

  it('refuses everyone when no bed is free', () => {
    for (const ownership of ['PUBLIC', 'PRIVATE', 'PUBLIC_BUILT_PRIVATE_RUN'] as const) {
      expect(mayTakeBed(pbpr({ ownership, occupied: 6, reserved: 4, elderSupported: true })).allowed).toBe(false);
      expect(mayTakeBed(pbpr({ ownership, total: 0, elderSupported: true })).allowed).toBe(false);
    }
  });
});
