import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { ApiError, setCsrfToken } from '../api.ts';
import { analystApi, type User } from './analyst-api.ts';

interface SessionCtx {
  readonly user: User | null;
  readonly checking: boolean;
  readonly login: (u: string, p: string) => Promise<void>;
  readonly logout: () => Promise<void>;
  /** A 401 from any analyst call: the session expired; show the login form again. */
  readonly expired: () => void;
}

const Ctx = createContext<SessionCtx | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<User | null>(null);
  const [checking, setChecking] = useState(true);
  useEffect(() => {
    let live = true;
    // A reload keeps the HttpOnly cookie but loses the in-memory CSRF token: /me returns both.
    analystApi
      .me()
      .then((s) => {
        if (!live) return;
        setCsrfToken(s.csrfToken);
        setUser(s.user);
      })
      .catch(() => undefined)
      .finally(() => live && setChecking(false));
    return () => {
      live = false;
    };
  }, []);
  const login = useCallback(async (u: string, p: string) => {
    const s = await analystApi.login(u, p);
    setCsrfToken(s.csrfToken);
    setUser(s.user);
  }, []);
  const logout = useCallback(async () => {
    try {
      await analystApi.logout();
    } finally {
      setCsrfToken(null);
      setUser(null);
    }
  }, []);
  const expired = useCallback(() => {
    setCsrfToken(null);
    setUser(null);
  }, []);
  const value = useMemo(() => ({ user, checking, login, logout, expired }), [user, checking, login, logout, expired]);
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useSession(): SessionCtx {
  const v = useContext(Ctx);
  if (!v) throw new Error('useSession outside SessionProvider');
  return v;
}

/** Runs an analyst call; a 401 ends the session instead of showing an error. */
export function useAuthed() {
  const { expired } = useSession();
  return useCallback(
    async <T,>(fn: () => Promise<T>): Promise<T> => {
      try {
        return await fn();
      } catch (e) {
        if (e instanceof ApiError && e.status === 401) expired();
        throw e;
      }
    },
    [expired],
  );
}
