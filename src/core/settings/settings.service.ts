import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../database/unit-of-work.js';
import { resolveRegional, type RegionalRow } from './regional.js';

/**
 * Configurable rules stored as data (provinces and cities differ, standards are revised), looked up by the one
 * regional override rule (see regional.ts). The only reader and writer of the `settings` table.
 */
@Injectable()
export class SettingsService {
  constructor(private readonly uow: UnitOfWork) {}

  /** The value in force for a region code ('' = the national value). Prepared: it runs in most writes (hold hours, rates). */
  async get<T>(key: string, fallback: T, regionCode = ''): Promise<T> {
    const rows = await this.uow.prepared<RegionalRow>(
      'settings_in_force',
      `SELECT region_prefix, value FROM settings WHERE key = $1 AND $2 LIKE region_prefix || '%'`,
      [key, regionCode],
    );
    return resolveRegional(rows, regionCode, fallback);
  }

  /** The values in force for many region codes, in one query. */
  async getForRegions<T>(key: string, regionCodes: readonly string[], fallback: T): Promise<Map<string, T>> {
    const rows = await this.rowsOf(key);
    return new Map([...new Set(regionCodes)].map((code) => [code, resolveRegional(rows, code, fallback)]));
  }

  /** Every stored row of a key (for callers that cache them and resolve with resolveRegional). */
  async rowsOf(key: string): Promise<RegionalRow[]> {
    return (await this.rowsOfKeys([key])).map(({ region_prefix, value }) => ({ region_prefix, value }));
  }

  /** Every stored row of several keys, in one query. */
  rowsOfKeys(keys: readonly string[]): Promise<Array<RegionalRow & { key: string }>> {
    return this.uow.manager.query(`SELECT key, region_prefix, value FROM settings WHERE key = ANY($1::text[])`, [[...keys]]);
  }

  /** The override stored at exactly this prefix, if any (what an editor of that prefix changes). */
  async ownValue<T>(key: string, regionPrefix: string): Promise<T | null> {
    const rows: Array<{ value: T }> = await this.uow.manager.query(`SELECT value FROM settings WHERE key = $1 AND region_prefix = $2`, [
      key,
      regionPrefix,
    ]);
    return rows[0]?.value ?? null;
  }

  async set(key: string, value: unknown, regionPrefix = ''): Promise<void> {
    await this.uow.manager.query(
      `INSERT INTO settings (key, region_prefix, value) VALUES ($1, $2, $3::jsonb)
       ON CONFLICT (key, region_prefix) DO UPDATE SET value = EXCLUDED.value, updated_at = now()`,
      [key, regionPrefix, JSON.stringify(value)],
    );
  }

  /** Records a one-time marker (e.g. the demo seed) atomically: true when this call inserted it. */
  async claimMarker(key: string): Promise<boolean> {
    const rows = await this.uow.manager.query(
      `INSERT INTO settings (key, value) VALUES ($1, to_jsonb(now())) ON CONFLICT DO NOTHING RETURNING key`,
      [key],
    );
    return rows.length > 0;
  }
}
