import { Role } from '../../src/core/domain/enums.js';
import { expectData, makeUser, type TestUser } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const EXPORT = `mutation($kind: ReportKind!, $regionCode: String!, $from: String, $to: String, $format: ExportFormat!) {
  exportReport(kind: $kind, regionCode: $regionCode, from: $from, to: $to, format: $format) { url } }`;
/** More than one page of the exports' keyset reads (2,000 rows a page). */
const MANY = 2_150;

describe('exports over many pages: every row once, in order, with the owners\' facts joined page by page', () => {
  let t: TestApp;
  let officer: TestUser;

  beforeAll(async () => {
    t = await startTestApp();
    officer = await makeUser(t, Role.CIVIL_AFFAIRS, { regionScope: '3708' });
    // Providers in two townships of Rencheng (370811006, 370811007), every third with nursing beds, every fifth also with self-care beds.
    await t.db.query(
      `INSERT INTO providers (name, kind, ownership, region_code, address, latitude, longitude, service_radius_km)
       SELECT '任城养老院' || i, 'NURSING_HOME', 'PRIVATE', CASE WHEN i % 2 = 0 THEN '370811006' ELSE '370811007' END, '任城区' || i || '号', 35.55, 116.82, 10
         FROM generate_series(1, $1) AS i`,
      [MANY],
    );
    await t.db.query(
      `INSERT INTO bed_capacity (provider_id, category, total, occupied)
       SELECT id, 'NURSING', 10 + (substring(name from 6)::int % 7), substring(name from 6)::int % 5 FROM providers WHERE region_code LIKE '370811%' AND substring(name from 6)::int % 3 = 0`,
    );
    await t.db.query(
      `INSERT INTO bed_capacity (provider_id, category, total, occupied)
       SELECT id, 'SELF_CARE', 4, 1 FROM providers WHERE region_code LIKE '370811%' AND substring(name from 6)::int % 5 = 0`,
    );
    await t.db.query(
      `INSERT INTO bed_capacity_history (provider_id, category, changed_at, source, total_before, occupied_before, reserved_before, total_after, occupied_after, reserved_after, version)
       SELECT p.id, 'NURSING', '2026-11-10T02:00:00Z'::timestamptz + make_interval(secs => g), 'IMPORT', 0, 0, 0, g, 0, 0, g
         FROM providers p CROSS JOIN generate_series(1, 2) g WHERE p.region_code LIKE '370811%' AND substring(p.name from 6)::int <= 1100`,
    );
  });
  afterAll(() => t.close());

  const csv = async (kind: string, extra: Record<string, string> = {}) => {
    const { url } = expectData(await t.gql(EXPORT, { kind, regionCode: '370811', format: 'CSV', ...extra }, officer.token)).exportReport;
    const before = t.queries.count;
    const res = await t.http().get(url).set('authorization', `Bearer ${officer.token}`).buffer(true).parse((r, callback) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => callback(null, Buffer.concat(chunks)));
    });
    expect(res.status).toBe(200);
    const lines = (res.body as Buffer).subarray(3).toString('utf8').trim().split('\r\n').slice(1).map((l) => l.split(','));
    return { lines, queries: t.queries.count - before };
  };

  it('the registry: each provider once, by region and id, with its stored bed counts (none stored: empty)', async () => {
    const { lines, queries } = await csv('PROVIDERS');
    expect(lines).toHaveLength(MANY);
    const expected: Array<{ region_code: string; name: string; nursing: number | null; nursing_used: number | null; self: number | null }> = await t.db.query(
      `SELECT p.region_code, p.name, n.total AS nursing, n.occupied AS nursing_used, s.total AS self FROM providers p
         LEFT JOIN bed_capacity n ON n.provider_id = p.id AND n.category = 'NURSING' LEFT JOIN bed_capacity s ON s.provider_id = p.id AND s.category = 'SELF_CARE'
        WHERE p.region_code LIKE '370811%' ORDER BY p.region_code, p.id::text`,
    );
    expect(lines.map((l) => [l[0], l[2], l[9], l[11], l[12]])).toEqual(
      expected.map((e) => [e.region_code, e.name, e.self == null ? '' : String(e.self), e.nursing == null ? '' : String(e.nursing), e.nursing_used == null ? '' : String(e.nursing_used)]),
    );
    // Pages, not rows: two pages of reads (registry, counts, region names each), whatever the number of providers.
    expect(queries).toBeLessThan(20);
  });

  it('the capacity changes of a period: each once, in time order, with the provider\'s name', async () => {
    const { lines, queries } = await csv('CAPACITY_HISTORY', { from: '2026-11', to: '2026-11' });
    expect(lines).toHaveLength(2_200);
    const names = await t.db.query(
      `SELECT p.name FROM bed_capacity_history h JOIN providers p ON p.id = h.provider_id WHERE p.region_code LIKE '370811%' ORDER BY h.changed_at, h.id`,
    );
    expect(lines.map((l) => l[1])).toEqual(names.map((r: { name: string }) => r.name));
    expect(queries).toBeLessThan(20);
  });
});
