import type { ServerResponse } from 'node:http';
import type { OidcConfig } from '../config/index.ts';

export const WEB_CONFIG_PATH = '/web-config';

/** What the web application learns from the server before it signs anyone in: public settings only, never a secret. */
export interface WebConfig {
  /** The identity provider of the sign-in button; null: only a pasted token signs in. */
  oidc: { issuer: string; clientId: string; scopes: string } | null;
}

export function webConfigOf(oidc: OidcConfig | undefined): WebConfig {
  return { oidc: oidc === undefined ? null : { issuer: oidc.issuer, clientId: oidc.clientId, scopes: oidc.scopes } };
}

/**
 * Answers `GET /web-config`. `no-cache` (revalidated every time) because a changed setting must reach
 * a browser that loaded the app before the restart.
 */
export function sendWebConfig(response: ServerResponse, oidc: OidcConfig | undefined): void {
  const text = JSON.stringify(webConfigOf(oidc));
  response.writeHead(200, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-cache',
    'x-content-type-options': 'nosniff',
  });
  response.end(text);
}
