import { loadConfig } from '../../src/config/app-config.js';
import { DEFAULT_QUERY } from '../../src/core/graphql/graphiql.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('hardening: a newcomer\'s first hour', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ SEED_DEMO: 'true' });
  });
  afterAll(() => t.close());

  it('GraphiQL\'s own example signs in as it stands, and the page sends the token it returned', async () => {
    const page = await t.http().get('/graphql').set('accept', 'text/html');
    expect(page.status).toBe(200);
    expect(page.text).not.toContain('<accessToken');
    expect(page.text).toContain(JSON.stringify(DEFAULT_QUERY));
    // The page's fetcher keeps the token of a login and sends it on.
    expect(page.text).toMatch(/sessionStorage\.setItem\(KEY, issued\)/);
    expect(page.text).toMatch(/headers\.Authorization = 'Bearer ' \+ token/);

    const login = await t.http().post('/graphql').send({ query: DEFAULT_QUERY, operationName: 'Login' });
    expect(login.body.errors).toBeUndefined();
    const token = login.body.data.login.accessToken;
    expect(login.body.data.login.user.role).toBe('ADMIN');
    const me = await t.http().post('/graphql').set('authorization', `Bearer ${token}`).send({ query: DEFAULT_QUERY, operationName: 'Me' });
    expect(me.body.data.me.role).toBe('ADMIN');
  });

  it('creates the first admin from ADMIN_PHONE / ADMIN_PASSWORD without demo data (the Docker path), and refuses one without the other', async () => {
    const prod = await startTestApp({ SEED_DEMO: 'false', ADMIN_PHONE: '13911112222', ADMIN_PASSWORD: 'a long admin password' });
    try {
      const login = await prod.gql(`mutation { login(phone: "13911112222", password: "a long admin password") { user { role } } }`);
      expect(login.data?.login.user.role).toBe('ADMIN');
    } finally {
      await prod.close();
    }
    expect(() => loadConfig({ NODE_ENV: 'test', ADMIN_PHONE: '13911112222' })).toThrow(/ADMIN_PHONE and ADMIN_PASSWORD together/);
  });

  it('warns at start when there is no admin and nothing to create one from', async () => {
    const bare = await startTestApp({ SEED_DEMO: 'false' });
    try {
      expect(bare.logs.join('')).toMatch(/no admin account exists: set ADMIN_PHONE and ADMIN_PASSWORD/);
    } finally {
      await bare.close();
    }
  });
});
