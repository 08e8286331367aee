/**
 * Region codes (行政区划代码, GB/T 2260 and its township/village extension) compared as codes: 2 digits province,
 * 4 city, 6 county, 9 township, 12 village. A code written out with trailing zeros names the level above it
 * (`370800` is the city 3708, `370000` the province 37, `370811000` the county 370811), so a region code is first cut
 * back to its level, and so is the scope; a scope covers every code whose level prefix starts with the scope's. So a
 * scope `370800` is the city Jining: it covers `3708`, `370800` and `370811`, and a county scope `370811` does not
 * cover its city `3708` (which a comparison of zero-padded strings could let it read).
 */
/** The code cut back to its level: trailing all-zero segments at level boundaries removed. */
export function regionLevelPrefix(code: string): string {
  let c = code.trim();
  if (c.length === 12 && c.endsWith('000')) c = c.slice(0, 9);
  if (c.length === 9 && c.endsWith('000')) c = c.slice(0, 6);
  if (c.length === 6 && c.endsWith('00')) c = c.slice(0, 4);
  if (c.length === 4 && c.endsWith('00')) c = c.slice(0, 2);
  return c;
}

/**
 * Does the scope cover the region code? A null or empty scope covers nothing (an officer without a scope sees
 * nothing). `regionCoverSql` says exactly the same in SQL.
 */
export function regionCovers(scope: string | null | undefined, regionCode: string | null | undefined): boolean {
  const s = regionLevelPrefix(scope ?? '');
  if (s.length === 0 || regionCode == null) return false;
  return regionLevelPrefix(regionCode).startsWith(s);
}

/** A SQL LIKE pattern for a region prefix, with the wildcard characters escaped (codes are digits, but be strict). */
export function regionPrefixPattern(prefix: string): string {
  return `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** regionCovers as SQL for a column: the scope, cut back to its level, as a LIKE prefix. */
export function regionCoverSql(scope: string | null | undefined, column: string, param: (value: unknown) => string): string {
  const s = regionLevelPrefix(scope ?? '');
  if (s.length === 0) return 'FALSE';
  return `${column} LIKE ${param(regionPrefixPattern(s))}`;
}

/** A region's records: its prefix and, for a parent's unassigned part, the child codes left out (all of one length). */
export interface RegionSlice {
  prefix: string;
  excludedChildren?: readonly string[] | null;
}

/**
 * The SQL condition of a slice on a region-code column: the prefix, and none of the children left out (an empty list
 * holds for every row).
 */
export function regionSliceSql(slice: RegionSlice, column: string, param: (value: unknown) => string): string {
  const excluded = [...(slice.excludedChildren ?? [])];
  const length = excluded.length ? excluded[0].length : 0;
  return `${column} LIKE ${param(regionPrefixPattern(slice.prefix))} AND left(${column}, ${length}) <> ALL(${param(excluded)}::text[])`;
}
