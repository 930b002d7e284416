import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorCode } from '../../src/errors/index.ts';
import { removeDataset } from '../../src/records/index.ts';
import { createRecordsWorld, graphSnapshot, removeRecordsWorld, uniqueName } from '../support/records-world.ts';
import { tokenFor } from '../support/test-tokens.ts';
import {
  fuzzedApi,
  sendSafely,
  expectServerStillServes,
  ANALYST_OPERATIONS,
  type OperationName,
  OPERATION_NAMES,
  JSON_HEADERS,
  anyText,
  anyJson,
  hugeNumberToken,
  wellFormed,
  useFuzzedApi,
} from './fuzz-http-support.ts';

// Fuzzing the variables of the analysts' operations and of an editor's write.

useFuzzedApi();

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

describe('fuzzing the variables of an editor’s write', () => {
  const jurisdiction = uniqueName('模糊测市').replaceAll(/[^一-龥0-9a-f]/g, '');
  const dataset = uniqueName('fuzz-http-');
  const subject = uniqueName('fuzz-editor-');
  let editorToken: string;

  beforeAll(async () => {
    await createRecordsWorld(fuzzedApi().database, jurisdiction);
    editorToken = await tokenFor('editor', subject);
  });

  afterAll(async () => {
    await removeDataset(fuzzedApi().database, dataset).catch(() => undefined);
    await removeRecordsWorld(fuzzedApi().database, jurisdiction, dataset);
  });

  const RECORD_ACTIVITY = `mutation ($activity: ActivityRecordInput!, $target: RecordTarget, $dryRun: Boolean) {
    recordActivity(activity: $activity, target: $target, dryRun: $dryRun) { ok dryRun dataset errors { sheet row column value message } }
  }`;
  const ACTIVITY_COLUMNS = ['id', 'date', 'kind', 'title', 'organiser', 'chair', 'participants', 'counterparts'];

  /** What this file's editor has written: its jurisdiction's nodes and links, its dataset, its audit entries. */
  async function written(): Promise<{ graph: string[]; datasets: unknown; entries: unknown }> {
    const [datasets] = await fuzzedApi().database.read('MATCH (dataset:Dataset {name: $dataset}) RETURN count(dataset) AS count', {
      dataset,
    });
    const [entries] = await fuzzedApi().database.read('MATCH (entry:AuditEntry {actor: $subject}) RETURN count(entry) AS count', {
      subject,
    });
    return { graph: await graphSnapshot(fuzzedApi().database, jurisdiction), datasets: datasets?.count, entries: entries?.count };
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
