import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { ambient } from '../../src/core/context/ambient.js';
import { DEFAULT_POOL_GUARDS, dataSourceOptions } from '../../src/core/database/data-source-options.js';
import { UnitOfWork } from '../../src/core/database/unit-of-work.js';
import { DomainEvents } from '../../src/core/events/domain-events.js';
import { createTestDatabase } from '../support/database.js';
import { eventually } from '../support/eventually.js';


/**
 * DomainEvents over a recording job queue and bus: what it writes in the transaction (a job per handler) and what it
 * announces after the commit (the live bus message).
 */
function recordingEvents(uow: UnitOfWork, seen: (what: string) => unknown) {
  const jobs = { define: async () => undefined, sendInTransaction: async (queue: string) => seen(`job ${queue}`), wake: () => undefined };
  const bus = { subscribe: () => undefined, publish: async (channel: string) => seen(`bus ${channel}`) };
  const events = new DomainEvents(uow, jobs as never, bus as never, { EVENT_RETRY_LIMIT: 1, EVENT_RETRY_DELAY_SECONDS: 1, EVENT_DELIVERY_TIMEOUT_SECONDS: 10 } as never);
  void events.handle('bed-capacity.changed', 'probe', async () => undefined);
  return events;
}

/** The ambient unit of work against a real PostgreSQL: joining, rollback, retry and after-commit work. */
describe('UnitOfWork', () => {
  let ds: DataSource;
  let uow: UnitOfWork;
  const backendPid = async (): Promise<number> => (await uow.manager.query('SELECT pg_backend_pid() AS pid'))[0].pid;
  const rows = async (): Promise<string[]> => (await ds.query('SELECT note FROM uow_probe ORDER BY id')).map((r: { note: string }) => r.note);

  beforeAll(async () => {
    ds = new DataSource(dataSourceOptions(await createTestDatabase(), { migrations: [] }, { ...DEFAULT_POOL_GUARDS, poolSize: 4 }));
    await ds.initialize();
    await ds.query('CREATE TABLE uow_probe (id serial PRIMARY KEY, note text NOT NULL)');
    uow = new UnitOfWork(ds);
  });
  afterAll(() => ds.destroy());
  beforeEach(() => ds.query('TRUNCATE uow_probe'));

  it('statements started together in a unit take turns on its one connection, in the order asked for', async () => {
    let sending = 0;
    let most = 0;
    const order = await uow.run(async (manager) => {
      // Count the statements pg is asked to run at once on the transaction's client.
      const client = (await manager.queryRunner!.connect()) as { query: (...args: unknown[]) => Promise<unknown> };
      const query = client.query.bind(client);
      client.query = (...args: unknown[]) => {
        most = Math.max(most, ++sending);
        return Promise.resolve(query(...args)).finally(() => sending--);
      };
      const seen: string[] = [];
      await Promise.all([
        manager.query(`SELECT pg_sleep(0.05)`).then(() => seen.push('slow')),
        manager.query(`INSERT INTO uow_probe (note) VALUES ('a') RETURNING id`).then(() => seen.push('insert')),
        uow.prepared('uow_probe_count', `SELECT count(*)::int AS n FROM uow_probe`, []).then(([r]) => seen.push(`count ${r.n}`)),
      ]);
      return seen;
    });
    expect(order).toEqual(['slow', 'insert', 'count 1']);
    expect(most).toBe(1);
  });

  it('a nested run joins the open transaction: same connection, one commit', async () => {
    await uow.run(async () => {
      const outer = await backendPid();
      await uow.manager.query(`INSERT INTO uow_probe (note) VALUES ('outer')`);
      const inner = await uow.run(async () => {
        await uow.manager.query(`INSERT INTO uow_probe (note) VALUES ('inner')`);
        return backendPid();
      });
      expect(inner).toBe(outer);
      // Not visible outside before the outer commit: the inner run did not commit on its own.
      expect(await rows()).toEqual([]);
    });
    expect(await rows()).toEqual(['outer', 'inner']);
  });

  it('a failure in a nested run rolls back the whole unit', async () => {
    await expect(
      uow.run(async () => {
        await uow.manager.query(`INSERT INTO uow_probe (note) VALUES ('outer')`);
        await uow.run(async () => {
          throw new Error('inner fails');
        });
      }),
    ).rejects.toThrow('inner fails');
    expect(await rows()).toEqual([]);
  });

  it('reads inside the unit go through its transaction, reads outside through the pool', async () => {
    expect(uow.inTransaction).toBe(false);
    await uow.run(async () => {
      expect(uow.inTransaction).toBe(true);
      await uow.manager.query(`INSERT INTO uow_probe (note) VALUES ('mine')`);
      // The uncommitted row is visible on the unit's own connection only.
      expect((await uow.manager.query('SELECT count(*)::int AS n FROM uow_probe'))[0].n).toBe(1);
      expect((await ds.query('SELECT count(*)::int AS n FROM uow_probe'))[0].n).toBe(0);
    });
  });

  it('a rollback drops after-commit work and published events', async () => {
    const delivered: unknown[] = [];
    const events = recordingEvents(uow, (what) => delivered.push(what));
    const after: string[] = [];
    await expect(
      uow.run(async () => {
        await uow.manager.query(`INSERT INTO uow_probe (note) VALUES ('x')`);
        uow.afterCommit(() => after.push('ran'));
        events.publish('bed-capacity.changed', { providerId: 'p', category: 'NURSING', totalBefore: 1, totalAfter: 2, freeBefore: 1, freeAfter: 2 });
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    await new Promise((r) => setTimeout(r, 20));
    expect(after).toEqual([]);
    expect(delivered).toEqual([]);
    expect(await rows()).toEqual([]);
  });

  it('events and after-commit work wait for the commit, then run once', async () => {
    const seen: string[] = [];
    const events = recordingEvents(uow, async (what) => {
      if (what.startsWith('bus')) seen.push(`event sees ${(await rows()).length} row(s)`);
      else seen.push(what);
    });
    await uow.run(async () => {
      await uow.manager.query(`INSERT INTO uow_probe (note) VALUES ('x')`);
      uow.afterCommit(async () => {
        seen.push(`after-commit sees ${(await rows()).length} row(s)`);
      });
      events.publish('bed-capacity.changed', { providerId: 'p', category: 'NURSING', totalBefore: 1, totalAfter: 2, freeBefore: 1, freeAfter: 2 });
      await new Promise((r) => setTimeout(r, 20));
      expect(seen).toEqual([]);
    });
    // After the commit each runs (on a busy machine that may take longer than a fixed pause); then nothing runs twice.
    await eventually(async () => seen.length >= 3, 10_000, 10);
    await new Promise((r) => setTimeout(r, 50));
    // The handler's job was written in the transaction, before its commit; the announcement came after it.
    expect(seen.sort()).toEqual(['after-commit sees 1 row(s)', 'event sees 1 row(s)', 'job event.probe']);
  });

  it('after-commit work runs outside the finished transaction', async () => {
    let inside: boolean | undefined;
    let pidInside = 0;
    let pidAfter = 0;
    let wrote: string[] = [];
    await uow.run(async () => {
      pidInside = await backendPid();
      uow.afterCommit(async () => {
        inside = uow.inTransaction;
        pidAfter = await backendPid();
        // A write after commit is its own statement on the pool, committed at once.
        await uow.manager.query(`INSERT INTO uow_probe (note) VALUES ('after')`);
        wrote = await rows();
      });
    });
    await new Promise((r) => setTimeout(r, 50));
    expect(inside).toBe(false);
    expect(pidAfter).toBeGreaterThan(0);
    expect(pidInside).toBeGreaterThan(0);
    expect(wrote).toEqual(['after']);
    expect(ambient.getStore()?.unit).toBeUndefined();
  });

  it('the request id survives the unit and its after-commit work', async () => {
    const ids: Array<string | undefined> = [];
    await ambient.run({ requestId: 'req-1' }, () =>
      uow.run(async () => {
        ids.push(ambient.getStore()?.requestId);
        uow.afterCommit(() => ids.push(ambient.getStore()?.requestId));
      }),
    );
    await new Promise((r) => setTimeout(r, 20));
    expect(ids).toEqual(['req-1', 'req-1']);
  });

  it.each([
    ['40001', 'serialization failure'],
    ['40P01', 'deadlock'],
  ])('retries the whole work on %s (%s), without keeping the failed attempt', async (code) => {
    let attempts = 0;
    const after: number[] = [];
    const result = await uow.run(async () => {
      attempts++;
      await uow.manager.query(`INSERT INTO uow_probe (note) VALUES ($1)`, [`attempt ${attempts}`]);
      uow.afterCommit(() => after.push(attempts));
      if (attempts < 3) await uow.manager.query(`DO $$ BEGIN RAISE EXCEPTION 'race lost' USING ERRCODE = '${code}'; END $$`);
      return 'done';
    });
    expect(result).toBe('done');
    expect(attempts).toBe(3);
    expect(await rows()).toEqual(['attempt 3']);
    await new Promise((r) => setTimeout(r, 20));
    // Only the committed attempt's after-commit work runs.
    expect(after).toEqual([3]);
  });

  it('gives up after its attempts and does not retry other errors', async () => {
    let attempts = 0;
    await expect(
      uow.run(async () => {
        attempts++;
        await uow.manager.query(`DO $$ BEGIN RAISE EXCEPTION 'always' USING ERRCODE = '40001'; END $$`);
      }),
    ).rejects.toThrow('always');
    expect(attempts).toBe(3);
    attempts = 0;
    await expect(
      uow.run(async () => {
        attempts++;
        await uow.manager.query(`INSERT INTO uow_probe (note) VALUES (NULL)`);
      }),
    ).rejects.toThrow(/null value/);
    expect(attempts).toBe(1);
  });

  it('a real serialization race: both sides end up committed, one after a retry', async () => {
    await ds.query(`INSERT INTO uow_probe (note) VALUES ('0')`);
    let tries = 0;
    const bump = () =>
      uow.run(async () => {
        tries++;
        await uow.manager.query('SET TRANSACTION ISOLATION LEVEL SERIALIZABLE');
        const [{ note }] = await uow.manager.query('SELECT note FROM uow_probe');
        await new Promise((r) => setTimeout(r, 50));
        await uow.manager.query('UPDATE uow_probe SET note = $1', [String(Number(note) + 1)]);
      });
    await Promise.all([bump(), bump()]);
    expect(await rows()).toEqual(['2']);
    expect(tries).toBeGreaterThan(2);
  });
});
