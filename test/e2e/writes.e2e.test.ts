import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGraphQLSchema } from '../../src/graphql/index.ts';
import { removeDataset } from '../../src/records/index.ts';
import { uniqueName } from '../support/records-world.ts';
import { testConfig } from '../support/test-database.ts';
import { tokenFor } from '../support/test-tokens.ts';
import { type ApiResponse, dataOf, postGraphQL, type SeededApi, startApi, startSeededApi } from './api-test-server.ts';

let api: SeededApi;
/** A city of its own, loaded through `ingestNotice`, so that these writes touch nothing another file reads. */
const city = uniqueName('写测市').replaceAll(/[^一-龥0-9]/g, '');
const number = `写测办发〔2031〕${Date.now() % 100000}号`;
const dataset = uniqueName('writes-e2e');
/** The callers' names are this file's own: the other files write as `test-editor` while it reads the audit log. */
const caller = (role: 'viewer' | 'editor' | 'admin') => `${role}-${dataset}`;
const notice = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'notices', 'linlan-2022-9.txt'), 'utf8');

beforeAll(async () => {
  // No ANONYMOUS_ROLE: a caller without a token may do nothing.
  api = await startSeededApi({});
});

afterAll(async () => {
  await removeDataset(api.database, dataset).catch(() => undefined);
  await api.database.write(
    `MATCH (jurisdiction:Jurisdiction {name: $city}) OPTIONAL MATCH (node)-[:IN_JURISDICTION]->(jurisdiction)
     DETACH DELETE node, jurisdiction`,
    { city },
  );
  await api?.stop();
});

async function as<Result>(role: 'viewer' | 'editor' | 'admin' | undefined, query: string, variables: object = {}) {
  const token = role === undefined ? undefined : await tokenFor(role, caller(role));
  return postGraphQL<Result, object>(api.url, query, variables, { token });
}

const INGEST = `mutation ($notice: NoticeInput!) {
  ingestNotice(notice: $notice) { document jurisdiction departments formalLiaisons warnings { line } }
}`;
const RECORD_ACTIVITY = `mutation ($activity: ActivityRecordInput!, $target: RecordTarget) {
  recordActivity(activity: $activity, target: $target) { ok dataset errors { sheet row column message } counts { kind created updated } }
}`;
const RECORD_DOCUMENT = `mutation ($document: DocumentRecordInput!, $target: RecordTarget) {
  recordDocument(document: $document, target: $target) { ok errors { column message } }
}`;
const RECORD_PERSON = `mutation ($person: PersonRecordInput!, $target: RecordTarget) {
  recordPersonRole(person: $person, target: $target) { ok errors { column message } }
}`;
const STATE = `mutation ($liaison: LiaisonStatementInput!) {
  stateLiaison(liaison: $liaison) { from fromKind counterpart kind sourceDocument sourceLine validFrom validTo }
}`;
const END = `mutation ($ending: LiaisonEndingInput!) { endLiaison(ending: $ending) { from counterpart validTo } }`;
const IMPORT = `mutation ($records: RecordsInput!) { importRecords(records: $records) { ok errors { message } } }`;
const REMOVE = `mutation ($name: String!) { removeDataset(name: $name) { dataset deleted kept } }`;
const AUDIT = `query ($where: AuditLogWhere, $first: Int, $after: String) {
  auditLog(where: $where, first: $first, after: $after) {
    entries { id at actor role operation variables labels touched touchedCount nodesCreated nodesDeleted relationshipsCreated propertiesSet }
    endCursor hasNextPage
  }
}`;

interface Entry {
  id: string;
  at: string;
  actor: string;
  role: string | null;
  operation: string;
  variables: string;
  labels: string[];
  touched: string[];
  touchedCount: number;
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  propertiesSet: number;
}
type AuditPage = { auditLog: { entries: Entry[]; endCursor: string | null; hasNextPage: boolean } };

async function entries(where: object, first = 50): Promise<Entry[]> {
  return dataOf(await as<AuditPage>('admin', AUDIT, { where, first })).auditLog.entries;
}

const activity = (id: string, title = '调研座谈') => ({
  id,
  date: '2031-04-02',
  kind: '考察调研',
  title,
  organiser: ['市教育局'],
  counterparts: ['民进临澜市委'],
});
const target = { dataset, jurisdiction: city };
const liaison = {
  jurisdiction: city,
  from: '市商务局',
  counterpart: '市工商联',
  kind: 'FORMAL',
  sourceDocument: number,
  sourceLine: 25,
  sourceText: '市商务局：市工商联（补录）',
};

describe('writes through the domain mutations', () => {
  it('ingests a notice as an editor, into its own jurisdiction', async () => {
    const result = dataOf(
      await as<{ ingestNotice: Record<string, unknown> }>('editor', INGEST, { notice: { text: notice, number, jurisdiction: city } }),
    );
    expect(result.ingestNotice).toMatchObject({ document: number, jurisdiction: city, departments: 11 });
  });

  it('records an activity, then corrects it by its id: created once, updated once', async () => {
    const first = dataOf(
      await as<{ recordActivity: { ok: boolean; counts: Array<{ kind: string; created: number; updated: number }> } }>(
        'editor',
        RECORD_ACTIVITY,
        { activity: activity('A1'), target },
      ),
    );
    expect(first.recordActivity.ok).toBe(true);
    expect(first.recordActivity.counts.find((count) => count.kind === 'activities')).toMatchObject({ created: 1, updated: 0 });
    const again = dataOf(await as<typeof first>('editor', RECORD_ACTIVITY, { activity: activity('A1', '调研座谈（更正）'), target }));
    expect(again.recordActivity.counts.find((count) => count.kind === 'activities')).toMatchObject({ created: 0, updated: 1 });
  });

  it('adds to a dataset without withdrawing what it stated before', async () => {
    dataOf(await as('editor', RECORD_ACTIVITY, { activity: activity('A2'), target }));
    const rows = await api.database.read(
      `MATCH (activity:Activity)-[:IN_JURISDICTION]->(:Jurisdiction {name: $city})
       RETURN activity.title AS title, activity.updatedBy AS updatedBy ORDER BY title`,
      { city },
    );
    expect(rows).toEqual([
      { title: '调研座谈', updatedBy: caller('editor') },
      { title: '调研座谈（更正）', updatedBy: caller('editor') },
    ]);
  });

  it('refuses bad input naming the field, and writes nothing', async () => {
    const before = await entries({ actor: caller('editor') });
    const bad = dataOf(
      await as<{ recordActivity: { ok: boolean; errors: Array<{ column: string; message: string }> } }>('editor', RECORD_ACTIVITY, {
        activity: { ...activity('A3'), date: '2031-02-30' },
        target,
      }),
    );
    expect(bad.recordActivity.ok).toBe(false);
    expect(bad.recordActivity.errors[0]?.column).toBe('date');
    const document = dataOf(
      await as<{ recordDocument: { ok: boolean; errors: Array<{ column: string }> } }>('editor', RECORD_DOCUMENT, {
        document: { number: '', title: 'x', issuer: '市教育局', issuedAt: '2031-01-01', kind: '工作计划' },
        target,
      }),
    );
    expect(document.recordDocument.ok).toBe(false);
    expect(document.recordDocument.errors.map((error) => error.column)).toContain('number');
    const liaisonError = await as('editor', STATE, { liaison: { ...liaison, from: '市不存在局' } });
    expect(liaisonError.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(liaisonError.errors?.[0]?.message).toMatch(/^from: no leader or department named "市不存在局"/);
    const line = await as('editor', STATE, { liaison: { ...liaison, sourceLine: 0 } });
    expect(line.errors?.[0]?.message).toMatch(/^sourceLine:/);
    // A write that fails leaves no entry.
    expect((await entries({ actor: caller('editor') })).map((entry) => entry.id)).toEqual(before.map((entry) => entry.id));
    const written = await api.database.read(
      `MATCH (activity:Activity {id: 'A3'})-[:IN_JURISDICTION]->(:Jurisdiction {name: $city}) RETURN activity`,
      { city },
    );
    expect(written).toEqual([]);
  });

  it('records a person’s role and a document with its recipients', async () => {
    const person = dataOf(
      await as<{ recordPersonRole: { ok: boolean; errors: unknown[] } }>('editor', RECORD_PERSON, {
        person: { name: '王测', organisation: '市教育局', role: '联络人员', section: '办公室', from: '2031-01-01' },
        target,
      }),
    );
    expect(person.recordPersonRole).toEqual({ ok: true, errors: [] });
    const document = dataOf(
      await as<{ recordDocument: { ok: boolean; errors: unknown[] } }>('editor', RECORD_DOCUMENT, {
        document: {
          number: `${number}-计划`,
          title: '联系工作计划',
          issuer: '市教育局',
          issuedAt: '2031-02-01',
          kind: '工作计划',
          recipients: ['民进临澜市委'],
        },
        target,
      }),
    );
    expect(document.recordDocument).toEqual({ ok: true, errors: [] });
  });

  it('states a liaison naming its source document and line, and ends it', async () => {
    const stated = dataOf(await as<{ stateLiaison: Record<string, unknown> }>('editor', STATE, { liaison }));
    expect(stated.stateLiaison).toEqual({
      from: '市商务局',
      fromKind: 'Department',
      counterpart: '市工商联',
      kind: 'FORMAL',
      sourceDocument: number,
      sourceLine: 25,
      validFrom: '2022-05-18',
      validTo: null,
    });
    const ended = dataOf(
      await as<{ endLiaison: unknown[] }>('editor', END, {
        ending: { jurisdiction: city, from: '市商务局', counterpart: '市工商联', kind: 'FORMAL', validTo: '2031-06-30' },
      }),
    );
    expect(ended.endLiaison).toEqual([{ from: '市商务局', counterpart: '市工商联', validTo: '2031-06-30' }]);
    const early = await as('editor', STATE, { liaison });
    expect(early.errors).toBeUndefined();
    const before = await as('editor', END, {
      ending: { jurisdiction: city, from: '市商务局', counterpart: '市工商联', kind: 'FORMAL', validTo: '2001-01-01' },
    });
    expect(before.errors?.[0]?.message).toMatch(/^validTo: 2001-01-01 is before/);
  });
});

describe('the audit log', () => {
  it('has an entry for every write through the API, naming the caller, the operation and what it touched', async () => {
    const mine = await entries({ actor: caller('editor') }, 500);
    const operations = new Set(mine.map((entry) => entry.operation));
    for (const operation of ['ingestNotice', 'recordActivity', 'recordPersonRole', 'recordDocument', 'stateLiaison', 'endLiaison']) {
      expect(operations, operation).toContain(operation);
    }
    const ingest = mine.find((entry) => entry.operation === 'ingestNotice' && entry.variables.includes(city));
    expect(ingest).toMatchObject({ role: 'editor', labels: expect.arrayContaining(['Department', 'Counterpart', 'Document']) });
    expect(ingest?.touched).toContain(`Department:${city}/市教育局`);
    expect(ingest?.nodesCreated).toBeGreaterThan(20);
    // The notice's text is summarised, not copied.
    expect(JSON.parse(ingest?.variables ?? '{}').text).toMatch(/… \(\d+ characters\)$/);
  });

  it('filters by touched key, operation and time, and pages with a cursor', async () => {
    const key = `${city}/市商务局`;
    const touching = await entries({ touched: key });
    expect(touching.map((entry) => entry.operation)).toEqual(['stateLiaison', 'endLiaison', 'stateLiaison', 'ingestNotice']);
    const ended = await entries({ touched: `Department:${key}`, operation: 'endLiaison' });
    expect(ended).toHaveLength(1);
    const at = ended[0]!.at;
    expect(await entries({ touched: key, from: at, to: new Date(Date.parse(at) + 1).toISOString() })).toHaveLength(1);
    const page = dataOf(await as<AuditPage>('admin', AUDIT, { where: { touched: key }, first: 3 })).auditLog;
    expect(page.hasNextPage).toBe(true);
    const next = dataOf(await as<AuditPage>('admin', AUDIT, { where: { touched: key }, first: 3, after: page.endCursor })).auditLog;
    expect([...page.entries, ...next.entries].map((entry) => entry.id)).toEqual(touching.map((entry) => entry.id));
    expect(next.hasNextPage).toBe(false);
    const badCursor = await as('admin', AUDIT, { after: 'nonsense' });
    expect(badCursor.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('is read by admins only', async () => {
    expect((await as('editor', AUDIT)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await as('viewer', AUDIT)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await as(undefined, AUDIT)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('offers no way to change or delete an entry: no mutation names the audit trail', async () => {
    const schema = await buildGraphQLSchema();
    const mutations = Object.keys(schema.getMutationType()?.getFields() ?? {});
    expect(mutations).toContain('removeDataset');
    expect(mutations.filter((name) => /audit/i.test(name))).toEqual([]);
  });
});

describe('who may write', () => {
  const writes = [
    {
      name: 'importRecords',
      query: IMPORT,
      variables: () => ({ records: { dataset, jurisdiction: city, activities: [activity('T1')] } }),
      needs: 'editor',
    },
    { name: 'recordActivity', query: RECORD_ACTIVITY, variables: () => ({ activity: activity('T2'), target }), needs: 'editor' },
    { name: 'stateLiaison', query: STATE, variables: () => ({ liaison }), needs: 'editor' },
    { name: 'removeDataset', query: REMOVE, variables: () => ({ name: dataset }), needs: 'admin' },
    { name: 'auditLog', query: AUDIT, variables: () => ({ first: 1 }), needs: 'admin' },
  ] as const;
  const callers = [
    { caller: 'anonymous', role: undefined, rank: -1 },
    { caller: 'viewer', role: 'viewer', rank: 0 },
    { caller: 'editor', role: 'editor', rank: 1 },
    { caller: 'admin', role: 'admin', rank: 2 },
  ] as const;
  const rank = { editor: 1, admin: 2 } as const;
  it.each(callers.flatMap((caller) => writes.map((write) => ({ ...caller, write }))))(
    '$caller × $write.name',
    async ({ role, rank: held, write }) => {
      const response: ApiResponse<unknown> = await as(role, write.query, write.variables());
      if (held >= rank[write.needs]) {
        expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
      } else {
        expect(response.errors?.[0]?.extensions?.code).toBe(role === undefined ? 'UNAUTHENTICATED' : 'FORBIDDEN');
        expect(response.status).toBe(role === undefined ? 401 : 403);
      }
    },
  );

  it('recorded the admin’s dataset removal with what it deleted', async () => {
    const [removal] = await entries({ operation: 'removeDataset', actor: caller('admin') }, 1);
    expect(removal).toMatchObject({ role: 'admin', touched: expect.arrayContaining([`Dataset:${dataset}`]) });
    expect(removal?.nodesDeleted).toBeGreaterThan(0);
  });
});

describe('search text', () => {
  it('is refused over 200 characters with QUERY_TOO_COMPLEX, naming the field', async () => {
    const response = await as('viewer', '{ search(text: "' + '民'.repeat(201) + '") { name } }');
    expect(response.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(response.errors?.[0]?.message).toMatch(/text may be at most 200 characters/);
  });
});

describe('the transaction timeout', () => {
  it('stops a write held up longer than QUERY_TIMEOUT_MS with QUERY_TIMEOUT, leaving the fact and the log unchanged', async () => {
    const held = uniqueName('writes-timeout');
    const heldTarget = { dataset: held, jurisdiction: city };
    const slow = await startApi(testConfig({ QUERY_TIMEOUT_MS: '300' }), api.database);
    // A transaction of the test's own holds the activity's lock, so the API's correction waits on it
    // for as long as Neo4j lets it: the outcome does not depend on how fast the machine is.
    const session = api.database.driver.session();
    const blocker = await session.beginTransaction();
    try {
      dataOf(await as('editor', RECORD_ACTIVITY, { activity: activity('T1'), target: heldTarget }));
      await blocker.run('MATCH (activity:Activity {dataset: $held}) SET activity.heldByTest = true', { held });
      const response = await postGraphQL(
        slow.url,
        RECORD_ACTIVITY,
        { activity: activity('T1', '被阻塞的更正'), target: heldTarget },
        {
          token: await tokenFor('editor'),
        },
      );
      expect(response.errors?.[0]?.extensions?.code, JSON.stringify(response.errors)).toBe('QUERY_TIMEOUT');
      await blocker.rollback();
      const [stored] = await api.database.read('MATCH (activity:Activity {dataset: $held}) RETURN activity.title AS title', { held });
      expect(stored).toEqual({ title: '调研座谈' });
      const recorded = await api.database.read(
        'MATCH (entry:AuditEntry) WHERE entry.variables CONTAINS $held RETURN entry.operation AS operation',
        { held },
      );
      expect(recorded).toEqual([{ operation: 'recordActivity' }]);
    } finally {
      if (blocker.isOpen()) await blocker.rollback();
      await session.close();
      await slow.server.close();
      await removeDataset(api.database, held).catch(() => undefined);
    }
  });
});
