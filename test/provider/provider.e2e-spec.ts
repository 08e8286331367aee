import { Role } from '../../src/core/domain/enums.js';
import { expectData, expectError, makeProvider, makeUser, setCapacity, setServices, type TestUser } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const CREATE = `mutation($input: CreateProviderInput!) { createProvider(input: $input) { id name kind ownership regionCode location { latitude longitude }
  serviceRadiusKm acceptsCareLevels dementiaCare capacity { category total } services { kind } currentRating { stars } } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateProviderInput!) { updateProvider(id: $id, input: $input) { id name address phone dementiaCare location { latitude } } }`;
const SET_SERVICES = `mutation($providerId: ID!, $services: [ServiceOfferingInput!]!) { setProviderServices(providerId: $providerId, services: $services) {
  id services { kind priceFen unit durationMinutes } } }`;
const PROVIDER = `query($id: ID!) { provider(id: $id) { id name services { kind priceFen unit } capacity { category total occupied reserved available version } currentRating { stars } reviewSummary { count average } } }`;
const LIST = `query($filter: ProviderFilter, $first: Int, $after: String) { providers(filter: $filter, first: $first, after: $after) {
  totalCount pageInfo { endCursor hasNextPage } nodes { id name kind distanceKm } } }`;

const validInput = {
  name: '任城区颐康养老院',
  kind: 'NURSING_HOME',
  ownership: 'PUBLIC_BUILT_PRIVATE_RUN',
  regionCode: '370811',
  address: '济宁市任城区健康路8号',
  location: { latitude: 35.41, longitude: 116.58 },
  phone: '0537-1234567',
  serviceRadiusKm: 5,
  acceptsCareLevels: ['MODERATE', 'SEVERE', 'TOTAL'],
  dementiaCare: true,
};

describe('provider registry', () => {
  let t: TestApp;
  let admin: TestUser;
  let officer: TestUser;
  let otherOfficer: TestUser;
  let family: TestUser;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await makeUser(t, Role.ADMIN);
    officer = await makeUser(t, Role.CIVIL_AFFAIRS, { regionScope: '3708' });
    otherOfficer = await makeUser(t, Role.CIVIL_AFFAIRS, { regionScope: '1101' });
    family = await makeUser(t, Role.FAMILY);
  });
  afterAll(() => t.close());

  describe('createProvider', () => {
    it('registers a provider in the officer\'s scope, with empty capacity at version 0 and no grade', async () => {
      const data = expectData(await t.gql(CREATE, { input: validInput }, officer.token));
      expect(data.createProvider).toMatchObject({
        name: validInput.name,
        kind: 'NURSING_HOME',
        ownership: 'PUBLIC_BUILT_PRIVATE_RUN',
        regionCode: '370811',
        location: { latitude: 35.41, longitude: 116.58 },
        serviceRadiusKm: 5,
        acceptsCareLevels: ['MODERATE', 'SEVERE', 'TOTAL'],
        dementiaCare: true,
        services: [],
        currentRating: null,
      });
      expect(data.createProvider.capacity).toEqual([
        { category: 'SELF_CARE', total: 0 },
        { category: 'NURSING', total: 0 },
        { category: 'DEMENTIA', total: 0 },
      ]);
    });

    it('names each invalid field', async () => {
      const res = await t.gql(
        CREATE,
        { input: { ...validInput, name: '', regionCode: '37A8', location: { latitude: 91, longitude: -181 }, serviceRadiusKm: -1 } },
        officer.token,
      );
      const error = expectError(res, 'BAD_USER_INPUT');
      expect(error.extensions!.fields!.map((f) => f.path).sort()).toEqual(
        ['input.location.latitude', 'input.location.longitude', 'input.name', 'input.regionCode', 'input.serviceRadiusKm'].sort(),
      );
      expect(JSON.stringify(res)).not.toMatch(/stack|at \w+ \(/);
    });

    it('refuses an unknown enum value as bad input', async () => {
      expectError(await t.gql(CREATE, { input: { ...validInput, kind: 'HOSPITAL' } }, officer.token), 'BAD_USER_INPUT');
    });

    it('refuses a region outside the officer\'s scope, and lets an admin register anywhere', async () => {
      const res = expectError(await t.gql(CREATE, { input: { ...validInput, regionCode: '110101' } }, officer.token), 'BAD_USER_INPUT');
      expect(res.extensions!.fields![0].path).toBe('input.regionCode');
      expectData(await t.gql(CREATE, { input: { ...validInput, regionCode: '110101' } }, admin.token));
    });

    it.each([Role.FAMILY, Role.CAREGIVER, Role.PROVIDER_STAFF])('is refused to %s', async (role) => {
      const p = await makeProvider(t);
      const caller = await makeUser(t, role, role === Role.FAMILY ? {} : { providerId: p.id });
      expectError(await t.gql(CREATE, { input: validInput }, caller.token), 'FORBIDDEN');
    });

    it('is refused to anonymous callers', async () => {
      expectError(await t.gql(CREATE, { input: validInput }), 'UNAUTHENTICATED');
    });
  });

  describe('updateProvider', () => {
    it('changes only the given fields', async () => {
      const p = await makeProvider(t, { regionCode: '370811' });
      const data = expectData(await t.gql(UPDATE, { id: p.id, input: { name: '新名字', dementiaCare: true } }, officer.token));
      expect(data.updateProvider).toMatchObject({ name: '新名字', address: p.address, dementiaCare: true, location: { latitude: p.latitude } });
    });

    it('answers NOT_FOUND to an officer of another region and to unknown ids, and changes nothing', async () => {
      const p = await makeProvider(t, { regionCode: '370811' });
      expectError(await t.gql(UPDATE, { id: p.id, input: { name: 'hijack' } }, otherOfficer.token), 'NOT_FOUND');
      expectError(await t.gql(UPDATE, { id: '00000000-0000-4000-8000-000000000000', input: { name: 'x' } }, officer.token), 'NOT_FOUND');
      const [row] = await t.db.query(`SELECT name FROM providers WHERE id = $1`, [p.id]);
      expect(row.name).toBe(p.name);
    });

    it('is refused to the provider\'s own staff and to families (registry changes are for officers)', async () => {
      const p = await makeProvider(t);
      const staff = await makeUser(t, Role.PROVIDER_STAFF, { providerId: p.id });
      expectError(await t.gql(UPDATE, { id: p.id, input: { name: 'x' } }, staff.token), 'FORBIDDEN');
      expectError(await t.gql(UPDATE, { id: p.id, input: { name: 'x' } }, family.token), 'FORBIDDEN');
    });
  });

  describe('setProviderServices', () => {
    it('replaces the services and prices of the staff\'s own provider', async () => {
      const p = await makeProvider(t);
      const staff = await makeUser(t, Role.PROVIDER_STAFF, { providerId: p.id });
      await setServices(t, p.id, [{ kind: 'MEAL', priceFen: 1 }]);
      const services = [
        { kind: 'BATHING', priceFen: 5000, unit: '次', durationMinutes: 60 },
        { kind: 'COMPANIONSHIP', priceFen: 3000, unit: '小时' },
      ];
      const data = expectData(await t.gql(SET_SERVICES, { providerId: p.id, services }, staff.token));
      expect(data.setProviderServices.services).toEqual([
        { kind: 'BATHING', priceFen: 5000, unit: '次', durationMinutes: 60 },
        { kind: 'COMPANIONSHIP', priceFen: 3000, unit: '小时', durationMinutes: null },
      ]);
    });

    it('names invalid items by index and refuses duplicates', async () => {
      const p = await makeProvider(t);
      const staff = await makeUser(t, Role.PROVIDER_STAFF, { providerId: p.id });
      const bad = expectError(
        await t.gql(SET_SERVICES, { providerId: p.id, services: [{ kind: 'MEAL', priceFen: 100, unit: '次' }, { kind: 'BATHING', priceFen: -5, unit: '' }] }, staff.token),
        'BAD_USER_INPUT',
      );
      expect(bad.extensions!.fields!.map((f) => f.path).sort()).toEqual(['services[1].priceFen', 'services[1].unit']);
      const dup = expectError(
        await t.gql(SET_SERVICES, { providerId: p.id, services: [{ kind: 'MEAL', priceFen: 1, unit: '次' }, { kind: 'MEAL', priceFen: 2, unit: '次' }] }, staff.token),
        'BAD_USER_INPUT',
      );
      expect(dup.extensions!.fields![0].path).toBe('services[1].kind');
    });

    it('keeps the matching copy of the list (providers.service_offers) equal to provider_services through every kind of write', async () => {
      const p = await makeProvider(t);
      const staff = await makeUser(t, Role.PROVIDER_STAFF, { providerId: p.id });
      const offers = async () => (await t.db.query(`SELECT service_offers FROM providers WHERE id = $1`, [p.id]))[0].service_offers;
      expect(await offers()).toEqual({});
      expectData(await t.gql(SET_SERVICES, { providerId: p.id, services: [{ kind: 'MEAL', priceFen: 1500, unit: '餐' }, { kind: 'BATHING', priceFen: 5000, unit: '次' }] }, staff.token));
      expect(await offers()).toEqual({ MEAL: { priceFen: 1500, unit: '餐' }, BATHING: { priceFen: 5000, unit: '次' } });
      expectData(await t.gql(SET_SERVICES, { providerId: p.id, services: [{ kind: 'CLEANING', priceFen: 4000, unit: '小时' }] }, staff.token));
      expect(await offers()).toEqual({ CLEANING: { priceFen: 4000, unit: '小时' } });
      await t.db.query(`UPDATE provider_services SET price_fen = 4500 WHERE provider_id = $1`, [p.id]);
      expect(await offers()).toEqual({ CLEANING: { priceFen: 4500, unit: '小时' } });
      expectData(await t.gql(SET_SERVICES, { providerId: p.id, services: [] }, staff.token));
      expect(await offers()).toEqual({});
      // Other providers' copies are untouched by a write to this one.
      const other = await makeProvider(t);
      await setServices(t, other.id, [{ kind: 'MEAL', priceFen: 900 }]);
      await setServices(t, p.id, [{ kind: 'ERRANDS_AND_BILLS', priceFen: 100 }]);
      expect((await t.db.query(`SELECT service_offers FROM providers WHERE id = $1`, [other.id]))[0].service_offers).toEqual({ MEAL: { priceFen: 900, unit: '次' } });
    });

    it('takes concurrent replacements one at a time: each succeeds and the last list stands whole', async () => {
      const p = await makeProvider(t);
      const staff = await makeUser(t, Role.PROVIDER_STAFF, { providerId: p.id });
      const lists = Array.from({ length: 12 }, (_, i) => [
        { kind: 'MEAL', priceFen: 1000 + i, unit: '餐' },
        { kind: i % 2 ? 'BATHING' : 'CLEANING', priceFen: 2000 + i, unit: '次' },
      ]);
      const results = await Promise.all(lists.map((services) => t.gql(SET_SERVICES, { providerId: p.id, services }, staff.token)));
      results.forEach((r) => expectData(r));
      const rows = await t.db.query(`SELECT kind, price_fen, unit FROM provider_services WHERE provider_id = $1 ORDER BY kind`, [p.id]);
      const i = rows.find((r: { kind: string }) => r.kind === 'MEAL').price_fen - 1000;
      expect(rows).toEqual(
        [...lists[i]].sort((a, b) => a.kind.localeCompare(b.kind)).map((s) => ({ kind: s.kind, price_fen: s.priceFen, unit: s.unit })),
      );
      const [{ service_offers }] = await t.db.query(`SELECT service_offers FROM providers WHERE id = $1`, [p.id]);
      expect(service_offers).toEqual(Object.fromEntries(lists[i].map((s) => [s.kind, { priceFen: s.priceFen, unit: s.unit }])));
    });

    it('answers NOT_FOUND to another provider\'s staff, and FORBIDDEN to other roles', async () => {
      const p = await makeProvider(t);
      const other = await makeProvider(t);
      const otherStaff = await makeUser(t, Role.PROVIDER_STAFF, { providerId: other.id });
      const services = [{ kind: 'MEAL', priceFen: 100, unit: '次' }];
      expectError(await t.gql(SET_SERVICES, { providerId: p.id, services }, otherStaff.token), 'NOT_FOUND');
      expectError(await t.gql(SET_SERVICES, { providerId: p.id, services }, officer.token), 'FORBIDDEN');
      expectError(await t.gql(SET_SERVICES, { providerId: p.id, services }, family.token), 'FORBIDDEN');
      const caregiver = await makeUser(t, Role.CAREGIVER, { providerId: p.id });
      expectError(await t.gql(SET_SERVICES, { providerId: p.id, services }, caregiver.token), 'FORBIDDEN');
    });
  });

  describe('public reads', () => {
    it('shows a provider\'s public facts to anyone, signed in or not; null for an unknown id', async () => {
      const p = await makeProvider(t);
      await setServices(t, p.id, [{ kind: 'MEAL', priceFen: 3000 }]);
      await setCapacity(t, p.id, 'NURSING', 10, 4, 1);
      for (const token of [undefined, family.token]) {
        const data = expectData(await t.gql(PROVIDER, { id: p.id }, token));
        expect(data.provider.services).toEqual([{ kind: 'MEAL', priceFen: 3000, unit: '次' }]);
        expect(data.provider.capacity[1]).toEqual({ category: 'NURSING', total: 10, occupied: 4, reserved: 1, available: 5, version: 1 });
        expect(data.provider.reviewSummary).toEqual({ count: 0, average: null });
      }
      expect(expectData(await t.gql(PROVIDER, { id: '00000000-0000-4000-8000-000000000000' })).provider).toBeNull();
    });

    it('shows the current grade only while it is valid', async () => {
      const p = await makeProvider(t);
      await t.db.query(`UPDATE providers SET current_stars = 4, current_rating_valid_until = now() + interval '1 year' WHERE id = $1`, [p.id]);
      expect(expectData(await t.gql(PROVIDER, { id: p.id })).provider.currentRating).toEqual({ stars: 4 });
      await t.db.query(`UPDATE providers SET current_rating_valid_until = now() - interval '1 day' WHERE id = $1`, [p.id]);
      expect(expectData(await t.gql(PROVIDER, { id: p.id })).provider.currentRating).toBeNull();
    });
  });

  describe('providers (the finder)', () => {
    let ids: Record<string, string>;

    beforeAll(async () => {
      // A separate region so other tests' providers do not interfere.
      const mk = async (key: string, fields: Parameters<typeof makeProvider>[1]) => [key, (await makeProvider(t, { regionCode: '371002', ...fields })).id] as const;
      ids = Object.fromEntries(
        await Promise.all([
          mk('near', { name: 'A 近处', latitude: 37.5, longitude: 122.1, kind: 'NURSING_HOME', ownership: 'PUBLIC' }),
          mk('mid', { name: 'B 中距离', latitude: 37.53, longitude: 122.1, kind: 'DAY_CARE_CENTRE', ownership: 'PRIVATE' }),
          mk('far', { name: 'C 远处', latitude: 37.9, longitude: 122.1, kind: 'NURSING_HOME', ownership: 'PRIVATE' }),
          mk('other', { name: 'D 外县', regionCode: '371082', latitude: 37.501, longitude: 122.101, kind: 'HOME_CARE_AGENCY', ownership: 'PRIVATE' }),
        ]),
      );
      await setCapacity(t, ids.near, 'NURSING', 10, 10);
      await setCapacity(t, ids.far, 'NURSING', 10, 3);
      await t.db.query(`UPDATE providers SET current_stars = 5, current_rating_valid_until = now() + interval '1 year' WHERE id = $1`, [ids.far]);
      await t.db.query(`UPDATE providers SET current_stars = 2, current_rating_valid_until = now() + interval '1 year' WHERE id = $1`, [ids.near]);
    });

    const names = (data: any) => data.providers.nodes.map((n: any) => n.id);

    it('filters by region prefix, kind and ownership', async () => {
      expect(names(expectData(await t.gql(LIST, { filter: { regionCode: '371002' } })))).toEqual([ids.near, ids.mid, ids.far]);
      expect(names(expectData(await t.gql(LIST, { filter: { regionCode: '3710', kinds: ['NURSING_HOME'] } })))).toEqual([ids.near, ids.far]);
      expect(names(expectData(await t.gql(LIST, { filter: { regionCode: '3710', ownership: 'PUBLIC' } })))).toEqual([ids.near]);
    });

    it('finds providers near a point within a radius, nearest first, with their distance', async () => {
      const data = expectData(await t.gql(LIST, { filter: { near: { latitude: 37.5, longitude: 122.1 }, radiusKm: 5 } }));
      expect(names(data)).toEqual([ids.near, ids.other, ids.mid]);
      const distances = data.providers.nodes.map((n: any) => n.distanceKm);
      expect(distances[0]).toBeCloseTo(0, 3);
      expect(distances[2]).toBeCloseTo(3.34, 1);
    });

    it('filters on a free bed of a category and on the current grade', async () => {
      expect(names(expectData(await t.gql(LIST, { filter: { regionCode: '3710', hasFreeBed: 'NURSING' } })))).toEqual([ids.far]);
      expect(names(expectData(await t.gql(LIST, { filter: { regionCode: '3710', minStars: 2 } })))).toEqual([ids.near, ids.far]);
      expect(names(expectData(await t.gql(LIST, { filter: { regionCode: '3710', minStars: 3 } })))).toEqual([ids.far]);
    });

    it('pages with cursors', async () => {
      const first = expectData(await t.gql(LIST, { filter: { regionCode: '3710' }, first: 2 }));
      expect(first.providers.totalCount).toBe(4);
      expect(first.providers.pageInfo.hasNextPage).toBe(true);
      const second = expectData(await t.gql(LIST, { filter: { regionCode: '3710' }, first: 2, after: first.providers.pageInfo.endCursor }));
      expect(second.providers.pageInfo.hasNextPage).toBe(false);
      expect([...names(first), ...names(second)]).toEqual([ids.near, ids.mid, ids.far, ids.other]);
    });

    it('refuses a page larger than 100, a radius without a point, and a bad cursor', async () => {
      expect(expectError(await t.gql(LIST, { first: 101 }), 'BAD_USER_INPUT').extensions!.fields![0].path).toBe('first');
      expectError(await t.gql(LIST, { filter: { radiusKm: 3 } }), 'BAD_USER_INPUT');
      expectError(await t.gql(LIST, { after: 'garbage' }), 'BAD_USER_INPUT');
      expectError(await t.gql(LIST, { filter: { near: { latitude: 95, longitude: 0 } } }), 'BAD_USER_INPUT');
    });

    it('lists 50 providers with services, capacity and region in a constant number of queries', async () => {
      const many = await Promise.all(Array.from({ length: 50 }, (_, i) => makeProvider(t, { regionCode: '371003', name: `批量 ${String(i).padStart(2, '0')}` })));
      for (const p of many) {
        await setServices(t, p.id, [{ kind: 'MEAL', priceFen: 3000 }, { kind: 'BATHING', priceFen: 5000 }]);
        await setCapacity(t, p.id, 'SELF_CARE', 20, 5);
      }
      const query = `query($first: Int) { providers(filter: { regionCode: "371003" }, first: $first) { nodes { id regionCode services { kind priceFen } capacity { category available } currentRating { stars } } } }`;
      const count = async (first: number) => {
        const before = t.queries.count;
        const data = expectData(await t.gql(query, { first }));
        expect(data.providers.nodes).toHaveLength(first);
        return t.queries.count - before;
      };
      const forFive = await count(5);
      const forFifty = await count(50);
      expect(forFifty).toBe(forFive);
      expect(forFifty).toBeLessThanOrEqual(4);
    });
  });
});
