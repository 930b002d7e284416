import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/index.ts';
import { openTestDatabase, testConfig } from '../support/test-database.ts';
import { postGraphQL, startApi, type RunningApi } from './api-test-server.ts';

let database: Database;
let api: RunningApi;

beforeAll(async () => {
  database = await openTestDatabase();
  api = await startApi(testConfig({ MAX_QUERY_DEPTH: '6', ANONYMOUS_ROLE: 'viewer' }), database);
});

afterAll(async () => {
  await api?.server.close();
  await database?.close();
});

/** Every URL the page would load: src= and href= attributes, CSS url(...), @import, srcset. */
function referencedUrls(html: string): string[] {
  const patterns = [
    /\b(?:src|href|action|poster|data)\s*=\s*["']([^"']*)["']/gi,
    /\burl\(\s*["']?([^"')\s]+)["']?\s*\)/gi,
    /@import\s+["']([^"']+)["']/gi,
    /\bsrcset\s*=\s*["']([^"']*)["']/gi,
  ];
  return patterns.flatMap((pattern) => [...html.matchAll(pattern)].map((match) => match[1] ?? ''));
}

function isExternal(url: string): boolean {
  return /^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(url.trim()) && !/^(?:data|blob):/i.test(url.trim());
}

describe('the IDE page', () => {
  it('is served to a browser at GET /graphql with no script, style, font or worker from another host', async () => {
    const response = await fetch(api.url, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    const html = await response.text();
    const urls = referencedUrls(html);
    expect(urls.length).toBeGreaterThan(10);
    expect(urls.filter(isExternal)).toEqual([]);
    expect(html).not.toMatch(/<script[^>]+src=["'](?:https?:)?\/\//i);
    expect(html).not.toMatch(/<link[^>]+href=["'](?:https?:)?\/\//i);
    expect(response.headers.get('content-security-policy')).toContain("connect-src 'self'");
  });

  it('is sent compressed with a validator, and a browser holding it gets 304 with no body', async () => {
    const first = await fetch(api.url, { headers: { accept: 'text/html', 'accept-encoding': 'br, gzip' } });
    const html = await first.text();
    expect(first.headers.get('content-encoding')).toBe('br');
    expect(Number(first.headers.get('content-length'))).toBeLessThan(Buffer.byteLength(html) / 3);
    expect(first.headers.get('cache-control')).toBe('no-cache');
    const etag = first.headers.get('etag') ?? '';
    expect(etag).toMatch(/^"[\w-]+-br"$/);
    const again = await fetch(api.url, { headers: { accept: 'text/html', 'accept-encoding': 'br, gzip', 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
  });

  it('opens with the example queries: a party’s liaisons, departments without a formal liaison, search', async () => {
    const html = await (await fetch(api.url, { headers: { accept: 'text/html' } })).text();
    expect(html).toContain('query PartyLiaisons');
    expect(html).toContain('query DepartmentsWithoutFormalLiaison');
    expect(html).toContain('query Search');
  });
});

describe('health and readiness', () => {
  it('answers GET /health with 200, status ok and the number of other requests in flight', async () => {
    const response = await fetch(`${api.origin}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', requestsInFlight: 0 });
  });

  it('answers GET /ready with 200 while Neo4j is reachable', async () => {
    const response = await fetch(`${api.origin}/ready`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ready' });
  });
});

describe('coded errors for bad queries', () => {
  it('answers a syntax error with GRAPHQL_PARSE_FAILED', async () => {
    const response = await postGraphQL(api.url, '{ leaders { name ');
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('answers an unknown field with GRAPHQL_VALIDATION_FAILED', async () => {
    const response = await postGraphQL(api.url, '{ leaders { name salary } }');
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.errors?.[0]?.message).toContain('salary');
  });

  it('refuses a query deeper than MAX_QUERY_DEPTH with QUERY_TOO_DEEP and no data', async () => {
    const tooDeep = '{ leaders { liaisons { liaisonDepartments { liaisons { liaisonLeaders { liaisons { name } } } } } } }';
    const response = await postGraphQL(api.url, tooDeep);
    expect(response.status).toBe(400);
    expect(response.data).toBeUndefined();
    expect(response.errors).toEqual([
      expect.objectContaining({
        message: expect.stringContaining('depth limit of 6'),
        extensions: expect.objectContaining({ code: 'QUERY_TOO_DEEP' }),
      }),
    ]);
  });

  it('accepts a query at the depth limit', async () => {
    const response = await postGraphQL(api.url, '{ leaders { liaisons { liaisonDepartments { liaisons { liaisonLeaders { name } } } } } }');
    expect(response.errors).toBeUndefined();
    expect(response.status).toBe(200);
  });

  it('answers a wrong variable type with BAD_USER_INPUT and never a stack trace', async () => {
    const response = await postGraphQL(api.url, 'query ($text: String!) { search(text: $text) { name } }', { text: 42 });
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(response.errors)).not.toMatch(/stacktrace|\bat .+\.(?:ts|js):\d+/);
  });

  it('answers a body that is not JSON with 400 BAD_REQUEST', async () => {
    const response = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{ nope' });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ errors: [expect.objectContaining({ extensions: { code: 'BAD_REQUEST' } })] });
  });
});
