import { createContext, type ReactNode, useContext, useMemo, useState } from 'react';
import { ANONYMOUS, type Session } from './session.ts';
import { storedSession, storeSession } from './session-storage.ts';

interface SessionContextValue extends Session {
  signIn: (session: Session) => void;
  signOut: () => void;
}

const SessionContext = createContext<SessionContextValue | undefined>(undefined);

/** The signed-in user for every page, kept in localStorage so that a reload or a sent link stays signed in. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session>(storedSession);
  const value = useMemo<SessionContextValue>(
    () => ({
      ...session,
      signIn: (next) => {
        storeSession(next);
        setSession(next);
      },
      signOut: () => {
        storeSession(ANONYMOUS);
        setSession(ANONYMOUS);
      },
    }),
    [session],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (value === undefined) throw new Error('useSession outside SessionProvider');
  return value;
}
