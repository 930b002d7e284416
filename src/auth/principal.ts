import type { Role } from './roles.ts';

/**
 * Who makes a request: the token's subject and the roles it grants, or the anonymous caller.
 * `jwt` is what @neo4j/graphql's `@authentication` rules see: the verified payload with `roles`
 * replaced by the granted roles (read from the configured claim), so every rule reads one claim.
 */
export interface Principal {
  subject: string;
  roles: Role[];
  anonymous: boolean;
  /** Undefined for an anonymous caller without a role: @neo4j/graphql then refuses as unauthenticated. */
  jwt: (Record<string, unknown> & { roles: Role[]; sub: string }) | undefined;
}

/** The caller without a token: `viewer` when ANONYMOUS_ROLE=viewer, else no role at all. */
export function anonymousPrincipal(role: 'viewer' | undefined): Principal {
  const roles: Role[] = role === undefined ? [] : [role];
  return { subject: 'anonymous', roles, anonymous: true, jwt: role === undefined ? undefined : { sub: 'anonymous', roles } };
}
