import { Role } from '../../src/core/domain/enums.js';
import { SettingsService } from '../../src/core/settings/settings.service.js';
import { BedExpiryJob } from '../../src/modules/bed/bed-expiry.job.js';
import { expectData, expectError, makeElder, makeProvider, makeUser, setCapacity, type TestUser } from '../support/factories.js';
import type { GraphQLResponse } from '../support/test-app.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const RESERVE = `mutation($input: ReserveBedInput!) { reserveBed(input: $input) { id status expiresAt governmentSupported } }`;
const JOIN = `mutation($input: JoinBedWaitlistInput!) { joinBedWaitlist(input: $input) { id status position } }`;

let keySeq = 0;
const key = () => `race-${++keySeq}`;

async function counts(t: TestApp, providerId: string, category = 'NURSING') {
  const [row] = await t.db.query(`SELECT total, occupied, reserved FROM bed_capacity WHERE provider_id = $1 AND category = $2`, [providerId, category]);
  return row as { total: number; occupied: number; reserved: number };
}

const reasons = (results: GraphQLResponse[]) =>
  results.map((r) => (r.errors ? r.errors[0].extensions?.reason ?? r.errors[0].extensions?.code : 'OK')).sort();

describe('bed reservations under concurrency, idempotency, the reserved share and the one-active rule', () => {
  let t: TestApp;
  let officer: TestUser;
  let family: TestUser;

  beforeAll(async () => {
    t = await startTestApp();
    officer = await makeUser(t, Role.CIVIL_AFFAIRS, { regionScope: '3708' });
    family = await makeUser(t, Role.FAMILY);
  });
  afterAll(async () => {
    // No listener, job or unexpected failure behind the scenes (business refusals are logged by Nest and are fine).
    const errors = t.logs.filter((line) => /event listener failed|unexpected error|expiry failed|query failed/.test(line));
    await t.close();
    expect(errors).toEqual([]);
  });

  async function elders(n: number, categories: string[] = []) {
    const ids: string[] = [];
    for (let i = 0; i < n; i++) ids.push((await makeElder(t, officer, { categories })).id);
    return ids;
  }

  it('50 parallel reservations for the last bed: exactly one HELD, the rest NO_BED_AVAILABLE, counts exact', async () => {
    const provider = await makeProvider(t);
    await setCapacity(t, provider.id, 'NURSING', 10, 9);
    const ids = await elders(50);
    const [{ n: historyBefore }] = await t.db.query(`SELECT count(*)::int AS n FROM bed_capacity_history WHERE provider_id = $1`, [provider.id]);
    const results = await Promise.all(
      ids.map((elderId) => t.gql(RESERVE, { input: { providerId: provider.id, elderId, category: 'NURSING', idempotencyKey: key() } }, officer.token)),
    );
    expect(reasons(results)).toEqual(['OK', ...Array(49).fill('NO_BED_AVAILABLE')].sort());
    expect(results.filter((r) => !r.errors).map((r) => r.data!.reserveBed.status)).toEqual(['HELD']);
    expect(await counts(t, provider.id)).toEqual({ total: 10, occupied: 9, reserved: 1 });
    const rows = await t.db.query(`SELECT status FROM bed_reservations WHERE provider_id = $1`, [provider.id]);
    expect(rows).toEqual([{ status: 'HELD' }]);
    const [{ n: historyAfter }] = await t.db.query(`SELECT count(*)::int AS n FROM bed_capacity_history WHERE provider_id = $1`, [provider.id]);
    expect(historyAfter - historyBefore).toBe(1);
  });

  it('the same idempotency key and input returns the original; a different input is IDEMPOTENCY_KEY_REUSED; parallel repeats create one', async () => {
    const provider = await makeProvider(t);
    await setCapacity(t, provider.id, 'NURSING', 10, 0);
    const [a, b] = await elders(2);
    const k = key();
    const first = expectData(await t.gql(RESERVE, { input: { providerId: provider.id, elderId: a, category: 'NURSING', idempotencyKey: k } }, officer.token)).reserveBed;
    const again = expectData(await t.gql(RESERVE, { input: { providerId: provider.id, elderId: a, category: 'NURSING', idempotencyKey: k } }, officer.token)).reserveBed;
    expect(again).toEqual(first);
    expectError(await t.gql(RESERVE, { input: { providerId: provider.id, elderId: b, category: 'NURSING', idempotencyKey: k } }, officer.token), 'CONFLICT', 'IDEMPOTENCY_KEY_REUSED');
    expectError(await t.gql(RESERVE, { input: { providerId: provider.id, elderId: a, category: 'SELF_CARE', idempotencyKey: k } }, officer.token), 'CONFLICT', 'IDEMPOTENCY_KEY_REUSED');
    expect(await counts(t, provider.id)).toMatchObject({ reserved: 1 });

    // A key belongs to its account: another account's same key is a new request.
    const otherOfficer = await makeUser(t, Role.CIVIL_AFFAIRS, { regionScope: '3708' });
    expectError(await t.gql(RESERVE, { input: { providerId: provider.id, elderId: a, category: 'NURSING', idempotencyKey: k } }, otherOfficer.token), 'CONFLICT', 'ACTIVE_RESERVATION_EXISTS');

    const k2 = key();
    const parallel = await Promise.all(
      Array.from({ length: 15 }, () => t.gql(RESERVE, { input: { providerId: provider.id, elderId: b, category: 'NURSING', idempotencyKey: k2 } }, officer.token)),
    );
    const ids = new Set(parallel.map((r) => expectData(r).reserveBed.id));
    expect(ids.size).toBe(1);
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM bed_reservations WHERE elder_id = $1`, [b]);
    expect(n).toBe(1);
    expect(await counts(t, provider.id)).toMatchObject({ reserved: 2 });
  });

  it('an elder holds at most one active reservation, also when racing at several providers', async () => {
    const providers = await Promise.all(Array.from({ length: 5 }, () => makeProvider(t)));
    for (const p of providers) await setCapacity(t, p.id, 'SELF_CARE', 3, 0);
    const [elder] = await elders(1);
    const results = await Promise.all(
      providers.map((p) => t.gql(RESERVE, { input: { providerId: p.id, elderId: elder, category: 'SELF_CARE', idempotencyKey: key() } }, officer.token)),
    );
    expect(reasons(results)).toEqual(['ACTIVE_RESERVATION_EXISTS', 'ACTIVE_RESERVATION_EXISTS', 'ACTIVE_RESERVATION_EXISTS', 'ACTIVE_RESERVATION_EXISTS', 'OK']);
    const reserved = await Promise.all(providers.map(async (p) => (await counts(t, p.id, 'SELF_CARE')).reserved));
    expect(reserved.reduce((x, y) => x + y, 0)).toBe(1);
    // Once it ends, the elder may reserve again.
    const held = results.find((r) => !r.errors)!.data!.reserveBed.id;
    await t.db.query(`UPDATE bed_reservations SET expires_at = now() - interval '1 second' WHERE id = $1`, [held]);
    expect(await t.app.get(BedExpiryJob).run()).toBe(1);
    expectData(await t.gql(RESERVE, { input: { providerId: providers[0].id, elderId: elder, category: 'SELF_CARE', idempotencyKey: key() } }, officer.token));
  });

  it('keeps 20% (rounded up) of a public-built private-run home for verified government-supported elders', async () => {
    const pbpr = await makeProvider(t, { ownership: 'PUBLIC_BUILT_PRIVATE_RUN' });
    const priv = await makeProvider(t, { ownership: 'PRIVATE' });
    // 7 beds: the share is ceil(1.4) = 2; 5 taken leaves only the 2 reserved beds.
    await setCapacity(t, pbpr.id, 'NURSING', 7, 5);
    await setCapacity(t, priv.id, 'NURSING', 7, 5);
    const [plain, aged] = await elders(2);
    const [withAge] = await elders(1, ['LIVING_ALONE']);
    const declared = (await makeElder(t, family, { categories: ['SUBSISTENCE_ALLOWANCE'] })).id; // declared, not verified
    for (const [elderId, by] of [[plain, officer], [withAge, officer], [declared, family]] as const) {
      expectError(
        await t.gql(RESERVE, { input: { providerId: pbpr.id, elderId, category: 'NURSING', idempotencyKey: key() } }, by.token),
        'CONFLICT',
        'NO_BED_AVAILABLE',
      );
    }
    expect(await counts(t, pbpr.id)).toEqual({ total: 7, occupied: 5, reserved: 0 });
    // The same elder is welcome at a private home with the same counts.
    expectData(await t.gql(RESERVE, { input: { providerId: priv.id, elderId: aged, category: 'NURSING', idempotencyKey: key() } }, officer.token));
    // Supported elders (verified by civil affairs) take the reserved beds, down to the last one.
    const [poor] = await elders(1, ['EXTREME_POVERTY']);
    const [lowIncome] = await elders(1, ['LOW_INCOME']);
    const r1 = expectData(await t.gql(RESERVE, { input: { providerId: pbpr.id, elderId: poor, category: 'NURSING', idempotencyKey: key() } }, officer.token)).reserveBed;
    expect(r1.governmentSupported).toBe(true);
    expectData(await t.gql(RESERVE, { input: { providerId: pbpr.id, elderId: lowIncome, category: 'NURSING', idempotencyKey: key() } }, officer.token));
    expect(await counts(t, pbpr.id)).toEqual({ total: 7, occupied: 5, reserved: 2 });
  });

  it('a non-supported elder may take a bed beyond the unused share, and the share is configurable per region', async () => {
    const pbpr = await makeProvider(t, { ownership: 'PUBLIC_BUILT_PRIVATE_RUN' });
    await setCapacity(t, pbpr.id, 'SELF_CARE', 10, 7); // 3 free, share 2
    const [a, b] = await elders(2);
    expectData(await t.gql(RESERVE, { input: { providerId: pbpr.id, elderId: a, category: 'SELF_CARE', idempotencyKey: key() } }, officer.token));
    expectError(await t.gql(RESERVE, { input: { providerId: pbpr.id, elderId: b, category: 'SELF_CARE', idempotencyKey: key() } }, officer.token), 'CONFLICT', 'NO_BED_AVAILABLE');

    const other = await makeProvider(t, { ownership: 'PUBLIC_BUILT_PRIVATE_RUN', regionCode: '370812' });
    await setCapacity(t, other.id, 'SELF_CARE', 10, 7);
    await t.app.get(SettingsService).set('bed.reservedSharePercent', 30, '370812');
    expectError(await t.gql(RESERVE, { input: { providerId: other.id, elderId: b, category: 'SELF_CARE', idempotencyKey: key() } }, officer.token), 'CONFLICT', 'NO_BED_AVAILABLE');
  });

  it('20 parallel non-supported reservations when one bed beyond the share is free: exactly one wins', async () => {
    const pbpr = await makeProvider(t, { ownership: 'PUBLIC_BUILT_PRIVATE_RUN' });
    await setCapacity(t, pbpr.id, 'NURSING', 10, 7); // 3 free, 2 kept for supported elders
    const ids = await elders(20);
    const results = await Promise.all(
      ids.map((elderId) => t.gql(RESERVE, { input: { providerId: pbpr.id, elderId, category: 'NURSING', idempotencyKey: key() } }, officer.token)),
    );
    expect(reasons(results).filter((r) => r === 'OK')).toHaveLength(1);
    expect(await counts(t, pbpr.id)).toEqual({ total: 10, occupied: 7, reserved: 1 });
  });

  it('parallel repeats of one request create one reservation on both ways of taking a bed (one statement, and the reserved share counted in a transaction)', async () => {
    const plainHome = await makeProvider(t, { ownership: 'PRIVATE' });
    const pbpr = await makeProvider(t, { ownership: 'PUBLIC_BUILT_PRIVATE_RUN' });
    for (const p of [plainHome, pbpr]) await setCapacity(t, p.id, 'NURSING', 10, 0);
    for (const p of [plainHome, pbpr]) {
      const [elderId] = await elders(1);
      const input = { providerId: p.id, elderId, category: 'NURSING', idempotencyKey: key() };
      const results = await Promise.all(Array.from({ length: 12 }, () => t.gql(RESERVE, { input }, officer.token)));
      expect(new Set(results.map((r) => expectData(r).reserveBed.id)).size).toBe(1);
      expect(await counts(t, p.id)).toEqual({ total: 10, occupied: 0, reserved: 1 });
      const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM bed_reservation_events e JOIN bed_reservations r ON r.id = e.reservation_id WHERE r.elder_id = $1`, [elderId]);
      expect(n).toBe(1);
    }
  });

  it('the hold time is a regional setting (default 48 hours)', async () => {
    const provider = await makeProvider(t, { regionCode: '370829' });
    await setCapacity(t, provider.id, 'NURSING', 3, 0);
    await t.app.get(SettingsService).set('bed.holdHours', 24, '370829');
    const [e] = await elders(1);
    const before = Date.now();
    const r = expectData(await t.gql(RESERVE, { input: { providerId: provider.id, elderId: e, category: 'NURSING', idempotencyKey: key() } }, officer.token)).reserveBed;
    const hours = (new Date(r.expiresAt).getTime() - before) / 3_600_000;
    expect(hours).toBeGreaterThan(23.9);
    expect(hours).toBeLessThan(24.1);
  });

  it('two expiry jobs at once expire each due hold exactly once, and the freed beds go to the waitlist once', async () => {
    const provider = await makeProvider(t);
    await setCapacity(t, provider.id, 'NURSING', 8, 0);
    const holders = await elders(8);
    const holds: string[] = [];
    for (const elderId of holders) {
      holds.push(expectData(await t.gql(RESERVE, { input: { providerId: provider.id, elderId, category: 'NURSING', idempotencyKey: key() } }, officer.token)).reserveBed.id);
    }
    const waiting = await elders(3);
    for (const elderId of waiting) expectData(await t.gql(JOIN, { input: { providerId: provider.id, elderId, category: 'NURSING' } }, officer.token));
    await t.db.query(`UPDATE bed_reservations SET expires_at = now() - interval '1 minute' WHERE id = ANY($1::uuid[])`, [holds]);

    const job = t.app.get(BedExpiryJob);
    const [x, y, z] = await Promise.all([job.run(), job.run(), job.run()]);
    expect(x + y + z).toBe(8);
    const events = await t.db.query(
      `SELECT reservation_id, count(*)::int AS n FROM bed_reservation_events WHERE reservation_id = ANY($1::uuid[]) AND to_status = 'EXPIRED' GROUP BY reservation_id`,
      [holds],
    );
    expect(events).toHaveLength(8);
    expect(events.every((e: { n: number }) => e.n === 1)).toBe(true);
    const offers = await t.db.query(
      `SELECT e.elder_id, count(o.id)::int AS n FROM bed_waitlist_entries e LEFT JOIN bed_waitlist_offers o ON o.entry_id = e.id
        WHERE e.provider_id = $1 GROUP BY e.elder_id`,
      [provider.id],
    );
    expect(offers.map((o: { n: number }) => o.n)).toEqual([1, 1, 1]);
    expect(await counts(t, provider.id)).toEqual({ total: 8, occupied: 0, reserved: 3 });
    expect(await job.run()).toBe(0);
  });
});
