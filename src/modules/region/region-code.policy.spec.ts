import { ANY_LEVEL, parentRegionCode, PLACE_LEVELS, RegionLevel, regionLevelOf, unknownRegionReason } from './region-code.policy.js';

describe('region codes', () => {
  const known = new Set(['37', '3708', '370811', '370811006']);
  const isKnown = (c: string) => known.has(c);

  it('reads the level from the length', () => {
    expect(['37', '3708', '370811', '370811006', '370811006001', '370', ''].map(regionLevelOf)).toEqual([
      RegionLevel.PROVINCE, RegionLevel.CITY, RegionLevel.COUNTY, RegionLevel.TOWNSHIP, RegionLevel.VILLAGE, null, null,
    ]);
    expect(regionLevelOf('37x8')).toBeNull();
  });

  it('finds the parent one level up', () => {
    expect(['370811006001', '370811006', '370811', '3708', '37'].map(parentRegionCode)).toEqual(['370811006', '370811', '3708', '37', null]);
  });

  it('accepts known codes, and villages of a known township', () => {
    expect(unknownRegionReason('370811', isKnown, PLACE_LEVELS)).toBeNull();
    expect(unknownRegionReason('370811006123', isKnown, PLACE_LEVELS)).toBeNull();
    expect(unknownRegionReason('3708', isKnown, ANY_LEVEL)).toBeNull();
  });

  it('refuses unknown codes and levels not allowed here', () => {
    expect(unknownRegionReason('370899', isKnown, PLACE_LEVELS)).toMatch(/not a known region/);
    expect(unknownRegionReason('370811999001', isKnown, PLACE_LEVELS)).toMatch(/not a known region/);
    expect(unknownRegionReason('3708', isKnown, PLACE_LEVELS)).toMatch(/county, township, village/);
    expect(unknownRegionReason('370', isKnown, ANY_LEVEL)).toMatch(/must be a region code/);
  });
});
