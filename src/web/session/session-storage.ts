import { ANONYMOUS, type Session, sessionOf } from './session.ts';

/** Where the browser keeps the token, so that a reload or a link opened later stays signed in. */
const STORAGE_KEY = 'liaison-graph.token';

/** The session of the kept token; a token that no longer reads (expired, damaged) is dropped. */
export function storedSession(): Session {
  const token = window.localStorage.getItem(STORAGE_KEY);
  if (token === null) return ANONYMOUS;
  try {
    return sessionOf(token);
  } catch {
    window.localStorage.removeItem(STORAGE_KEY);
    return ANONYMOUS;
  }
}

export function storeSession(session: Session): void {
  if (session.token === undefined) window.localStorage.removeItem(STORAGE_KEY);
  else window.localStorage.setItem(STORAGE_KEY, session.token);
}
