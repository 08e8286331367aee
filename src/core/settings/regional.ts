/**
 * Regional settings: configurable rules stored as data, each possibly overridden for a region-code prefix ('' is the
 * national default). ONE override rule for all of them: the rows whose prefix the region code starts with apply in
 * order from the shortest prefix to the longest, on top of the built-in default; an object value overrides field by
 * field (nested objects too), any other value replaces. So the most specific prefix wins, per field. Pure: no Nest,
 * no database.
 */
export interface RegionalRow<T = unknown> {
  region_prefix: string;
  value: T;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The value in force for a region code, by the override rule above. */
export function resolveRegional<T>(rows: readonly RegionalRow[], regionCode: string, fallback: T): T {
  const applicable = rows.filter((r) => regionCode.startsWith(r.region_prefix)).sort((a, b) => a.region_prefix.length - b.region_prefix.length);
  let value: unknown = fallback;
  for (const row of applicable) {
    if (row.value == null) continue;
    value = overlay(value, row.value);
  }
  return value as T;
}

function overlay(base: unknown, over: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(over)) return over;
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(over)) out[k] = v === undefined ? out[k] : overlay(out[k], v);
  return out;
}

/**
 * The same rule inside a query, for a scalar setting (where "per field" is the value itself): the value of the longest
 * prefix of `regionColumn`, cast with `cast` (e.g. 'int'); NULL when no row applies, so wrap it in COALESCE with the
 * default. `keyPlaceholder` is the bind parameter holding the setting's key.
 */
export function regionalScalarSql(keyPlaceholder: string, regionColumn: string, cast: string): string {
  return `(SELECT (s.value #>> '{}')::${cast} FROM settings s
            WHERE s.key = ${keyPlaceholder} AND ${regionColumn} LIKE s.region_prefix || '%'
            ORDER BY length(s.region_prefix) DESC LIMIT 1)`;
}

/**
 * The rows of a setting that apply to `regionColumn` (every prefix it starts with), as a JSON array of
 * `{ region_prefix, value }` inside a query: for a caller that reads its own row and the setting in one statement and
 * then resolves with resolveRegional (the same rule as the settings service, null values and objects included).
 */
export function regionalRowsSql(keyPlaceholder: string, regionColumn: string): string {
  return `(SELECT coalesce(json_agg(json_build_object('region_prefix', s.region_prefix, 'value', s.value)), '[]'::json) FROM settings s
            WHERE s.key = ${keyPlaceholder} AND ${regionColumn} LIKE s.region_prefix || '%')`;
}
