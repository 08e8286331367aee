import { randomBytes, randomUUID } from 'node:crypto';
import { Role } from '../../src/core/domain/enums.js';
import { DEFAULT_MATCH_WEIGHTS } from '../../src/modules/matching/match.policy.js';
import { MATCH_WEIGHTS_SETTING } from '../../src/modules/matching/matching.settings.js';
import { expectData, expectError, makeProvider, makeUser, setCapacity, setServices, type ProviderFields, type TestUser } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const MATCH = `query($need: CareNeedInput!, $first: Int) { matchProviders(need: $need, first: $first) {
  provider { id name kind } score distanceKm availableBeds estimatedMonthlyCostFen estimatedSubsidyFen setting bedCategory
  reasons { factor weight value detail } } }`;

// Each crafted world lives in its own county code and far from the others, so that the tests do not see each other.
const KM_LAT = 1 / 111.3;
const north = (p: { latitude: number; longitude: number }, km: number) => ({ latitude: p.latitude + km * KM_LAT, longitude: p.longitude });

interface Match {
  provider: { id: string; name: string; kind: string };
  score: number;
  distanceKm: number;
  availableBeds: number | null;
  estimatedMonthlyCostFen: number | null;
  estimatedSubsidyFen: number | null;
  setting: string;
  bedCategory: string | null;
  reasons: Array<{ factor: string; weight: number; value: number; detail: string }>;
}

describe('matchProviders', () => {
  let t: TestApp;
  let admin: TestUser;
  let family: TestUser;
  let otherFamily: TestUser;
  let officer: TestUser;
  let farOfficer: TestUser;
  let staff: TestUser;

  const match = async (need: Record<string, unknown>, token = admin.token, first?: number): Promise<Match[]> =>
    expectData(await t.gql(MATCH, { need, first }, token)).matchProviders;
  const names = (list: Match[]) => list.map((m) => m.provider.name);

  async function provider(name: string, at: { latitude: number; longitude: number }, fields: Partial<ProviderFields> = {}) {
    return makeProvider(t, { name, regionCode: '370811', latitude: at.latitude, longitude: at.longitude, ...fields });
  }
  async function grade(id: string, stars: number, validDays = 365) {
    await t.db.query(`UPDATE providers SET current_stars = $2, current_rating_valid_until = now() + make_interval(days => $3) WHERE id = $1`, [
      id,
      stars,
      validDays,
    ]);
  }
  async function reviews(id: string, count: number, average: number) {
    await t.db.query(`UPDATE providers SET review_count = $2, review_sum = $3 WHERE id = $1`, [id, count, Math.round(count * average)]);
  }

  /** An elder written straight to the elders tables, with a guardian and verified categories. */
  async function elder(
    at: { latitude: number; longitude: number },
    opts: { guardian?: TestUser; careLevel?: string | null; dementia?: boolean; categories?: string[]; birthDate?: string; regionCode?: string } = {},
  ): Promise<string> {
    const [{ id }] = await t.db.query(
      `INSERT INTO elders (full_name, gender, birth_date, id_number_cipher, id_number_hash, id_number_masked, region_code, address,
         latitude, longitude, care_level, dementia)
       VALUES ('测试老人', 'FEMALE', $1, $2, $3, '3708********1234', $4, '测试地址', $5, $6, $7, $8) RETURNING id`,
      [
        opts.birthDate ?? '1940-03-01',
        randomBytes(16),
        randomBytes(32),
        opts.regionCode ?? '370811',
        at.latitude,
        at.longitude,
        opts.careLevel === undefined ? 'TOTAL' : opts.careLevel,
        opts.dementia ?? false,
      ],
    );
    if (opts.guardian) await t.db.query(`INSERT INTO elder_guardians (elder_id, user_id) VALUES ($1, $2)`, [id, opts.guardian.id]);
    for (const category of opts.categories ?? []) {
      await t.db.query(`INSERT INTO elder_categories (elder_id, category, status, verified_at) VALUES ($1, $2, 'VERIFIED', now())`, [id, category]);
    }
    return id;
  }

  beforeAll(async () => {
    t = await startTestApp();
    admin = await makeUser(t, Role.ADMIN);
    family = await makeUser(t, Role.FAMILY);
    otherFamily = await makeUser(t, Role.FAMILY);
    officer = await makeUser(t, Role.CIVIL_AFFAIRS, { regionScope: '3708' });
    farOfficer = await makeUser(t, Role.CIVIL_AFFAIRS, { regionScope: '1101' });
    const p = await makeProvider(t, { name: 'staff home', latitude: 10, longitude: 10 });
    staff = await makeUser(t, Role.PROVIDER_STAFF, { providerId: p.id });
  });
  afterAll(() => t.close());

  describe('hard filters: each crafted provider fails exactly one', () => {
    const HERE = { latitude: 35.0, longitude: 116.0 };
    const base = { location: HERE, setting: 'RESIDENTIAL', bedCategory: 'NURSING', careLevel: 'SEVERE', minStars: 2, regionCode: '3708' };
    let reservedShareId: string;

    beforeAll(async () => {
      const mk = async (name: string, km: number, fields: Partial<ProviderFields> = {}, stars = 3, nursing: [number, number, number] = [20, 10, 0]) => {
        const p = await provider(name, north(HERE, km), fields);
        if (stars) await grade(p.id, stars);
        await setCapacity(t, p.id, 'NURSING', ...nursing);
        return p;
      };
      await mk('ok', 2);
      await mk('wrong-kind', 2, { kind: 'DAY_CARE_CENTRE' });
      await mk('other-region', 2, { regionCode: '370102' });
      await mk('light-care-only', 2, { acceptsCareLevels: ['INTACT', 'MILD', 'MODERATE'] });
      await mk('full', 2, {}, 3, [10, 9, 1]);
      // 2 free of 10, and 20% of 10 = 2 kept for government-supported elders.
      reservedShareId = (await mk('reserved-share', 2, { ownership: 'PUBLIC_BUILT_PRIVATE_RUN' }, 3, [10, 7, 1])).id;
      await mk('far', 12);
      await mk('one-star', 2, {}, 1);
      const expired = await mk('expired-grade', 2, {}, 5);
      await t.db.query(`UPDATE providers SET current_rating_valid_until = now() - interval '1 day' WHERE id = $1`, [expired.id]);
      await mk('ungraded', 2, {}, 0);
      const noBeds = await provider('no-nursing-beds', north(HERE, 2));
      await grade(noBeds.id, 3);
      await setCapacity(t, noBeds.id, 'SELF_CARE', 30, 0);
    });

    it('keeps only the provider that passes every filter', async () => {
      expect(names(await match(base))).toEqual(['ok']);
    });

    it.each<[string, Record<string, unknown>, string[]]>([
      ['setting', { setting: 'DAY_CARE' }, ['wrong-kind']],
      ['region', { regionCode: null }, ['ok', 'other-region']],
      ['care level', { careLevel: 'MODERATE' }, ['light-care-only', 'ok']],
      ['distance', { maxDistanceKm: 15 }, ['far', 'ok']],
      ['minimum stars', { minStars: 0 }, ['expired-grade', 'ok', 'one-star', 'ungraded']],
      ['bed category', { bedCategory: 'SELF_CARE' }, ['no-nursing-beds']],
    ])('relaxing the %s filter lets exactly its provider in', async (_filter, change, expected) => {
      const list = await match({ ...base, ...change });
      expect(names(list).sort()).toEqual(expected.sort());
    });

    it('offers the reserved share only to a government-supported elder', async () => {
      const supported = await elder(north(HERE, 0), { guardian: family, careLevel: 'SEVERE', categories: ['SUBSISTENCE_ALLOWANCE'] });
      const ordinary = await elder(north(HERE, 0), { guardian: family, careLevel: 'SEVERE', categories: ['LIVING_ALONE'] });
      const declaredOnly = await elder(north(HERE, 0), { guardian: family, careLevel: 'SEVERE' });
      await t.db.query(`INSERT INTO elder_categories (elder_id, category, status) VALUES ($1, 'EXTREME_POVERTY', 'DECLARED')`, [declaredOnly]);
      const forElder = (elderId: string) => match({ elderId, regionCode: '3708', minStars: 2 }, family.token);
      const supportedList = await forElder(supported);
      expect(names(supportedList).sort()).toEqual(['ok', 'reserved-share']);
      expect(supportedList.find((m) => m.provider.name === 'reserved-share')!.availableBeds).toBe(2);
      expect(names(await forElder(ordinary))).toEqual(['ok']);
      // A declared (unverified) category does not unlock reserved beds.
      expect(names(await forElder(declaredOnly))).toEqual(['ok']);
    });

    it('counts beds supported elders already hold towards the share, and follows the regional share setting', async () => {
      const ordinary = await elder(HERE, { guardian: family, careLevel: 'SEVERE' });
      const supported = await elder(HERE, { careLevel: 'SEVERE', categories: ['EXTREME_POVERTY'] });
      const forOrdinary = async () => {
        const list = await match({ elderId: ordinary, regionCode: '3708', minStars: 2 }, family.token);
        return list.find((m) => m.provider.name === 'reserved-share')?.availableBeds ?? null;
      };
      expect(await forOrdinary()).toBeNull();
      // The one held bed is a supported elder's: 1 of the 2 reserved beds is used, so 1 of the 2 free beds is open.
      await t.db.query(
        `INSERT INTO bed_reservations (provider_id, elder_id, category, status, provider_region_code, elder_region_code, government_supported, expires_at)
         VALUES ($1, $2, 'NURSING', 'HELD', '370811', '370811', true, now() + interval '1 day')`,
        [reservedShareId, supported],
      );
      expect(await forOrdinary()).toBe(1);
      await t.db.query(`DELETE FROM bed_reservations WHERE elder_id = $1`, [supported]);
      // A region that keeps no share opens both free beds (the setting reserveBed reads, by the provider's region).
      await t.db.query(`INSERT INTO settings (key, region_prefix, value) VALUES ('bed.reservedSharePercent', '370811', '0'::jsonb)`);
      try {
        expect(await forOrdinary()).toBe(2);
      } finally {
        await t.db.query(`DELETE FROM settings WHERE key = 'bed.reservedSharePercent'`);
      }
      expect(await forOrdinary()).toBeNull();
    });

    it('dementia care: only providers that give it, with a free dementia bed', async () => {
      const at = north(HERE, 40);
      const caring = await provider('dementia-care', at, { dementiaCare: true });
      await setCapacity(t, caring.id, 'DEMENTIA', 10, 5);
      const notCaring = await provider('dementia-beds-no-care', at, { dementiaCare: false });
      await setCapacity(t, notCaring.id, 'DEMENTIA', 10, 5);
      const noDementiaBed = await provider('care-no-dementia-bed', at, { dementiaCare: true });
      await setCapacity(t, noDementiaBed.id, 'NURSING', 10, 5);
      const list = await match({ location: at, needsDementiaCare: true });
      expect(names(list)).toEqual(['dementia-care']);
      expect(list[0].bedCategory).toBe('DEMENTIA');
      expect(names(await match({ location: at, needsDementiaCare: true, bedCategory: 'NURSING' }))).toEqual(['care-no-dementia-bed']);
    });

    it('home care: kind, service radius and every requested service', async () => {
      const at = north(HERE, 80);
      const both = [
        { kind: 'MEAL', priceFen: 2500, unit: '餐' },
        { kind: 'BATHING', priceFen: 8000, unit: '次' },
      ];
      const mk = async (name: string, fields: Partial<ProviderFields>, services: typeof both) => {
        const p = await provider(name, north(at, 2), fields);
        await setServices(t, p.id, services);
        return p;
      };
      await mk('agency', { kind: 'HOME_CARE_AGENCY', serviceRadiusKm: 5 }, both);
      await mk('home-with-home-services', { kind: 'NURSING_HOME', serviceRadiusKm: 5 }, both);
      await mk('outside-radius', { kind: 'HOME_CARE_AGENCY', serviceRadiusKm: 1 }, both);
      await mk('no-radius', { kind: 'HOME_CARE_AGENCY', serviceRadiusKm: null }, both);
      await mk('no-bathing', { kind: 'HOME_CARE_AGENCY', serviceRadiusKm: 5 }, both.slice(0, 1));
      await mk('day-care', { kind: 'DAY_CARE_CENTRE', serviceRadiusKm: 5 }, both);
      await mk('plain-home', { kind: 'NURSING_HOME', serviceRadiusKm: 5 }, []);
      const list = await match({ location: at, setting: 'HOME_CARE', services: ['MEAL', 'BATHING'] });
      expect(names(list).sort()).toEqual(['agency', 'home-with-home-services']);
      for (const m of list) {
        expect(m.availableBeds).toBeNull();
        // 22 meals at 25 yuan + 8 baths at 80 yuan.
        expect(m.estimatedMonthlyCostFen).toBe(22 * 2500 + 8 * 8000);
        expect(m.estimatedSubsidyFen).toBe(0);
      }
      // Without requested services a nursing home still needs to offer home services at all.
      expect(names(await match({ location: at, setting: 'HOME_CARE' })).sort()).toEqual(['agency', 'home-with-home-services', 'no-bathing']);
      expect(names(await match({ location: at, setting: 'DAY_CARE' }))).toEqual(['day-care']);
    });

    it('searches 10 km by default and never beyond 100 km', async () => {
      const at = { latitude: 30.0, longitude: 100.0 };
      for (const km of [9, 11, 90, 110]) {
        const p = await provider(`at-${km}-km`, north(at, km));
        await setCapacity(t, p.id, 'SELF_CARE', 10, 0);
      }
      expect(names(await match({ location: at }))).toEqual(['at-9-km']);
      expect(names(await match({ location: at, maxDistanceKm: 1000 })).sort()).toEqual(['at-11-km', 'at-9-km', 'at-90-km']);
      expect(await match({ location: at, maxDistanceKm: 0 })).toEqual([]);
    });
  });

  describe('score and order', () => {
    const HERE = { latitude: 33.0, longitude: 114.0 };
    const ids: Record<string, string> = {};

    beforeAll(async () => {
      const specs: Array<[string, number, number, number, number, number]> = [
        // name, km, stars, free beds, review count, review average
        ['a', 1, 3, 5, 10, 4],
        ['b', 3, 5, 8, 40, 4.6],
        ['c', 5, 4, 2, 0, 0],
        ['d', 7, 2, 10, 5, 3],
        ['e', 4, 3, 5, 10, 4],
      ];
      for (const [name, km, stars, free, count, avg] of specs) {
        const p = await provider(`score-${name}`, north(HERE, km));
        ids[name] = p.id;
        await grade(p.id, stars);
        await setCapacity(t, p.id, 'NURSING', 20, 20 - free);
        if (count) await reviews(p.id, count, avg);
      }
    });

    const need = { location: HERE, careLevel: 'TOTAL' };

    it('orders by score, and the weighted reasons add up to each score', async () => {
      const list = await match(need);
      expect(list).toHaveLength(5);
      for (let i = 1; i < list.length; i++) expect(list[i - 1].score).toBeGreaterThanOrEqual(list[i].score);
      for (const m of list) {
        expect(m.reasons.map((r) => r.factor)).toEqual(['DISTANCE', 'STARS', 'CAPACITY', 'PRICE', 'REVIEWS', 'CONTINUITY']);
        expect(m.reasons.reduce((s, r) => s + r.weight, 0)).toBeCloseTo(1, 9);
        expect(m.reasons.reduce((s, r) => s + r.weight * r.value, 0)).toBeCloseTo(m.score, 9);
        for (const r of m.reasons) {
          expect(r.value).toBeGreaterThanOrEqual(0);
          expect(r.value).toBeLessThanOrEqual(100);
          expect(r.detail).not.toHaveLength(0);
        }
        expect(m.bedCategory).toBe('NURSING');
      }
      const a = list.find((m) => m.provider.name === 'score-a')!;
      expect(a.distanceKm).toBeCloseTo(1, 1);
      expect(a.availableBeds).toBe(5);
      expect(a.reasons.find((r) => r.factor === 'STARS')).toMatchObject({ value: 60, detail: '3-star grade from civil affairs' });
    });

    it('returns the same Provider as the provider query, nested fields included', async () => {
      const fields = `id name kind ownership regionCode address location { latitude longitude } serviceRadiusKm acceptsCareLevels
        dementiaCare updatedAt currentRating { stars validUntil } reviewSummary { count average } capacity { category total available }`;
      const res = expectData(await t.gql(`query($need: CareNeedInput!) { matchProviders(need: $need, first: 1) { provider { ${fields} } } }`, { need }, admin.token));
      const matched = res.matchProviders[0].provider;
      const direct = expectData(await t.gql(`query($id: ID!) { provider(id: $id) { ${fields} } }`, { id: matched.id })).provider;
      expect(matched).toEqual(direct);
      expect(matched.currentRating.stars).toBeGreaterThan(0);
    });

    it('reports the same distance as the provider finder', async () => {
      const matched = await match(need);
      const found = expectData(
        await t.gql(`query($near: GeoPointInput!) { providers(filter: { near: $near, radiusKm: 10 }, first: 50) { nodes { id distanceKm } } }`, {
          near: HERE,
        }),
      ).providers.nodes as Array<{ id: string; distanceKm: number }>;
      for (const m of matched) expect(found.find((f) => f.id === m.provider.id)!.distanceKm).toBeCloseTo(m.distanceKm, 3);
    });

    it('the short list keeps the best: the first 2 are the first 2 of the whole list', async () => {
      const all = await match(need, admin.token, 50);
      const top = await match(need, admin.token, 2);
      expect(top.map((m) => m.provider.id)).toEqual(all.slice(0, 2).map((m) => m.provider.id));
    });

    it('one factor changed moves the provider as expected', async () => {
      const place = async (name: string) => names(await match(need)).indexOf(`score-${name}`);
      const before = await place('d');
      await grade(ids.d, 5);
      await reviews(ids.d, 200, 4.9);
      const after = await place('d');
      expect(after).toBeLessThan(before);
      // And back: a worse grade sinks it again.
      await grade(ids.d, 1);
      expect(await place('d')).toBeGreaterThan(after);
    });

    it('prices a residential place at the published monthly bed price, against the budget', async () => {
      const at = { latitude: 31.5, longitude: 112.5 };
      const homes: Record<string, string> = {};
      for (const [name, price] of [['cheap', 300_000], ['dear', 600_000], ['unpriced', null]] as const) {
        const p = await provider(`priced-${name}`, north(at, 2));
        homes[name] = p.id;
        await grade(p.id, 3);
        await setCapacity(t, p.id, 'NURSING', 20, 10);
        await t.db.query(`UPDATE bed_capacity SET monthly_price_fen = $2 WHERE provider_id = $1`, [p.id, price]);
      }
      const need = { location: at, careLevel: 'SEVERE', monthlyBudgetFen: 400_000 };
      const list = await match(need);
      expect(names(list)).toEqual(['priced-cheap', 'priced-unpriced', 'priced-dear']);
      const price = (m: Match) => m.reasons.find((r) => r.factor === 'PRICE')!;
      const [cheap, unpriced, dear] = list;
      expect(cheap).toMatchObject({ estimatedMonthlyCostFen: 300_000, estimatedSubsidyFen: 0 });
      expect(price(cheap)).toMatchObject({ value: 62.5 });
      expect(price(cheap).detail).toContain('NURSING bed');
      expect(dear).toMatchObject({ estimatedMonthlyCostFen: 600_000, estimatedSubsidyFen: 0 });
      expect(price(dear).value).toBe(25);
      expect(unpriced).toMatchObject({ estimatedMonthlyCostFen: null, estimatedSubsidyFen: null });
      expect(price(unpriced).detail).toContain('no published price');
      // The SQL short list ranks by the same price: asked for one, the cheapest comes back.
      expect(names(await match(need, admin.token, 1))).toEqual(['priced-cheap']);
      // A tighter budget keeps the order but lowers every priced value; the unpriced one stays neutral.
      const tight = await match({ ...need, monthlyBudgetFen: 300_000 });
      expect(price(tight.find((m) => m.provider.name === 'priced-cheap')!).value).toBe(50);
      expect(price(tight.find((m) => m.provider.name === 'priced-unpriced')!).value).toBe(price(unpriced).value);
    });

    it('ties break by distance, then by id: the same request gives the same order', async () => {
      const at = { latitude: 32.0, longitude: 113.0 };
      const twins = [];
      for (const name of ['twin-1', 'twin-2', 'twin-3']) {
        const p = await provider(name, north(at, 1));
        await setCapacity(t, p.id, 'SELF_CARE', 10, 0);
        twins.push(p.id);
      }
      const list = await match({ location: at });
      expect(list.map((m) => m.provider.id)).toEqual([...twins].sort());
      expect(new Set(list.map((m) => m.score)).size).toBe(1);
      expect((await match({ location: at })).map((m) => m.provider.id)).toEqual(list.map((m) => m.provider.id));
    });

    it('weights are data: a region may weigh distance alone', async () => {
      const at = { latitude: 33.0, longitude: 114.0 };
      await t.db.query(`INSERT INTO settings (key, region_prefix, value) VALUES ($1, '3708', $2::jsonb)`, [
        MATCH_WEIGHTS_SETTING,
        JSON.stringify({ DISTANCE: 1, STARS: 0, CAPACITY: 0, PRICE: 0, REVIEWS: 0, CONTINUITY: 0 }),
      ]);
      try {
        const list = await match({ location: at, careLevel: 'TOTAL', regionCode: '3708' });
        expect(names(list)).toEqual(['score-a', 'score-b', 'score-e', 'score-c', 'score-d']);
        expect(list[0].reasons.find((r) => r.factor === 'DISTANCE')!.weight).toBe(1);
        // Other regions keep the defaults.
        const national = await match({ location: at, careLevel: 'TOTAL' });
        expect(national[0].reasons.find((r) => r.factor === 'DISTANCE')!.weight).toBe(DEFAULT_MATCH_WEIGHTS.DISTANCE);
      } finally {
        await t.db.query(`DELETE FROM settings WHERE key = $1`, [MATCH_WEIGHTS_SETTING]);
      }
    });

    it('keeps the settings it read for MATCHING_SETTINGS_CACHE_MS: one query a search, and a committed change shows at once', async () => {
      const cached = await startTestApp({ MATCHING_SETTINGS_CACHE_MS: '600000' });
      try {
        const officerHere = await makeUser(cached, Role.ADMIN);
        const at = { latitude: 33.0, longitude: 114.0 };
        const p = await makeProvider(cached, { name: 'cached-home', regionCode: '370811', latitude: at.latitude + 0.01, longitude: at.longitude });
        await setCapacity(cached, p.id, 'NURSING', 10, 5);
        const distanceWeight = async () => {
          const res = await cached.gql(MATCH, { need: { location: at, careLevel: 'TOTAL', regionCode: '3708' } }, officerHere.token);
          return expectData(res).matchProviders[0].reasons.find((r: { factor: string }) => r.factor === 'DISTANCE').weight;
        };
        expect(await distanceWeight()).toBe(DEFAULT_MATCH_WEIGHTS.DISTANCE);
        const before = cached.queries.count;
        expect(await distanceWeight()).toBe(DEFAULT_MATCH_WEIGHTS.DISTANCE);
        expect(cached.queries.count - before).toBe(1); // the candidate query alone
        await cached.db.query(`INSERT INTO settings (key, region_prefix, value) VALUES ($1, '3708', $2::jsonb)`, [
          MATCH_WEIGHTS_SETTING,
          JSON.stringify({ DISTANCE: 1, STARS: 0, CAPACITY: 0, PRICE: 0, REVIEWS: 0, CONTINUITY: 0 }),
        ]);
        // The settings trigger announces the commit and the cache is dropped: far sooner than the 10-minute cache time.
        const until = Date.now() + 1000;
        let seen = await distanceWeight();
        while (seen !== 1 && Date.now() < until) {
          await new Promise((r) => setTimeout(r, 20));
          seen = await distanceWeight();
        }
        expect(seen).toBe(1);
      } finally {
        await cached.close();
      }
    });

    it('costs a constant number of queries whatever the number of providers', async () => {
      const at = { latitude: 31.0, longitude: 112.0 };
      const count = async () => {
        const before = t.queries.count;
        await match({ location: at }, admin.token, 50);
        return t.queries.count - before;
      };
      const p = await provider('few-0', north(at, 1));
      await setCapacity(t, p.id, 'SELF_CARE', 10, 0);
      const few = await count();
      for (let i = 1; i < 40; i++) {
        const q = await provider(`many-${i}`, north(at, 1 + i / 10));
        await setCapacity(t, q.id, 'SELF_CARE', 10, i % 9);
        await setServices(t, q.id, [{ kind: 'MEAL', priceFen: 2000 }]);
      }
      const many = await count();
      expect(many).toBe(few);
      // The settings and the one candidate query (which also brings the provider rows).
      expect(many).toBeLessThanOrEqual(2);
    });
  });

  describe("elder-based needs use the elder's location, level and subsidy", () => {
    const HOME = { latitude: 36.0, longitude: 117.0 };
    let elderId: string;

    beforeAll(async () => {
      elderId = await elder(HOME, { guardian: family, careLevel: 'TOTAL', categories: ['SUBSISTENCE_ALLOWANCE'], birthDate: '1940-01-01' });
      const nursing = await provider('elder-nursing', north(HOME, 3));
      await setCapacity(t, nursing.id, 'NURSING', 10, 2);
      const selfCare = await provider('elder-self-care-only', north(HOME, 3));
      await setCapacity(t, selfCare.id, 'SELF_CARE', 10, 2);
      const light = await provider('elder-light-care', north(HOME, 3), { acceptsCareLevels: ['INTACT', 'MILD'] });
      await setCapacity(t, light.id, 'NURSING', 10, 2);
      const agency = await provider('elder-agency', north(HOME, 2), { kind: 'HOME_CARE_AGENCY', serviceRadiusKm: 5 });
      await setServices(t, agency.id, [{ kind: 'CLEANING', priceFen: 4000, unit: '次' }]);
      const linked = await provider('elder-linked-agency', north(HOME, 2), { kind: 'HOME_CARE_AGENCY', serviceRadiusKm: 5 });
      await setServices(t, linked.id, [{ kind: 'CLEANING', priceFen: 4000, unit: '次' }]);
      await t.db.query(`INSERT INTO provider_elder_links (provider_id, elder_id, source) VALUES ($1, $2, 'test')`, [linked.id, elderId]);
    });

    it("searches around the elder's home for a bed of the elder's level", async () => {
      const list = await match({ elderId }, family.token);
      expect(names(list)).toEqual(['elder-nursing']);
      expect(list[0].distanceKm).toBeCloseTo(3, 1);
      expect(list[0].bedCategory).toBe('NURSING');
      // Explicit fields win over the record.
      expect(names(await match({ elderId, careLevel: 'MILD', bedCategory: 'SELF_CARE' }, family.token))).toEqual(['elder-self-care-only']);
      expect(await match({ elderId, location: { latitude: 0, longitude: 0 } }, family.token)).toEqual([]);
    });

    it("prices home care after the elder's subsidy, and prefers the provider that already serves the elder", async () => {
      const list = await match({ elderId, services: ['CLEANING'] }, family.token);
      expect(names(list)).toEqual(['elder-linked-agency', 'elder-agency']);
      for (const m of list) {
        // 8 visits at 40 yuan = 320 yuan; subsistence allowance at 70+: 80% up to 600 yuan.
        expect(m.estimatedMonthlyCostFen).toBe(32_000);
        expect(m.estimatedSubsidyFen).toBe(25_600);
        expect(m.setting).toBe('HOME_CARE');
      }
      expect(list[0].reasons.find((r) => r.factor === 'CONTINUITY')).toMatchObject({ value: 100, detail: 'already cares for this elder' });
      expect(list[1].reasons.find((r) => r.factor === 'CONTINUITY')!.value).toBe(0);
    });
  });

  describe('authorization', () => {
    const HOME = { latitude: 37.0, longitude: 118.0 };
    let elderId: string;

    beforeAll(async () => {
      elderId = await elder(HOME, { guardian: family, regionCode: '370811' });
      const p = await provider('auth-home', north(HOME, 1));
      await setCapacity(t, p.id, 'NURSING', 10, 0);
    });

    it.each<[string, () => TestUser]>([
      ['the guardian', () => family],
      ['an officer in scope', () => officer],
    ])('%s may match for the elder', async (_who, user) => {
      expect(names(await match({ elderId }, user().token))).toEqual(['auth-home']);
    });

    it.each<[string, () => TestUser]>([
      ['another family', () => otherFamily],
      ['an officer of another region', () => farOfficer],
      // Matching from an elder uses the record (home, care level, categories): an admin sees the overview only.
      ['an admin', () => admin],
    ])('%s gets NOT_FOUND for the elder', async (_who, user) => {
      expectError(await t.gql(MATCH, { need: { elderId } }, user().token), 'NOT_FOUND');
    });

    it('any family may match around an explicit location without an elder', async () => {
      expect(names(await match({ location: HOME, careLevel: 'TOTAL' }, otherFamily.token))).toEqual(['auth-home']);
    });

    it('provider staff may not match; anonymous callers must sign in', async () => {
      expectError(await t.gql(MATCH, { need: { location: HOME } }, staff.token), 'FORBIDDEN');
      expectError(await t.gql(MATCH, { need: { location: HOME } }), 'UNAUTHENTICATED');
    });
  });

  describe('bad input', () => {
    const at = { latitude: 35.0, longitude: 116.0 };

    it.each<[string, Record<string, unknown>, string]>([
      ['latitude out of range', { location: { latitude: 91, longitude: 116 } }, 'need.location.latitude'],
      ['longitude out of range', { location: { latitude: 35, longitude: -181 } }, 'need.location.longitude'],
      ['negative distance', { location: at, maxDistanceKm: -1 }, 'need.maxDistanceKm'],
      ['negative budget', { location: at, monthlyBudgetFen: -1 }, 'need.monthlyBudgetFen'],
      ['six stars', { location: at, minStars: 6 }, 'need.minStars'],
      ['neither elder nor location', {}, 'need.location'],
    ])('%s is BAD_USER_INPUT naming the field', async (_case, need, path) => {
      const error = expectError(await t.gql(MATCH, { need }, admin.token), 'BAD_USER_INPUT');
      expect(error.extensions?.fields?.map((f) => f.path)).toContain(path);
    });

    it('first out of 1..50 is BAD_USER_INPUT', async () => {
      for (const first of [0, 51]) {
        const error = expectError(await t.gql(MATCH, { need: { location: at }, first }, admin.token), 'BAD_USER_INPUT');
        expect(error.extensions?.fields?.map((f) => f.path)).toEqual(['first']);
      }
    });

    it('an unknown elder id is NOT_FOUND, a malformed one BAD_USER_INPUT', async () => {
      expectError(await t.gql(MATCH, { need: { elderId: randomUUID() } }, admin.token), 'NOT_FOUND');
      expectError(await t.gql(MATCH, { need: { elderId: 'not-a-uuid' } }, admin.token), 'BAD_USER_INPUT');
    });
  });
});
