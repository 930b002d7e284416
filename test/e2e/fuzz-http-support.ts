import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, expect } from 'vitest';
import { ErrorCode } from '../../src/errors/index.ts';
import { dataOf, postGraphQL, type SeededApi, startSeededApi } from './api-test-server.ts';

/**
 * What the fuzzing tests of the API over HTTP share: the server they fuzz, a raw request that can
 * carry any bytes, the properties every answer must have, and the arbitraries. Whatever a caller
 * sends, the server answers below 500 with a JSON body whose errors carry a public code and nothing
 * of its internals, and it keeps answering afterwards.
 */

/** Small limits, so that bodies near and over them are cheap to build and send many times. */
export const MAX_BODY_BYTES = 16_384;
export const MAX_IMPORT_BODY_BYTES = 65_536;
export const MAX_QUERY_DEPTH = 8;

/**
 * The codes a client may see: the project's ErrorCode set, plus the request codes of GraphQL and
 * Apollo that the error formatter passes through unchanged (BAD_REQUEST is also what the server
 * itself answers for a body it cannot read).
 */
export const PUBLIC_CODES: ReadonlySet<string> = new Set([
  ...Object.values(ErrorCode),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/** What would tell a caller about the server's insides: stack frames, source files, driver classes, Cypher, paths, URIs. */
export const INTERNALS =
  /\bat \S+ \(|\.[cm]?[jt]s:\d+|Neo4jError|Neo\.(?:Client|Transient|Database)Error|stacktrace|\bCypher\b|node_modules|file:\/\/|bolt:\/\/|neo4j(?:\+s)?:\/\//i;

let api: SeededApi | undefined;

/** Serves the seeded API with the small limits above for the calling test file, and stops it after. */
export function useFuzzedApi(): void {
  beforeAll(async () => {
    api = await startSeededApi({
      ANONYMOUS_ROLE: 'viewer',
      MAX_BODY_BYTES: String(MAX_BODY_BYTES),
      MAX_IMPORT_BODY_BYTES: String(MAX_IMPORT_BODY_BYTES),
      MAX_QUERY_DEPTH: String(MAX_QUERY_DEPTH),
    });
  });
  afterAll(async () => {
    await api?.stop();
    api = undefined;
  });
}

/** The API `useFuzzedApi` serves. */
export function fuzzedApi(): SeededApi {
  if (api === undefined) throw new Error('useFuzzedApi() must be called at the top of the test file');
  return api;
}

export interface RawRequest {
  method: string;
  /** Path and query string. */
  path?: string;
  headers?: Record<string, string>;
  body?: Uint8Array | string;
  /** Sent with Transfer-Encoding: chunked (no Content-Length), in pieces. */
  chunked?: boolean;
}

export interface RawResponse {
  status: number;
  contentType: string;
  text: string;
}

/** One request through node:http, so that any method, header and byte sequence can be sent. */
export function send(requested: RawRequest): Promise<RawResponse> {
  const url = new URL(requested.path ?? '/graphql', fuzzedApi().origin);
  const body = requested.body === undefined ? undefined : Buffer.from(requested.body);
  const headers: Record<string, string> = { ...requested.headers };
  if (body !== undefined && requested.chunked !== true) headers['content-length'] = String(body.length);
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(url, { method: requested.method, headers, agent: false }, (incoming) => {
      const chunks: Buffer[] = [];
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
      incoming.on('error', reject);
      incoming.on('end', () =>
        resolve({
          status: incoming.statusCode ?? 0,
          contentType: String(incoming.headers['content-type'] ?? ''),
          text: Buffer.concat(chunks).toString('utf8'),
        }),
      );
    });
    outgoing.on('error', reject);
    if (body !== undefined && requested.chunked === true) {
      const piece = Math.max(1, Math.ceil(body.length / 3));
      for (let start = 0; start < body.length; start += piece) outgoing.write(body.subarray(start, start + piece));
    } else if (body !== undefined) {
      outgoing.write(body);
    }
    outgoing.end();
  });
}

export interface ErrorBody {
  data?: unknown;
  errors?: Array<{ message?: unknown; extensions?: { code?: unknown } }>;
}

/**
 * The properties every answer must have. An answer without a body (HEAD, a refused preflight,
 * 204/304) has nothing to check but its status.
 */
export function expectSafeAnswer(requested: RawRequest, response: RawResponse): ErrorBody | undefined {
  const context = `${requested.method} ${requested.path ?? '/graphql'} → ${response.status} ${response.text.slice(0, 500)}`;
  expect(response.status, context).toBeGreaterThanOrEqual(200);
  expect(response.status, context).toBeLessThan(500);
  const requestText = requested.body === undefined ? '' : Buffer.from(requested.body).toString('utf8');
  // A message may quote the caller's own input back; only what the caller did not send counts as a leak.
  if (!INTERNALS.test(requestText) && !INTERNALS.test(decodeURIComponent(requested.path ?? '').replace(/\+/g, ' '))) {
    expect(response.text, context).not.toMatch(INTERNALS);
  }
  if (requested.method === 'HEAD' || response.text === '') return undefined;
  expect(response.contentType, context).toMatch(/json/);
  let body: unknown;
  expect(() => {
    body = JSON.parse(response.text);
  }, context).not.toThrow();
  expect(body, context).toBeTypeOf('object');
  expect(body, context).not.toBeNull();
  const { errors } = body as ErrorBody;
  if (errors !== undefined) {
    expect(Array.isArray(errors), context).toBe(true);
    for (const error of errors) {
      expect(error.message, context).toBeTypeOf('string');
      expect(error.extensions?.code, context).toBeTypeOf('string');
      expect(PUBLIC_CODES, context).toContain(error.extensions?.code);
      // Hostile input is the caller's fault: never a masked failure of the server, never Neo4j "down".
      expect(error.extensions?.code, context).not.toBe(ErrorCode.INTERNAL_SERVER_ERROR);
      expect(error.extensions?.code, context).not.toBe(ErrorCode.DATABASE_UNAVAILABLE);
    }
  }
  return body as ErrorBody;
}

export async function sendSafely(requested: RawRequest): Promise<ErrorBody | undefined> {
  return expectSafeAnswer(requested, await send(requested));
}

const OPERATIONS_FOLDER = join(import.meta.dirname, '..', '..', 'src', 'graphql', 'operations');
const operation = (file: string) => readFileSync(join(OPERATIONS_FOLDER, file), 'utf8');
export const ANALYST_OPERATIONS = {
  PartyLiaisons: { text: operation('party-liaisons.graphql'), variables: ['party'] },
  LeaderCounterparts: { text: operation('leader-counterparts.graphql'), variables: ['name'] },
  Search: { text: operation('search.graphql'), variables: ['text', 'jurisdiction', 'limit'] },
  DepartmentsWithoutFormalLiaison: { text: operation('departments-without-formal-liaison.graphql'), variables: [] },
  LiaisonMatrix: { text: operation('liaison-matrix.graphql'), variables: [] },
} as const;
export type OperationName = keyof typeof ANALYST_OPERATIONS;
export const OPERATION_NAMES = Object.keys(ANALYST_OPERATIONS) as OperationName[];

/** The server still does its job: /health answers and a real analyst query returns the seed's data. */
export async function expectServerStillServes(): Promise<void> {
  const health = await fetch(`${fuzzedApi().origin}/health`);
  expect(health.status).toBe(200);
  expect(await health.json()).toMatchObject({ status: 'ok' });
  const answer = dataOf(
    await postGraphQL<{ counterparts: Array<{ name: string }> }, object>(fuzzedApi().url, ANALYST_OPERATIONS.PartyLiaisons.text, {
      party: '民盟',
    }),
  );
  expect(answer.counterparts.length).toBeGreaterThan(0);
}

export const JSON_HEADERS = { 'content-type': 'application/json', accept: 'application/json' };

/** Any string, lone surrogates and control characters included. */
export const anyText = (maxLength = 40) =>
  fc.string({
    unit: fc.oneof(
      fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
      fc.constantFrom('"', '\\', '{', '}'),
    ),
    maxLength,
  });
/** Printable ASCII: what node:http lets a header value hold. */
export const headerText = fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)), maxLength: 40 });
export const anyJson = fc.jsonValue({ maxDepth: 3 });
/** JSON number tokens JSON.stringify would never write: out of every integer range, or out of a double's. */
export const hugeNumberToken = fc.oneof(
  fc.constantFrom('1e400', '-1e400', '2147483648', '-2147483649', '9007199254740993', '1e-400', '-0', '0.5', '1.0', '1E2'),
  fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }).map(String),
);

/** `text` with each lone surrogate replaced by U+FFFD, as String.prototype.toWellFormed does. */
export function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

export function padded(prefix: string, suffix: string, bytes: number): string {
  const fill = Math.max(0, bytes - Buffer.byteLength(prefix) - Buffer.byteLength(suffix));
  return `${prefix}${' '.repeat(fill)}${suffix}`;
}
