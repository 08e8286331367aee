import { Role } from '../../src/core/domain/enums.js';
import { ASSIGN, bookInput, bookOk, buildWorld, CANCEL, future, type World } from '../home-care/home-care.fixtures.js';
import { expectData, makeUser } from '../support/factories.js';
import { connected, liveClient, type LiveClient } from '../support/live-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { JwtService } from '@nestjs/jwt';

let day = 2;
/** Each booking on its own day, so that the elder's visits never overlap. */
const nextVisit = (w: World) => bookInput(w, { startsAt: future(day++).toISOString() });

const ORDER_CHANGED = `subscription($o: ID, $e: ID, $p: ID) {
  homeCareOrderChanged(orderId: $o, elderId: $e, providerId: $p) { id status caregiver { id } elder { id } } }`;

describe('live home-care orders: authorization at subscribe time and at delivery', () => {
  let t: TestApp;
  let url: string;
  let w: World;
  const clients: LiveClient[] = [];

  const open = async (token?: string) => {
    const c = liveClient(url, token);
    clients.push(c);
    await connected(c);
    return c;
  };

  beforeAll(async () => {
    t = await startTestApp({ GRAPHQL_MAX_DEPTH: '3', WS_CONNECTION_INIT_TIMEOUT_MS: '300' });
    url = await t.listen();
    w = await buildWorld(t);
  });
  afterAll(async () => {
    for (const c of clients) await c.close();
    await t.close();
  });

  it('never delivers an order of another family\'s elder, even to a subscription on every order', async () => {
    const mine = await open(w.family.token);
    const all = mine.subscribe(ORDER_CHANGED, {});
    const theirs = await open(w.otherFamily.token);
    const theirAll = theirs.subscribe(ORDER_CHANGED, {});
    await new Promise((r) => setTimeout(r, 100));
    const order = await bookOk(t, w.family.token, nextVisit(w));
    const got = await all.next((r) => r.data?.homeCareOrderChanged.id === order.id);
    expect(got?.data?.homeCareOrderChanged.elder.id).toBe(w.elder.id);
    // The other family's subscription hears the same event on the bus and drops it at delivery.
    expect(await theirAll.next(() => true, 700)).toBeNull();
    all.dispose();
    theirAll.dispose();
  });

  it('refuses at subscribe time, with NOT_FOUND, an order, elder or provider the caller cannot read', async () => {
    const order = await bookOk(t, w.family.token, nextVisit(w));
    const other = await open(w.otherFamily.token);
    for (const variables of [{ o: order.id }, { e: w.elder.id }]) {
      const sub = other.subscribe(ORDER_CHANGED, variables);
      const first = await sub.next();
      expect(first?.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    }
    const staff = await open(w.otherStaff.token);
    const sub = staff.subscribe(ORDER_CHANGED, { p: w.provider.id });
    expect((await sub.next())?.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const anonymous = await open();
    const anon = anonymous.subscribe(ORDER_CHANGED, { o: order.id });
    expect((await anon.next())?.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('stops delivering a visit to a caregiver once they are unassigned from it', async () => {
    const order = await bookOk(t, w.family.token, nextVisit(w));
    const first = expectData(await t.gql(ASSIGN, { o: order.id, c: w.cg1.id }, w.staff.token)).assignCaregiver;
    expect(first.caregiver.id).toBe(w.cg1.id);
    // The first assignment's own event is cg1's to see; let it be delivered before cg1 subscribes, so that whatever
    // reaches cg1 below could only come from the changes after the reassignment.
    await t.idle();
    const cg1 = await open(w.cg1.token);
    const sub = cg1.subscribe(ORDER_CHANGED, { o: order.id });
    const staffLive = await open(w.staff.token);
    const staffSub = staffLive.subscribe(ORDER_CHANGED, { o: order.id });
    await new Promise((r) => setTimeout(r, 150));
    expectData(await t.gql(ASSIGN, { o: order.id, c: w.cg2.id }, w.staff.token));
    // Staff see the reassignment; cg1 no longer sees the order, so neither this change nor later ones reach them.
    expect((await staffSub.next((r) => r.data?.homeCareOrderChanged.caregiver?.id === w.cg2.id))?.data).toBeDefined();
    expectData(await t.gql(CANCEL, { o: order.id, r: 'family changed plans' }, w.family.token));
    expect(await staffSub.next((r) => r.data?.homeCareOrderChanged.status === 'CANCELLED')).not.toBeNull();
    expect(sub.results).toEqual([]);
  });

  it('allows at most SUBSCRIPTIONS_PER_CONNECTION subscriptions on one connection', async () => {
    const c = await open(w.admin.token);
    const subs = Array.from({ length: t.config.SUBSCRIPTIONS_PER_CONNECTION }, () => c.subscribe(ORDER_CHANGED, {}));
    await new Promise((r) => setTimeout(r, 200));
    const extra = c.subscribe(ORDER_CHANGED, {});
    expect((await extra.next())?.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    // The ones within the limit are all open and all receive the next change.
    expect(subs.every((s) => !s.completed && s.results.length === 0)).toBe(true);
    const order = await bookOk(t, w.family.token, nextVisit(w));
    for (const s of subs) expect((await s.next((r) => r.data?.homeCareOrderChanged.id === order.id))?.data).toBeDefined();
    for (const s of subs) s.dispose();
  });

  it('applies the query depth limit to subscription documents', async () => {
    // This file's app allows depth 3 (see beforeAll): homeCareOrderChanged > provider > capacity > category is 4.
    const c = await open(w.admin.token);
    const refused = await c.subscribe(`subscription { homeCareOrderChanged { provider { capacity { category } } } }`).next();
    expect(refused?.errors?.[0].message).toMatch(/depth/i);
    const fine = c.subscribe(`subscription { homeCareOrderChanged { id caregiver { id } } }`);
    expect(await fine.next(() => true, 300)).toBeNull();
    expect(fine.completed).toBe(false);
    fine.dispose();
  });

  it('refuses an invalid token with 4401 and closes a connection with 4401 when its token expires', async () => {
    const bad = liveClient(url, 'not-a-token');
    clients.push(bad);
    expect((await bad.closed).code).toBe(4401);
    const user = await makeUser(t, Role.FAMILY);
    const shortLived = await t.app.get(JwtService).signAsync({ sub: user.id, role: 'FAMILY' }, { expiresIn: 2 });
    const live = liveClient(url, shortLived);
    clients.push(live);
    await connected(live);
    const closed = await live.closed;
    expect(closed.code).toBe(4401);
    expect(closed.reason).toMatch(/expired/);
  });

  it('closes a connection that sends no connection_init in time (4408)', async () => {
    const { default: WebSocket } = await import('ws');
    const socket = new WebSocket(url, 'graphql-transport-ws');
    const code = await new Promise<number>((resolve) => socket.on('close', (c: number) => resolve(c)));
    expect(code).toBe(4408);
  });
});

