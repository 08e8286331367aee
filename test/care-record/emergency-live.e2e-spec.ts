import { expectData } from '../support/factories.js';
import { connected, liveClient, type LiveClient } from '../support/live-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { ACK, buildCareWorld, RAISE, RESOLVE, type CareWorld } from './care.fixtures.js';

const CHANGED = `subscription($id: ID!) { emergencyChanged(id: $id) { id status acknowledgedAt acknowledgedBy resolvedAt } }`;

/** The family who pressed 紧急求助 sees, without reloading, when someone answers it and when it is over. */
describe('care records: a live emergency', () => {
  let t: TestApp;
  let w: CareWorld;
  let url: string;
  const clients: LiveClient[] = [];
  const open = async (token: string) => {
    const c = liveClient(url, token);
    clients.push(c);
    await connected(c);
    return c;
  };

  beforeAll(async () => {
    t = await startTestApp();
    url = await t.listen();
    w = await buildCareWorld(t);
  });
  afterAll(async () => {
    for (const c of clients) await c.close();
    await t.close();
  });

  it('pushes the acknowledgement and the resolution to the guardian, and nothing of another emergency', async () => {
    const e = expectData(await t.gql(RAISE, { e: w.elder.id, k: 'FALL' }, w.family.token)).raiseEmergency;
    const family = await open(w.family.token);
    const sub = family.subscribe(CHANGED, { id: e.id });
    await new Promise((r) => setTimeout(r, 150));

    const other = expectData(await t.gql(RAISE, { e: w.elder.id, k: 'OTHER' }, w.family.token)).raiseEmergency;
    expectData(await t.gql(ACK, { id: other.id }, w.staff.token));
    expectData(await t.gql(ACK, { id: e.id }, w.idleCaregiver.token));
    const acked = await sub.next((r) => r.data?.emergencyChanged.status === 'ACKNOWLEDGED');
    expect(acked?.data?.emergencyChanged).toMatchObject({ id: e.id, acknowledgedBy: w.idleCaregiver.id });
    expect(acked?.data?.emergencyChanged.acknowledgedAt).toBeTruthy();

    expectData(await t.gql(RESOLVE, { id: e.id, n: '已送医' }, w.staff.token));
    expect((await sub.next((r) => r.data?.emergencyChanged.status === 'RESOLVED'))?.data?.emergencyChanged.resolvedAt).toBeTruthy();
    expect(sub.results.every((r) => r.data?.emergencyChanged.id === e.id)).toBe(true);
    sub.dispose();
  });

  it('refuses, with NOT_FOUND, an emergency the caller may not read', async () => {
    const e = expectData(await t.gql(RAISE, { e: w.elder.id, k: 'ILLNESS' }, w.family.token)).raiseEmergency;
    for (const token of [w.otherFamily.token, w.otherStaff.token]) {
      const c = await open(token);
      const sub = c.subscribe(CHANGED, { id: e.id });
      expect((await sub.next())?.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    }
  });
});
