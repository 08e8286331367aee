import { Role } from '../../src/core/domain/enums.js';
import { UnitOfWork } from '../../src/core/database/unit-of-work.js';
import { DomainEvents, handlerQueue } from '../../src/core/events/domain-events.js';
import { JobQueue } from '../../src/core/jobs/job-queue.js';
import { expectData, expectError, makeProvider, makeUser, setCapacity, type TestUser } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { eventually } from '../support/eventually.js';

const UPDATE_CAPACITY = `mutation($input: UpdateBedCapacityInput!) { updateBedCapacity(input: $input) { total version } }`;
const FAILED = `query { failedEvents(first: 10) { totalCount nodes { id handler eventName eventId payload attempts error occurredAt failedAt } } }`;
const RETRY = `mutation($id: ID!) { retryFailedEvent(id: $id) }`;


describe('durable events: outbox, retries, dead letter, idempotent handlers', () => {
  let t: TestApp;
  let admin: TestUser;
  let staff: TestUser;
  let providerId: string;
  let version = 1;
  let failuresLeft = 0;
  const handled: string[] = [];

  beforeAll(async () => {
    t = await startTestApp({ EVENT_RETRY_LIMIT: '2', EVENT_RETRY_DELAY_SECONDS: '1' });
    admin = await makeUser(t, Role.ADMIN);
    const provider = await makeProvider(t);
    providerId = provider.id;
    staff = await makeUser(t, Role.PROVIDER_STAFF, { providerId });
    await setCapacity(t, providerId, 'NURSING', 10, 2);
    // A handler that fails while failuresLeft > 0; it records each event it completed.
    await t.app.get(DomainEvents).handle('bed-capacity.changed', 'test.flaky', async (_payload, event) => {
      if (failuresLeft > 0) {
        failuresLeft--;
        throw new Error('flaky handler failed');
      }
      handled.push(event.id);
    });
  });
  afterAll(() => t.close());
  beforeEach(() => {
    failuresLeft = 0;
  });

  const raiseTotal = async () => {
    const total = 10 + version;
    expectData(await t.gql(UPDATE_CAPACITY, { input: { providerId, category: 'NURSING', total, occupied: 2, expectedVersion: version } }, staff.token));
    version++;
  };

  /**
   * Five events in one transaction (totalAfter 1..5) marked by totalBefore, so that only the test's own handler takes
   * them; then waits until the handler's five jobs have ended, and returns them by totalAfter.
   */
  const fiveEventsEnded = async (marker: number, handler: string) => {
    await t.app.get(UnitOfWork).run(async () => {
      for (let n = 1; n <= 5; n++) {
        t.app.get(DomainEvents).publish('bed-capacity.changed', { providerId, category: 'NURSING', totalBefore: marker, totalAfter: n, freeBefore: 0, freeAfter: 0 });
      }
    });
    return eventually(async () => {
      const rows: Array<{ n: string; state: string; started_on: Date }> = await t.db.query(
        `SELECT data->'payload'->>'totalAfter' AS n, state, started_on FROM pgboss.job WHERE name = $1 ORDER BY n`,
        [handlerQueue(handler)],
      );
      return rows.length === 5 && rows.every((r) => r.state === 'completed' || r.state === 'failed') ? rows : null;
    }, 20_000);
  };

  it('writes the event in the change\'s transaction: committed with it, and not at all when it rolls back', async () => {
    const before = await t.db.query(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = $1`, [handlerQueue('test.flaky')]);
    await expect(
      t.app.get(UnitOfWork).run(async () => {
        t.app.get(DomainEvents).publish('bed-capacity.changed', { providerId, category: 'NURSING', totalBefore: 1, totalAfter: 2, freeBefore: 0, freeAfter: 1 });
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    const after = await t.db.query(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = $1`, [handlerQueue('test.flaky')]);
    expect(after[0].n).toBe(before[0].n);

    failuresLeft = 0;
    await raiseTotal();
    await eventually(async () => handled.length === 1);
  });

  it('refuses to tell only the live bus of a committed change that a durable handler takes: its outbox row belongs in the change\'s statement', async () => {
    const events = t.app.get(DomainEvents);
    const before = await t.db.query(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = $1`, [handlerQueue('test.flaky')]);
    const payload = { providerId, category: 'NURSING', totalBefore: 1, totalAfter: 1, freeBefore: 1, freeAfter: 0 };
    expect(() => events.publishCommitted('bed-capacity.changed', payload)).toThrow(/durable handlers \(event\.test\.flaky\)/);
    const after = await t.db.query(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = $1`, [handlerQueue('test.flaky')]);
    expect(after[0].n).toBe(before[0].n);
  });

  it('retries a failing handler with backoff, dead-letters it after the last try, lists it for ADMIN only, and delivers it on retry', async () => {
    handled.length = 0;
    failuresLeft = 100;
    await raiseTotal();
    const failed = await eventually(async () => {
      const res = expectData(await t.gql(FAILED, {}, admin.token)).failedEvents;
      return res.nodes.length > 0 ? res : null;
    }, 15_000);
    const dead = failed.nodes[0];
    expect(dead).toMatchObject({ handler: 'test.flaky', eventName: 'bed-capacity.changed', attempts: 3, error: 'flaky handler failed' });
    expect(JSON.parse(dead.payload)).toMatchObject({ providerId, category: 'NURSING' });
    expect(handled).toEqual([]);
    expect(t.logs.join('')).toMatch(/event delivery dead-lettered/);

    for (const role of [Role.FAMILY, Role.PROVIDER_STAFF, Role.CIVIL_AFFAIRS, Role.CAREGIVER]) {
      const someone = role === Role.PROVIDER_STAFF ? staff : await makeUser(t, role, role === Role.CAREGIVER ? { providerId } : {});
      expectError(await t.gql(FAILED, {}, someone.token), 'FORBIDDEN');
      expectError(await t.gql(RETRY, { id: dead.id }, someone.token), 'FORBIDDEN');
    }
    expectError(await t.gql(FAILED, {}), 'UNAUTHENTICATED');

    failuresLeft = 0;
    expect(expectData(await t.gql(RETRY, { id: dead.id }, admin.token)).retryFailedEvent).toBe(true);
    await eventually(async () => handled.includes(dead.eventId));
    expect(expectData(await t.gql(FAILED, {}, admin.token)).failedEvents.totalCount).toBe(0);
    // Not a failed delivery any more: NOT_FOUND.
    expectError(await t.gql(RETRY, { id: dead.id }, admin.token), 'NOT_FOUND');
    expectError(await t.gql(RETRY, { id: '00000000-0000-4000-8000-000000000000' }, admin.token), 'NOT_FOUND');
  });

  it('does nothing twice when an event is delivered again (processed_events)', async () => {
    handled.length = 0;
    await raiseTotal();
    await eventually(async () => handled.length === 1);
    const [job] = await t.db.query(`SELECT data FROM pgboss.job WHERE name = $1 AND state = 'completed' ORDER BY completed_on DESC LIMIT 1`, [
      handlerQueue('test.flaky'),
    ]);
    // At-least-once delivery: the same event sent again, as a redelivery after a lost acknowledgement would be.
    await t.app.get(JobQueue).send(handlerQueue('test.flaky'), job.data);
    t.app.get(JobQueue).wake(handlerQueue('test.flaky'));
    await eventually(async () => {
      const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = $1 AND state <> 'completed'`, [handlerQueue('test.flaky')]);
      return n === 0;
    });
    expect(handled).toEqual([job.data.eventId]);
    // One mark per handler of the event (the waitlist handler heard it too), never two.
    const marks = await t.db.query(`SELECT handler FROM processed_events WHERE event_id = $1 ORDER BY handler`, [job.data.eventId]);
    expect(marks).toEqual([{ handler: 'bed-waitlist.offer-freed-beds' }, { handler: 'test.flaky' }]);
  });

  it('fetches the events that wait together in one batch, and a failing one fails alone (retried, then dead-lettered) while the others are handled once', async () => {
    const seen: number[] = [];
    // totalBefore -1 marks this test's events, so that no other test's change reaches this handler.
    await t.app.get(DomainEvents).handle(
      'bed-capacity.changed',
      'test.batch',
      async (payload) => {
        seen.push(payload.totalAfter);
        if (payload.totalAfter === 3) throw new Error('the third fails');
      },
      { when: (payload) => payload.totalBefore === -1 },
    );
    const jobs = await fiveEventsEnded(-1, 'test.batch');
    expect(jobs.map((j) => `${j.n}:${j.state}`)).toEqual(['1:completed', '2:completed', '3:failed', '4:completed', '5:completed']);
    // The failing event was tried 3 times (EVENT_RETRY_LIMIT 2), each of the others once.
    expect(seen.filter((n) => n === 3)).toHaveLength(3);
    expect(seen.filter((n) => n !== 3).sort()).toEqual([1, 2, 4, 5]);
    // One fetch started several of them: their start times are one statement's now().
    const firstStarts = new Set(jobs.filter((j) => j.n !== '3').map((j) => j.started_on.toISOString()));
    expect(firstStarts.size).toBeLessThan(4);
    const failed = expectData(await t.gql(FAILED, {}, admin.token)).failedEvents.nodes;
    expect(failed.filter((f: { handler: string }) => f.handler === 'test.batch')).toMatchObject([{ attempts: 3, error: 'the third fails' }]);
  });

  it('delivers waiting events to a handleMany handler together in one unit, and one by one when the batch fails', async () => {
    const calls: number[][] = [];
    const done: number[] = [];
    // totalBefore -2 marks this test's events.
    await t.app.get(DomainEvents).handleMany(
      'bed-capacity.changed',
      'test.many',
      async (events) => {
        const totals = events.map((e) => e.payload.totalAfter);
        calls.push(totals);
        if (totals.includes(3)) throw new Error('the third fails');
        done.push(...totals);
      },
      { when: (payload) => payload.totalBefore === -2 },
    );
    const jobs = await fiveEventsEnded(-2, 'test.many');
    expect(jobs.map((j) => `${j.n}:${j.state}`)).toEqual(['1:completed', '2:completed', '3:failed', '4:completed', '5:completed']);
    // Several events in one call at first; every event but the failing one handled (committed) exactly once.
    expect(Math.max(...calls.map((c) => c.length))).toBeGreaterThan(1);
    expect(done.sort()).toEqual([1, 2, 4, 5]);
    const marks = await t.db.query(`SELECT count(*)::int AS n FROM processed_events WHERE handler = 'test.many'`);
    expect(marks[0].n).toBe(4);
  });
});
