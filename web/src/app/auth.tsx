import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { tokens } from '../api/client';
import { onSessionChange, readSession, writeSession, type Session } from '../api/session';

const AuthContext = createContext<{ session: Session | null; signIn: (s: Session) => void; signOut: () => Promise<void> }>({
  session: null,
  signIn: () => undefined,
  signOut: async () => undefined,
});

export function AuthProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | null>(readSession);
  useEffect(() => onSessionChange(setSession), []);
  return (
    <AuthContext.Provider value={{ session, signIn: (s) => writeSession(s), signOut: () => tokens.logout() }}>
      {children}
    </AuthContext.Provider>
  );
}

export const useAuth = () => useContext(AuthContext);

/** The signed-in user; pages under the role guard can rely on it. */
export function useUser() {
  const { session } = useAuth();
  if (!session) throw new Error('useUser outside a signed-in page');
  return session.user;
}
