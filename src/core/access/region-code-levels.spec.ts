import { regionCovers, regionLevelPrefix } from './region-code.js';

describe('region scope', () => {
  it('compares codes as region codes: trailing zero segments name the level above', () => {
    expect(regionLevelPrefix('370800')).toBe('3708');
    expect(regionLevelPrefix('370000')).toBe('37');
    expect(regionLevelPrefix('370811')).toBe('370811');
    expect(regionLevelPrefix('370811000000')).toBe('370811');
    expect(regionLevelPrefix('3708')).toBe('3708');
    expect(regionLevelPrefix('')).toBe('');
  });

  it('lets a six-digit city scope cover its districts and the city, not its neighbours', () => {
    expect(regionCovers('370800', '370811')).toBe(true);
    expect(regionCovers('370800', '3708')).toBe(true);
    expect(regionCovers('3708', '370800')).toBe(true);
    expect(regionCovers('370800', '370911')).toBe(false);
    expect(regionCovers('370811', '3708')).toBe(false);
    expect(regionCovers('370811', '370800')).toBe(false);
    expect(regionCovers(null, '370811')).toBe(false);
  });
});
