import { readSession, readSharedSession, writeSession, writeSessionDurably, type Session, type TokenPair } from './session';

/**
 * What one refreshAccessToken call came to: the new pair, REJECTED (the server refused the refresh token: used,
 * revoked or expired; the session is over) or UNREACHABLE (no answer; the session is kept and tried again later).
 */
export type RefreshOutcome = TokenPair | 'REJECTED' | 'UNREACHABLE';

/** Runs `fn` while no other tab of this browser runs it (Web Locks); outside a browser, just runs it. */
export type RefreshLock = <T>(fn: () => Promise<T>) => Promise<T>;

export interface TokenManagerOptions {
  /** Calls refreshAccessToken (never through the authenticated client, or a refusal would loop). */
  exchange: (refreshToken: string) => Promise<RefreshOutcome>;
  /** Ends the session on the server (the logout mutation with this access token). */
  revoke?: (accessToken: string) => Promise<unknown>;
  lock?: RefreshLock;
  now?: () => number;
}

/** The Web Locks API serializes the refresh across every tab of the browser: a refresh token works only once. */
export const browserLock: RefreshLock = (fn) =>
  typeof navigator !== 'undefined' && navigator.locks
    ? (navigator.locks.request('yiyang.token-refresh', fn) as Promise<Awaited<ReturnType<typeof fn>>>)
    : fn();

/** Seconds since the epoch when the JWT was issued and expires (its payload's iat and exp), if readable. */
function tokenTimes(token: string): { iat?: number; exp?: number } {
  try {
    const payload = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    return JSON.parse(atob(payload)) as { iat?: number; exp?: number };
  } catch {
    return {};
  }
}

/**
 * How long before its expiry an access token is renewed: a minute for the usual 15-minute token, a fifth of the
 * lifetime for a short one (so a token of a few seconds is not renewed on every request).
 */
export function refreshMargin(session: Pick<Session, 'accessToken' | 'expiresAt'>): number {
  const { iat, exp } = tokenTimes(session.accessToken);
  const lifetime = iat && exp ? (exp - iat) * 1000 : 15 * 60_000;
  return Math.min(60_000, lifetime / 5);
}

export const expiresSoon = (session: Session, now: number) => Date.parse(session.expiresAt) - refreshMargin(session) <= now;

export interface TokenManager {
  /** A usable access token, renewed first when it expires soon; null when signed out (or the renewal failed). */
  accessToken(): Promise<string | null>;
  /**
   * Renews the tokens, once for every caller at the same time and across tabs. `stale`: the access token the server
   * just refused; if the stored one already differs, another request or tab renewed it and that one is returned.
   */
  refresh(stale?: string): Promise<Session | null>;
  /** fetch with the bearer token; an UNAUTHENTICATED answer is retried once after a refresh. */
  fetch: typeof fetch;
  /** Renews the tokens shortly before they expire while the page is open; returns the stop function. */
  start(): () => void;
  /** Called after each successful renewal (the live socket re-authenticates). */
  onRefreshed(listener: (session: Session) => void): () => void;
  /** Ends the session on the server, then here. */
  logout(): Promise<void>;
}

async function refusedAsUnauthenticated(response: Response): Promise<boolean> {
  if (!(response.headers.get('content-type') ?? '').includes('json')) return false;
  try {
    const body = (await response.clone().json()) as { errors?: Array<{ extensions?: { code?: string } }> };
    return !!body.errors?.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
  } catch {
    return false;
  }
}

function withBearer(init: RequestInit | undefined, token: string | null): RequestInit {
  const headers = new Headers(init?.headers);
  if (token) headers.set('authorization', `Bearer ${token}`);
  else headers.delete('authorization');
  return { ...init, headers };
}

export function createTokenManager({ exchange, revoke, lock = browserLock, now = Date.now }: TokenManagerOptions): TokenManager {
  let inflight: Promise<Session | null> | null = null;
  const refreshed = new Set<(session: Session) => void>();

  const refresh = (stale?: string): Promise<Session | null> => {
    if (inflight) return inflight;
    inflight = lock(async () => {
      // Read again inside the lock, from the copy every tab sees at once: another tab may have renewed the tokens (and
      // used the refresh token this tab holds).
      const current = await readSharedSession();
      if (!current) {
        if (readSession()) writeSession(null);
        return null;
      }
      const renewedElsewhere = stale ? current.accessToken !== stale : !expiresSoon(current, now());
      if (renewedElsewhere) {
        if (readSession()?.accessToken !== current.accessToken) writeSession(current);
        return current;
      }
      const outcome = await exchange(current.refreshToken);
      if (outcome === 'REJECTED') {
        await writeSessionDurably(null);
        return null;
      }
      if (outcome === 'UNREACHABLE') return Date.parse(current.expiresAt) > now() ? current : null;
      const next: Session = { ...current, ...outcome };
      await writeSessionDurably(next);
      for (const listener of refreshed) listener(next);
      return next;
    }).finally(() => {
      inflight = null;
    });
    return inflight;
  };

  const accessToken = async () => {
    const session = readSession();
    if (!session) return null;
    if (!expiresSoon(session, now())) return session.accessToken;
    return (await refresh())?.accessToken ?? null;
  };

  const authFetch: typeof fetch = async (input, init) => {
    const token = await accessToken();
    const response = await fetch(input, withBearer(init, token));
    if (!token || !(await refusedAsUnauthenticated(response))) return response;
    // The token was refused before its time (revoked elsewhere, clock skew): renew once and send again.
    const renewed = await refresh(token);
    if (!renewed) return response;
    return fetch(input, withBearer(init, renewed.accessToken));
  };

  const start = () => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const schedule = () => {
      clearTimeout(timer);
      const session = readSession();
      if (!session) return;
      const due = Date.parse(session.expiresAt) - refreshMargin(session) - now();
      timer = setTimeout(() => void refresh().finally(schedule), Math.max(0, Math.min(due, 2_147_483_647)));
    };
    schedule();
    const onStorage = () => schedule();
    window.addEventListener('storage', onStorage);
    const off = onRefreshed(schedule);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('storage', onStorage);
      off();
    };
  };

  const onRefreshed = (listener: (session: Session) => void) => {
    refreshed.add(listener);
    return () => {
      refreshed.delete(listener);
    };
  };

  const logout = async () => {
    const session = readSession();
    try {
      if (session && revoke) await revoke(Date.parse(session.expiresAt) > now() ? session.accessToken : ((await refresh())?.accessToken ?? session.accessToken));
    } catch {
      // Offline: the session still ends here; its refresh token lapses on the server.
    }
    writeSession(null);
  };

  return { accessToken, refresh, fetch: authFetch, start, onRefreshed, logout };
}
