import { Role } from '../../src/core/domain/enums.js';
import { expectData, expectError, makeElder, makeUser } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { handlerQueue } from '../../src/core/events/domain-events.js';
import { HOME_CARE_HANDLER } from '../../src/modules/notification/notification-triggers.js';
import {
  HOME,
  SLOTS,
  agency,
  aroundTheClock,
  book,
  bookInput,
  bookOk,
  buildWorld,
  future,
  nextKey,
  type World,
} from './home-care.fixtures.js';

describe('home care: slots and booking', () => {
  let t: TestApp;
  let w: World;

  beforeAll(async () => {
    t = await startTestApp();
    w = await buildWorld(t);
  });
  afterAll(() => t.close());

  /** The SQL the app sends while `work` runs (the counter sees every statement of the app's pool), in order. */
  const statementsDuring = async <T>(work: () => Promise<T>): Promise<{ result: T; statements: string[] }> => {
    await t.idle(); // the previous bookings' notifications are made in the background
    const statements: string[] = [];
    const counter = t.queries as unknown as { logQuery: (query: string, ...rest: unknown[]) => void };
    const count = counter.logQuery.bind(counter);
    counter.logQuery = (query, ...rest) => {
      statements.push(query.replace(/\s+/g, ' ').trim());
      count(query, ...rest);
    };
    try {
      return { result: await work(), statements };
    } finally {
      delete (counter as { logQuery?: unknown }).logQuery;
    }
  };

  describe('bookHomeCareVisit', () => {
    it('books a visit at the offering\'s price, holding a caregiver\'s time, and records the booking event', async () => {
      const input = bookInput(w, { startsAt: future(3, 1).toISOString() });
      const order = await bookOk(t, w.family.token, input);
      expect(order).toMatchObject({ status: 'REQUESTED', service: 'BATHING', priceFen: 5000, subsidyFen: 0, copayFen: 5000, caregiver: null, durationMinutes: 60 });
      expect(order.events).toEqual([expect.objectContaining({ action: 'BOOK', status: 'REQUESTED', fromStatus: null, actor: 'FAMILY', actorId: w.family.id })]);
      const [row] = await t.db.query(`SELECT held_caregiver_id, caregiver_id FROM home_care_orders WHERE id = $1`, [order.id]);
      expect([w.cg1.id, w.cg2.id]).toContain(row.held_caregiver_id);
      expect(row.caregiver_id).toBeNull();
      // the booking links the provider to the elder, so its staff may read the elder
      const links = await t.db.query(`SELECT source FROM provider_elder_links WHERE provider_id = $1 AND elder_id = $2`, [w.provider.id, w.elder.id]);
      expect(links).toEqual([{ source: 'HOME_CARE' }]);
    });

    it('prorates an hourly service', async () => {
      const order = await bookOk(t, w.family.token, bookInput(w, { service: 'COMPANIONSHIP', durationMinutes: 90, startsAt: future(3, 4).toISOString() }));
      expect(order.priceFen).toBe(4500);
    });

    it('lets an officer in scope book (e.g. a welfare visit), not one out of scope', async () => {
      const order = await bookOk(t, w.officer.token, bookInput(w, { service: 'MEAL', durationMinutes: 30, startsAt: future(3, 7).toISOString() }));
      expect(order.events[0]).toMatchObject({ actor: 'CIVIL_AFFAIRS' });
      expectError(await book(t, w.outsideOfficer.token, bookInput(w, { startsAt: future(3, 9).toISOString() })), 'NOT_FOUND');
    });

    it('refuses other families (NOT_FOUND) and roles that do not book (FORBIDDEN)', async () => {
      expectError(await book(t, w.otherFamily.token, bookInput(w)), 'NOT_FOUND');
      for (const u of [w.staff, w.cg1, w.admin]) expectError(await book(t, u.token, bookInput(w)), 'FORBIDDEN');
    });

    it('refuses a service the provider does not offer', async () => {
      expectError(await book(t, w.family.token, bookInput(w, { service: 'HOME_ADAPTATION' })), 'BAD_USER_INPUT', 'SERVICE_NOT_OFFERED');
    });

    it('refuses an elder outside the service radius', async () => {
      const far = await makeElder(t, w.family, { location: { latitude: 35.9, longitude: 116.58 } });
      expectError(await book(t, w.family.token, bookInput({ provider: w.provider, elder: far })), 'BAD_USER_INPUT', 'OUTSIDE_SERVICE_AREA');
    });

    it('refuses a start in the past and a duration outside the service\'s bounds', async () => {
      const past = expectError(
        await book(t, w.family.token, bookInput(w, { startsAt: new Date(Date.now() - 60_000).toISOString() })),
        'BAD_USER_INPUT',
        'START_IN_PAST',
      );
      expect(past.extensions!.fields![0].path).toBe('input.startsAt');
      const long = expectError(await book(t, w.family.token, bookInput(w, { durationMinutes: 90 })), 'BAD_USER_INPUT', 'DURATION_OUT_OF_BOUNDS');
      expect(long.extensions!.fields![0].path).toBe('input.durationMinutes');
    });

    it('refuses a second overlapping visit for the same elder with SLOT_UNAVAILABLE', async () => {
      const startsAt = future(4, 3).toISOString();
      await bookOk(t, w.family.token, bookInput(w, { startsAt }));
      const clash = new Date(Date.parse(startsAt) + 30 * 60_000).toISOString();
      expectError(await book(t, w.family.token, bookInput(w, { startsAt: clash, service: 'MEAL', durationMinutes: 30 })), 'CONFLICT', 'SLOT_UNAVAILABLE');
    });

    it('writes the booking\'s durable event with the order, and nothing for a refused booking', async () => {
      const jobsOf = async (elderId: string) =>
        (await t.db.query(
          `SELECT data->'payload' AS payload FROM pgboss.job WHERE name = $1 AND data->'payload'->>'elderId' = $2 ORDER BY created_on`,
          [handlerQueue(HOME_CARE_HANDLER), elderId],
        )).map((r: { payload: unknown }) => r.payload);
      const elder = await makeElder(t, w.family, { location: HOME });
      const startsAt = future(4, 6).toISOString();
      const order = await bookOk(t, w.family.token, bookInput({ provider: w.provider, elder }, { startsAt }));
      const booked = [{ orderId: order.id, providerId: w.provider.id, elderId: elder.id, action: 'BOOK', from: null, to: 'REQUESTED' }];
      expect(await jobsOf(elder.id)).toEqual(booked);
      // The same elder at an overlapping time: refused by the exclusion constraint inside the one statement, which
      // leaves no order, no event row, no link and no job behind.
      const clash = new Date(Date.parse(startsAt) + 30 * 60_000).toISOString();
      expectError(await book(t, w.family.token, bookInput({ provider: w.provider, elder }, { startsAt: clash, service: 'MEAL', durationMinutes: 30 })), 'CONFLICT', 'SLOT_UNAVAILABLE');
      expect(await jobsOf(elder.id)).toEqual(booked);
      const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM home_care_orders WHERE elder_id = $1`, [elder.id]);
      expect(n).toBe(1);
    });

    it('refuses when no qualified caregiver is free, with SLOT_UNAVAILABLE', async () => {
      const startsAt = future(5, 3).toISOString();
      const e2 = await makeElder(t, w.family, { location: HOME });
      const e3 = await makeElder(t, w.family, { location: HOME });
      await bookOk(t, w.family.token, bookInput(w, { startsAt }));
      await bookOk(t, w.family.token, bookInput({ provider: w.provider, elder: e2 }, { startsAt }));
      expectError(await book(t, w.family.token, bookInput({ provider: w.provider, elder: e3 }, { startsAt })), 'CONFLICT', 'SLOT_UNAVAILABLE');
    });
  });

  describe('idempotency', () => {
    it('returns the first order for the same key and input, refuses a different input under the same key', async () => {
      const input = bookInput(w, { startsAt: future(6, 1).toISOString() });
      const first = await bookOk(t, w.family.token, input);
      const again = await bookOk(t, w.family.token, input);
      expect(again.id).toBe(first.id);
      expectError(await book(t, w.family.token, { ...input, durationMinutes: 60, startsAt: future(6, 5).toISOString() }), 'CONFLICT', 'IDEMPOTENCY_KEY_REUSED');
      const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM home_care_orders WHERE idempotency_key = $1`, [input.idempotencyKey]);
      expect(n).toBe(1);
    });

    it('keys are per account: another account may use the same key', async () => {
      const key = nextKey();
      await bookOk(t, w.family.token, bookInput(w, { idempotencyKey: key, startsAt: future(6, 8).toISOString() }));
      await bookOk(t, w.otherFamily.token, bookInput({ provider: w.provider, elder: w.otherElder }, { idempotencyKey: key, startsAt: future(6, 8).toISOString() }));
    });

    it('books in 7 statements of its own (8 with the bus message), without a transaction, and replays in one', async () => {
      const BOOK_ID = `mutation($input: BookHomeCareVisitInput!) { bookHomeCareVisit(input: $input) { id status } }`;
      const statementsOf = async (input: Record<string, unknown>) =>
        (await statementsDuring(async () => expectData(await t.gql(BOOK_ID, { input }, w.family.token)))).statements;
      const input = bookInput(w, { startsAt: future(9, 3).toISOString() });
      const first = await statementsOf(input);
      const plumbing = /^(START TRANSACTION|COMMIT|SAVEPOINT|RELEASE SAVEPOINT|INSERT INTO pgboss\.job|SELECT pg_notify)/;
      const own = first.filter((q) => !plumbing.test(q));
      // In order: the key's lookup; the provider with its offerings; the elder with the caller's right to act, its
      // categories and the age setting; the home-care rules; the subsidy rule set with its rules; the caregiver
      // accounts, profiles, holds, ranking and the provider's auto-assign setting in one; and one INSERT of the order
      // with its events, the provider's link and the event's outbox job. Then, after it, the bus message (pg_notify)
      // for live subscriptions. (It was 13 own and 19 in all with the transaction, a savepoint and the outbox insert.)
      expect(own.length).toBeLessThanOrEqual(7);
      expect(first.length).toBeLessThanOrEqual(8);
      // The one write is atomic on its own: no transaction or savepoint is opened for it.
      expect(first.filter((q) => plumbing.test(q))).toEqual([expect.stringMatching(/^SELECT pg_notify/)]);
      const write = own.filter((q) => /^WITH o AS \( INSERT INTO home_care_orders/.test(q));
      expect(write).toHaveLength(1);
      expect(write[0]).toMatch(/INSERT INTO provider_elder_links/);
      expect(write[0]).toMatch(/INSERT INTO pgboss\.job/);
      // Once each: the idempotency lookup, the offerings, and no advisory lock (the unique key settles twins).
      expect(own.filter((q) => /FROM home_care_orders o WHERE o\.booked_by = \$1 AND o\.idempotency_key = \$2/.test(q))).toHaveLength(1);
      expect(own.filter((q) => /FROM "?provider_services"?/.test(q))).toHaveLength(1);
      expect(own.filter((q) => /FROM elders e/.test(q))).toHaveLength(1);
      expect(first.some((q) => /pg_advisory/.test(q))).toBe(false);
      // A replay is the key's lookup alone.
      const replay = await statementsOf(input);
      expect(replay).toHaveLength(1);
      expect(replay[0]).toMatch(/o\.idempotency_key = \$2/);
    });

    it('spends a subsidised booking\'s allowance in one transaction with its order', async () => {
      // Aged 90+: 80% of each visit under the seeded default rules, so the booking takes a share of the allowance.
      const elder = await makeElder(t, w.family, { location: HOME, birthDate: '1930-01-01' });
      const seen = await statementsDuring(() => bookOk(t, w.family.token, bookInput({ provider: w.provider, elder }, { startsAt: future(9, 6).toISOString() })));
      const order = seen.result;
      expect(order.subsidyFen).toBeGreaterThan(0);
      const at = (re: RegExp) => seen.statements.findIndex((q) => re.test(q));
      const begin = at(/^START TRANSACTION/);
      const spend = at(/^UPDATE home_care_allowances/);
      const write = at(/^WITH o AS \( INSERT INTO home_care_orders/);
      const commit = at(/^COMMIT/);
      expect(begin).toBeGreaterThanOrEqual(0);
      expect(begin < spend && spend < write && write < commit).toBe(true);
      // Through COMMIT: the five reads, START, the ranking, SAVEPOINT, the allowance's upsert and spend, the one
      // INSERT statement, RELEASE, COMMIT (the bus message follows; 21 before the write became one statement).
      expect(commit + 1).toBeLessThanOrEqual(13);
      const [ledger] = await t.db.query(`SELECT spent_fen FROM home_care_allowances WHERE elder_id = $1`, [elder.id]);
      expect(ledger.spent_fen).toBe(order.subsidyFen);
    });

    it('creates one order from 20 identical requests sent at once', async () => {
      const input = bookInput(w, { startsAt: future(7, 1).toISOString() });
      const results = await Promise.all(Array.from({ length: 20 }, () => book(t, w.family.token, input)));
      const ids = new Set(results.map((r) => expectData(r).bookHomeCareVisit.id));
      expect(ids.size).toBe(1);
      const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM home_care_orders WHERE booked_by = $1 AND idempotency_key = $2`, [
        w.family.id,
        input.idempotencyKey,
      ]);
      expect(n).toBe(1);
      const [{ e }] = await t.db.query(`SELECT count(*)::int AS e FROM home_care_order_events WHERE order_id = $1`, [[...ids][0]]);
      expect(e).toBe(1);
    });
  });

  describe('races', () => {
    it('sells one caregiver\'s slot once: 20 families book it at the same moment, one wins', async () => {
      const solo = await agency(t);
      const cg = await makeUser(t, Role.CAREGIVER, { providerId: solo.id });
      await aroundTheClock(t, cg.id, solo.id);
      const families = await Promise.all(Array.from({ length: 20 }, () => makeUser(t, Role.FAMILY)));
      const elders: Array<{ id: string }> = [];
      for (const f of families) elders.push(await makeElder(t, f, { location: HOME }));
      const startsAt = future(8, 2).toISOString();
      const results = await Promise.all(
        families.map((f, i) => book(t, f.token, bookInput({ provider: solo, elder: elders[i] }, { startsAt }))),
      );
      const won = results.filter((r) => !r.errors);
      expect(won).toHaveLength(1);
      for (const r of results.filter((x) => x.errors)) expect(r.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'SLOT_UNAVAILABLE' });
      const rows = await t.db.query(`SELECT held_caregiver_id FROM home_care_orders WHERE provider_id = $1`, [solo.id]);
      expect(rows).toEqual([{ held_caregiver_id: cg.id }]);
    });

    it('never overspends an allowance: parallel subsidised bookings take exactly what is left', async () => {
      // Aged 90+: 80% of each visit, up to 600 yuan (60,000 fen) a month under the seeded default rules.
      const fam = await makeUser(t, Role.FAMILY);
      const elder = await makeElder(t, fam, { location: HOME, birthDate: '1930-01-01' });
      const rich = await agency(t);
      const carers = await Promise.all(Array.from({ length: 6 }, () => makeUser(t, Role.CAREGIVER, { providerId: rich.id })));
      for (const c of carers) await aroundTheClock(t, c.id, rich.id);
      await t.db.query(`UPDATE provider_services SET price_fen = 50000 WHERE provider_id = $1 AND kind = 'BATHING'`, [rich.id]);
      // six visits in one month (China time), none overlapping: 6 x 40,000 fen wanted, 60,000 available
      const base = future(0, 0);
      const month = new Date(Date.UTC(base.getUTCFullYear(), base.getUTCMonth() + 1, 10, 1));
      const results = await Promise.all(
        Array.from({ length: 6 }, (_, i) =>
          book(t, fam.token, bookInput({ provider: rich, elder }, { startsAt: new Date(month.getTime() + i * 3 * 3600_000).toISOString() })),
        ),
      );
      const orders = results.map((r) => expectData(r).bookHomeCareVisit);
      for (const o of orders) expect(o.subsidyFen + o.copayFen).toBe(o.priceFen);
      expect(orders.reduce((s, o) => s + o.subsidyFen, 0)).toBe(60000);
      const [ledger] = await t.db.query(`SELECT allowance_fen, spent_fen FROM home_care_allowances WHERE elder_id = $1`, [elder.id]);
      expect(ledger).toEqual({ allowance_fen: 60000, spent_fen: 60000 });
      expect(orders.filter((o) => o.subsidyFen === 40000)).toHaveLength(1);
    });
  });

  describe('rules as data', () => {
    it('takes the buffer, notice and geofence from the region\'s settings', async () => {
      const p = await agency(t, { regionCode: '370830' });
      const pStaff = await makeUser(t, Role.PROVIDER_STAFF, { providerId: p.id });
      const cg = await makeUser(t, Role.CAREGIVER, { providerId: p.id });
      await aroundTheClock(t, cg.id, p.id);
      await t.db.query(`INSERT INTO settings (key, region_prefix, value) VALUES ('homeCare.rules', '370830', $1::jsonb)`, [
        JSON.stringify({ travelBufferMinutes: 0, cancellationNoticeMinutes: 30, geofenceMeters: 1000 }),
      ]);
      // no travel buffer: a visit may start the minute the previous one ends
      const startsAt = future(11, 1);
      const e1 = await makeElder(t, w.family, { location: HOME });
      const e2 = await makeElder(t, w.family, { location: HOME });
      await bookOk(t, w.family.token, bookInput({ provider: p, elder: e1 }, { startsAt: startsAt.toISOString() }));
      const next = await bookOk(t, w.family.token, bookInput({ provider: p, elder: e2 }, { startsAt: new Date(startsAt.getTime() + 3600_000).toISOString() }));
      expect(next.status).toBe('REQUESTED');
      // a 30-minute notice: cancelling 90 minutes ahead is not late
      const e3 = await makeElder(t, w.family, { location: HOME });
      const soon = await bookOk(t, w.family.token, bookInput({ provider: p, elder: e3 }, { startsAt: new Date(Date.now() + 90 * 60_000).toISOString() }));
      const cancelled = expectData(await t.gql(`mutation($o: ID!) { cancelHomeCareOrder(orderId: $o, reason: "x") { cancelledLate } }`, { o: soon.id }, w.family.token));
      expect(cancelled.cancelHomeCareOrder.cancelledLate).toBe(false);
      // a 1,000 m geofence: 556 m away is not flagged
      const e4 = await makeElder(t, w.family, { location: HOME });
      const visit = await bookOk(t, w.family.token, bookInput({ provider: p, elder: e4 }, { startsAt: new Date(Date.now() + 10 * 60_000).toISOString() }));
      expectData(await t.gql(`mutation($o: ID!, $c: ID!) { assignCaregiver(orderId: $o, caregiverId: $c) { id } }`, { o: visit.id, c: cg.id }, pStaff.token));
      const checkIn = expectData(
        await t.gql(`mutation($o: ID!, $l: GeoPointInput!) { checkInVisit(orderId: $o, location: $l) { checkIn { flagged distanceMeters } } }`, {
          o: visit.id,
          l: { latitude: HOME.latitude + 0.005, longitude: HOME.longitude },
        }, cg.token),
      ).checkInVisit.checkIn;
      expect(checkIn.distanceMeters).toBeGreaterThan(500);
      expect(checkIn.flagged).toBe(false);
    });
  });

  describe('setHomeCareRules / homeCareRules', () => {
    const RULES = `query($r: String) { homeCareRules(regionCode: $r) { regionCode travelBufferMinutes geofenceMeters cancellationNoticeMinutes
      defaultWorkingHours { weekday startTime endTime } } }`;
    const SET = `mutation($p: String!, $i: HomeCareRulesInput!) { setHomeCareRules(regionPrefix: $p, input: $i) { regionCode travelBufferMinutes geofenceMeters cancellationNoticeMinutes } }`;

    it('reads the defaults, lets officers override in scope and admins anywhere, most specific prefix winning per field', async () => {
      const base = expectData(await t.gql(RULES, { r: '370832' }, w.family.token)).homeCareRules;
      expect(base).toMatchObject({ travelBufferMinutes: 30, geofenceMeters: 300, cancellationNoticeMinutes: 120 });
      expect(base.defaultWorkingHours[0]).toEqual({ weekday: 1, startTime: '08:00', endTime: '20:00' });
      expectData(await t.gql(SET, { p: '3708', i: { geofenceMeters: 500 } }, w.officer.token));
      const county = expectData(await t.gql(SET, { p: '370832', i: { travelBufferMinutes: 15 } }, w.officer.token)).setHomeCareRules;
      expect(county).toMatchObject({ travelBufferMinutes: 15, geofenceMeters: 500, cancellationNoticeMinutes: 120 });
      expect(expectData(await t.gql(RULES, { r: '370832001' }, w.family.token)).homeCareRules).toMatchObject({ travelBufferMinutes: 15, geofenceMeters: 500 });
      expect(expectData(await t.gql(RULES, { r: '370811' }, w.family.token)).homeCareRules).toMatchObject({ travelBufferMinutes: 30, geofenceMeters: 500 });
      expectError(await t.gql(SET, { p: '1101', i: { geofenceMeters: 200 } }, w.officer.token), 'BAD_USER_INPUT');
      expectError(await t.gql(SET, { p: '370832', i: { geofenceMeters: 1 } }, w.officer.token), 'BAD_USER_INPUT');
      expectError(await t.gql(SET, { p: '370832', i: { geofenceMeters: 200 } }, w.staff.token), 'FORBIDDEN');
      expectData(await t.gql(SET, { p: '1101', i: { cancellationNoticeMinutes: 60 } }, w.admin.token));
      expect(expectData(await t.gql(RULES, { r: '110101' }, w.family.token)).homeCareRules.cancellationNoticeMinutes).toBe(60);
      // clean up so that other tests in this file see the defaults
      await t.db.query(`DELETE FROM settings WHERE key = 'homeCare.rules' AND region_prefix IN ('3708', '370832', '1101')`);
    });
  });

  describe('availableVisitSlots', () => {
    it('counts free qualified caregivers per start and never offers a slot booking would refuse', async () => {
      const p = await agency(t);
      const a = await makeUser(t, Role.CAREGIVER, { providerId: p.id });
      const b = await makeUser(t, Role.CAREGIVER, { providerId: p.id });
      const c = await makeUser(t, Role.CAREGIVER, { providerId: p.id });
      await aroundTheClock(t, a.id, p.id);
      await aroundTheClock(t, b.id, p.id);
      await aroundTheClock(t, c.id, p.id, ['MEAL']); // not qualified for bathing
      const from = future(9, 0);
      const to = new Date(from.getTime() + 4 * 3600_000);
      const slotsOf = async () =>
        expectData(await t.gql(SLOTS, { p: p.id, s: 'BATHING', from: from.toISOString(), to: to.toISOString(), d: 60 }, w.family.token)).availableVisitSlots;
      const before = await slotsOf();
      expect(before[0]).toMatchObject({ startsAt: from.toISOString(), freeCaregivers: 2 });
      expect(before.map((s: { startsAt: string }) => s.startsAt)).toHaveLength(7); // 00:00 ... 03:00 every 30 min, ending by 04:00
      // book 01:00-02:00: with the 30-minute travel buffer one caregiver is gone from 00:30 to 02:30 starts
      const e1 = await makeElder(t, w.family, { location: HOME });
      await bookOk(t, w.family.token, bookInput({ provider: p, elder: e1 }, { startsAt: new Date(from.getTime() + 3600_000).toISOString() }));
      const after = await slotsOf();
      const count = (h: number, m = 0) => after.find((s: { startsAt: string }) => Date.parse(s.startsAt) === from.getTime() + (h * 60 + m) * 60_000)?.freeCaregivers ?? 0;
      expect([count(0), count(0, 30), count(1), count(2), count(2, 30), count(3)]).toEqual([1, 1, 1, 1, 2, 2]);
      // book the second caregiver at 01:00 too: now no slot touching 00:30..02:00 is offered, and booking there is refused
      const e2 = await makeElder(t, w.family, { location: HOME });
      await bookOk(t, w.family.token, bookInput({ provider: p, elder: e2 }, { startsAt: new Date(from.getTime() + 3600_000).toISOString() }));
      const full = await slotsOf();
      const offered = new Set(full.map((s: { startsAt: string }) => Date.parse(s.startsAt)));
      expect(offered.has(from.getTime() + 30 * 60_000)).toBe(false);
      const e3 = await makeElder(t, w.family, { location: HOME });
      for (let m = 0; m <= 180; m += 30) {
        const at = from.getTime() + m * 60_000;
        const res = await book(t, w.family.token, bookInput({ provider: p, elder: e3 }, { startsAt: new Date(at).toISOString() }));
        expect(!res.errors).toBe(offered.has(at));
        if (!res.errors) {
          await t.db.query(`DELETE FROM home_care_order_events WHERE order_id = $1`, [res.data!.bookHomeCareVisit.id]);
          await t.db.query(`DELETE FROM home_care_orders WHERE id = $1`, [res.data!.bookHomeCareVisit.id]);
        }
      }
    });

    it('leaves out the elder\'s own visits when an elder is given', async () => {
      const from = future(10, 0);
      const to = new Date(from.getTime() + 3 * 3600_000);
      await bookOk(t, w.family.token, bookInput(w, { startsAt: new Date(from.getTime() + 3600_000).toISOString() }));
      const res = expectData(await t.gql(SLOTS, { p: w.provider.id, s: 'BATHING', from: from.toISOString(), to: to.toISOString(), d: 60, e: w.elder.id }, w.family.token));
      const starts = res.availableVisitSlots.map((s: { startsAt: string }) => (Date.parse(s.startsAt) - from.getTime()) / 60_000);
      expect(starts).toEqual([0, 120]);
      const far = await makeElder(t, w.family, { location: { latitude: 35.9, longitude: 116.58 } });
      expectError(
        await t.gql(SLOTS, { p: w.provider.id, s: 'BATHING', from: from.toISOString(), to: to.toISOString(), d: 60, e: far.id }, w.family.token),
        'BAD_USER_INPUT',
        'OUTSIDE_SERVICE_AREA',
      );
      expectError(await t.gql(SLOTS, { p: w.provider.id, s: 'BATHING', from: from.toISOString(), to: to.toISOString(), d: 60, e: w.elder.id }, w.otherFamily.token), 'NOT_FOUND');
    });

    it('refuses an unoffered service, a reversed or too long window, and bad durations', async () => {
      const from = future(2, 0).toISOString();
      const to = future(3, 0).toISOString();
      expectError(await t.gql(SLOTS, { p: w.provider.id, s: 'HOME_ADAPTATION', from, to, d: 60 }, w.family.token), 'BAD_USER_INPUT', 'SERVICE_NOT_OFFERED');
      expectError(await t.gql(SLOTS, { p: w.provider.id, s: 'BATHING', from: to, to: from, d: 60 }, w.family.token), 'BAD_USER_INPUT');
      expectError(await t.gql(SLOTS, { p: w.provider.id, s: 'BATHING', from, to: future(30, 0).toISOString(), d: 60 }, w.family.token), 'BAD_USER_INPUT');
      expectError(await t.gql(SLOTS, { p: w.provider.id, s: 'BATHING', from, to, d: 45 }, w.family.token), 'BAD_USER_INPUT', 'DURATION_OUT_OF_BOUNDS');
      expectError(await t.gql(SLOTS, { p: w.provider.id, s: 'BATHING', from, to, d: 60 }), 'UNAUTHENTICATED');
    });
  });
});
