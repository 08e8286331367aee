import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_PROVIDERS, DemoSeedService } from '../../src/modules/demo/demo-seed.service.js';
import { expectData } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// `npm start` seeds a demo region (SEED_DEMO, on by default outside production): what the README's examples rely on.
describe('demo seed', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ SEED_DEMO: 'true' });
  });
  afterAll(() => t.close());

  const login = async (phone: string) =>
    expectData(await t.gql(`mutation($phone: String!, $password: String!) { login(phone: $phone, password: $password) { accessToken user { role } } }`, {
      phone,
      password: DEMO_PASSWORD,
    })).login;

  it('creates one account per role with the documented password', async () => {
    for (const account of DEMO_ACCOUNTS) expect((await login(account.phone)).user.role).toBe(account.role);
  });

  it('lets the demo family find the demo nursing home with its published bed price', async () => {
    const family = await login('13800000006');
    const home = DEMO_PROVIDERS.find((p) => p.key === 'nursingHome')!;
    const res = await t.gql(
      `query($need: CareNeedInput!) { matchProviders(need: $need) { provider { name } availableBeds estimatedMonthlyCostFen } }`,
      { need: { location: { latitude: home.latitude, longitude: home.longitude }, careLevel: 'SEVERE', monthlyBudgetFen: 400_000 } },
      family.accessToken,
    );
    // 30 free nursing beds, less the unused 20% share (24) a public-built private-run home keeps for supported elders.
    expect(expectData(res).matchProviders).toContainEqual({ provider: { name: home.name }, availableBeds: 6, estimatedMonthlyCostFen: 320_000 });
  });

  it('runs once: a second start adds nothing', async () => {
    const count = async () => (await t.db.query(`SELECT (SELECT count(*) FROM providers)::int AS p, (SELECT count(*) FROM users)::int AS u`))[0];
    const before = await count();
    await t.app.get(DemoSeedService).onApplicationBootstrap();
    expect(await count()).toEqual(before);
  });
});
