import { type AuthConfig, type Config, ConfigError } from '../config/index.ts';
import { ensureJwtSecret } from './jwt-secret-file.ts';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', '::1', 'localhost', '[::1]']);

export function isLoopbackHost(host: string): boolean {
  return LOOPBACK_HOSTS.has(host.toLowerCase()) || /^127\.\d+\.\d+\.\d+$/.test(host);
}

export interface DeploymentAuth {
  auth: AuthConfig;
  /** What was decided for the user, for the start line (empty when everything came from the settings). */
  notice: string | undefined;
}

/**
 * The authentication a server starts with. With JWT_SECRET or JWKS_URI, exactly as configured.
 * Without either, only on a loopback HOST (the embedded default): an HS256 secret generated into the
 * data folder (mode 0600) for `npm run token`, and anonymous callers allowed to read. Bound to any other address without either, it refuses to start.
 */
export async function resolveDeploymentAuth(config: Pick<Config, 'auth' | 'server' | 'neo4j'>): Promise<DeploymentAuth> {
  const { auth, server } = config;
  if (auth.jwtSecret !== undefined && auth.jwksUri !== undefined)
    throw new ConfigError('invalid configuration:\n  JWT_SECRET and JWKS_URI: set one of them, not both');
  if (auth.jwtSecret !== undefined || auth.jwksUri !== undefined) return { auth, notice: undefined };
  if (!isLoopbackHost(server.host))
    throw new ConfigError(
      `invalid configuration:\n  HOST=${server.host} is reachable from other machines: set JWT_SECRET (HS256) or JWKS_URI (RS256 from an identity provider) so that callers must authenticate`,
    );
  const jwtSecret = await ensureJwtSecret(config.neo4j.dataDir);
  return {
    auth: { ...auth, jwtSecret, anonymousRole: 'viewer' },
    notice:
      'loopback only: anonymous callers may read (ANONYMOUS_ROLE=viewer); writes need a token from `npm run token -- --role editor --subject <name>`',
  };
}
