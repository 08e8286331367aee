import { Role } from '../../src/core/domain/enums.js';
import { expectData, makeElder, makeProvider, makeUser, setCapacity, type TestUser } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const RESERVE = `mutation($input: ReserveBedInput!) { reserveBed(input: $input) { id status } }`;

/** reserveBed takes the bed in one statement: the bed_capacity row is locked by it and held only until COMMIT. */
describe('reserveBed: statements', () => {
  let t: TestApp;
  let officer: TestUser;

  beforeAll(async () => {
    t = await startTestApp();
    officer = await makeUser(t, Role.CIVIL_AFFAIRS, { regionScope: '3708' });
  });
  afterAll(() => t.close());

  /** The SQL text of the statements one reservation runs, and its answer. */
  async function reserve(providerId: string, elderId: string, idempotencyKey: string) {
    await t.idle();
    t.queries.captured = [];
    try {
      const res = await t.gql(RESERVE, { input: { providerId, elderId, category: 'NURSING', idempotencyKey } }, officer.token);
      return { res, statements: t.queries.captured };
    } finally {
      t.queries.captured = null;
    }
  }

  it('writes the counts, their history, the reservation, its event and the provider link in one statement', async () => {
    const provider = await makeProvider(t);
    await setCapacity(t, provider.id, 'NURSING', 10, 2);
    const elder = await makeElder(t, officer);
    const { res, statements } = await reserve(provider.id, elder.id, 'statements-1');
    const { reserveBed } = expectData(res);
    expect(reserveBed.status).toBe('HELD');

    const writesCapacity = statements.filter((sql) => /UPDATE bed_capacity\b/.test(sql));
    expect(writesCapacity).toHaveLength(1);
    const [take] = writesCapacity;
    for (const table of ['bed_capacity_history', 'bed_reservations', 'bed_reservation_events', 'provider_elder_links', 'pgboss.job']) {
      expect(take).toContain(`INSERT INTO ${table}`);
      expect(statements.filter((sql) => sql.includes(`INSERT INTO ${table}`))).toHaveLength(1);
    }
    // The statement is its own transaction: the bed's row lock lasts that statement, not until a COMMIT after it.
    expect(statements.filter((sql) => /^(START TRANSACTION|BEGIN|COMMIT|SAVEPOINT)/i.test(sql))).toEqual([]);
    expect(statements.some((sql) => /pg_advisory/.test(sql))).toBe(false);
    expect(statements).toHaveLength(RESERVE_STATEMENTS);
    const [job] = await t.db.query(`SELECT data FROM pgboss.job WHERE data->'payload'->>'reservationId' = $1`, [reserveBed.id]);
    expect(job.data).toMatchObject({ name: 'bed-reservation.changed', payload: { from: null, to: 'HELD' } });

    // Every row is there, as the four statements used to write them.
    const [history] = await t.db.query(
      `SELECT source, occupied_before, reserved_before, reserved_after FROM bed_capacity_history WHERE provider_id = $1 ORDER BY id DESC LIMIT 1`,
      [provider.id],
    );
    expect(history).toEqual({ source: 'RESERVATION', occupied_before: 2, reserved_before: 0, reserved_after: 1 });
    const events = await t.db.query(`SELECT from_status, to_status, actor_role FROM bed_reservation_events WHERE reservation_id = $1`, [reserveBed.id]);
    expect(events).toEqual([{ from_status: null, to_status: 'HELD', actor_role: 'CIVIL_AFFAIRS' }]);
    const links = await t.db.query(`SELECT source FROM provider_elder_links WHERE provider_id = $1 AND elder_id = $2`, [provider.id, elder.id]);
    expect(links).toEqual([{ source: 'BED_RESERVATION' }]);
  });

  it('writes nothing when no bed is free', async () => {
    const provider = await makeProvider(t);
    await setCapacity(t, provider.id, 'NURSING', 1, 1);
    const elder = await makeElder(t, officer);
    const { res } = await reserve(provider.id, elder.id, 'statements-2');
    expect(res.errors?.[0].extensions?.reason).toBe('NO_BED_AVAILABLE');
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM bed_reservations WHERE provider_id = $1`, [provider.id]);
    expect(n).toBe(0);
    const links = await t.db.query(`SELECT 1 FROM provider_elder_links WHERE provider_id = $1 AND elder_id = $2`, [provider.id, elder.id]);
    expect(links).toEqual([]);
  });
});

/**
 * Statements of one reservation by an officer: the elder with the right to act, its categories and age thresholds (one
 * row); sent at the same time, the key's earlier reservation with the elder's active one, the number of the hold's
 * event row, the provider and the hold setting (one row); the statement that takes the bed with its outbox row; the bus
 * notification after it. (It was 17 before the bed was taken in one statement, 12 before the elder was read in one, 10
 * in a transaction, and 6 while the provider and the hold setting were read on their own.)
 */
const RESERVE_STATEMENTS = 4;
