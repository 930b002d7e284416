import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { extname, join, relative, sep } from 'node:path';
import { buildStaticAsset, type StaticAsset, sendStaticAsset } from './static-asset.ts';

/** The built web application (dist/web/), every file read and compressed once at start. */
export interface WebApp {
  index: StaticAsset;
  /** By URL path (`/assets/index-1a2b.js`). */
  files: ReadonlyMap<string, { asset: StaticAsset; contentType: string }>;
  /** The CSP and the other headers every file and page is sent with. */
  headers: OutgoingHttpHeaders;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * What the app's pages may do: scripts only from this server (no inline script, no eval); inline
 * styles because Ant Design writes its styles at run time; requests only to this server and, when
 * the browser signs in through an identity provider, to that provider's origin (its discovery
 * document, token endpoint and keys); no framing.
 */
export function webAppContentSecurityPolicy(identityProviderOrigins: readonly string[] = []): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    ["connect-src 'self'", ...identityProviderOrigins].join(' '),
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

function securityHeaders(identityProviderOrigins: readonly string[]): OutgoingHttpHeaders {
  return {
    'content-security-policy': webAppContentSecurityPolicy(identityProviderOrigins),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'same-origin',
    'x-frame-options': 'DENY',
  };
}

/** Vite names every file under assets/ by its content's hash: a browser may keep it for good. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Reads dist/web/; undefined when it was not built (then `/` keeps sending browsers to the IDE).
 * `identityProviderOrigins`: the origins the pages may reach besides this server (the OIDC provider's).
 */
export async function loadWebApp(directory: string, identityProviderOrigins: readonly string[] = []): Promise<WebApp | undefined> {
  const indexPath = join(directory, 'index.html');
  if (!existsSync(indexPath)) return undefined;
  const paths = readdirSync(directory, { recursive: true, encoding: 'utf8' })
    .map((entry) => join(directory, entry))
    .filter((path) => statSync(path).isFile() && CONTENT_TYPES[extname(path)] !== undefined && path !== indexPath);
  const files = new Map<string, { asset: StaticAsset; contentType: string }>();
  await Promise.all(
    paths.map(async (path) => {
      const urlPath = `/${relative(directory, path).split(sep).join('/')}`;
      files.set(urlPath, { asset: await buildStaticAsset(readFileSync(path)), contentType: CONTENT_TYPES[extname(path)] ?? '' });
    }),
  );
  return { index: await buildStaticAsset(readFileSync(indexPath)), files, headers: securityHeaders(identityProviderOrigins) };
}

/**
 * Answers a GET for the app: a built file by its path, and index.html for any other page a browser
 * asks for (the app's own routes: /counterparts/…, /review …). False when the request is not the
 * app's (a missing asset, or no browser asking for a page), so the caller answers 404.
 */
export function serveWebApp(app: WebApp, request: IncomingMessage, response: ServerResponse, pathname: string): boolean {
  const file = app.files.get(pathname);
  if (file !== undefined) {
    const cache = pathname.startsWith('/assets/') ? IMMUTABLE : 'no-cache';
    sendStaticAsset(request, response, file.asset, { ...app.headers, 'content-type': file.contentType, 'cache-control': cache });
    return true;
  }
  const isPage = pathname === '/' || (!pathname.startsWith('/assets/') && (request.headers.accept ?? '').includes('text/html'));
  if (!isPage) return false;
  sendStaticAsset(request, response, app.index, { ...app.headers, 'content-type': 'text/html; charset=utf-8' });
  return true;
}
