import pg from 'pg';
import { Role } from '../../src/core/domain/enums.js';
import { handlerQueue } from '../../src/core/events/domain-events.js';
import { expectData, makeElder, makeProvider, makeUser, setCapacity } from '../support/factories.js';
import { spawnInstance } from '../support/spawn-instance.js';
import { startTestApp } from '../support/test-app.js';
import { eventually } from '../support/eventually.js';

const UPDATE_CAPACITY = `mutation($input: UpdateBedCapacityInput!) { updateBedCapacity(input: $input) { total version } }`;
const JOIN = `mutation($input: JoinBedWaitlistInput!) { joinBedWaitlist(input: $input) { id status } }`;
const QUEUE = handlerQueue('bed-waitlist.offer-freed-beds');
// Every instance of this test gives the queue the same settings (they are stored with the queue, shared).
const FAST_RECOVERY = { EVENT_DELIVERY_TIMEOUT_SECONDS: '2', JOBS_MAINTENANCE_INTERVAL_SECONDS: '1', EVENT_RETRY_DELAY_SECONDS: '1' };


describe('crash between commit and delivery', () => {
  it('delivers the event after the instance that committed it is killed (SIGKILL), and exactly one waitlist offer results', async () => {
    // Seed through one instance, then stop it before A starts: its job workers must not be there to retry A's lost
    // attempt (the delivery times out after 2 s here) before the test has seen that nothing was delivered.
    const seed = await startTestApp(FAST_RECOVERY);
    const databaseUrl = seed.databaseUrl;
    const provider = await makeProvider(seed);
    const staff = await makeUser(seed, Role.PROVIDER_STAFF, { providerId: provider.id });
    const family = await makeUser(seed, Role.FAMILY);
    const elder = await makeElder(seed, family);
    await setCapacity(seed, provider.id, 'NURSING', 1, 1);
    const entry = expectData(await seed.gql(JOIN, { input: { providerId: provider.id, elderId: elder.id, category: 'NURSING' } }, family.token)).joinBedWaitlist;
    expect(entry.status).toBe('WAITING');
    // The test's own connection (it outlives the instances).
    const holder = new pg.Client({ connectionString: databaseUrl });
    await holder.connect();
    const one = async (sql: string, params: unknown[] = []) => (await holder.query(sql, params)).rows;
    await seed.close();

    // Instance A in its own process. The test holds processed_events locked, so A's delivery of the event stops at its
    // first statement, after the capacity change has committed: A dies with the event committed and not delivered.
    const a = await spawnInstance(databaseUrl, FAST_RECOVERY);
    await holder.query('BEGIN');
    await holder.query(`LOCK TABLE processed_events IN SHARE ROW EXCLUSIVE MODE`);
    let survivor: Awaited<ReturnType<typeof startTestApp>> | null = null;
    try {
      expectData(await a.gql(UPDATE_CAPACITY, { input: { providerId: provider.id, category: 'NURSING', total: 2, occupied: 1, expectedVersion: 1 } }, staff.token));
      await eventually(async () => {
        const [{ n }] = await one(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = $1 AND state = 'active'`, [QUEUE]);
        return n === 1;
      });
      await a.kill();
      await holder.query('COMMIT');
      const [{ offers }] = await one(`SELECT count(*)::int AS offers FROM bed_waitlist_offers`);
      expect(offers).toBe(0);

      // A restarted instance: pg-boss takes the lost attempt as expired and retries it; the offer is made.
      survivor = await startTestApp(FAST_RECOVERY, { databaseUrl });
      await eventually(async () => {
        const [{ n }] = await one(`SELECT count(*)::int AS n FROM bed_waitlist_offers`);
        return n > 0;
      });
      await eventually(async () => {
        const [{ n }] = await one(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = $1 AND state = 'completed'`, [QUEUE]);
        return n === 1;
      });
      const offers2 = await one(`SELECT o.entry_id, r.status FROM bed_waitlist_offers o JOIN bed_reservations r ON r.id = o.reservation_id`);
      expect(offers2).toEqual([{ entry_id: entry.id, status: 'HELD' }]);
      const [capacity] = await one(`SELECT total, occupied, reserved FROM bed_capacity WHERE provider_id = $1 AND category = 'NURSING'`, [provider.id]);
      expect(capacity).toEqual({ total: 2, occupied: 1, reserved: 1 });
    } finally {
      await holder.end();
      await a.kill();
      await survivor?.close();
    }
  });
});
