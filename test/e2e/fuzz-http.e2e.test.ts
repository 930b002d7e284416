import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorCode } from '../../src/errors/index.ts';
import { removeDataset } from '../../src/records/index.ts';
import { createRecordsWorld, graphSnapshot, removeRecordsWorld, uniqueName } from '../support/records-world.ts';
import { tokenFor } from '../support/test-tokens.ts';
import { dataOf, postGraphQL, type SeededApi, startSeededApi } from './api-test-server.ts';

/**
 * Property-based fuzzing of the API over HTTP: whatever bytes, methods, headers, documents and
 * variables a caller sends, the server answers below 500 with a JSON body whose errors carry a
 * public code and nothing of its internals, and it keeps answering afterwards.
 */

/** Small limits, so that bodies near and over them are cheap to build and send many times. */
const MAX_BODY_BYTES = 16_384;
const MAX_IMPORT_BODY_BYTES = 65_536;
const MAX_QUERY_DEPTH = 8;

/**
 * The codes a client may see: the project's ErrorCode set, plus the request codes of GraphQL and
 * Apollo that the error formatter passes through unchanged (BAD_REQUEST is also what the server
 * itself answers for a body it cannot read).
 */
const PUBLIC_CODES: ReadonlySet<string> = new Set([
  ...Object.values(ErrorCode),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/** What would tell a caller about the server's insides: stack frames, source files, driver classes, Cypher, paths, URIs. */
const INTERNALS =
  /\bat \S+ \(|\.[cm]?[jt]s:\d+|Neo4jError|Neo\.(?:Client|Transient|Database)Error|stacktrace|\bCypher\b|node_modules|file:\/\/|bolt:\/\/|neo4j(?:\+s)?:\/\//i;

let api: SeededApi;
let bodyLimit: number;

beforeAll(async () => {
  api = await startSeededApi({
    ANONYMOUS_ROLE: 'viewer',
    MAX_BODY_BYTES: String(MAX_BODY_BYTES),
    MAX_IMPORT_BODY_BYTES: String(MAX_IMPORT_BODY_BYTES),
    MAX_QUERY_DEPTH: String(MAX_QUERY_DEPTH),
  });
  bodyLimit = MAX_BODY_BYTES;
});

afterAll(async () => {
  await api?.stop();
});

interface RawRequest {
  method: string;
  /** Path and query string. */
  path?: string;
  headers?: Record<string, string>;
  body?: Uint8Array | string;
  /** Sent with Transfer-Encoding: chunked (no Content-Length), in pieces. */
  chunked?: boolean;
}

interface RawResponse {
  status: number;
  contentType: string;
  text: string;
}

/** One request through node:http, so that any method, header and byte sequence can be sent. */
function send(requested: RawRequest): Promise<RawResponse> {
  const url = new URL(requested.path ?? '/graphql', api.origin);
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

interface ErrorBody {
  data?: unknown;
  errors?: Array<{ message?: unknown; extensions?: { code?: unknown } }>;
}

/**
 * The properties every answer must have. An answer without a body (HEAD, a refused preflight,
 * 204/304) has nothing to check but its status.
 */
function expectSafeAnswer(requested: RawRequest, response: RawResponse): ErrorBody | undefined {
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

async function sendSafely(requested: RawRequest): Promise<ErrorBody | undefined> {
  return expectSafeAnswer(requested, await send(requested));
}

const OPERATIONS_FOLDER = join(import.meta.dirname, '..', '..', 'src', 'graphql', 'operations');
const operation = (file: string) => readFileSync(join(OPERATIONS_FOLDER, file), 'utf8');
const ANALYST_OPERATIONS = {
  PartyLiaisons: { text: operation('party-liaisons.graphql'), variables: ['party'] },
  LeaderCounterparts: { text: operation('leader-counterparts.graphql'), variables: ['name'] },
  Search: { text: operation('search.graphql'), variables: ['text', 'jurisdiction', 'limit'] },
  DepartmentsWithoutFormalLiaison: { text: operation('departments-without-formal-liaison.graphql'), variables: [] },
  LiaisonMatrix: { text: operation('liaison-matrix.graphql'), variables: [] },
} as const;
type OperationName = keyof typeof ANALYST_OPERATIONS;
const OPERATION_NAMES = Object.keys(ANALYST_OPERATIONS) as OperationName[];

/** The server still does its job: /health answers and a real analyst query returns the seed's data. */
async function expectServerStillServes(): Promise<void> {
  const health = await fetch(`${api.origin}/health`);
  expect(health.status).toBe(200);
  expect(await health.json()).toEqual({ status: 'ok' });
  const answer = dataOf(
    await postGraphQL<{ counterparts: Array<{ name: string }> }, object>(api.url, ANALYST_OPERATIONS.PartyLiaisons.text, { party: '民盟' }),
  );
  expect(answer.counterparts.length).toBeGreaterThan(0);
}

const JSON_HEADERS = { 'content-type': 'application/json', accept: 'application/json' };

/** Any string, lone surrogates and control characters included. */
const anyText = (maxLength = 40) =>
  fc.string({
    unit: fc.oneof(
      fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
      fc.constantFrom('"', '\\', '{', '}'),
    ),
    maxLength,
  });
/** Printable ASCII: what node:http lets a header value hold. */
const headerText = fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)), maxLength: 40 });
const anyJson = fc.jsonValue({ maxDepth: 3 });
/** JSON number tokens JSON.stringify would never write: out of every integer range, or out of a double's. */
const hugeNumberToken = fc.oneof(
  fc.constantFrom('1e400', '-1e400', '2147483648', '-2147483649', '9007199254740993', '1e-400', '-0', '0.5', '1.0', '1E2'),
  fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }).map(String),
);

/** `text` with each lone surrogate replaced by U+FFFD, as String.prototype.toWellFormed does. */
function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

function padded(prefix: string, suffix: string, bytes: number): string {
  const fill = Math.max(0, bytes - Buffer.byteLength(prefix) - Buffer.byteLength(suffix));
  return `${prefix}${' '.repeat(fill)}${suffix}`;
}

describe('fuzzing the request body', () => {
  it('answers bodies that are not JSON, or JSON cut short, with a coded 4xx and keeps serving', async () => {
    const valid = JSON.stringify({ query: ANALYST_OPERATIONS.Search.text, variables: { text: '民盟' } });
    const body = fc.oneof(
      anyText(200),
      fc.nat({ max: valid.length - 1 }).map((length) => valid.slice(0, length)),
      fc.constantFrom(
        '{',
        '[',
        '{"query":',
        '{"query": "{ leaders { name } }"',
        'nul',
        '{"a":1,}',
        "{'query':'{ __typename }'}",
        '\uFEFF{"query":"{ __typename }"}',
      ),
    );
    await fc.assert(
      fc.asyncProperty(body, async (text) => {
        const answer = await sendSafely({ method: 'POST', headers: JSON_HEADERS, body: text });
        expect(answer?.errors?.length ?? 0).toBeGreaterThan(0);
      }),
      { numRuns: 30 },
    );
    await expectServerStillServes();
  });

  it('answers query, variables and operationName of any JSON type, and unknown top-level fields, with a coded 4xx', async () => {
    const persistedQuery = fc.record(
      { version: fc.oneof(fc.constant(1), anyJson), sha256Hash: fc.oneof(fc.stringMatching(/^[0-9a-f]{64}$/), anyJson) },
      { requiredKeys: [] },
    );
    const field = fc.oneof(
      anyJson,
      fc.constantFrom(OPERATION_NAMES[0], ANALYST_OPERATIONS.Search.text),
      fc.record({ persistedQuery: fc.oneof(persistedQuery, anyJson) }),
    );
    const body = fc.oneof(
      fc.record({ query: field, variables: field, operationName: field, extensions: field }, { requiredKeys: [] }),
      fc
        .tuple(fc.dictionary(fc.string({ maxLength: 10 }), anyJson, { maxKeys: 4 }), fc.constantFrom(...OPERATION_NAMES))
        .map(([extra, name]) => ({ ...extra, query: ANALYST_OPERATIONS[name].text })),
      anyJson,
    );
    await fc.assert(
      fc.asyncProperty(body, async (value) => {
        await sendSafely({ method: 'POST', headers: JSON_HEADERS, body: JSON.stringify(value) ?? 'null' });
      }),
      { numRuns: 40 },
    );
    await expectServerStillServes();
  });

  it('refuses exactly the bodies over MAX_BODY_BYTES with 413, except an importRecords mutation alone up to MAX_IMPORT_BODY_BYTES', async () => {
    const search = (bytes: number) => padded('{"query":"{ search(text: \\"民盟\\") { name } }","variables":{},"x":"', '"}', bytes);
    const importing = (bytes: number) =>
      padded('{"query":"mutation ($r: RecordsInput!) { importRecords(records: $r) { ok } }","variables":{"r":{}},"x":"', '"}', bytes);
    const size = fc.oneof(
      fc.integer({ min: bodyLimit - 8, max: bodyLimit + 8 }),
      fc.integer({ min: MAX_IMPORT_BODY_BYTES - 8, max: MAX_IMPORT_BODY_BYTES + 8 }),
      fc.integer({ min: 1, max: 4 * MAX_IMPORT_BODY_BYTES }),
    );
    await fc.assert(
      fc.asyncProperty(fc.boolean(), size, fc.boolean(), async (isImport, bytes, chunked) => {
        const text = (isImport ? importing : search)(bytes);
        const length = Buffer.byteLength(text);
        const response = await send({ method: 'POST', headers: JSON_HEADERS, body: text, chunked });
        expectSafeAnswer({ method: 'POST', body: text }, response);
        const limit = isImport ? MAX_IMPORT_BODY_BYTES : bodyLimit;
        if (length > limit) {
          expect(response.status).toBe(413);
          expect(response.text).toContain('MAX_BODY_BYTES');
        } else {
          expect(response.status).not.toBe(413);
        }
      }),
      { numRuns: 30 },
    );
    await expectServerStillServes();
  });

  it('answers bodies with invalid UTF-8 byte sequences, raw or inside JSON strings, with a coded answer below 500', async () => {
    const invalidSequence = fc.oneof(
      fc.constantFrom(
        [0xff],
        [0xfe, 0xff],
        [0xc0, 0xaf],
        [0xe0, 0x80, 0xaf],
        [0xed, 0xa0, 0x80],
        [0xf4, 0x90, 0x80, 0x80],
        [0xf8, 0x88, 0x80, 0x80, 0x80],
        [0x80],
        [0xe6, 0xb0],
        [0x00],
      ),
      fc.array(fc.integer({ min: 0x80, max: 0xff }), { minLength: 1, maxLength: 8 }),
    );
    const garbage = fc.array(invalidSequence, { minLength: 1, maxLength: 6 }).map((parts) => Uint8Array.from(parts.flat()));
    const inside = fc.tuple(fc.constantFrom(...OPERATION_NAMES), garbage).map(([name, bytes]) => {
      const template = JSON.stringify({
        query: ANALYST_OPERATIONS[name].text,
        variables: { text: 'BYTES', party: 'BYTES', name: 'BYTES' },
      });
      const [before, ...after] = template.split('BYTES');
      return Buffer.concat([Buffer.from(before ?? ''), Buffer.from(bytes), Buffer.from(after.join('民盟'))]);
    });
    const inQuery = garbage.map((bytes) =>
      Buffer.concat([Buffer.from('{"query":"{ search(text: \\"'), Buffer.from(bytes), Buffer.from('\\") { name } }"}')]),
    );
    const body = fc.oneof(fc.uint8Array({ maxLength: 300 }), garbage, inside, inQuery);
    await fc.assert(
      fc.asyncProperty(body, async (bytes) => {
        await sendSafely({ method: 'POST', headers: JSON_HEADERS, body: bytes });
      }),
      { numRuns: 30 },
    );
    await expectServerStillServes();
  });
});

describe('fuzzing the GraphQL document', () => {
  /** Fields that lead from a leader back to a leader, so that a selection can nest as deep as wanted. */
  const CYCLE = ['liaisons', 'liaisonDepartments', 'liaisons', 'liaisonLeaders'];
  const deepSelection = (depth: number, leaf: string) => {
    let selection = leaf;
    for (let level = depth - 1; level >= 0; level -= 1) selection = `${CYCLE[level % CYCLE.length]} { ${selection} }`;
    return `{ leaders { ${selection} } }`;
  };
  const documents = fc.oneof(
    fc.integer({ min: 1, max: 40 }).map((depth) => deepSelection(depth, 'name')),
    fc.integer({ min: 1, max: 3000 }).map((depth) => `${'{ a '.repeat(depth)}${'}'.repeat(depth)}`),
    fc.integer({ min: 1, max: 3000 }).map((depth) => `{ search(text: ${'['.repeat(depth)}"民盟"${']'.repeat(depth)}) { name } }`),
    fc
      .integer({ min: 1, max: 400 })
      .map((count) => `{ ${Array.from({ length: count }, (_, index) => `a${index}: __typename`).join(' ')} }`),
    fc.integer({ min: 1, max: 400 }).map((count) => `{ leaders { ${'name '.repeat(count)}} }`),
    fc
      .integer({ min: 1, max: 60 })
      .map((count) => `{ ${Array.from({ length: count }, (_, index) => `m${index}: departments { name }`).join(' ')} }`),
    fc.integer({ min: 1, max: 200 }).map((count) => `{ leaders { name ${'@include(if: true) '.repeat(count)}} }`),
    fc
      .integer({ min: 1, max: 100 })
      .map(
        (count) =>
          `${Array.from({ length: count }, (_, index) => `fragment F${index} on Leader { name ...F${index + 1} }`).join(' ')} { leaders { ...F0 } }`,
      ),
    fc
      .integer({ min: 2, max: 50 })
      .map((count) => Array.from({ length: count }, (_, index) => `query Q${index} { leaders { name } }`).join(' ')),
    fc.constantFrom(
      'fragment A on Leader { ...B } fragment B on Leader { ...A } { leaders { ...A } }',
      '{ __schema { types { fields { type { ofType { ofType { ofType { ofType { name } } } } } } } } }',
      'subscription { leaders { name } }',
      'mutation { deleteLeaders { nodesDeleted } }',
      '{ leaders(where: { name: { eq: 1 } }) { name } }',
      '{ leaders(limit: -1) { name } }',
      '{ search(text: "民盟", limit: 100000000000) { name } }',
      '{ search(text: "民盟", limit: -5) { name } }',
      '{ search(text: "AND OR NOT ( ) [ ] * ? \\\\ / ~ ^") { name } }',
      '{ leaders { name } } { departments { name } }',
      '',
      '#',
      '{',
      '}',
    ),
    anyText(200),
  );
  it('refuses deep, wide, cyclic and malformed documents with a coded 4xx and never a 500', async () => {
    await fc.assert(
      fc.asyncProperty(documents, fc.option(fc.constantFrom('Q0', 'Q1', 'nope', ''), { nil: undefined }), async (query, operationName) => {
        const body = JSON.stringify(operationName === undefined ? { query } : { query, operationName });
        const answer = await sendSafely({ method: 'POST', headers: JSON_HEADERS, body });
        if (answer?.errors !== undefined && answer.data === undefined) expect(answer.errors.length).toBeGreaterThan(0);
      }),
      { numRuns: 45 },
    );
    await expectServerStillServes();
  });
});

describe('fuzzing the variables of the analyst operations', () => {
  const scalarOrWorse = fc.oneof(
    anyText(60),
    fc.string({ minLength: 150, maxLength: 400 }),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    anyJson,
    fc.array(anyText(10), { maxLength: 5 }),
    fc.dictionary(fc.string({ maxLength: 8 }), anyJson, { maxKeys: 3 }),
    fc.integer({ min: 1, max: 2000 }).map((depth) => JSON.parse(`${'['.repeat(depth)}"民盟"${']'.repeat(depth)}`) as unknown),
    fc.integer({ min: 1, max: 2000 }).map((depth) => JSON.parse(`${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`) as unknown),
  );
  const variablesFor = (name: OperationName) =>
    fc.record({
      real: fc.dictionary(fc.constantFrom(...ANALYST_OPERATIONS[name].variables, 'text'), scalarOrWorse, { maxKeys: 3 }),
      extra: fc.dictionary(fc.string({ maxLength: 12 }), anyJson, { maxKeys: 2 }),
      number: fc.option(fc.tuple(fc.constantFrom('limit', 'party', 'name', 'text'), hugeNumberToken), { nil: undefined }),
    });

  it('answers every analyst operation with wrong, missing, extra, huge and nested variables below 500, naming the variable', async () => {
    const cases = fc.constantFrom(...OPERATION_NAMES).chain((name) => fc.tuple(fc.constant(name), variablesFor(name)));
    await fc.assert(
      fc.asyncProperty(cases, async ([name, { real, extra, number }]) => {
        const variables = JSON.stringify({ ...extra, ...real });
        // A number token JSON.stringify cannot write is spliced into the text itself.
        const variablesText =
          number === undefined ? variables : `{"${number[0]}":${number[1]}${variables === '{}' ? '' : `,${variables.slice(1, -1)}`}}`;
        const body = `{"query":${JSON.stringify(ANALYST_OPERATIONS[name].text)},"operationName":"${name}","variables":${variablesText}}`;
        const answer = await sendSafely({ method: 'POST', headers: JSON_HEADERS, body });
        for (const error of answer?.errors ?? []) {
          if (error.extensions?.code === 'BAD_USER_INPUT' && /^Variable /.test(String(error.message))) {
            expect(String(error.message)).toMatch(/^Variable "\$\w+"/);
          }
        }
      }),
      { numRuns: 45 },
    );
    await expectServerStillServes();
  });

  it('answers the analyst operations sent by GET with any query string below 500', async () => {
    const search = fc.record(
      {
        query: fc.oneof(
          fc.constantFrom(...OPERATION_NAMES).map((name) => ANALYST_OPERATIONS[name].text),
          anyText(80),
        ),
        variables: fc.oneof(
          anyText(40),
          anyJson.map((value) => JSON.stringify(value) ?? ''),
        ),
        operationName: fc.oneof(fc.constantFrom(...OPERATION_NAMES), anyText(10)),
        extensions: fc.oneof(anyText(20), fc.constant('{"persistedQuery":{"version":1,"sha256Hash":"abc"}}')),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(search, async (parameters) => {
        // Lone surrogates cannot be percent-encoded: they stand for what a client would send, U+FFFD.
        const path = `/graphql?${new URLSearchParams(Object.entries(parameters).map(([key, value]) => [key, wellFormed(value)]))}`;
        await sendSafely({ method: 'GET', path, headers: { accept: 'application/json', 'apollo-require-preflight': 'true' } });
      }),
      { numRuns: 25 },
    );
    await expectServerStillServes();
  });
});

describe('fuzzing methods and headers', () => {
  const methods = fc.constantFrom(
    'GET',
    'POST',
    'PUT',
    'PATCH',
    'DELETE',
    'HEAD',
    'OPTIONS',
    'TRACE',
    'PROPFIND',
    'SEARCH',
    'PURGE',
    'QUERY',
  );
  const contentTypes = fc.oneof(
    fc.constantFrom(
      'application/json',
      'application/json; charset=utf-8',
      'APPLICATION/JSON',
      'application/graphql-response+json',
      'application/json; charset=latin1',
      'text/plain',
      'text/plain; x=application/json',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'application/graphql',
      '',
      ';;;',
    ),
    headerText,
  );
  const accepts = fc.oneof(
    fc.constantFrom(
      'application/json',
      'application/graphql-response+json',
      '*/*',
      'text/event-stream',
      'multipart/mixed',
      'image/png',
      '',
    ),
    headerText,
  );
  const bodies = fc.oneof(
    fc.constantFrom(...OPERATION_NAMES).map((name) => JSON.stringify({ query: ANALYST_OPERATIONS[name].text })),
    fc.constant('mutation { deleteLeaders { nodesDeleted } }'),
    fc.constant('query=%7B%20leaders%20%7B%20name%20%7D%20%7D'),
    anyText(60),
    fc.constant(undefined),
  );
  it('answers any method with any content-type, accept and body below 500, never writing JSON it cannot parse', async () => {
    await fc.assert(
      fc.asyncProperty(
        methods,
        contentTypes,
        accepts,
        bodies,
        fc.boolean(),
        fc.option(headerText, { nil: undefined }),
        async (method, contentType, accept, body, preflight, authorization) => {
          const headers: Record<string, string> = { 'content-type': contentType, accept };
          if (preflight) headers['apollo-require-preflight'] = 'true';
          if (authorization !== undefined) headers.authorization = authorization;
          await sendSafely({ method, headers, ...(body === undefined ? {} : { body }) });
        },
      ),
      { numRuns: 40 },
    );
    await expectServerStillServes();
  });
});

describe('fuzzing the variables of an editor’s write', () => {
  const jurisdiction = uniqueName('模糊测市').replaceAll(/[^一-龥0-9a-f]/g, '');
  const dataset = uniqueName('fuzz-http-');
  const subject = uniqueName('fuzz-editor-');
  let editorToken: string;

  beforeAll(async () => {
    await createRecordsWorld(api.database, jurisdiction);
    editorToken = await tokenFor('editor', subject);
  });

  afterAll(async () => {
    if (api === undefined) return;
    await removeDataset(api.database, dataset).catch(() => undefined);
    await removeRecordsWorld(api.database, jurisdiction, dataset);
  });

  const RECORD_ACTIVITY = `mutation ($activity: ActivityRecordInput!, $target: RecordTarget, $dryRun: Boolean) {
    recordActivity(activity: $activity, target: $target, dryRun: $dryRun) { ok dryRun dataset errors { sheet row column value message } }
  }`;
  const ACTIVITY_COLUMNS = ['id', 'date', 'kind', 'title', 'organiser', 'chair', 'participants', 'counterparts'];

  /** What this file's editor has written: its jurisdiction's nodes and links, its dataset, its audit entries. */
  async function written(): Promise<{ graph: string[]; datasets: unknown; entries: unknown }> {
    const [datasets] = await api.database.read('MATCH (dataset:Dataset {name: $dataset}) RETURN count(dataset) AS count', { dataset });
    const [entries] = await api.database.read('MATCH (entry:AuditEntry {actor: $subject}) RETURN count(entry) AS count', { subject });
    return { graph: await graphSnapshot(api.database, jurisdiction), datasets: datasets?.count, entries: entries?.count };
  }

  const activity = () => ({
    id: 'F1',
    date: '2031-04-02',
    kind: '座谈会',
    title: '民主党派座谈会',
    organiser: ['市政府'],
    chair: ['李东'],
    participants: ['王善平'],
    counterparts: ['民盟'],
  });
  /** What a field may be made into: each is wrong for at least one column, some for all. */
  const corruption = fc.oneof(
    fc.constantFrom(
      '',
      ' ',
      '\u0000',
      '\t\n',
      '2031-02-30',
      '2031-13-01',
      '31-4-2',
      '2031/04/02',
      'yesterday',
      '市不存在局',
      '不存在的人',
      '局长',
    ),
    anyText(30),
    fc.string({ minLength: 2_000, maxLength: 6_000 }),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(fc.oneof(anyText(12), fc.constant(null), fc.integer()), { maxLength: 4 }),
    fc.dictionary(fc.string({ maxLength: 6 }), anyJson, { maxKeys: 3 }),
  );
  const activities = fc
    .record({
      changes: fc.dictionary(fc.constantFrom(...ACTIVITY_COLUMNS, 'phone', '__proto__', 'organisers'), corruption, {
        minKeys: 1,
        maxKeys: 3,
      }),
      dropped: fc.subarray(ACTIVITY_COLUMNS, { maxLength: 3 }),
    })
    .map(({ changes, dropped }) => {
      const base: Record<string, unknown> = activity();
      for (const column of dropped) delete base[column];
      return { ...base, ...changes };
    });
  const targets = fc.constantFrom<unknown>(
    { dataset, jurisdiction },
    { dataset: '', jurisdiction },
    { dataset: 'a|b', jurisdiction },
    { dataset, jurisdiction: '不存在的市' },
    { dataset: 42, jurisdiction },
    { dataset, jurisdiction, extra: true },
    [{ dataset, jurisdiction }],
    'target',
  );
  const dryRuns = fc.constantFrom<unknown>(undefined, true, 'yes', 1, null);

  it('refuses corrupted activities naming the field, and a refused write leaves the graph and the audit log unchanged', async () => {
    let before = await written();
    await fc.assert(
      fc.asyncProperty(activities, targets, dryRuns, async (record, target, dryRun) => {
        const variables = { activity: record, target, ...(dryRun === undefined ? {} : { dryRun }) };
        const body = JSON.stringify({ query: RECORD_ACTIVITY, variables });
        const answer = await sendSafely({
          method: 'POST',
          headers: { ...JSON_HEADERS, authorization: `Bearer ${editorToken}` },
          body,
        });
        const result = (
          answer?.data as { recordActivity?: { ok: boolean; dryRun: boolean; errors: Array<Record<string, unknown>> } } | null
        )?.recordActivity;
        const after = await written();
        if (result?.ok === true && !result.dryRun) {
          // Accepted: a correction of activity F1 in this file's dataset; the next refusals are measured from here.
          before = after;
          return;
        }
        expect(after, JSON.stringify(variables).slice(0, 300)).toEqual(before);
        if (result !== undefined) {
          if (result.ok) return;
          expect(result.errors.length).toBeGreaterThan(0);
          for (const error of result.errors) {
            // A field no row has is also reported for the whole sheet (row null), as for a file's missing column.
            const row = typeof error.message === 'string' && error.message.startsWith('missing required column') ? null : 1;
            expect(error).toMatchObject({ sheet: 'activities', row, message: expect.any(String) });
            expect([...ACTIVITY_COLUMNS, 'phone', '__proto__', 'organisers']).toContain(error.column);
          }
          return;
        }
        const errors = answer?.errors ?? [];
        expect(errors.length, JSON.stringify(answer)).toBeGreaterThan(0);
        for (const error of errors) {
          const message = String(error.message);
          if (error.extensions?.code === 'BAD_USER_INPUT') {
            // GraphQL names the variable and the path inside it; our own checks name the field first.
            expect(message).toMatch(/^Variable "\$(?:activity|target|dryRun)"|^(?:dataset|jurisdiction)\b/);
          } else {
            expect(error.extensions?.code, message).toBe(ErrorCode.NOT_FOUND);
            expect(message).toMatch(/jurisdiction/);
          }
        }
      }),
      { numRuns: 60 },
    );
    await expectServerStillServes();
  });
});
