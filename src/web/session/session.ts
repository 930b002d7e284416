/** What the app knows of the signed-in user: read from the token's payload, for display only (the server verifies it). */
export type AccessRole = 'viewer' | 'editor' | 'admin';

export interface Session {
  token: string | undefined;
  /** The token's `name`, else its `sub`; undefined when nobody is signed in. */
  name: string | undefined;
  /** The highest role the token grants; undefined when anonymous. */
  role: AccessRole | undefined;
  /** When the token expires, if it says. */
  expiresAt: Date | undefined;
}

export const ANONYMOUS: Session = { token: undefined, name: undefined, role: undefined, expiresAt: undefined };

const RANK: Record<AccessRole, number> = { viewer: 1, editor: 2, admin: 3 };

/** Whether a session's role includes `needed` (an admin is also an editor and a viewer). */
export function allows(session: Session, needed: AccessRole): boolean {
  return session.role !== undefined && RANK[session.role] >= RANK[needed];
}

function decodePart(part: string): unknown {
  const base64 = part
    .replace(/-/g, '+')
    .replace(/_/g, '/')
    .padEnd(Math.ceil(part.length / 4) * 4, '=');
  const bytes = Uint8Array.from(atob(base64), (character) => character.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes));
}

/** The roles of a payload: `roles`, or Keycloak's `realm_access.roles`. */
function rolesOf(payload: Record<string, unknown>): string[] {
  const realm = payload.realm_access as { roles?: unknown } | undefined;
  const roles = Array.isArray(payload.roles) ? payload.roles : Array.isArray(realm?.roles) ? realm.roles : [];
  return roles.filter((role): role is string => typeof role === 'string');
}

/** Reads a JWT's payload; throws a message for the user when the text is not a token or has expired. */
export function sessionOf(token: string, now: Date = new Date()): Session {
  const trimmed = token.trim().replace(/^Bearer\s+/i, '');
  const parts = trimmed.split('.');
  if (parts.length !== 3 || parts[1] === undefined) throw new Error('这不是一个令牌（JWT 由三段以“.”分隔的文字组成）');
  let payload: Record<string, unknown>;
  try {
    payload = decodePart(parts[1]) as Record<string, unknown>;
  } catch {
    throw new Error('令牌的内容无法读取');
  }
  const expiresAt = typeof payload.exp === 'number' ? new Date(payload.exp * 1000) : undefined;
  if (expiresAt !== undefined && expiresAt <= now) throw new Error(`令牌已于 ${expiresAt.toLocaleString('zh-CN')} 过期`);
  const granted = rolesOf(payload).filter((role): role is AccessRole => role in RANK);
  const role = granted.sort((a, b) => RANK[b] - RANK[a])[0];
  const name = typeof payload.name === 'string' ? payload.name : typeof payload.sub === 'string' ? payload.sub : undefined;
  return { token: trimmed, name, role, expiresAt };
}
