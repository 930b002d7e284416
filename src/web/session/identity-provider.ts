/** The identity provider the server names for the browser's sign-in (`GET /web-config`); all of it public. */
export interface IdentityProvider {
  issuer: string;
  clientId: string;
  scopes: string;
}

/** Where the provider sends the browser back with the authorization code. */
export const SIGN_IN_CALLBACK_PATH = '/signin-callback';

let pending: Promise<IdentityProvider | null> | undefined;

/**
 * The server's identity provider, or null when it has none (then only a pasted token signs in).
 * Asked once per page load; a failed request is asked again next time rather than remembered.
 */
export function identityProvider(): Promise<IdentityProvider | null> {
  pending ??= fetch('/web-config', { headers: { accept: 'application/json' } })
    .then(async (response) => {
      if (!response.ok) throw new Error(`GET /web-config: HTTP ${response.status}`);
      const body = (await response.json()) as { oidc?: IdentityProvider | null };
      return body.oidc ?? null;
    })
    .catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
  return pending;
}

/**
 * A path of this app to return to after signing in; anything else (another origin, `//host`, the
 * sign-in pages themselves) becomes the overview, so a crafted link cannot send a user elsewhere.
 */
export function returnPath(candidate: unknown): string {
  if (typeof candidate !== 'string' || !candidate.startsWith('/') || candidate.startsWith('//')) return '/';
  if (candidate.startsWith('/sign-in') || candidate.startsWith(SIGN_IN_CALLBACK_PATH)) return '/';
  return candidate;
}
