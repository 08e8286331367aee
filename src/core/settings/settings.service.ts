import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

/**
 * The row whose region prefix is the longest one the region code starts with (the national default has ''): the same
 * rule as SettingsService.get, for callers that read many regions' rows of a key at once.
 */
export function mostSpecificForRegion<T extends { region_prefix: string }>(rows: readonly T[], regionCode: string): T | null {
  let best: T | null = null;
  for (const row of rows) {
    if (regionCode.startsWith(row.region_prefix) && (!best || row.region_prefix.length > best.region_prefix.length)) best = row;
  }
  return best;
}

/**
 * Configurable rules stored as data (docs/domain.md: provinces and cities differ, standards are revised).
 * A setting may be overridden for a region prefix; the most specific prefix of a region code wins,
 * and the empty prefix holds the national default.
 */
@Injectable()
export class SettingsService {
  constructor(private readonly dataSource: DataSource) {}

  async get<T>(key: string, fallback: T, regionCode = '', manager?: EntityManager): Promise<T> {
    const rows: Array<{ value: T }> = await (manager ?? this.dataSource).query(
      `SELECT value FROM settings WHERE key = $1 AND $2 LIKE region_prefix || '%' ORDER BY length(region_prefix) DESC LIMIT 1`,
      [key, regionCode],
    );
    return rows.length > 0 ? rows[0].value : fallback;
  }

  async set(key: string, value: unknown, regionPrefix = '', manager?: EntityManager): Promise<void> {
    await (manager ?? this.dataSource).query(
      `INSERT INTO settings (key, region_prefix, value) VALUES ($1, $2, $3::jsonb)
       ON CONFLICT (key, region_prefix) DO UPDATE SET value = EXCLUDED.value, updated_at = now()`,
      [key, regionPrefix, JSON.stringify(value)],
    );
  }
}
