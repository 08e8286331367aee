/** The signed-in account, kept in localStorage so that a reload keeps the session (the token expires on the server). */
export interface SessionUser {
  id: string;
  role: 'FAMILY' | 'CAREGIVER' | 'PROVIDER_STAFF' | 'CIVIL_AFFAIRS' | 'ADMIN';
  displayName: string;
  providerId?: string | null;
  regionScope?: string | null;
}

export interface Session {
  accessToken: string;
  expiresAt?: string;
  user: SessionUser;
}

const KEY = 'yiyang.session';
type Listener = (session: Session | null) => void;
const listeners = new Set<Listener>();

export function readSession(): Session | null {
  try {
    const raw = localStorage.getItem(KEY);
    if (!raw) return null;
    const session = JSON.parse(raw) as Session;
    if (session.expiresAt && Date.parse(session.expiresAt) <= Date.now()) return null;
    return session;
  } catch {
    return null;
  }
}

export function writeSession(session: Session | null) {
  if (session) localStorage.setItem(KEY, JSON.stringify(session));
  else localStorage.removeItem(KEY);
  for (const listener of listeners) listener(session);
}

export function onSessionChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Each role lands on its own home. */
export const HOME_BY_ROLE: Record<SessionUser['role'], string> = {
  FAMILY: '/family',
  CAREGIVER: '/caregiver',
  PROVIDER_STAFF: '/staff',
  CIVIL_AFFAIRS: '/officer',
  ADMIN: '/admin',
};
