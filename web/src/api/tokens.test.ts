import { readSession, writeSession, type Session, type TokenPair } from './session';
import { createTokenManager, refreshMargin, type RefreshLock, type RefreshOutcome } from './tokens';

/** A JWT-shaped token whose payload carries iat/exp (the signature is never checked by the client). */
const jwt = (name: string, iatMs: number, lifetimeMs: number) =>
  `h.${btoa(JSON.stringify({ sub: name, iat: Math.floor(iatMs / 1000), exp: Math.floor((iatMs + lifetimeMs) / 1000) })).replace(/=+$/, '')}.s`;

const user = { id: 'u1', role: 'FAMILY' as const, displayName: '陈先生' };
const MIN = 60_000;

function pair(n: number, now: number, lifetime = 15 * MIN): TokenPair {
  return {
    accessToken: jwt(`a${n}`, now, lifetime),
    expiresAt: new Date(now + lifetime).toISOString(),
    refreshToken: `r${n}`,
    refreshTokenExpiresAt: new Date(now + 30 * 24 * 60 * MIN).toISOString(),
  };
}

/** A server that rotates refresh tokens like the real one: each works once, a reused one is refused. */
function fakeServer(start: number) {
  let n = 1;
  const used = new Set<string>();
  const calls: string[] = [];
  let clock = start;
  const exchange = async (refreshToken: string): Promise<RefreshOutcome> => {
    calls.push(refreshToken);
    await new Promise((r) => setTimeout(r, 5));
    if (used.has(refreshToken) || refreshToken !== `r${n}`) return 'REJECTED';
    used.add(refreshToken);
    n += 1;
    return pair(n, clock);
  };
  return { exchange, calls, tick: (ms: number) => (clock += ms), now: () => clock };
}

/** One lock shared by several "tabs" (managers), as navigator.locks is shared by the tabs of a browser. */
function sharedLock(): RefreshLock {
  let tail: Promise<unknown> = Promise.resolve();
  return (fn) => {
    const run = tail.then(fn, fn);
    tail = run.catch(() => undefined);
    return run;
  };
}

const session = (p: TokenPair): Session => ({ ...p, user });

describe('session tokens', () => {
  const T0 = Date.parse('2026-12-01T08:00:00Z');
  beforeEach(() => localStorage.clear());

  it('keeps the session while the refresh token lasts, even with an expired access token', () => {
    writeSession(session({ ...pair(1, T0 - 20 * MIN), refreshTokenExpiresAt: new Date(Date.now() + MIN).toISOString() }));
    expect(readSession()?.refreshToken).toBe('r1');
    writeSession(session({ ...pair(1, T0), refreshTokenExpiresAt: new Date(Date.now() - 1).toISOString() }));
    expect(readSession()).toBeNull();
    localStorage.setItem('yiyang.session', JSON.stringify({ accessToken: 'old', user }));
    expect(readSession()).toBeNull();
  });

  it('renews a minute before a 15-minute token expires, a fifth of the lifetime for a short one', () => {
    expect(refreshMargin(pair(1, T0))).toBe(MIN);
    expect(refreshMargin(pair(1, T0, 10_000))).toBe(2_000);
  });

  it('uses the stored token while it is fresh and renews it shortly before expiry, once for concurrent requests', async () => {
    const server = fakeServer(T0);
    const tokens = createTokenManager({ exchange: server.exchange, now: server.now, lock: sharedLock() });
    writeSession(session(pair(1, T0)));
    expect(await tokens.accessToken()).toBe(readSession()!.accessToken);
    expect(server.calls).toEqual([]);

    server.tick(14.5 * MIN);
    const seen: string[] = [];
    tokens.onRefreshed((s) => seen.push(s.refreshToken));
    const [a, b, c] = await Promise.all([tokens.accessToken(), tokens.accessToken(), tokens.accessToken()]);
    expect(server.calls).toEqual(['r1']);
    expect(new Set([a, b, c]).size).toBe(1);
    expect(readSession()).toMatchObject({ refreshToken: 'r2', accessToken: a, user });
    expect(seen).toEqual(['r2']);
  });

  it('renews once across tabs: the second tab finds the renewed tokens and does not reuse the old refresh token', async () => {
    const server = fakeServer(T0);
    const lock = sharedLock();
    const tab1 = createTokenManager({ exchange: server.exchange, now: server.now, lock });
    const tab2 = createTokenManager({ exchange: server.exchange, now: server.now, lock });
    writeSession(session(pair(1, T0)));
    server.tick(14.9 * MIN);
    const [t1, t2] = await Promise.all([tab1.accessToken(), tab2.accessToken()]);
    expect(server.calls).toEqual(['r1']);
    expect(t1).toBe(t2);
    expect(readSession()?.refreshToken).toBe('r2');
  });

  it('on UNAUTHENTICATED renews once and sends the request again with the new token; a second refusal is returned', async () => {
    const server = fakeServer(T0);
    const tokens = createTokenManager({ exchange: server.exchange, now: server.now, lock: sharedLock() });
    writeSession(session(pair(1, T0)));
    const first = readSession()!.accessToken;
    const sentWith: string[] = [];
    let refuseAll = false;
    const unauthenticated = () => new Response(JSON.stringify({ errors: [{ message: 'no', extensions: { code: 'UNAUTHENTICATED' } }] }), { headers: { 'content-type': 'application/json' } });
    vi.stubGlobal('fetch', async (_: unknown, init: RequestInit) => {
      const auth = new Headers(init.headers).get('authorization')!;
      sentWith.push(auth);
      if (refuseAll || auth === `Bearer ${first}`) return unauthenticated();
      return new Response(JSON.stringify({ data: { ok: true } }), { headers: { 'content-type': 'application/json' } });
    });
    try {
      const res = await tokens.fetch('/graphql', { method: 'POST', body: '{}' });
      expect(await res.json()).toEqual({ data: { ok: true } });
      const renewed = readSession()!.accessToken;
      expect(sentWith).toEqual([`Bearer ${first}`, `Bearer ${renewed}`]);
      expect(server.calls).toEqual(['r1']);

      refuseAll = true;
      const refused = await tokens.fetch('/graphql', { method: 'POST', body: '{}' });
      expect((await refused.json()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
      // Renewed once for that request (r2 → r3), not in a loop.
      expect(server.calls).toEqual(['r1', 'r2']);
      expect(sentWith).toHaveLength(4);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('ends the session when the server refuses the refresh token, and keeps it when the server cannot be reached', async () => {
    let outcome: RefreshOutcome = 'UNREACHABLE';
    let clock = T0;
    const tokens = createTokenManager({ exchange: async () => outcome, now: () => clock, lock: sharedLock() });
    writeSession(session(pair(1, T0)));
    clock += 14.5 * MIN;
    expect(await tokens.accessToken()).toBe(readSession()!.accessToken);
    outcome = 'REJECTED';
    expect(await tokens.accessToken()).toBeNull();
    expect(readSession()).toBeNull();
  });

  it('renews on a timer shortly before expiry while the page is open', async () => {
    vi.useFakeTimers({ now: T0 });
    try {
      const server = fakeServer(T0);
      const tokens = createTokenManager({ exchange: server.exchange, now: () => Date.now(), lock: sharedLock() });
      writeSession(session(pair(1, T0, 10_000)));
      const stop = tokens.start();
      await vi.advanceTimersByTimeAsync(7_000);
      expect(server.calls).toEqual([]);
      server.tick(8_100);
      await vi.advanceTimersByTimeAsync(1_200);
      expect(server.calls).toEqual(['r1']);
      expect(readSession()?.refreshToken).toBe('r2');
      stop();
    } finally {
      vi.useRealTimers();
    }
  });

  it('logout revokes the session on the server with the current token, then forgets it', async () => {
    const revoked: string[] = [];
    const tokens = createTokenManager({ exchange: async () => 'UNREACHABLE', revoke: async (t) => revoked.push(t), now: () => T0, lock: sharedLock() });
    writeSession(session(pair(1, T0)));
    const token = readSession()!.accessToken;
    await tokens.logout();
    expect(revoked).toEqual([token]);
    expect(readSession()).toBeNull();
  });
});
