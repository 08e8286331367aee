// Monthly settlement at scale: generateSettlement for one provider with 10,000 visits in the month, and for each of
// the 200 providers of a county (50 visits each), timed, with the SQL statements each generation costs (the app's
// QueryCounter). Prints numbers; asserts nothing.
//
//   npm run build && node bench/settlement-bench.js [--visits 10000] [--providers 200] [--per-provider 50]
//
// Uses DATABASE_URL when set, else an embedded PostgreSQL under bench/.data. Each run adds its own providers.
import { resolve } from 'node:path';
import pg from 'pg';
import { graphql, startBenchServer, parseBenchArgs } from './lib/harness.js';

const values = parseBenchArgs(`Monthly settlement at scale: generateSettlement for one provider with 10,000 visits in the month, and for each of
the 200 providers of a county (50 visits each), timed, with the SQL statements each generation costs (the app's
QueryCounter). Prints numbers; asserts nothing.
npm run build && node bench/settlement-bench.js [--visits 10000] [--providers 200] [--per-provider 50]
Uses DATABASE_URL when set, else an embedded PostgreSQL under bench/.data. Each run adds its own providers.`, {
    visits: { type: 'string', default: '10000' },
    providers: { type: 'string', default: '200' },
    'per-provider': { type: 'string', default: '50' },
  });
const bigVisits = Number(values.visits);
const countyProviders = Number(values.providers);
const perProvider = Number(values['per-provider']);
const COUNTY = '370830';
const MONTH = '2026-04';

const ROOT = resolve(import.meta.dirname, '..');
const { TokenService } = await import(resolve(ROOT, 'dist/core/auth/token.service.js'));
const { QUERY_COUNTER } = await import(resolve(ROOT, 'dist/core/database/database.module.js'));

const server = await startBenchServer();
const client = new pg.Client({ connectionString: server.databaseUrl });
await client.connect();

/** Providers named `${prefix} i`, each with `caregivers` caregivers, and `visits` completed visits in April each. */
async function seed(prefix, providers, visits, caregivers) {
  const ids = (
    await client.query(
      `INSERT INTO providers (name, kind, ownership, region_code, address, latitude, longitude, service_radius_km)
       SELECT $1 || ' ' || i, 'HOME_CARE_AGENCY', 'PRIVATE', $2, '测试地址', 35.41, 116.58, 10 FROM generate_series(1, $3) i RETURNING id`,
      [prefix, COUNTY, providers],
    )
  ).rows.map((r) => r.id);
  await client.query(
    `INSERT INTO users (phone, password_hash, display_name, role, provider_id)
     SELECT '17' || lpad((row_number() OVER () + (SELECT count(*) FROM users))::text, 9, '0'), 'x', '护理员', 'CAREGIVER', p
       FROM unnest($1::uuid[]) p CROSS JOIN generate_series(1, $2)`,
    [ids, caregivers],
  );
  // each caregiver does one visit an hour from 1 April 08:00 China time, in homes a few hundred metres apart
  await client.query(
    `INSERT INTO home_care_orders (elder_id, provider_id, service, status, starts_at, ends_at, hold_ends_at, caregiver_id,
       price_fen, subsidy_fen, copay_fen, allowance_month, visit_latitude, visit_longitude, elder_region_code, provider_region_code,
       booked_by, booked_by_role, idempotency_key, request_hash, checked_in_at, check_in_distance_m, check_in_flagged,
       checked_out_at, check_out_distance_m, check_out_flagged)
     SELECT (SELECT id FROM elders WHERE region_code = $3 ORDER BY id LIMIT 1 OFFSET (n % 500)), c.provider_id, 'BATHING', 'COMPLETED',
            t, t + interval '60 minutes', t + interval '60 minutes', c.id, 5000, 4000, 1000, '2026-04-01',
            35.41 + (n % 7) * 0.002, 116.58, $3, $3, $4, 'FAMILY', gen_random_uuid()::text, 'x',
            t + interval '2 minutes', 20, (n % 97 = 0), t + interval '58 minutes', 25, false
       FROM (SELECT u.id, u.provider_id, row_number() OVER (PARTITION BY u.provider_id ORDER BY u.id) AS k
               FROM users u WHERE u.provider_id = ANY($1::uuid[]) AND u.role = 'CAREGIVER') c
       CROSS JOIN LATERAL generate_series(0, $2::int / $5::int - 1) AS n
       CROSS JOIN LATERAL (SELECT timestamptz '2026-04-01 08:00:00+08' + (n / 10) * interval '1 day' + (n % 10) * interval '1 hour' AS t) tt`,
    [ids, visits, COUNTY, booker, caregivers],
  );
  return ids;
}

let booker;
try {
  booker = (
    await client.query(
      `INSERT INTO users (phone, password_hash, display_name, role) VALUES ('16' || lpad((SELECT count(*) FROM users)::text, 9, '0'), 'x', '家属', 'FAMILY') RETURNING id`,
    )
  ).rows[0].id;
  await client.query(
    `INSERT INTO elders (full_name, gender, birth_date, id_number_cipher, id_number_hash, id_number_masked, region_code, address, latitude, longitude)
     SELECT '老人' || i, 'FEMALE', '1940-01-01', '\\x00', decode(md5($2 || i) || md5($2 || i || 'x'), 'hex'), '3708********0000', $1, '地址', 35.41, 116.58
       FROM generate_series(1, 500) i`,
    [COUNTY, `bench-${Date.now()}-`],
  );
} catch (error) {
  console.error(error);
  process.exit(1);
}
const big = await seed(`SettleBench big ${Date.now()}`, 1, bigVisits, 40);
const county = await seed(`SettleBench county ${Date.now()}`, countyProviders, perProvider, 5);
await client.query('ANALYZE');
await client.end();

const officer = { userId: booker, role: 'CIVIL_AFFAIRS', providerId: null, regionScope: COUNTY };
const [{ id: officerId }] = await server.app.get((await import('typeorm')).DataSource).query(
  `INSERT INTO users (phone, password_hash, display_name, role, region_scope) VALUES ('15' || lpad((SELECT count(*) FROM users)::text, 9, '0'), 'x', '民政', 'CIVIL_AFFAIRS', $1) RETURNING id`,
  [COUNTY],
);
officer.userId = officerId;
const { token } = await server.app.get(TokenService).sign(officer);
const counter = server.app.get(QUERY_COUNTER);
const GENERATE = `mutation($p: ID!, $m: String!) { generateSettlement(providerId: $p, month: $m) { id totalFen lineCount heldCount } }`;

async function timed(providerId) {
  const before = counter.count;
  const start = process.hrtime.bigint();
  const data = await graphql(server.url, GENERATE, { p: providerId, m: MONTH }, { authorization: `Bearer ${token}` });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  return { ms, statements: counter.count - before, result: data.generateSettlement };
}

for (const round of ['first', 'again (rebuilds the draft)']) {
  const r = await timed(big[0]);
  console.log(`one provider, ${bigVisits} visits, ${round}: ${r.ms.toFixed(0)} ms, ${r.statements} SQL statements,`
    + ` lines ${r.result[0].lineCount}, held ${r.result[0].heldCount}, total ${r.result[0].totalFen} fen`);
}
const start = process.hrtime.bigint();
let statements = 0;
const times = [];
for (const id of county) {
  const r = await timed(id);
  statements += r.statements;
  times.push(r.ms);
}
const total = Number(process.hrtime.bigint() - start) / 1e6;
times.sort((a, b) => a - b);
console.log(`county, ${countyProviders} providers × ${perProvider} visits: ${total.toFixed(0)} ms in all, `
  + `median ${times[Math.floor(times.length / 2)].toFixed(1)} ms, max ${times.at(-1).toFixed(1)} ms per provider, `
  + `${statements} SQL statements (${(statements / countyProviders).toFixed(1)} per provider)`);
await server.stop();
