import { createRemoteJWKSet, errors, type JWTPayload, type JWTVerifyGetKey, type JWTVerifyOptions, jwtVerify } from 'jose';
import type { AuthConfig } from '../config/index.ts';
import { ErrorCode, LiaisonError } from '../errors/index.ts';
import { anonymousPrincipal, type Principal } from './principal.ts';
import { claimAt, grantedRoles } from './roles.ts';

/** Reads the caller of a request from its Authorization header. */
export interface TokenVerifier {
  /** The principal: anonymous without a header; UNAUTHENTICATED for a header that is not a valid bearer token. */
  principalOf(authorization: string | undefined): Promise<Principal>;
  /** The key settings @neo4j/graphql's own authorization is configured with (the same secret or JWKS). */
  readonly neo4jGraphQLKey: string | { url: string };
  readonly verifyOptions: JWTVerifyOptions;
}

function unauthenticated(message: string, cause?: unknown): LiaisonError {
  return new LiaisonError(ErrorCode.UNAUTHENTICATED, message, { cause });
}

/** A reason a person can act on, never the token itself. */
function describeRejection(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'the token has expired';
  if (error instanceof errors.JWTClaimValidationFailed) return `the token's "${error.claim}" claim is not accepted (${error.reason})`;
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'the token signature does not verify';
  if (error instanceof errors.JWKSNoMatchingKey) return 'no key of the identity provider matches the token';
  if (error instanceof errors.JOSEAlgNotAllowed) return 'the token is signed with an algorithm that is not accepted';
  if (error instanceof errors.JWKSTimeout || error instanceof errors.JOSEError) return `the token cannot be verified (${error.code})`;
  return 'the token cannot be verified';
}

/**
 * Verifies bearer JWTs with the configured HS256 secret or the identity provider's JWKS (RS256; jose
 * caches the keys and fetches them again when a token names a key it does not know, so rotated keys
 * are picked up). JWT_ISSUER and JWT_AUDIENCE are checked when set. The roles come from the claim at
 * JWT_ROLES_CLAIM; unknown roles grant nothing.
 */
export function createTokenVerifier(auth: AuthConfig): TokenVerifier {
  const verifyOptions: JWTVerifyOptions = {
    algorithms: auth.jwksUri === undefined ? ['HS256'] : ['RS256'],
    ...(auth.issuer === undefined ? {} : { issuer: auth.issuer }),
    ...(auth.audience === undefined ? {} : { audience: auth.audience }),
  };
  const key: Uint8Array | JWTVerifyGetKey | undefined =
    auth.jwksUri !== undefined
      ? createRemoteJWKSet(new URL(auth.jwksUri), { cooldownDuration: 5_000, cacheMaxAge: 10 * 60_000 })
      : auth.jwtSecret !== undefined
        ? new TextEncoder().encode(auth.jwtSecret)
        : undefined;

  async function verify(token: string): Promise<JWTPayload> {
    if (key === undefined) throw unauthenticated('this server accepts no tokens: set JWT_SECRET or JWKS_URI');
    try {
      const { payload } =
        key instanceof Uint8Array ? await jwtVerify(token, key, verifyOptions) : await jwtVerify(token, key, verifyOptions);
      return payload;
    } catch (error) {
      throw unauthenticated(describeRejection(error), error);
    }
  }

  return {
    neo4jGraphQLKey: auth.jwksUri !== undefined ? { url: auth.jwksUri } : (auth.jwtSecret ?? ''),
    verifyOptions,
    async principalOf(authorization) {
      if (authorization === undefined || authorization.trim() === '') return anonymousPrincipal(auth.anonymousRole);
      const match = /^Bearer\s+([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*)\s*$/i.exec(authorization);
      if (match?.[1] === undefined) throw unauthenticated('the Authorization header must be "Bearer <JWT>"');
      const payload = await verify(match[1]);
      const roles = grantedRoles(claimAt(payload as Record<string, unknown>, auth.rolesClaim));
      const subject = typeof payload.sub === 'string' && payload.sub !== '' ? payload.sub : 'unknown';
      return { subject, roles, anonymous: false, jwt: { ...payload, sub: subject, roles } };
    },
  };
}
