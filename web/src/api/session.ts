/** The signed-in account, kept in localStorage so that a reload (or another tab) keeps the session. */
export interface SessionUser {
  id: string;
  role: 'FAMILY' | 'CAREGIVER' | 'PROVIDER_STAFF' | 'CIVIL_AFFAIRS' | 'ADMIN';
  displayName: string;
  providerId?: string | null;
  regionScope?: string | null;
}

/** What login, register and refreshAccessToken return besides the user. */
export interface TokenPair {
  accessToken: string;
  /** When the access token stops working (15 minutes by default). */
  expiresAt: string;
  /** Works once: each refresh returns a new one, and reusing a used one ends the session on the server. */
  refreshToken: string;
  refreshTokenExpiresAt: string;
}

export interface Session extends TokenPair {
  user: SessionUser;
}

const KEY = 'yiyang.session';
type Listener = (session: Session | null) => void;
const listeners = new Set<Listener>();

const parse = (raw: string | null): Session | null => {
  if (!raw) return null;
  try {
    const session = JSON.parse(raw) as Session;
    // A session from before refresh tokens (or a damaged entry) cannot be renewed: sign in again.
    if (!session.accessToken || !session.refreshToken || !session.user) return null;
    // The session lasts as long as its refresh token; an expired access token is renewed on the next request.
    if (session.refreshTokenExpiresAt && Date.parse(session.refreshTokenExpiresAt) <= Date.now()) return null;
    return session;
  } catch {
    return null;
  }
};

export function readSession(): Session | null {
  return parse(localStorage.getItem(KEY));
}

export function writeSession(session: Session | null) {
  if (session) localStorage.setItem(KEY, JSON.stringify(session));
  else localStorage.removeItem(KEY);
  void writeSharedSession(session);
  for (const listener of listeners) listener(session);
}

/*
 * The same session in IndexedDB, read by the tab that renews the tokens. localStorage is what every read uses, but a
 * tab may see another tab's write to it only some milliseconds later; an IndexedDB transaction sees every write
 * committed before it, so the tab that takes the renewal lock next reads the refresh token the last one stored (a
 * refresh token works once: sending the old one again would end the session).
 */
const DB = 'yiyang';
const STORE = 'session';
let opened: Promise<IDBDatabase | null> | null = null;

function database(): Promise<IDBDatabase | null> {
  if (typeof indexedDB === 'undefined') return Promise.resolve(null);
  opened ??= new Promise((resolve) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => resolve(null);
    request.onblocked = () => resolve(null);
  });
  return opened;
}

function transact<T>(mode: IDBTransactionMode, run: (store: IDBObjectStore) => IDBRequest<T> | null): Promise<T | undefined> {
  return database().then(
    (db) =>
      new Promise<T | undefined>((resolve) => {
        if (!db) return resolve(undefined);
        try {
          const tx = db.transaction(STORE, mode);
          const request = run(tx.objectStore(STORE));
          tx.oncomplete = () => resolve(request?.result);
          tx.onerror = () => resolve(undefined);
          tx.onabort = () => resolve(undefined);
        } catch {
          resolve(undefined);
        }
      }),
  );
}

function writeSharedSession(session: Session | null): Promise<unknown> {
  return transact<unknown>('readwrite', (store) => (session ? store.put(JSON.stringify(session), KEY) : store.delete(KEY)) as IDBRequest<unknown>);
}

/** The session as the last tab to write it left it (IndexedDB; localStorage where there is none). */
export async function readSharedSession(): Promise<Session | null> {
  const raw = await transact<string>('readonly', (store) => store.get(KEY) as IDBRequest<string>);
  return raw === undefined ? readSession() : parse(raw ?? null);
}

/** Stores a renewed session and resolves once the shared copy is committed (before the renewal lock is released). */
export async function writeSessionDurably(session: Session | null): Promise<void> {
  writeSession(session);
  await writeSharedSession(session);
}

export function onSessionChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

// Another tab signed in, refreshed the tokens or signed out: this tab follows (the `storage` event fires only in the
// tabs that did not write).
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (e) => {
    if (e.key !== KEY && e.key !== null) return;
    const session = readSession();
    for (const listener of listeners) listener(session);
  });
}

/** Each role lands on its own home. */
export const HOME_BY_ROLE: Record<SessionUser['role'], string> = {
  FAMILY: '/family',
  CAREGIVER: '/caregiver',
  PROVIDER_STAFF: '/staff',
  CIVIL_AFFAIRS: '/officer',
  ADMIN: '/admin',
};
