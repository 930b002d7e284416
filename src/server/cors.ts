import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * CORS for the GraphQL endpoint: off unless CORS_ORIGINS lists origins, then only those (never `*`,
 * since requests carry bearer tokens). Answers a preflight itself; returns false when the request
 * is finished (a preflight), true when it goes on to GraphQL. Apollo's CSRF prevention stays on.
 */
export function applyCors(request: IncomingMessage, response: ServerResponse, allowedOrigins: readonly string[]): boolean {
  const origin = request.headers.origin;
  const allowed = origin !== undefined && allowedOrigins.includes(origin);
  if (allowedOrigins.length > 0) response.setHeader('vary', 'Origin');
  if (allowed) {
    response.setHeader('access-control-allow-origin', origin);
    response.setHeader('access-control-allow-headers', 'authorization, content-type, apollo-require-preflight');
    response.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
    response.setHeader('access-control-max-age', '600');
  }
  if (request.method !== 'OPTIONS') return true;
  response.writeHead(allowed ? 204 : 403);
  response.end();
  return false;
}
