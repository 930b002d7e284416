import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_BODY_BYTES,
  MAX_IMPORT_BODY_BYTES,
  send,
  expectSafeAnswer,
  sendSafely,
  expectServerStillServes,
  ANALYST_OPERATIONS,
  OPERATION_NAMES,
  JSON_HEADERS,
  anyText,
  headerText,
  anyJson,
  padded,
  useFuzzedApi,
} from './fuzz-http-support.ts';

// Fuzzing what an HTTP request is made of: its bytes, its GraphQL document, its method and headers.

useFuzzedApi();

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
      fc.integer({ min: MAX_BODY_BYTES - 8, max: MAX_BODY_BYTES + 8 }),
      fc.integer({ min: MAX_IMPORT_BODY_BYTES - 8, max: MAX_IMPORT_BODY_BYTES + 8 }),
      fc.integer({ min: 1, max: 4 * MAX_IMPORT_BODY_BYTES }),
    );
    await fc.assert(
      fc.asyncProperty(fc.boolean(), size, fc.boolean(), async (isImport, bytes, chunked) => {
        const text = (isImport ? importing : search)(bytes);
        const length = Buffer.byteLength(text);
        const response = await send({ method: 'POST', headers: JSON_HEADERS, body: text, chunked });
        expectSafeAnswer({ method: 'POST', body: text }, response);
        const limit = isImport ? MAX_IMPORT_BODY_BYTES : MAX_BODY_BYTES;
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
      '{ leaders(offset: -1) { name } }',
      '{ leadersConnection(first: -2) { totalCount } }',
      '{ jurisdictions { departments(limit: -1) { name } } }',
      '{ search(text: "民盟", limit: 100000000000) { name } }',
      '{ search(text: "民盟", limit: -5) { name } }',
      '{ search(text: "AND OR NOT ( ) [ ] * ? \\\\ / ~ ^") { name } }',
      '{ leaders { name } } { departments { name } }',
      'subscription { leaders { name } }',
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
