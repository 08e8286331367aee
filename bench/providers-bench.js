// The provider finder under load: seeds N providers (default 1,000) with services and bed capacity,
// then drives `providers(near, with capacity and services)` and a trivial `{ __typename }` against the same server.
//
//   npm run build && node bench/providers-bench.js [--providers 1000] [--duration 10] [--connections 10]
//
// Uses DATABASE_URL when set, else an embedded PostgreSQL under bench/.data.
import pg from 'pg';
import { graphql, measureGraphQL, startBenchServer, parseBenchArgs } from './lib/harness.js';

const values = parseBenchArgs(`The provider finder under load: seeds N providers (default 1,000) with services and bed capacity,
then drives \`providers(near, with capacity and services)\` and a trivial \`{ __typename }\` against the same server.
npm run build && node bench/providers-bench.js [--providers 1000] [--duration 10] [--connections 10]
Uses DATABASE_URL when set, else an embedded PostgreSQL under bench/.data.`, {
    providers: { type: 'string', default: '1000' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
  });
const n = Number(values.providers);
const duration = Number(values.duration);
const connections = Number(values.connections);

const server = await startBenchServer();
const client = new pg.Client({ connectionString: server.databaseUrl });
await client.connect();
try {
  // Deterministic providers around Jining (35.41 N, 116.58 E), spread over about 40 km.
  await client.query(`DELETE FROM providers WHERE name LIKE 'ProvBench %'`);
  await client.query(
    `INSERT INTO providers (name, kind, ownership, region_code, address, latitude, longitude, service_radius_km)
     SELECT 'ProvBench ' || i,
            (ARRAY['NURSING_HOME','DAY_CARE_CENTRE','RURAL_HAPPINESS_HOME','HOME_CARE_AGENCY'])[1 + i % 4],
            (ARRAY['PUBLIC','PRIVATE','PUBLIC_BUILT_PRIVATE_RUN'])[1 + i % 3],
            '3708' || lpad((11 + i % 20)::text, 2, '0'), '测试地址 ' || i,
            35.41 + ((hashint4(i) % 1000) / 1000.0) * 0.36 - 0.18,
            116.58 + ((hashint4(i + 7) % 1000) / 1000.0) * 0.44 - 0.22, 8
       FROM generate_series(1, $1) AS i`,
    [n],
  );
  await client.query(
    `INSERT INTO provider_services (provider_id, kind, price_fen, unit, duration_minutes)
     SELECT p.id, s.kind, 1000 + (hashint4(length(p.name) + s.o) & 4095), '次', 60
       FROM providers p CROSS JOIN (VALUES ('MEAL', 1), ('BATHING', 2), ('CLEANING', 3)) AS s(kind, o)
      WHERE p.name LIKE 'ProvBench %'`,
  );
  await client.query(
    `INSERT INTO bed_capacity (provider_id, category, total, occupied, version)
     SELECT p.id, c.category, 50, (hashint4(length(p.name)) & 31), 1
       FROM providers p CROSS JOIN (VALUES ('SELF_CARE'), ('NURSING')) AS c(category)
      WHERE p.name LIKE 'ProvBench %'`,
  );
  await client.query('ANALYZE');
} finally {
  await client.end();
}

const finder = `query($near: GeoPointInput!) { providers(filter: { near: $near, radiusKm: 10 }, first: 20) {
  totalCount nodes { id name kind distanceKm services { kind priceFen } capacity { category available } currentRating { stars } } } }`;
const variables = { near: { latitude: 35.41, longitude: 116.58 } };
const sample = await graphql(server.url, finder, variables);
const warm = { connections, duration: 2 };
await measureGraphQL(server.url, '{ __typename }', {}, warm);
await measureGraphQL(server.url, finder, variables, warm);
const trivial = await measureGraphQL(server.url, '{ __typename }', {}, { connections, duration });
const providers = await measureGraphQL(server.url, finder, variables, { connections, duration });
await server.stop();

const row = (name, r) => `| ${name} | ${r.rps} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.errors} |`;
console.log(`providers seeded: ${n}; matches within 10 km of the point: ${sample.providers.totalCount} (first page 20)`);
console.log(`autocannon: ${connections} connections, ${duration} s each, on 127.0.0.1`);
console.log('| query | req/s | p50 ms | p95 ms | p99 ms | errors |');
console.log('|---|---|---|---|---|---|');
console.log(row('{ __typename }', trivial));
console.log(row('providers(near, services, capacity)', providers));
console.log(`ratio of req/s (providers / __typename): ${(providers.rps / trivial.rps).toFixed(3)}`);
