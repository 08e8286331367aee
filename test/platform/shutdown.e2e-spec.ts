import { Role } from '../../src/core/domain/enums.js';
import { expectData, makeElder, makeProvider, makeUser, setCapacity } from '../support/factories.js';
import { startTestApp } from '../support/test-app.js';

describe('shutdown', () => {
  it('lets a request in flight finish before the database pool closes', async () => {
    const t = await startTestApp();
    const p = await makeProvider(t);
    const staff = await makeUser(t, Role.PROVIDER_STAFF, { providerId: p.id });
    await setCapacity(t, p.id, 'NURSING', 10, 2);
    // Another transaction holds the capacity row, so the update below waits inside its own transaction.
    const holder = t.db.createQueryRunner();
    await holder.connect();
    await holder.startTransaction();
    await holder.query(`SELECT 1 FROM bed_capacity WHERE provider_id = $1 FOR UPDATE`, [p.id]);
    const update = t.gql(
      `mutation($input: UpdateBedCapacityInput!) { updateBedCapacity(input: $input) { total version } }`,
      { input: { providerId: p.id, category: 'NURSING', total: 12, occupied: 2, expectedVersion: 1 } },
      staff.token,
    );
    await new Promise((r) => setTimeout(r, 200));
    const closing = t.close();
    await new Promise((r) => setTimeout(r, 200));
    await holder.commitTransaction();
    await holder.release();
    expect(expectData(await update).updateBedCapacity).toEqual({ total: 12, version: 2 });
    await closing;
    expect(t.logs.join('')).not.toMatch(/Connection terminated|unexpected error/);
  });

  it('keeps the database pool open until the requests in flight are answered', async () => {
    const t = await startTestApp();
    const family = await makeUser(t, Role.FAMILY);
    const elder = await makeElder(t, family);
    // The search's first query waits on a lock; its next ones need the pool after the shutdown began.
    const holder = t.db.createQueryRunner();
    await holder.connect();
    await holder.startTransaction();
    await holder.query(`LOCK TABLE elders IN ACCESS EXCLUSIVE MODE`);
    const search = t.gql(`query($need: CareNeedInput!) { matchProviders(need: $need) { score } }`, { need: { elderId: elder.id } }, family.token);
    await new Promise((r) => setTimeout(r, 200));
    const closing = t.close();
    await new Promise((r) => setTimeout(r, 200));
    await holder.commitTransaction();
    await holder.release();
    expect(expectData(await search).matchProviders).toEqual([]);
    await closing;
  });
});
