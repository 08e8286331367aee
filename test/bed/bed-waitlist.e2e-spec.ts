import { BedCategory, Role } from '../../src/core/domain/enums.js';
import { BedExpiryJob } from '../../src/modules/bed/bed-expiry.job.js';
import { BedWaitlistService } from '../../src/modules/bed/bed-waitlist.service.js';
import { expectData, expectError, makeElder, makeProvider, makeUser, setCapacity, type TestUser } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { eventually } from '../support/eventually.js';

const RESERVE = `mutation($input: ReserveBedInput!) { reserveBed(input: $input) { id status } }`;
const JOIN = `mutation($input: JoinBedWaitlistInput!) { joinBedWaitlist(input: $input) { id status position elder { id } } }`;
const LEAVE = `mutation($id: ID!) { leaveBedWaitlist(entryId: $id) { id status position closedAt } }`;
const WAITLIST = `query($providerId: ID!, $category: BedCategory!) { bedWaitlist(providerId: $providerId, category: $category) {
  id elderId status position offers { reservationId outcome expiresAt } } }`;
const ADMIT = `mutation($id: ID!) { admitReservation(reservationId: $id) { id status } }`;
const RELEASE = `mutation($id: ID!, $reason: String!) { releaseReservation(reservationId: $id, reason: $reason) { id status } }`;
const DISCHARGE = `mutation($id: ID!, $reason: String!) { dischargeResident(reservationId: $id, reason: $reason) { id status } }`;
const UPDATE_CAPACITY = `mutation($input: UpdateBedCapacityInput!) { updateBedCapacity(input: $input) { total occupied reserved version } }`;
const RESERVATION = `query($id: ID!) { bedReservation(id: $id) { id status fromWaitlist expiresAt offer { entryId outcome } events { status actorRole note } } }`;

let keySeq = 0;
const key = () => `wl-${++keySeq}`;

async function counts(t: TestApp, providerId: string, category: string) {
  const [row] = await t.db.query(`SELECT total, occupied, reserved FROM bed_capacity WHERE provider_id = $1 AND category = $2`, [providerId, category]);
  return row as { total: number; occupied: number; reserved: number };
}

async function activeHoldOf(t: TestApp, elderId: string): Promise<{ id: string; provider_id: string; status: string } | undefined> {
  const [row] = await t.db.query(`SELECT id, provider_id, status FROM bed_reservations WHERE elder_id = $1 AND status IN ('HELD','ADMITTED')`, [elderId]);
  return row;
}


describe('bed waitlist (轮候): priority, positions and automatic offers', () => {
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

  /** An elder with verified categories (created by the officer) and a care level set as an assessment would. */
  async function elder(categories: string[], careLevel: string | null) {
    const e = await makeElder(t, officer, { categories });
    await t.db.query(`INSERT INTO elder_guardians (elder_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [e.id, family.id]);
    if (careLevel) await t.db.query(`UPDATE elders SET care_level = $2 WHERE id = $1`, [e.id, careLevel]);
    return e.id;
  }

  it('refuses to queue while a bed is free (BED_AVAILABLE), then orders mixed categories and levels with positions', async () => {
    const provider = await makeProvider(t);
    await setCapacity(t, provider.id, 'NURSING', 2, 2);
    await setCapacity(t, provider.id, 'SELF_CARE', 1, 0);
    const freeFor = await elder([], 'MILD');
    expectError(await t.gql(JOIN, { input: { providerId: provider.id, elderId: freeFor, category: 'SELF_CARE' } }, family.token), 'CONFLICT', 'BED_AVAILABLE');

    const severeEarly = await elder([], 'SEVERE');
    const lowIncomeUnassessed = await elder(['LOW_INCOME'], null);
    const povertyMild = await elder(['EXTREME_POVERTY'], 'MILD');
    const total = await elder(['SUBSISTENCE_ALLOWANCE'], 'TOTAL');
    const severeLate = await elder([], 'SEVERE');
    const povertySevere = await elder(['EXTREME_POVERTY'], 'SEVERE');
    const otherCategory = await elder(['EXTREME_POVERTY'], 'TOTAL');
    await setCapacity(t, provider.id, 'SELF_CARE', 1, 1);

    const join = async (elderId: string, category = 'NURSING', by = family) =>
      expectData(await t.gql(JOIN, { input: { providerId: provider.id, elderId, category } }, by.token)).joinBedWaitlist;
    for (const id of [severeEarly, lowIncomeUnassessed, povertyMild, total, severeLate]) await join(id);
    const last = await join(povertySevere, 'NURSING', officer);
    expect(last).toMatchObject({ status: 'WAITING', position: 1 });
    await join(otherCategory, 'SELF_CARE');
    // joining again returns the same entry
    expect((await join(severeLate)).position).toBe(5);

    const staff = await makeUser(t, Role.PROVIDER_STAFF, { providerId: provider.id });
    const list = expectData(await t.gql(WAITLIST, { providerId: provider.id, category: 'NURSING' }, staff.token)).bedWaitlist;
    expect(list.map((e: { elderId: string; position: number }) => [e.elderId, e.position])).toEqual([
      [povertySevere, 1],
      [povertyMild, 2],
      [total, 3],
      [severeEarly, 4],
      [severeLate, 5],
      [lowIncomeUnassessed, 6],
    ]);

    // A reassessment moves the entry without re-joining.
    await t.db.query(`UPDATE elders SET care_level = 'TOTAL' WHERE id = $1`, [severeLate]);
    const after = expectData(await t.gql(WAITLIST, { providerId: provider.id, category: 'NURSING' }, staff.token)).bedWaitlist;
    expect(after.map((e: { elderId: string }) => e.elderId).slice(2, 5)).toEqual([total, severeLate, severeEarly]);

    // A family sees only its own elders' entries, with their real positions.
    const otherFamily = await makeUser(t, Role.FAMILY);
    const own = (await makeElder(t, otherFamily)).id;
    await join(own, 'NURSING', otherFamily);
    const mine = expectData(await t.gql(WAITLIST, { providerId: provider.id, category: 'NURSING' }, otherFamily.token)).bedWaitlist;
    expect(mine.map((e: { elderId: string; position: number }) => [e.elderId, e.position])).toEqual([[own, 7]]);

    // Leaving: only a WAITING entry, by someone who may act for the elder.
    const ownEntry = mine[0].id;
    expectError(await t.gql(LEAVE, { id: ownEntry }, family.token), 'NOT_FOUND');
    const left = expectData(await t.gql(LEAVE, { id: ownEntry }, otherFamily.token)).leaveBedWaitlist;
    expect(left).toMatchObject({ status: 'LEFT', position: null });
    expectError(await t.gql(LEAVE, { id: ownEntry }, otherFamily.token), 'CONFLICT', 'INVALID_TRANSITION');
  });

  it('offers a freed bed to the first eligible entry on release, discharge and expiry; a decline or lapse moves on', async () => {
    const provider = await makeProvider(t);
    const staff = await makeUser(t, Role.PROVIDER_STAFF, { providerId: provider.id });
    await setCapacity(t, provider.id, 'NURSING', 1, 0);
    const holder = await elder([], 'MILD');
    const held = expectData(await t.gql(RESERVE, { input: { providerId: provider.id, elderId: holder, category: 'NURSING', idempotencyKey: key() } }, family.token)).reserveBed;
    const first = await elder(['EXTREME_POVERTY'], 'MILD');
    const second = await elder([], 'TOTAL');
    const third = await elder([], 'MODERATE');
    for (const id of [third, second, first]) {
      expectData(await t.gql(JOIN, { input: { providerId: provider.id, elderId: id, category: 'NURSING' } }, family.token));
    }

    // Release: the bed goes at once to the extreme-poverty elder, as a HELD reservation with its own expiry.
    expectData(await t.gql(RELEASE, { id: held.id, reason: '不需要了' }, family.token));
    const offer1 = await activeHoldOf(t, first);
    expect(offer1).toMatchObject({ provider_id: provider.id, status: 'HELD' });
    expect(await counts(t, provider.id, 'NURSING')).toEqual({ total: 1, occupied: 0, reserved: 1 });
    const r1 = expectData(await t.gql(RESERVATION, { id: offer1!.id }, staff.token)).bedReservation;
    expect(r1).toMatchObject({ status: 'HELD', fromWaitlist: true, offer: { outcome: null } });
    expect(r1.events).toEqual([{ status: 'HELD', actorRole: 'SYSTEM', note: 'WAITLIST_OFFER' }]);
    expect(new Date(r1.expiresAt).getTime() - Date.now()).toBeGreaterThan(47.9 * 3_600_000);
    let list = expectData(await t.gql(WAITLIST, { providerId: provider.id, category: 'NURSING' }, staff.token)).bedWaitlist;
    expect(list.map((e: { elderId: string; status: string; position: number | null }) => [e.elderId, e.status, e.position])).toEqual([
      [second, 'WAITING', 1],
      [third, 'WAITING', 2],
      [first, 'OFFERED', null],
    ]);

    // Decline (release of the offered hold): the entry is DECLINED and the next one gets the bed.
    expectData(await t.gql(RELEASE, { id: offer1!.id, reason: '选择了别家' }, family.token));
    const offer2 = await activeHoldOf(t, second);
    expect(offer2?.status).toBe('HELD');
    const [declined] = await t.db.query(`SELECT status FROM bed_waitlist_entries WHERE elder_id = $1`, [first]);
    expect(declined.status).toBe('DECLINED');

    // Lapse: the offered hold expires, the job moves the bed to the next entry.
    await t.db.query(`UPDATE bed_reservations SET expires_at = now() - interval '1 second' WHERE id = $1`, [offer2!.id]);
    expect(await t.app.get(BedExpiryJob).run()).toBe(1);
    const offer3 = await activeHoldOf(t, third);
    expect(offer3?.status).toBe('HELD');
    const [lapsed] = await t.db.query(`SELECT e.status, o.outcome FROM bed_waitlist_entries e JOIN bed_waitlist_offers o ON o.entry_id = e.id WHERE e.elder_id = $1`, [second]);
    expect(lapsed).toEqual({ status: 'LAPSED', outcome: 'LAPSED' });

    // Accept: admission closes the entry; discharge later offers the bed to whoever waits then.
    expectData(await t.gql(ADMIT, { id: offer3!.id }, staff.token));
    const [accepted] = await t.db.query(`SELECT status FROM bed_waitlist_entries WHERE elder_id = $1`, [third]);
    expect(accepted.status).toBe('ACCEPTED');
    list = expectData(await t.gql(WAITLIST, { providerId: provider.id, category: 'NURSING' }, staff.token)).bedWaitlist;
    expect(list).toEqual([]);
    const late = await elder([], 'MILD');
    expectData(await t.gql(JOIN, { input: { providerId: provider.id, elderId: late, category: 'NURSING' } }, family.token));
    expectData(await t.gql(DISCHARGE, { id: offer3!.id, reason: '转院' }, staff.token));
    expect((await activeHoldOf(t, late))?.status).toBe('HELD');
    expect(await counts(t, provider.id, 'NURSING')).toEqual({ total: 1, occupied: 0, reserved: 1 });
  });

  it('offers beds added by updateBedCapacity (capacity-changed event), and skips elders holding a bed elsewhere', async () => {
    const provider = await makeProvider(t);
    const elsewhere = await makeProvider(t);
    const staff = await makeUser(t, Role.PROVIDER_STAFF, { providerId: provider.id });
    await setCapacity(t, provider.id, 'NURSING', 1, 1);
    await setCapacity(t, elsewhere.id, 'NURSING', 5, 0);
    const busy = await elder(['EXTREME_POVERTY'], 'TOTAL');
    const a = await elder([], 'SEVERE');
    const b = await elder([], 'MILD');
    const c = await elder([], 'INTACT');
    for (const id of [busy, a, b, c]) expectData(await t.gql(JOIN, { input: { providerId: provider.id, elderId: id, category: 'NURSING' } }, family.token));
    expectData(await t.gql(RESERVE, { input: { providerId: elsewhere.id, elderId: busy, category: 'NURSING', idempotencyKey: key() } }, family.token));

    const [{ version }] = await t.db.query(`SELECT version FROM bed_capacity WHERE provider_id = $1 AND category = 'NURSING'`, [provider.id]);
    expectData(await t.gql(UPDATE_CAPACITY, { input: { providerId: provider.id, category: 'NURSING', total: 3, occupied: 1, expectedVersion: version } }, staff.token));
    await eventually(async () => (await counts(t, provider.id, 'NURSING')).reserved === 2);
    expect((await activeHoldOf(t, a))?.provider_id).toBe(provider.id);
    expect((await activeHoldOf(t, b))?.provider_id).toBe(provider.id);
    expect(await activeHoldOf(t, c)).toBeUndefined();
    expect((await activeHoldOf(t, busy))?.provider_id).toBe(elsewhere.id);
    const [{ status }] = await t.db.query(`SELECT status FROM bed_waitlist_entries WHERE elder_id = $1 AND provider_id = $2`, [busy, provider.id]);
    expect(status).toBe('WAITING');
  });

  it('keeps the reserved share for supported waiting elders when a bed frees at a public-built private-run home', async () => {
    const provider = await makeProvider(t, { ownership: 'PUBLIC_BUILT_PRIVATE_RUN' });
    // 10 beds, 2 reserved; 9 taken by non-supported residents -> 1 free bed, which is the share.
    await setCapacity(t, provider.id, 'NURSING', 10, 9);
    const other = await elder([], 'TOTAL');
    expectData(await t.gql(JOIN, { input: { providerId: provider.id, elderId: other, category: 'NURSING' } }, family.token));
    // A supported elder may take the free reserved bed: BED_AVAILABLE, so they reserve directly.
    const supported = await elder(['SUBSISTENCE_ALLOWANCE'], 'MILD');
    expectError(await t.gql(JOIN, { input: { providerId: provider.id, elderId: supported, category: 'NURSING' } }, family.token), 'CONFLICT', 'BED_AVAILABLE');
    // The free bed is never offered to the non-supported entry, even when the list is served explicitly.
    expect(await t.app.get(BedWaitlistService).serveWaitlist(provider.id, BedCategory.NURSING)).toBe(0);
    expect(await activeHoldOf(t, other)).toBeUndefined();
    // Supported elders' beds count towards the share: once two of them hold beds, a freed bed goes to the queue.
    const taken = expectData(await t.gql(RESERVE, { input: { providerId: provider.id, elderId: supported, category: 'NURSING', idempotencyKey: key() } }, family.token)).reserveBed;
    expect(taken.status).toBe('HELD');
    await setCapacity(t, provider.id, 'NURSING', 10, 8, 1); // a resident left: 1 free, but 1 share bed is still unused
    expect(await t.app.get(BedWaitlistService).serveWaitlist(provider.id, BedCategory.NURSING)).toBe(0);
    const supported2 = await elder(['EXTREME_POVERTY'], 'MILD');
    expectData(await t.gql(RESERVE, { input: { providerId: provider.id, elderId: supported2, category: 'NURSING', idempotencyKey: key() } }, family.token));
    await setCapacity(t, provider.id, 'NURSING', 10, 7, 2); // another resident left: the share is fully used by supported elders
    expect(await t.app.get(BedWaitlistService).serveWaitlist(provider.id, BedCategory.NURSING)).toBe(1);
    expect((await activeHoldOf(t, other))?.status).toBe('HELD');
  });
});
