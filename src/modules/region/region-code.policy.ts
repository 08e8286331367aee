/**
 * Region codes (行政区划代码): GB/T 2260 gives provinces (2 digits), cities (4) and counties (6); the statistical division
 * codes extend them to townships (乡镇/街道, 9 digits) and villages (村/居委会, 12). A code's parent is its code one level
 * up, and a region's subtree is every code with its prefix.
 */
export enum RegionLevel {
  PROVINCE = 'PROVINCE',
  CITY = 'CITY',
  COUNTY = 'COUNTY',
  TOWNSHIP = 'TOWNSHIP',
  VILLAGE = 'VILLAGE',
}

const LEVEL_BY_LENGTH = new Map<number, RegionLevel>([
  [2, RegionLevel.PROVINCE],
  [4, RegionLevel.CITY],
  [6, RegionLevel.COUNTY],
  [9, RegionLevel.TOWNSHIP],
  [12, RegionLevel.VILLAGE],
]);
const PARENT_LENGTH = new Map<number, number>([[4, 2], [6, 4], [9, 6], [12, 9]]);

/** The level a code's length stands for, or null for a length no level has (e.g. "370"). */
export function regionLevelOf(code: string): RegionLevel | null {
  return /^\d+$/.test(code) ? (LEVEL_BY_LENGTH.get(code.length) ?? null) : null;
}

/** The code one level up ("370811" → "3708"); null for a province or a malformed code. */
export function parentRegionCode(code: string): string | null {
  const length = PARENT_LENGTH.get(code.length);
  return length && /^\d+$/.test(code) ? code.slice(0, length) : null;
}

/**
 * Why a code is not a known region, or null when it is. `known` answers for the loaded levels (province to township);
 * villages are not loaded, so a village code is accepted when its township is known.
 */
export function unknownRegionReason(code: string, known: (code: string) => boolean, levels: readonly RegionLevel[]): string | null {
  const level = regionLevelOf(code);
  if (!level || !levels.includes(level)) {
    return `must be a region code of ${levels.map((l) => l.toLowerCase()).join(', ')} level`;
  }
  const checked = level === RegionLevel.VILLAGE ? code.slice(0, 9) : code;
  return known(checked) ? null : 'is not a known region code (行政区划代码)';
}

/** Levels where people and providers are registered: a county or finer. */
export const PLACE_LEVELS: readonly RegionLevel[] = [RegionLevel.COUNTY, RegionLevel.TOWNSHIP, RegionLevel.VILLAGE];
/** Levels a scope, a setting or a report can cover: any. */
export const ANY_LEVEL: readonly RegionLevel[] = Object.values(RegionLevel);
