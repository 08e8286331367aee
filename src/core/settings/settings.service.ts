import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

/**
 * Configurable rules stored as data (DOMAIN.md: provinces and cities differ, standards are revised).
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
