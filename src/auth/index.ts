/** Who may call the API: bearer-token verification, the roles and what each grants, tokens for the embedded default. */
export { type DeploymentAuth, isLoopbackHost, resolveDeploymentAuth } from './deployment-auth.ts';
export { ensureJwtSecret, jwtSecretPath, readJwtSecret } from './jwt-secret-file.ts';
export { type MintTokenOptions, mintToken } from './mint-token.ts';
export { anonymousPrincipal, type Principal } from './principal.ts';
export { claimAt, grantedRoles, hasRole, isRole, ROLE_GRANTS, ROLES, type Role } from './roles.ts';
export { createTokenVerifier, type TokenVerifier } from './token-verifier.ts';
