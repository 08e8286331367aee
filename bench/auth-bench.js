// What the per-request token check costs: `{ __typename }` anonymously, and signed in with the account state cached
// (AUTH_STATE_CACHE_MS, default 5 s) and read on every request (AUTH_STATE_CACHE_MS=0).
//
//   npm run build && node bench/auth-bench.js [--duration 5] [--connections 10]
//
// Uses DATABASE_URL when set, else an embedded PostgreSQL under bench/.data.
import { graphql, measureGraphQL, startBenchServer, parseBenchArgs } from './lib/harness.js';

const values = parseBenchArgs(`What the per-request token check costs: \`{ __typename }\` anonymously, and signed in with the account state cached
(AUTH_STATE_CACHE_MS, default 5 s) and read on every request (AUTH_STATE_CACHE_MS=0).
npm run build && node bench/auth-bench.js [--duration 5] [--connections 10]
Uses DATABASE_URL when set, else an embedded PostgreSQL under bench/.data.`, { duration: { type: 'string', default: '5' }, connections: { type: 'string', default: '10' } });
const options = { duration: Number(values.duration), connections: Number(values.connections) };
const query = '{ __typename }';
const rows = [];

for (const [label, cacheMs] of [['cached state (5 s)', '5000'], ['state read every request', '0']]) {
  const server = await startBenchServer({ overrides: { AUTH_STATE_CACHE_MS: cacheMs, REGISTRATIONS_PER_ADDRESS_PER_HOUR: '100000' } });
  try {
    const phone = `139${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
    const { register } = await graphql(server.url, `mutation($i: RegisterInput!) { register(input: $i) { accessToken } }`, {
      i: { phone, password: 'bench-password-2026', displayName: 'bench' },
    });
    const headers = { authorization: `Bearer ${register.accessToken}` };
    await graphql(server.url, query, {}, headers);
    if (rows.length === 0) rows.push(['anonymous', await measureGraphQL(server.url, query, {}, options)]);
    rows.push([`signed in, ${label}`, await measureGraphQL(server.url, query, {}, { ...options, headers })]);
  } finally {
    await server.stop();
  }
}

console.log(`{ __typename }, ${options.connections} connections, ${options.duration} s each`);
for (const [label, r] of rows) console.log(`${label.padEnd(40)} ${String(Math.round(r.rps)).padStart(7)} req/s  p50 ${r.p50} ms  p99 ${r.p99} ms  errors ${r.errors}`);
