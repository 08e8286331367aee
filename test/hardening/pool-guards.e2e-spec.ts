import { Role } from '../../src/core/domain/enums.js';
import { expectData, makeProvider, makeUser, setCapacity } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { BOOK, bookInput, buildWorld, future, type World } from '../home-care/home-care.fixtures.js';

describe('hardening: the pool under a burst of bookings', () => {
  let t: TestApp;
  let w: World;

  beforeAll(async () => {
    // The default pool (10): a booking that asked the pool for a second connection inside its transaction
    // exhausted it at about 12 at once, and every request then waited for ever.
    t = await startTestApp();
    w = await buildWorld(t);
  });
  afterAll(() => t.close());

  it('answers 50 parallel bookings (25 with one idempotency key, 25 distinct), then /health and a query at once', async () => {
    const same = bookInput(w, { startsAt: future(5, 1).toISOString() });
    const distinct = Array.from({ length: 25 }, (_, i) => bookInput(w, { startsAt: future(6 + Math.floor(i / 10), (i % 10) * 2).toISOString(), durationMinutes: 60 }));
    const bodies = [...Array.from({ length: 25 }, () => same), ...distinct];
    const results = await Promise.all(bodies.map((input) => t.gql(BOOK, { input }, w.family.token)));

    const codes = results.flatMap((r) => (r.errors ?? []).map((e) => e.extensions?.code));
    expect(codes).toEqual([]);
    const sameIds = new Set(results.slice(0, 25).map((r) => r.data!.bookHomeCareVisit.id));
    expect(sameIds.size).toBe(1);
    const distinctIds = new Set(results.slice(25).map((r) => r.data!.bookHomeCareVisit.id));
    expect(distinctIds.size).toBe(25);
    const [{ count }] = await t.db.query(`SELECT count(*)::int AS count FROM home_care_orders WHERE elder_id = $1`, [w.elder.id]);
    expect(count).toBe(26);

    const started = Date.now();
    const [health, query] = await Promise.all([
      t.http().get('/health'),
      t.gql(`query($id: ID!) { provider(id: $id) { id } }`, { id: w.provider.id }),
    ]);
    expect(health.status).toBe(200);
    expect(expectData(query).provider).toEqual({ id: w.provider.id });
    // /health gives the database 1.5 s; a pool still held by stuck bookings would answer 503 after it.
    expect(Date.now() - started).toBeLessThan(1500);
  });
});

describe('hardening: pool guards', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ DATABASE_POOL_SIZE: '2', DATABASE_ACQUIRE_TIMEOUT_MS: '300', DATABASE_LOCK_TIMEOUT_MS: '400' });
  });
  afterAll(() => t.close());

  it('sets statement, lock and idle-in-transaction timeouts on every pooled connection', async () => {
    const [row] = await t.db.query(
      `SELECT current_setting('statement_timeout') AS statement, current_setting('lock_timeout') AS lock,
              current_setting('idle_in_transaction_session_timeout') AS idle`,
    );
    expect(row).toEqual({ statement: '30s', lock: '400ms', idle: '1min' });
  });

  it('refuses a request that finds no free connection with SERVICE_UNAVAILABLE (retryable), and recovers', async () => {
    const held = [t.db.createQueryRunner(), t.db.createQueryRunner()];
    for (const runner of held) await runner.connect();
    try {
      const res = await t.gql(`{ providers(first: 1) { totalCount } }`);
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', retryable: true, retryAfter: expect.any(Number) });
      expect(res.errors?.[0]?.message).not.toMatch(/timeout exceeded|pool/i);
      const raw = await t.http().post('/graphql').send({ query: '{ providers(first: 1) { totalCount } }' });
      expect(raw.headers['retry-after']).toBe('2');
    } finally {
      for (const runner of held) await runner.release();
    }
    expect(expectData(await t.gql(`{ providers(first: 1) { totalCount } }`)).providers.totalCount).toBe(0);
  });

  it('ends a statement that waits on a lock past lock_timeout with SERVICE_UNAVAILABLE, writing nothing', async () => {
    const p = await makeProvider(t);
    const staff = await makeUser(t, Role.PROVIDER_STAFF, { providerId: p.id });
    await setCapacity(t, p.id, 'NURSING', 10, 2);
    const holder = t.db.createQueryRunner();
    await holder.connect();
    await holder.startTransaction();
    try {
      await holder.query(`SELECT 1 FROM bed_capacity WHERE provider_id = $1 FOR UPDATE`, [p.id]);
      const res = await t.gql(
        `mutation($input: UpdateBedCapacityInput!) { updateBedCapacity(input: $input) { total } }`,
        { input: { providerId: p.id, category: 'NURSING', total: 12, occupied: 2, expectedVersion: 1 } },
        staff.token,
      );
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', retryable: true });
    } finally {
      await holder.rollbackTransaction();
      await holder.release();
    }
    const [row] = await t.db.query(`SELECT total FROM bed_capacity WHERE provider_id = $1`, [p.id]);
    expect(row.total).toBe(10);
  });
});
