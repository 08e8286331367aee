// Builds a province-sized data set for the matching benchmark, inside PostgreSQL with generate_series (no row-by-row
// inserts from Node): counties, providers with a realistic mix of kinds, ownership, beds, grades, reviews, services
// and prices, and elders living around the county seats.
//
// Reproducible: every random number is hashint8extended(row, seed + stream), so the same seed gives the same rows
// (ids included) whatever the chunk size, the machine or the plan.
//
//   node bench/generate-province.js --database-url postgres://... [--providers 100000] [--elders 1000000] [--seed 42]
//
// The target database must be migrated (start the app once, or `npm run migrate`); generated rows are marked
// (names start with "Bench ") and replaced on the next run.

import { pathToFileURL } from 'node:url';
import pg from 'pg';
import cliProgress from 'cli-progress';
import { parseBenchArgs } from './lib/harness.js';

export const DEFAULTS = { providers: 100_000, elders: 1_000_000, seed: 42, counties: 100 };

/** A Shandong-sized province: 16 cities, about 100 counties, 3.8 by 7.5 degrees. */
export const PROVINCE = { prefix: '37', cities: 16, latMin: 34.4, latMax: 38.2, lonMin: 115.0, lonMax: 122.5 };

// Kind mix of community and institutional care (docs/domain.md: about 10% of facilities are registered institutions).
const KIND_MIX = [
  ['NURSING_HOME', 0.12],
  ['DAY_CARE_CENTRE', 0.38],
  ['RURAL_HAPPINESS_HOME', 0.3],
  ['HOME_CARE_AGENCY', 0.2],
];

// kind, probability a home-care agency offers it, base price (fen), unit.
const SERVICES = [
  ['MEAL', 0.85, 2500, '餐'],
  ['BATHING', 0.6, 8000, '次'],
  ['CLEANING', 0.8, 4000, '次'],
  ['WALKING_OUTING', 0.4, 3000, '小时'],
  ['MEDICAL_ESCORT', 0.5, 6000, '次'],
  ['EMERGENCY_HELP', 0.3, 5000, '次'],
  ['PERSONAL_CARE', 0.7, 5000, '次'],
  ['MEDICATION_HELP', 0.45, 2000, '次'],
  ['REHABILITATION', 0.35, 9000, '次'],
  ['HEALTH_MONITORING', 0.55, 2000, '次'],
  ['WELFARE_VISIT', 0.5, 2000, '次'],
  ['COMPANIONSHIP', 0.6, 3000, '小时'],
  ['ERRANDS_AND_BILLS', 0.5, 1000, '次'],
  ['HOME_ADAPTATION', 0.15, 50000, '次'],
];

/** SQL helpers, created once per run: uniform and normal numbers keyed by (row, stream), deterministic per seed. */
function helperSql(seed) {
  const s = Number(seed) | 0;
  return `
    CREATE OR REPLACE FUNCTION pg_temp.u(i bigint, stream int) RETURNS double precision LANGUAGE sql IMMUTABLE AS
      $$ SELECT (hashint8extended(i, ${s}::bigint * 1000 + stream) & 9007199254740991)::float8 / 9007199254740992 $$;
    CREATE OR REPLACE FUNCTION pg_temp.n(i bigint, stream int) RETURNS double precision LANGUAGE sql IMMUTABLE AS
      $$ SELECT sqrt(-2 * ln(1 - pg_temp.u(i, stream))) * cos(2 * pi() * pg_temp.u(i, stream + 500)) $$;
    CREATE OR REPLACE FUNCTION pg_temp.uid(kind text, i bigint) RETURNS uuid LANGUAGE sql IMMUTABLE AS
      $$ SELECT md5('${s}:' || kind || ':' || i)::uuid $$;
  `;
}

/** Counties with a seat and a weight (urban districts draw many more facilities and elders than mountain counties). */
async function createCounties(client, seed, counties) {
  await client.query(`DROP TABLE IF EXISTS bench_counties`);
  await client.query(`
    CREATE TABLE bench_counties AS
    WITH c AS (
      SELECT g AS idx,
             '${PROVINCE.prefix}' || lpad((1 + (g - 1) % ${PROVINCE.cities})::text, 2, '0')
               || lpad((1 + (g - 1) / ${PROVINCE.cities})::text, 2, '0') AS code,
             ${PROVINCE.latMin} + pg_temp.u(g, 1) * ${PROVINCE.latMax - PROVINCE.latMin} AS lat,
             ${PROVINCE.lonMin} + pg_temp.u(g, 2) * ${PROVINCE.lonMax - PROVINCE.lonMin} AS lon,
             exp(0.9 * pg_temp.n(g, 3)) AS weight
      FROM generate_series(1, ${counties}) g
    )
    SELECT idx, code, lat, lon, weight,
           coalesce(sum(weight) OVER (ORDER BY idx ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) / sum(weight) OVER () AS lo,
           sum(weight) OVER (ORDER BY idx) / sum(weight) OVER () AS hi
    FROM c`);
  await client.query(`CREATE UNIQUE INDEX ON bench_counties (idx)`);
}

/** The county of a uniform number r: width_bucket over the cumulative weights (a binary search, not a scan). */
const COUNTY_OF = (r) => `(SELECT width_bucket(${r}, (SELECT array_agg(lo ORDER BY idx) FROM bench_counties)))`;

async function clearPrevious(client) {
  // Cascades to services, bed capacity, categories and links.
  await client.query(`DELETE FROM elders WHERE full_name LIKE 'Bench elder %'`);
  await client.query(`DELETE FROM providers WHERE name LIKE 'Bench %'`);
}

function kindCase(r) {
  let acc = 0;
  const arms = KIND_MIX.map(([kind, share]) => {
    acc += share;
    return `WHEN ${r} < ${acc.toFixed(6)} THEN '${kind}'`;
  });
  return `CASE ${arms.join(' ')} ELSE 'HOME_CARE_AGENCY' END`;
}

/**
 * One chunk of providers [lo, hi] in one statement: the rows, then (from what the insert returned) their services
 * and beds, all computed from (seed, row). Foreign keys are checked at the end of the statement.
 */
async function insertProviderChunk(client, lo, hi) {
  const services = SERVICES.map(([kind, p, price, unit], k) => `('${kind}', ${p}::float8, ${price}, '${unit}', ${k})`).join(',');
  await client.query(`
    WITH picked AS (
      SELECT i, pg_temp.u(i, 10) AS r_kind, pg_temp.u(i, 11) AS r_county FROM generate_series(${lo}, ${hi}) i
    ), base AS (
      SELECT i, ${kindCase('r_kind')} AS kind, c.code AS county, c.lat AS clat, c.lon AS clon
      FROM picked JOIN bench_counties c ON c.idx = ${COUNTY_OF('r_county')}
    ), placed AS (
      SELECT b.*,
             -- Agencies work from the county seat, nursing homes in and around it, day-care centres in every township
             -- and community, happiness homes out in the villages (standard deviations in km).
             CASE kind WHEN 'RURAL_HAPPINESS_HOME' THEN 18 WHEN 'DAY_CARE_CENTRE' THEN 10 WHEN 'NURSING_HOME' THEN 8 ELSE 6 END AS spread_km,
             pg_temp.u(i, 12) AS r_owner,
             (kind = 'NURSING_HOME' AND pg_temp.u(i, 13) < 0.45) OR (kind = 'DAY_CARE_CENTRE' AND pg_temp.u(i, 13) < 0.2) AS graded,
             pg_temp.u(i, 14) AS r_stars,
             CASE WHEN kind IN ('HOME_CARE_AGENCY', 'NURSING_HOME') THEN floor(-ln(1 - pg_temp.u(i, 24)) * 40)::int ELSE 0 END AS rc
      FROM base b
    ), inserted AS (
      INSERT INTO providers (id, name, kind, ownership, region_code, address, latitude, longitude, service_radius_km,
        accepts_care_levels, dementia_care, current_stars, current_rating_valid_until, review_count, review_sum)
      SELECT pg_temp.uid('provider', i),
             'Bench ' || kind || ' ' || i,
             kind,
             CASE
               WHEN kind = 'NURSING_HOME' THEN CASE WHEN r_owner < 0.35 THEN 'PUBLIC' WHEN r_owner < 0.8 THEN 'PRIVATE' ELSE 'PUBLIC_BUILT_PRIVATE_RUN' END
               WHEN kind = 'DAY_CARE_CENTRE' THEN CASE WHEN r_owner < 0.5 THEN 'PUBLIC' WHEN r_owner < 0.8 THEN 'PUBLIC_BUILT_PRIVATE_RUN' ELSE 'PRIVATE' END
               WHEN kind = 'RURAL_HAPPINESS_HOME' THEN CASE WHEN r_owner < 0.9 THEN 'PUBLIC' ELSE 'PRIVATE' END
               ELSE CASE WHEN r_owner < 0.1 THEN 'PUBLIC' WHEN r_owner < 0.2 THEN 'PUBLIC_BUILT_PRIVATE_RUN' ELSE 'PRIVATE' END
             END,
             county || lpad((1 + floor(pg_temp.u(i, 15) * 20))::text, 3, '0'),
             'No. ' || (1 + floor(pg_temp.u(i, 16) * 300)) || ' Bench Road',
             least(89.9, greatest(-89.9, clat + pg_temp.n(i, 17) * spread_km / 111.0)),
             clon + pg_temp.n(i, 18) * spread_km / (111.0 * cos(radians(clat))),
             CASE
               WHEN kind = 'HOME_CARE_AGENCY' THEN round((3 + pg_temp.u(i, 19) * 12)::numeric, 1)
               WHEN kind = 'NURSING_HOME' AND pg_temp.u(i, 20) < 0.4 THEN round((3 + pg_temp.u(i, 19) * 5)::numeric, 1)
               WHEN kind = 'DAY_CARE_CENTRE' THEN round((1 + pg_temp.u(i, 19) * 2)::numeric, 1)
             END,
             CASE WHEN kind = 'NURSING_HOME' AND pg_temp.u(i, 21) < 0.3 THEN '{INTACT,MILD,MODERATE}'::text[]
                  ELSE '{INTACT,MILD,MODERATE,SEVERE,TOTAL}'::text[] END,
             kind = 'NURSING_HOME' AND pg_temp.u(i, 22) < 0.25,
             CASE WHEN graded THEN
               CASE WHEN r_stars < 0.1 THEN 1 WHEN r_stars < 0.35 THEN 2 WHEN r_stars < 0.7 THEN 3 WHEN r_stars < 0.9 THEN 4 ELSE 5 END
             END,
             CASE WHEN graded THEN now() + make_interval(days => (30 + floor(pg_temp.u(i, 23) * 1000))::int) END,
             rc, round(rc * (3.2 + 1.8 * pg_temp.u(i, 25)))::int
      FROM placed
      RETURNING id, kind, service_radius_km, dementia_care, split_part(name, ' ', 3)::bigint AS i
    ), offered AS (
      INSERT INTO provider_services (provider_id, kind, price_fen, unit, duration_minutes)
      SELECT p.id, s.kind, (round(s.price * (0.7 + 0.8 * pg_temp.u(p.i * 20 + s.k, 30)) / 100) * 100)::int, s.unit,
             CASE WHEN s.unit = '小时' THEN 60 WHEN s.unit = '次' THEN 45 END
      FROM inserted p CROSS JOIN (VALUES ${services}) s(kind, p, price, unit, k)
      WHERE pg_temp.u(p.i * 20 + s.k, 31) < CASE
        WHEN p.kind = 'HOME_CARE_AGENCY' THEN s.p
        WHEN p.kind = 'NURSING_HOME' AND p.service_radius_km IS NOT NULL THEN s.p * 0.8
        WHEN p.kind = 'DAY_CARE_CENTRE' AND s.kind IN ('MEAL', 'COMPANIONSHIP', 'HEALTH_MONITORING', 'REHABILITATION', 'BATHING') THEN 0.7
        WHEN p.kind = 'RURAL_HAPPINESS_HOME' AND s.kind IN ('MEAL', 'COMPANIONSHIP', 'WELFARE_VISIT') THEN 0.5
        ELSE 0 END
      RETURNING 1
    ), sized AS (
      -- Nursing homes: median ~120 beds, 55-80% nursing-type; day care and happiness homes: a few short-stay beds.
      SELECT id, kind, i,
             CASE WHEN kind = 'NURSING_HOME' THEN greatest(10, least(800, round(120 * exp(0.7 * pg_temp.n(i, 40)))))::int
                  WHEN kind = 'DAY_CARE_CENTRE' AND pg_temp.u(i, 41) < 0.5 THEN (2 + floor(pg_temp.u(i, 42) * 9))::int
                  WHEN kind = 'RURAL_HAPPINESS_HOME' AND pg_temp.u(i, 41) < 0.3 THEN (2 + floor(pg_temp.u(i, 42) * 5))::int
                  ELSE 0 END AS beds,
             CASE WHEN kind = 'NURSING_HOME' THEN 0.55 + 0.25 * pg_temp.u(i, 43) ELSE 0 END AS nursing_share,
             CASE WHEN dementia_care THEN 0.05 + 0.1 * pg_temp.u(i, 44) ELSE 0 END AS dementia_share,
             0.4 + 0.57 * pg_temp.u(i, 45) AS occupancy
      FROM inserted
    ), split AS (
      SELECT id, i, occupancy, c.category, c.k,
             CASE c.category WHEN 'NURSING' THEN floor(beds * nursing_share)::int
                             WHEN 'DEMENTIA' THEN floor(beds * dementia_share)::int
                             ELSE beds - floor(beds * nursing_share)::int - floor(beds * dementia_share)::int END AS total
      FROM sized CROSS JOIN (VALUES ('SELF_CARE', 0), ('NURSING', 1), ('DEMENTIA', 2)) c(category, k)
    ), counted AS (
      SELECT id, i, category, k, total,
             least(total, floor(total * occupancy * (0.9 + 0.2 * pg_temp.u(i * 3 + k, 46))))::int AS occupied
      FROM split WHERE total > 0
    )
    INSERT INTO bed_capacity (provider_id, category, total, occupied, reserved, monthly_price_fen)
    SELECT id, category, total, occupied,
           -- A few open holds, as in a live system.
           CASE WHEN total - occupied >= 3 AND pg_temp.u(i * 3 + k, 47) < 0.2 THEN 1 ELSE 0 END,
           -- Monthly price (bed and care) in whole yuan hundreds: self-care 1,800-3,400, nursing 3,000-5,600, dementia
           -- 4,000-7,200 yuan; one home in seven publishes none.
           CASE WHEN pg_temp.u(i, 48) < 0.15 THEN NULL
                ELSE (round((CASE category WHEN 'NURSING' THEN 3000 WHEN 'DEMENTIA' THEN 4000 ELSE 1800 END)
                            * (1 + 0.8 * pg_temp.u(i * 3 + k, 49)) / 100) * 10000)::int END
    FROM counted`);
}

/**
 * One chunk of elders [lo, hi]: people aged 60 to 100 living around the county seats (a third out in the villages),
 * a capability level for those assessed, verified support categories at about national rates, and a few already
 * served by a provider (continuity). ID numbers are placeholders: random bytes stand in for the cipher and hash.
 */
async function insertElderChunk(client, lo, hi, providers, seed) {
  await client.query(`
    WITH picked AS (
      SELECT i, pg_temp.u(i, 111) AS r_county FROM generate_series(${lo}, ${hi}) i
    ), base AS (
      SELECT i, c.code AS county, c.lat AS clat, c.lon AS clon,
             CASE WHEN pg_temp.u(i, 112) < 0.35 THEN 18 ELSE 5 END AS spread_km,
             pg_temp.u(i, 113) AS r_level, pg_temp.u(i, 114) AS r_age
      FROM picked JOIN bench_counties c ON c.idx = ${COUNTY_OF('r_county')}
    ), inserted AS (
      INSERT INTO elders (id, full_name, gender, birth_date, id_number_cipher, id_number_hash, id_number_masked, region_code,
        address, latitude, longitude, care_level, dementia)
      SELECT pg_temp.uid('elder', i), 'Bench elder ' || i,
             CASE WHEN pg_temp.u(i, 115) < 0.54 THEN 'FEMALE' ELSE 'MALE' END,
             (date '2026-01-01' - make_interval(years => (60 + floor(40 * r_age * r_age))::int, days => floor(pg_temp.u(i, 116) * 365)::int))::date,
             decode(md5('cipher:' || i), 'hex'),
             sha256(convert_to('${Number(seed) | 0}:elder:' || i, 'UTF8')),
             county || '********' || lpad((i % 10000)::text, 4, '0'),
             county || lpad((1 + floor(pg_temp.u(i, 117) * 20))::text, 3, '0'),
             'Bench village ' || (i % 500),
             least(89.9, greatest(-89.9, clat + pg_temp.n(i, 118) * spread_km / 111.0)),
             clon + pg_temp.n(i, 119) * spread_km / (111.0 * cos(radians(clat))),
             CASE WHEN r_level < 0.4 THEN NULL WHEN r_level < 0.76 THEN 'INTACT' WHEN r_level < 0.88 THEN 'MILD'
                  WHEN r_level < 0.94 THEN 'MODERATE' WHEN r_level < 0.975 THEN 'SEVERE' ELSE 'TOTAL' END,
             pg_temp.u(i, 120) < 0.03
      FROM base
      RETURNING id, split_part(full_name, ' ', 3)::bigint AS i
    ), categorised AS (
      INSERT INTO elder_categories (elder_id, category, status, verified_at)
      SELECT e.id, c.category, 'VERIFIED', now()
      FROM inserted e CROSS JOIN (VALUES ('EXTREME_POVERTY', 0.01, 1), ('SUBSISTENCE_ALLOWANCE', 0.05, 2), ('LOW_INCOME', 0.03, 3),
                                         ('LIVING_ALONE', 0.1, 4), ('EMPTY_NEST', 0.15, 5), ('DISABLED', 0.04, 6)) c(category, share, k)
      WHERE pg_temp.u(e.i * 8 + c.k, 121) < c.share
      RETURNING 1
    )
    INSERT INTO provider_elder_links (provider_id, elder_id, source)
    SELECT pg_temp.uid('provider', 1 + floor(pg_temp.u(i, 123) * ${providers})::bigint), id, 'BENCH'
    FROM inserted WHERE ${providers} > 0 AND pg_temp.u(i, 122) < 0.03`);
}

/**
 * Bulk loads go faster when secondary indexes are built once at the end than row by row. The definitions are saved
 * in a table first, so that an interrupted run restores them on the next start; constraint indexes stay.
 */
async function dropSecondaryIndexes(client, tables) {
  await client.query(`CREATE TABLE IF NOT EXISTS bench_saved_indexes (name text PRIMARY KEY, definition text NOT NULL)`);
  await client.query(
    `INSERT INTO bench_saved_indexes (name, definition)
     SELECT i.indexname, i.indexdef FROM pg_indexes i
      WHERE i.schemaname = 'public' AND i.tablename = ANY($1)
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = (quote_ident(i.indexname))::regclass)
     ON CONFLICT (name) DO NOTHING`,
    [tables],
  );
  const { rows } = await client.query(`SELECT name FROM bench_saved_indexes`);
  for (const { name } of rows) await client.query(`DROP INDEX IF EXISTS "${name}"`);
}

async function restoreSecondaryIndexes(client, onIndex = () => {}) {
  const { rows: saved } = await client.query(`SELECT to_regclass('bench_saved_indexes') IS NOT NULL AS present`);
  if (!saved[0].present) return;
  const { rows } = await client.query(`SELECT name, definition FROM bench_saved_indexes ORDER BY name`);
  await client.query(`SET maintenance_work_mem = '256MB'`);
  for (const [k, { name, definition }] of rows.entries()) {
    onIndex(`index ${k + 1}/${rows.length}: ${name}`);
    const { rows: exists } = await client.query(`SELECT to_regclass($1) IS NOT NULL AS present`, [name]);
    if (!exists[0].present) await client.query(definition);
  }
  await client.query(`DROP TABLE bench_saved_indexes`);
}

export async function generateProvince(client, options = {}, onProgress = () => {}) {
  const { providers, elders, seed, counties } = { ...DEFAULTS, ...options };
  const started = Date.now();
  await client.query(`SET max_parallel_workers_per_gather = 0`);
  await client.query(helperSql(seed));
  await restoreSecondaryIndexes(client);
  await clearPrevious(client);
  await createCounties(client, seed, counties);
  const chunk = 5_000;
  const total = providers + elders;
  let done = 0;
  for (let lo = 1; lo <= providers; lo += chunk) {
    const hi = Math.min(providers, lo + chunk - 1);
    await insertProviderChunk(client, lo, hi);
    done += hi - lo + 1;
    onProgress(done, total, 'providers');
  }
  const elderChunk = 20_000;
  if (elders >= 100_000) await dropSecondaryIndexes(client, ['elders', 'elder_categories', 'provider_elder_links']);
  try {
    for (let lo = 1; lo <= elders; lo += elderChunk) {
      const hi = Math.min(elders, lo + elderChunk - 1);
      await insertElderChunk(client, lo, hi, providers, seed);
      done += hi - lo + 1;
      onProgress(done, total, 'elders');
    }
  } finally {
    onProgress(done, total, 'indexing elders');
    await restoreSecondaryIndexes(client, (stage) => onProgress(done, total, `indexing elders, ${stage}`));
  }
  // Settle the database as a long-running one is: VACUUM clears the deleted previous data set and sets hint bits and
  // the visibility map (else autovacuum and first reads do it during the measurement, on the same two cores), ANALYZE
  // gives the planner the new statistics, CHECKPOINT writes the load out.
  onProgress(done, total, 'vacuuming');
  await client.query(`VACUUM (ANALYZE) providers, provider_services, bed_capacity, elders, elder_categories, elder_guardians, provider_elder_links`);
  await client.query(`CHECKPOINT`).catch(() => undefined); // needs superuser or pg_checkpoint: best effort elsewhere
  const counts = await client.query(`SELECT kind, count(*)::int AS n FROM providers WHERE name LIKE 'Bench %' GROUP BY kind ORDER BY kind`);
  return { seconds: (Date.now() - started) / 1000, providersByKind: counts.rows, elders };
}

async function main() {
  const values = parseBenchArgs(`Builds a province-sized data set for the matching benchmark, inside PostgreSQL with generate_series (no row-by-row
inserts from Node): counties, providers with a realistic mix of kinds, ownership, beds, grades, reviews, services
and prices, and elders living around the county seats.
Reproducible: every random number is hashint8extended(row, seed + stream), so the same seed gives the same rows
(ids included) whatever the chunk size, the machine or the plan.
node bench/generate-province.js --database-url postgres://... [--providers 100000] [--elders 1000000] [--seed 42]
The target database must be migrated (start the app once, or \`npm run migrate\`); generated rows are marked
(names start with "Bench ") and replaced on the next run.`, {
      'database-url': { type: 'string' },
      providers: { type: 'string' },
      elders: { type: 'string' },
      seed: { type: 'string' },
      counties: { type: 'string' },
    });
  const url = values['database-url'] ?? process.env.DATABASE_URL;
  if (!url) throw new Error('give --database-url or DATABASE_URL (a migrated database)');
  const options = {
    providers: Number(values.providers ?? DEFAULTS.providers),
    elders: Number(values.elders ?? DEFAULTS.elders),
    seed: Number(values.seed ?? DEFAULTS.seed),
    counties: Number(values.counties ?? DEFAULTS.counties),
  };
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const bar = new cliProgress.SingleBar(
    // On a non-terminal (a log file, CI) the bar is printed as a line every 5 s instead of redrawn.
    { format: 'generating [{bar}] {percentage}% | {value}/{total} rows | {stage} | {duration}s', noTTYOutput: true, notTTYSchedule: 5000 },
    cliProgress.Presets.shades_classic,
  );
  bar.start(options.providers + options.elders, 0, { stage: 'providers' });
  try {
    const result = await generateProvince(client, options, (done, total, stage) => bar.update(done, { stage }));
    bar.stop();
    console.log(JSON.stringify(result));
  } finally {
    bar.stop();
    await client.end();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
