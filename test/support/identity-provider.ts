import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair } from 'jose';
import Provider from 'oidc-provider';

/** A person the test identity provider knows: the login typed on its page is the account's id. */
export interface TestAccount {
  login: string;
  name: string;
  roles: string[];
}

/**
 * An OpenID Connect provider in this process (oidc-provider, with its development login and consent
 * pages) on a free loopback port. It listens before it is configured, because the web application's
 * server needs the issuer URL to start and the provider's client needs that server's redirect URI.
 */
export interface TestIdentityProvider {
  /** http://127.0.0.1:<port>, the `iss` of its tokens; discovery at /.well-known/openid-configuration. */
  issuer: string;
  /** The provider's signing keys: what the server's JWKS_URI points at. */
  jwksUri: string;
  clientId: string;
  /** Registers the public client (PKCE, no secret) with a redirect URI `<origin>/signin-callback` for each app origin, and starts answering. */
  serveFor(appOrigins: readonly string[]): void;
  close(): Promise<void>;
}

export async function startTestIdentityProvider(accounts: readonly TestAccount[], clientId = 'liaison-web'): Promise<TestIdentityProvider> {
  let handler: ((request: IncomingMessage, response: ServerResponse) => void) | undefined;
  const server = createServer((request, response) => {
    if (handler === undefined) {
      response.writeHead(503).end('not configured yet');
      return;
    }
    handler(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const signingKey = { ...(await exportJWK(privateKey)), kid: 'test-signing-key', alg: 'RS256', use: 'sig' };

  return {
    issuer,
    jwksUri: `${issuer}/jwks`,
    clientId,
    serveFor(appOrigins) {
      const provider = new Provider(issuer, {
        clients: [
          {
            client_id: clientId,
            client_name: '对口联系图谱',
            application_type: 'web',
            token_endpoint_auth_method: 'none',
            grant_types: ['authorization_code'],
            response_types: ['code'],
            redirect_uris: appOrigins.map((origin) => `${origin}/signin-callback`),
          },
        ],
        jwks: { keys: [signingKey] },
        // The roles travel with the profile scope, as a provider's role mapper would put them in the ID token.
        claims: { openid: ['sub'], profile: ['name', 'roles'] },
        // Put the granted claims in the ID token of the code flow too: it is the token the server verifies.
        conformIdTokenClaims: false,
        clientBasedCORS: (_context, origin) => appOrigins.includes(origin),
        pkce: { required: () => true },
        cookies: { keys: ['test-identity-provider-cookie-key'] },
        features: { devInteractions: { enabled: true } },
        findAccount(_context, id) {
          const account = accounts.find((candidate) => candidate.login === id);
          if (account === undefined) return undefined;
          return { accountId: id, claims: () => ({ sub: id, name: account.name, roles: account.roles }) };
        },
      });
      handler = provider.callback();
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // The browser keeps its connections open: they would hold the close until they time out.
        server.closeAllConnections();
      }),
  };
}
