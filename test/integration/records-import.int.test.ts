import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, ensureSchema } from '../../src/db/index.ts';
import {
  importRecordsFromPath,
  formatRecordError,
  emptyRecordsTable,
  writeCsvRecords,
  writeXlsxRecords,
  type RecordsTable,
} from '../../src/records/index.ts';
import { openTestDatabase } from '../support/test-database.ts';
import { createRecordsWorld, removeRecordsWorld, uniqueName } from '../support/records-world.ts';

const jurisdiction = uniqueName('记录导入市');
const datasetPrefix = uniqueName('records-import-');
let database: Database;
let folder: string;

function dataset(name: string): string {
  return `${datasetPrefix}-${name}`;
}

/** A small year of records; `tag` keeps document numbers unique to this file. */
function records(tag: string): RecordsTable {
  const table = emptyRecordsTable();
  table.organisations.push({ name: '市测试局', type: '部门', fullName: '资阳市测试局', aliases: '市测局' });
  table.people.push(
    { name: '张三', organisation: '市发改委', role: '主要负责人', section: null, party: null, from: '2031-01-01', to: null },
    {
      name: '李四',
      organisation: '资阳市发展和改革委员会',
      role: '分管领导',
      section: '综合科',
      party: null,
      from: '2031-01-01',
      to: null,
    },
    { name: '王五', organisation: '市测局', role: '特约监督员', section: null, party: '民盟', from: '2031-02-01', to: '2031-12-31' },
    { name: '李东', organisation: '市政府', role: '常务副市长', section: null, party: null, from: '2031-01-01', to: null },
  );
  table.activities.push({
    id: null,
    date: '2031-03-15',
    kind: '座谈会',
    title: '民主党派座谈会',
    organiser: '市政府',
    chair: '李  东',
    participants: '张三、王善平',
    counterparts: '民盟、九三学社',
  });
  table.documents.push({
    number: `测府发〔2031〕${tag}号`,
    title: '政策',
    issuer: '市政府',
    issuedAt: '2031-02-01',
    kind: '政策性文件',
    year: null,
    recipients: '民盟；市工商联',
  });
  return table;
}

async function countStated(name: string): Promise<number> {
  const [row] = await database.read(
    `MATCH (node) WHERE any(source IN coalesce(node.sources, []) WHERE source STARTS WITH $prefix) RETURN count(node) AS count`,
    { prefix: `${name}|` },
  );
  return Number(row?.count ?? 0);
}

beforeAll(async () => {
  database = await openTestDatabase();
  await ensureSchema(database);
  await createRecordsWorld(database, jurisdiction);
  folder = await mkdtemp(join(tmpdir(), 'records-import-'));
});

afterAll(async () => {
  await removeRecordsWorld(database, jurisdiction, datasetPrefix);
  await database.close();
  await rm(folder, { recursive: true, force: true });
});

describe('importing records', () => {
  it('writes a workbook with Chinese headers and Excel date cells, then reports a second import as unchanged', async () => {
    const path = join(folder, 'year.xlsx');
    await writeXlsxRecords(path, records('1'), { dateCells: true });
    const first = await importRecordsFromPath(database, path, { jurisdiction, dataset: dataset('xlsx') });
    expect(first.errors).toEqual([]);
    expect(first.counts).toMatchObject({
      organisations: { created: 1, updated: 0, unchanged: 0 },
      people: { created: 3, updated: 0, unchanged: 0 },
      roles: { created: 4, updated: 0, unchanged: 0 },
      activities: { created: 1, updated: 0, unchanged: 0 },
      documents: { created: 1, updated: 0, unchanged: 0 },
    });
    const second = await importRecordsFromPath(database, path, { jurisdiction, dataset: dataset('xlsx') });
    expect(second.counts).toMatchObject({
      organisations: { created: 0, updated: 0, unchanged: 1 },
      people: { created: 0, updated: 0, unchanged: 3 },
      roles: { created: 0, updated: 0, unchanged: 4 },
      activities: { created: 0, updated: 0, unchanged: 1 },
      documents: { created: 0, updated: 0, unchanged: 1 },
    });
    const [role] = await database.read(
      `MATCH (:Person {key: $person})-[:HOLDS]->(role:Role)-[:AT]->(department:Department)
       RETURN role.kind AS kind, role.validFrom AS validFrom, role.dataset AS dataset, role.sourceSheet AS sheet, role.sourceRow AS row, department.name AS department`,
      { person: `${jurisdiction}/市发展改革委/张三` },
    );
    expect(role).toEqual({
      kind: 'HEAD',
      validFrom: '2031-01-01',
      dataset: dataset('xlsx'),
      sheet: 'people',
      row: 2,
      department: '市发展改革委',
    });
  });

  it('resolves aliases and full names of departments, counterparts and leaders', async () => {
    const rows = await database.read(
      `MATCH (activity:Activity {key: $key})
       RETURN [(leader)-[:CHAIRED]->(activity) | leader.name] AS chairs,
              [(counterpart:Counterpart)-[:PARTICIPATED_IN]->(activity) | counterpart.name] AS counterparts,
              [(supervisor:Person {name: '王五'})-[:HOLDS]->(role)-[:OF_PARTY]->(party) | [role.kind, party.name]] AS supervisor,
              [(person:Person {name: '李四'})-[:HOLDS]->()-[link:AT]->(department) | [department.name, link.sourceRow]] AS at`,
      { key: `${jurisdiction}/2031-03-15/市政府/民主党派座谈会` },
    );
    expect(rows[0]?.chairs).toEqual(['李东']);
    expect((rows[0]?.counterparts as string[] | undefined)?.sort()).toEqual(['九三学社资阳市委会', '民盟资阳市委会']);
    expect(rows[0]?.supervisor).toEqual([['SPECIAL_SUPERVISOR', '民盟资阳市委会']]);
    expect(rows[0]?.at).toEqual([['市发展改革委', 3]]);
  });

  it('reads the same records from CSV files with English headers as unchanged', async () => {
    const csvFolder = join(folder, 'year-csv');
    await writeCsvRecords(csvFolder, records('1'), { headers: 'english' });
    const result = await importRecordsFromPath(database, csvFolder, { jurisdiction, dataset: dataset('xlsx') });
    expect(result.errors).toEqual([]);
    expect(Object.values(result.counts ?? {}).map((count) => count.created + count.updated)).toEqual([0, 0, 0, 0, 0]);
  });

  it('writes nothing when one row of the last sheet is wrong, and lists the error', async () => {
    const table = records('2');
    table.documents.push({
      number: '测府发〔2031〕99号',
      title: null,
      issuer: '市发改局',
      issuedAt: '2031-04-01',
      kind: 'BRIEF',
      year: null,
      recipients: null,
    });
    const path = join(folder, 'atomic.xlsx');
    await writeXlsxRecords(path, table);
    const result = await importRecordsFromPath(database, path, { jurisdiction, dataset: dataset('atomic') });
    expect(result.errors.map(formatRecordError)).toEqual([
      'documents:3:issuer: unknown organisation "市发改局" (did you mean 市发展改革委?)',
    ]);
    expect(result.counts).toBeNull();
    expect(await countStated(dataset('atomic'))).toBe(0);
    const datasets = await database.read('MATCH (dataset:Dataset {name: $name}) RETURN dataset', { name: dataset('atomic') });
    expect(datasets).toEqual([]);
  });

  it('writes nothing on a dry run but counts what it would do', async () => {
    const path = join(folder, 'dry.json');
    await writeFile(path, JSON.stringify({ people: [{ name: '赵六', organisation: '市司法局', role: 'HEAD', from: '2031-01-01' }] }));
    const result = await importRecordsFromPath(database, path, { jurisdiction, dataset: dataset('dry'), dryRun: true });
    expect(result.counts?.people.created).toBe(1);
    expect(await countStated(dataset('dry'))).toBe(0);
  });

  it('withdraws what a dataset no longer states when it is imported again', async () => {
    const path = join(folder, 'shrinking.json');
    const rows = [
      { name: '钱七', organisation: '市司法局', role: 'HEAD', from: '2031-01-01' },
      { name: '孙八', organisation: '市司法局', role: 'LIAISON_OFFICER', from: '2031-01-01' },
    ];
    await writeFile(path, JSON.stringify({ people: rows }));
    await importRecordsFromPath(database, path, { jurisdiction, dataset: dataset('shrinking') });
    await writeFile(path, JSON.stringify({ people: rows.slice(0, 1) }));
    const result = await importRecordsFromPath(database, path, { jurisdiction, dataset: dataset('shrinking') });
    expect(result.counts).toMatchObject({ people: { unchanged: 1, removed: 1 }, roles: { unchanged: 1, removed: 1 } });
    const left = await database.read(
      'MATCH (person:Person {name: $name})-[:IN_JURISDICTION]->(:Jurisdiction {name: $jurisdiction}) RETURN person',
      {
        name: '孙八',
        jurisdiction,
      },
    );
    expect(left).toEqual([]);
  });
});
