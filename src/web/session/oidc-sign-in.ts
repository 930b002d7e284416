import { ErrorResponse, InMemoryWebStorage, UserManager, WebStorageStateStore } from 'oidc-client-ts';
import { type IdentityProvider, returnPath, SIGN_IN_CALLBACK_PATH } from './identity-provider.ts';

/**
 * The OpenID Connect authorization code flow with PKCE, by oidc-client-ts. This module is loaded only
 * when the sign-in button is pressed or the callback page opens, so the library stays out of the
 * main route's JavaScript.
 */
function userManager(provider: IdentityProvider): UserManager {
  return new UserManager({
    authority: provider.issuer,
    client_id: provider.clientId,
    redirect_uri: `${window.location.origin}${SIGN_IN_CALLBACK_PATH}`,
    response_type: 'code',
    scope: provider.scopes,
    // The token is kept where a pasted one is (session-storage.ts); the library's own copy of the user
    // would be a second place to forget at sign-out, so it lives in memory only.
    userStore: new WebStorageStateStore({ store: new InMemoryWebStorage() }),
    // A renewal would run the provider in a hidden frame, which the CSP forbids; signing in again is the way.
    automaticSilentRenew: false,
    loadUserInfo: false,
  });
}

/** Sends the browser to the provider's login page; `returnTo` comes back with it in the flow's state. */
export async function startSignIn(provider: IdentityProvider, returnTo: string): Promise<void> {
  await userManager(provider).signinRedirect({ state: { returnTo: returnPath(returnTo) } });
}

export interface CompletedSignIn {
  /** The tokens the server may accept, in the order to try them: the access token when it is a JWT, then the ID token. */
  tokens: string[];
  returnTo: string;
}

function isJwt(token: string | undefined): token is string {
  return token !== undefined && token.split('.').length === 3;
}

/** Exchanges the code of the callback URL for tokens (with the PKCE verifier kept since `startSignIn`). */
export async function completeSignIn(provider: IdentityProvider, url: string = window.location.href): Promise<CompletedSignIn> {
  const user = await userManager(provider).signinRedirectCallback(url);
  const tokens = [user.access_token, user.id_token].filter(isJwt);
  const state = user.state as { returnTo?: unknown } | undefined;
  return { tokens: [...new Set(tokens)], returnTo: returnPath(state?.returnTo) };
}

/** Where a failed flow should have gone back to, when the provider's answer still carries the state. */
export function returnPathOfFailure(error: unknown): string {
  const state = error instanceof ErrorResponse ? (error.state as { returnTo?: unknown } | undefined) : undefined;
  return returnPath(state?.returnTo);
}

/** A sentence for the sign-in page on why the provider's login did not sign anyone in. */
export function describeSignInFailure(error: unknown): string {
  if (error instanceof ErrorResponse) {
    if (error.error === 'access_denied') return '统一身份认证登录已取消或被拒绝，未登录。';
    return `统一身份认证登录失败：${error.error_description ?? error.error ?? '身份认证服务返回了错误'}`;
  }
  return `统一身份认证登录失败：${(error as Error).message}`;
}
