// What the anchors of bench/request-path-bench.js and bench/reserve-bench.js answer, shared by both: the schema of the
// operations measured (`{ __typename }`, `provider(id)`, `me`, `elder(id)`, the provider finder, and a bed hold that is
// pgbench's transaction in reserve-bench), their SQL through one `pg` pool (the app's statements, prepared), and the
// caller read from the bearer token. bench/bare/server.js serves them on bare
// Apollo + Fastify; bench/bare/nest-server.js through a minimal Nest app on the same Apollo and Fastify.
import { createSecretKey } from 'node:crypto';
import { resolve } from 'node:path';
import jwt from 'jsonwebtoken';
import pg from 'pg';

const ROOT = resolve(import.meta.dirname, '..', '..');
const { boxContainsSql, boxRadiusMetres, distanceKmSql } = await import(resolve(ROOT, 'dist/core/database/geo.js'));

export const pool = new pg.Pool({
  connectionString: process.env.DATABASE_URL,
  max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
  idleTimeoutMillis: 300_000,
  options: '-c plan_cache_mode=force_generic_plan',
});
const key = createSecretKey(Buffer.from(process.env.JWT_SECRET));

const PROVIDER_COLUMNS = `id, name, kind, ownership, region_code, address, credit_code, latitude, longitude, phone, service_radius_km,
  accepts_care_levels, dementia_care, current_stars, current_rating_id, current_rating_valid_until, review_count, review_sum, created_at, updated_at`;

const ELDER_COLUMNS = `id, full_name, gender, birth_date, id_number_masked, region_code, address, latitude, longitude, phone, support_form,
  self_care_class, care_level, dementia, latest_assessment_id, latest_assessed_at, created_by, created_at, updated_at`;

const rows = async (name, text, values) => (await pool.query({ name, text, values })).rows;

export const typeDefs = `#graphql
  type Query {
    provider(id: ID!): Provider
    providers(filter: ProviderFilter, first: Int = 20): ProviderConnection!
    me: User
    elder(id: ID!): Elder
  }
  type Mutation {
    "reserve-bench's pgbench transaction (the conditional capacity UPDATE and a row INSERT), for a signed-in caller"
    reserveBed(providerId: ID!, elder: Int!): Boolean!
  }
  input GeoPointInput { latitude: Float!, longitude: Float! }
  input ProviderFilter { near: GeoPointInput, radiusKm: Float }
  type ProviderConnection { totalCount: Int!, nodes: [Provider!]! }
  type Provider { id: ID!, name: String!, kind: String!, distanceKm: Float, services: [Service!]!, capacity: [Capacity!]!, currentRating: Rating }
  type Service { kind: String!, priceFen: Int! }
  type Capacity { category: String!, available: Int! }
  type Rating { stars: Int! }
  type User { id: ID!, role: String!, displayName: String! }
  type Elder { id: ID!, fullName: String!, regionCode: String! }
`;

const byProviderIds = async (name, sql, ids) => {
  const found = await rows(name, sql, [ids]);
  const out = new Map(ids.map((id) => [id, []]));
  for (const r of found) out.get(r.provider_id).push(r);
  return out;
};

/** The root fields, as plain functions of (arguments, caller id). */
export const queries = {
  provider: async ({ id }) => (await rows('bare_provider', `SELECT ${PROVIDER_COLUMNS} FROM providers WHERE id = $1`, [id]))[0] ?? null,
  me: async (_, userId) => {
    if (!userId) return null;
    return (await rows('bare_user', `SELECT id, phone, password_hash, display_name, role, provider_id, region_scope, token_version, disabled_at, disabled_reason, password_changed_at, created_at FROM users WHERE id = $1`, [userId]))[0] ?? null;
  },
  elder: async ({ id }, userId) => {
    if (!userId) return null;
    const [elder] = await rows('bare_elder', `SELECT ${ELDER_COLUMNS} FROM elders WHERE id = $1`, [id]);
    if (!elder) return null;
    const guardian = await rows('bare_guardian', `SELECT elder_id FROM elder_guardians WHERE user_id = $1 AND elder_id = ANY($2::uuid[])`, [userId, [id]]);
    return guardian.length ? elder : null;
  },
  providers: async ({ filter, first }) => {
    const values = [];
    const param = (v) => `$${values.push(v)}`;
    const lat = param(filter.near.latitude);
    const lon = param(filter.near.longitude);
    const distance = distanceKmSql(lat, lon);
    const where = `${boxContainsSql(lat, lon, param(boxRadiusMetres(filter.radiusKm)))} AND ${distance} <= ${param(filter.radiusKm)}::float8`;
    const page = await rows(
      'bare_finder',
      `SELECT p.id, ${distance} AS distance_km, count(*) OVER () AS total_count FROM providers p WHERE ${where} ORDER BY distance_km, p.id LIMIT ${param(first + 1)} OFFSET ${param(0)}`,
      values,
    );
    const ids = page.slice(0, first).map((r) => r.id);
    const providers = new Map((await rows('bare_providers', `SELECT ${PROVIDER_COLUMNS} FROM providers WHERE id = ANY($1::uuid[])`, [ids])).map((p) => [p.id, p]));
    const services = await byProviderIds('bare_services', `SELECT provider_id, kind, price_fen FROM provider_services WHERE provider_id = ANY($1::uuid[]) ORDER BY kind`, ids);
    const capacity = await byProviderIds('bare_capacity', `SELECT * FROM bed_capacity WHERE provider_id = ANY($1::uuid[])`, ids);
    return {
      totalCount: page.length ? Number(page[0].total_count) : 0,
      nodes: page.slice(0, first).map((r) => ({ ...providers.get(r.id), distance_km: r.distance_km, services: services.get(r.id), capacity: capacity.get(r.id) })),
    };
  },
};

/** The root mutation, as a plain function of (arguments, caller id). */
export const mutations = {
  reserveBed: async ({ providerId, elder }, userId) => {
    if (!userId) throw new Error('not signed in');
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const held = await client.query({
        name: 'bare_hold',
        text: `UPDATE bed_capacity SET reserved = reserved + 1, version = version + 1, updated_at = now()
                WHERE provider_id = $1 AND category = 'NURSING' AND total - occupied - reserved >= 1`,
        values: [providerId],
      });
      await client.query({ name: 'bare_hold_row', text: 'INSERT INTO bench_reserve_rows (provider_id, elder) VALUES ($1, $2)', values: [providerId, elder] });
      await client.query('COMMIT');
      return held.rowCount === 1;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  },
};

/** The fields that are not a column of the same name, as (parent) => value. */
export const fields = {
  Provider: {
    distanceKm: (p) => (p.distance_km == null ? null : Number(p.distance_km)),
    currentRating: (p) => (p.current_stars == null ? null : { stars: p.current_stars }),
  },
  Service: { priceFen: (s) => s.price_fen },
  Capacity: { available: (c) => c.total - c.occupied - c.reserved },
  User: { displayName: (u) => u.display_name },
  Elder: { fullName: (e) => e.full_name, regionCode: (e) => e.region_code },
};

/** The caller's id from a valid bearer token, else none. */
export function callerOf(headers) {
  const header = headers.authorization;
  if (!header?.startsWith('Bearer ')) return {};
  try {
    return { userId: jwt.verify(header.slice(7), key, { algorithms: ['HS256'], issuer: 'yiyang' }).sub };
  } catch {
    return {};
  }
}

/** Stops the server on SIGTERM or SIGINT. */
export function stopOnSignal(close) {
  const stop = async () => {
    await close();
    await pool.end();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
}
