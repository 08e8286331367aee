// Latency of the regional figures on a province-sized data set (bench/generate-province.js): regionStatistics of the
// province with its children (cities), the monthly series and the care gaps, one request at a time, and of one county
// with its townships. Prints p50/p95 in ms per query shape.
//
//   npm run build && node bench/generate-province.js --database-url URL [--providers 100000 --elders 1000000]
//   node bench/region-figures-bench.js [--runs 5]
//
// Uses DATABASE_URL when set, else the embedded PostgreSQL under bench/.data (where generate-province puts its data
// when given that database's URL).
import pg from 'pg';
import { graphql, percentile, startBenchServer, parseBenchArgs } from './lib/harness.js';

const values = parseBenchArgs(`Latency of the regional figures on a province-sized data set (bench/generate-province.js): regionStatistics of the
province with its children (cities), the monthly series and the care gaps, one request at a time, and of one county
with its townships. Prints p50/p95 in ms per query shape.
npm run build && node bench/generate-province.js --database-url URL [--providers 100000 --elders 1000000]
node bench/region-figures-bench.js [--runs 5]
Uses DATABASE_URL when set, else the embedded PostgreSQL under bench/.data (where generate-province puts its data
when given that database's URL).`, { runs: { type: 'string', default: '5' } });
const runs = Number(values.runs);

const server = await startBenchServer();
const client = new pg.Client({ connectionString: server.databaseUrl });
await client.connect();
try {
  const [{ n }] = (await client.query(`SELECT count(*)::int AS n FROM providers WHERE region_code LIKE '37%'`)).rows;
  const [{ e }] = (await client.query(`SELECT count(*)::int AS e FROM elders WHERE region_code LIKE '37%'`)).rows;
  // The busiest county that is in the division list (the generator also invents codes).
  const [{ county }] = (
    await client.query(`SELECT left(p.region_code, 6) AS county FROM providers p JOIN regions r ON r.code = left(p.region_code, 6)
                         WHERE p.region_code LIKE '37%' GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`)
  ).rows;
  await client.query(`INSERT INTO users (phone, password_hash, display_name, role, region_scope) VALUES ('19900000018', 'x', '统计基准', 'CIVIL_AFFAIRS', '37')
    ON CONFLICT (phone) DO UPDATE SET region_scope = '37'`);
  const [{ id }] = (await client.query(`SELECT id FROM users WHERE phone = '19900000018'`)).rows;
  const { TokenService } = await import('../dist/core/auth/token.service.js');
  const { token } = await server.app.get(TokenService).sign({ userId: id, role: 'CIVIL_AFFAIRS', providerId: null, regionScope: '37' });
  const figures = 'regionCode name elders nursingBedShare occupancyRate beds { category total occupied } providersByKind { kind count }';
  const shapes = {
    'province totals': `{ regionStatistics(regionCode: "37") { ${figures} } }`,
    'province + cities': `{ regionStatistics(regionCode: "37") { ${figures} children { ${figures} } } }`,
    'province monthly (12)': `{ regionStatistics(regionCode: "37") { monthly { month beds occupiedBeds admissions homeCareOrders { total } } } }`,
    'province care gaps': `{ regionStatistics(regionCode: "37") { careGaps { regionCode unmetNeed } } }`,
    [`county ${county.slice(0, 6)} + townships + gaps`]: `{ regionStatistics(regionCode: "${county.slice(0, 6)}") { ${figures} children { ${figures} } careGaps { regionCode unmetNeed } } }`,
  };
  console.log(JSON.stringify({ providers: n, elders: e }));
  for (const [name, query] of Object.entries(shapes)) {
    const times = [];
    let errors = 0;
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      await graphql(server.url, query, {}, { authorization: `Bearer ${token}` }).catch(() => errors++);
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    console.log(JSON.stringify({ query: name, runs, p50: Math.round(percentile(times, 50)), p95: Math.round(percentile(times, 95)), errors }));
  }
} finally {
  await client.end();
  await server.stop();
}
