import { SignJWT } from 'jose';
import type { Role } from './roles.ts';

export interface MintTokenOptions {
  role: Role;
  subject: string;
  /** Days until it expires (default 30). */
  days?: number;
  issuer?: string;
  audience?: string;
  /** The claim the roles are written to (JWT_ROLES_CLAIM; a dotted path nests objects). */
  rolesClaim?: string;
}

function nestedClaim(path: string, value: unknown): Record<string, unknown> {
  return path
    .split('.')
    .reverse()
    .reduce<unknown>((inner, key) => ({ [key]: inner }), value) as Record<string, unknown>;
}

/** An HS256 token for the given role, signed with the deployment's secret. */
export async function mintToken(secret: string, options: MintTokenOptions): Promise<string> {
  const days = options.days ?? 30;
  let token = new SignJWT(nestedClaim(options.rolesClaim ?? 'roles', [options.role]))
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(options.subject)
    .setIssuedAt()
    .setExpirationTime(`${days * 24}h`);
  if (options.issuer !== undefined) token = token.setIssuer(options.issuer);
  if (options.audience !== undefined) token = token.setAudience(options.audience);
  return token.sign(new TextEncoder().encode(secret));
}
