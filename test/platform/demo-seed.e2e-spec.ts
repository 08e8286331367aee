import { PasswordService } from '../../src/core/auth/password.service.js';
import { UnitOfWork } from '../../src/core/database/unit-of-work.js';
import { SettingsService } from '../../src/core/settings/settings.service.js';
import { CapacityService } from '../../src/modules/capacity/capacity.service.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_PROVIDERS, DemoSeedService } from '../../src/modules/demo/demo-seed.service.js';
import { IdentityService } from '../../src/modules/identity/identity.service.js';
import { ProviderService } from '../../src/modules/provider/provider.service.js';
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

// The seed creates through the owners' services (registry, services, bed counts, accounts), all in one transaction.
describe('demo seed: one transaction across the owners', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ SEED_DEMO: 'false' });
  });
  afterAll(() => t.close());

  /** The seed as a start with SEED_DEMO on would run it, on this app's services. */
  const seed = () =>
    new DemoSeedService(
      Object.create(t.config, { seedDemo: { value: true } }),
      t.app.get(UnitOfWork),
      t.app.get(SettingsService),
      t.app.get(PasswordService),
      t.app.get(ProviderService),
      t.app.get(CapacityService),
      t.app.get(IdentityService),
    ).onApplicationBootstrap();

  const demoRows = async () =>
    (
      await t.db.query(
        `SELECT (SELECT count(*) FROM providers WHERE name = ANY($1))::int AS providers,
                (SELECT count(*) FROM provider_services s JOIN providers p ON p.id = s.provider_id WHERE p.name = ANY($1))::int AS services,
                (SELECT count(*) FROM bed_capacity b JOIN providers p ON p.id = b.provider_id WHERE p.name = ANY($1))::int AS beds,
                (SELECT count(*) FROM users WHERE phone = ANY($2))::int AS accounts,
                (SELECT count(*) FROM settings WHERE key = 'demo.seeded')::int AS marker`,
        [DEMO_PROVIDERS.map((p) => p.name), DEMO_ACCOUNTS.map((a) => a.phone)],
      )
    )[0];

  it('leaves nothing behind when its last step fails in the database, and seeds everything on the next start', async () => {
    // The last account's insert fails in PostgreSQL itself, after the providers, services and bed counts were written.
    await t.db.query(`CREATE FUNCTION refuse_demo_family() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.phone = '13800000006' THEN RAISE EXCEPTION 'refused by the test'; END IF; RETURN NEW; END $$`);
    await t.db.query(`CREATE TRIGGER refuse_demo_family BEFORE INSERT ON users FOR EACH ROW EXECUTE FUNCTION refuse_demo_family()`);
    await expect(seed()).rejects.toThrow('refused by the test');
    expect(await demoRows()).toEqual({ providers: 0, services: 0, beds: 0, accounts: 0, marker: 0 });

    await t.db.query(`DROP TRIGGER refuse_demo_family ON users`);
    await t.db.query(`DROP FUNCTION refuse_demo_family()`);
    await seed();
    const services = DEMO_PROVIDERS.reduce((n, p) => n + p.services.length, 0);
    const beds = DEMO_PROVIDERS.reduce((n, p) => n + p.beds.length, 0);
    // No admin existed (none configured here), so every account, the admin too, is created.
    expect(await demoRows()).toEqual({ providers: DEMO_PROVIDERS.length, services, beds, accounts: DEMO_ACCOUNTS.length, marker: 1 });
    const [nursing] = await t.db.query(
      `SELECT b.total, b.occupied, b.reserved, b.version, b.monthly_price_fen FROM bed_capacity b JOIN providers p ON p.id = b.provider_id
        WHERE p.name = $1 AND b.category = 'NURSING'`,
      [DEMO_PROVIDERS[0].name],
    );
    expect(nursing).toEqual({ total: 120, occupied: 90, reserved: 0, version: 1, monthly_price_fen: 320_000 });
  });
});
