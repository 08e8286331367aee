import { Role } from '../../src/core/domain/enums.js';
import { BedExpiryJob } from '../../src/modules/bed/bed-expiry.job.js';
import { NotificationTriggers } from '../../src/modules/notification/notification-triggers.js';
import { expectData, makeElder, makeProvider, makeUser, setCapacity, type TestUser } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { eventually } from '../support/eventually.js';

const RESERVE = `mutation($input: ReserveBedInput!) { reserveBed(input: $input) { id status expiresAt } }`;
const JOIN = `mutation($input: JoinBedWaitlistInput!) { joinBedWaitlist(input: $input) { id } }`;
const ADMIT = `mutation($id: ID!) { admitReservation(reservationId: $id) { id status } }`;
const DISCHARGE = `mutation($id: ID!, $reason: String!) { dischargeResident(reservationId: $id, reason: $reason) { id status } }`;


describe('notifications: bed holds, waitlist offers, admission and discharge, to exactly their recipients', () => {
  let t: TestApp;
  let officer: TestUser;
  let familyA: TestUser;
  let familyB: TestUser;
  let staff: TestUser;
  let providerId: string;
  let seq = 0;

  beforeAll(async () => {
    t = await startTestApp();
    officer = await makeUser(t, Role.CIVIL_AFFAIRS, { regionScope: '3708' });
    familyA = await makeUser(t, Role.FAMILY);
    familyB = await makeUser(t, Role.FAMILY);
    const provider = await makeProvider(t);
    providerId = provider.id;
    staff = await makeUser(t, Role.PROVIDER_STAFF, { providerId });
    await setCapacity(t, providerId, 'NURSING', 1, 0);
  });
  afterAll(() => t.close());

  const to = async (objectId: string, kind: string) =>
    (await t.db.query(`SELECT recipient_id FROM notifications WHERE object_id = $1 AND kind = $2 ORDER BY recipient_id`, [objectId, kind])).map(
      (r: { recipient_id: string }) => r.recipient_id,
    );
  const waitFor = (objectId: string, kind: string, n: number) => eventually(async () => ((await to(objectId, kind)).length >= n ? to(objectId, kind) : null));
  const sorted = (...ids: string[]) => [...ids].sort();

  it('hold made by an officer, expiring in 6 hours, expired: the guardians and that officer; the freed bed\'s offer, expiring, lapsed: the next elder\'s guardians', async () => {
    const e1 = await makeElder(t, familyA);
    const hold = expectData(await t.gql(RESERVE, { input: { providerId, elderId: e1.id, category: 'NURSING', idempotencyKey: `n-${++seq}` } }, officer.token)).reserveBed;
    expect(await waitFor(hold.id, 'BED_HOLD_MADE', 2)).toEqual(sorted(familyA.id, officer.id));
    const [made] = await t.db.query(`SELECT body FROM notifications WHERE object_id = $1 AND kind = 'BED_HOLD_MADE' LIMIT 1`, [hold.id]);
    expect(made.body).toMatch(/请于\d+月\d+日 \d\d:\d\d前办理入住/);

    const triggers = t.app.get(NotificationTriggers);
    expect(await triggers.runBedSchedules(new Date())).toBe(0); // 48 hours left
    const expiresAt = new Date(hold.expiresAt);
    await triggers.runBedSchedules(new Date(expiresAt.getTime() - 5 * 3600_000));
    await triggers.runBedSchedules(new Date(expiresAt.getTime() - 4 * 3600_000));
    expect(await to(hold.id, 'BED_HOLD_EXPIRING')).toEqual(sorted(familyA.id, officer.id));

    const e3 = await makeElder(t, familyB);
    expectData(await t.gql(JOIN, { input: { providerId, elderId: e3.id, category: 'NURSING' } }, familyB.token));
    await t.db.query(`UPDATE bed_reservations SET expires_at = now() - interval '1 minute' WHERE id = $1`, [hold.id]);
    await t.app.get(BedExpiryJob).run();
    expect(await waitFor(hold.id, 'BED_HOLD_EXPIRED', 2)).toEqual(sorted(familyA.id, officer.id));

    const offer = await eventually(async () => (await t.db.query(`SELECT id FROM bed_reservations WHERE elder_id = $1 AND status = 'HELD'`, [e3.id]))[0]);
    expect(await waitFor(offer.id, 'WAITLIST_OFFER_MADE', 1)).toEqual([familyB.id]);
    const [offerRow] = await t.db.query(`SELECT expires_at FROM bed_reservations WHERE id = $1`, [offer.id]);
    await triggers.runBedSchedules(new Date(offerRow.expires_at.getTime() - 3600_000));
    expect(await to(offer.id, 'WAITLIST_OFFER_EXPIRING')).toEqual([familyB.id]);
    await t.db.query(`UPDATE bed_reservations SET expires_at = now() - interval '1 minute' WHERE id = $1`, [offer.id]);
    await t.app.get(BedExpiryJob).run();
    expect(await waitFor(offer.id, 'WAITLIST_OFFER_LAPSED', 1)).toEqual([familyB.id]);

    // Nothing about elder 1 reached family B, nothing about elder 3 reached family A or the officer.
    const crossed = await t.db.query(
      `SELECT count(*)::int AS n FROM notifications WHERE (object_id = $1 AND recipient_id = $2) OR (object_id = $3 AND recipient_id = ANY($4::uuid[]))`,
      [hold.id, familyB.id, offer.id, [familyA.id, officer.id, staff.id]],
    );
    expect(crossed[0].n).toBe(0);
  });

  it('a family\'s own hold (no officer), admission and discharge: the guardians', async () => {
    const e2 = await makeElder(t, familyA);
    const hold = expectData(await t.gql(RESERVE, { input: { providerId, elderId: e2.id, category: 'NURSING', idempotencyKey: `n-${++seq}` } }, familyA.token)).reserveBed;
    expect(await waitFor(hold.id, 'BED_HOLD_MADE', 1)).toEqual([familyA.id]);
    expectData(await t.gql(ADMIT, { id: hold.id }, staff.token));
    expect(await waitFor(hold.id, 'ADMITTED', 1)).toEqual([familyA.id]);
    expectData(await t.gql(DISCHARGE, { id: hold.id, reason: '回家休养' }, staff.token));
    expect(await waitFor(hold.id, 'DISCHARGED', 1)).toEqual([familyA.id]);
    const NOTES = `query($id: ID!) { bedReservation(id: $id) { notifications { kind recipientId deliveries { channel status } } } }`;
    const forStaff = expectData(await t.gql(NOTES, { id: hold.id }, staff.token)).bedReservation.notifications;
    expect(forStaff.map((n: { kind: string }) => n.kind).sort()).toEqual(['ADMITTED', 'BED_HOLD_MADE', 'DISCHARGED']);
    expect(forStaff[0].deliveries).toHaveLength(2);
    const [admitted] = await t.db.query(`SELECT title, body FROM notifications WHERE object_id = $1 AND kind = 'ADMITTED'`, [hold.id]);
    expect(admitted.title).toBe('已入住');
    expect(admitted.body).toContain(e2.fullName);
  });
});
