import { regionInScope, regionPrefixOf } from './region-scope.js';

describe('region scope', () => {
  it('compares codes as region codes: trailing zero segments name the level above', () => {
    expect(regionPrefixOf('370800')).toBe('3708');
    expect(regionPrefixOf('370000')).toBe('37');
    expect(regionPrefixOf('370811')).toBe('370811');
    expect(regionPrefixOf('370811000000')).toBe('370811');
    expect(regionPrefixOf('3708')).toBe('3708');
    expect(regionPrefixOf('')).toBe('');
  });

  it('lets a six-digit city scope cover its districts and the city, not its neighbours', () => {
    expect(regionInScope('370800', '370811')).toBe(true);
    expect(regionInScope('370800', '3708')).toBe(true);
    expect(regionInScope('3708', '370800')).toBe(true);
    expect(regionInScope('370800', '370911')).toBe(false);
    expect(regionInScope('370811', '3708')).toBe(false);
    expect(regionInScope('370811', '370800')).toBe(false);
    expect(regionInScope(null, '370811')).toBe(false);
  });
});
