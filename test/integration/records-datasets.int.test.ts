import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, ensureSchema } from '../../src/db/index.ts';
import {
  listDatasets,
  removeDataset,
  exportRecords,
  exportRecordsTable,
  importRecordsFromPath,
  readRecords,
} from '../../src/records/index.ts';
import { openTestDatabase } from '../support/test-database.ts';
import { createRecordsWorld, removeRecordsWorld, uniqueName } from '../support/records-world.ts';

const jurisdiction = uniqueName('记录数据集市');
const datasetPrefix = uniqueName('records-datasets-');
const tag = datasetPrefix.slice(-8);
let database: Database;
let folder: string;

const shared = { name: '钱七', organisation: '市司法局', role: 'HEAD', from: '2032-01-01' };
const onlyA = { name: '孙八', organisation: '市司法局', role: 'LIAISON_OFFICER', section: '办公室', from: '2032-01-01' };
const declaration = { name: '市司法局', type: 'DEPARTMENT' };

async function importJson(name: string, records: unknown): Promise<void> {
  const path = join(folder, `${name}.json`);
  await writeFile(path, JSON.stringify(records));
  const result = await importRecordsFromPath(database, path, { jurisdiction, dataset: `${datasetPrefix}-${name}` });
  expect(result.errors).toEqual([]);
}

async function people(): Promise<string[]> {
  const rows = await database.read(
    `MATCH (person:Person)-[:IN_JURISDICTION]->(:Jurisdiction {name: $jurisdiction})
     OPTIONAL MATCH (person)-[:HOLDS]->(role:Role)
     RETURN person.name + ':' + coalesce(role.kind, '-') + ':' + coalesce(role.dataset, '-') AS line`,
    { jurisdiction },
  );
  return rows.map((row) => String(row.line)).sort();
}

beforeAll(async () => {
  database = await openTestDatabase();
  await ensureSchema(database);
  await createRecordsWorld(database, jurisdiction);
  folder = await mkdtemp(join(tmpdir(), 'records-datasets-'));
});

afterAll(async () => {
  await removeRecordsWorld(database, jurisdiction, datasetPrefix);
  await database.close();
  await rm(folder, { recursive: true, force: true });
});

describe('datasets', () => {
  it('lists datasets and removes one without touching what another dataset or the notice also states', async () => {
    await importJson('a', { organisations: [declaration], people: [shared, onlyA] });
    await importJson('b', { people: [shared] });
    const names = (await listDatasets(database)).filter((item) => item.name.startsWith(datasetPrefix));
    expect(names.map((item) => [item.name, item.people, item.roles])).toEqual([
      [`${datasetPrefix}-a`, 2, 2],
      [`${datasetPrefix}-b`, 1, 1],
    ]);
    const removal = await removeDataset(database, `${datasetPrefix}-a`);
    expect(removal).toEqual({ dataset: `${datasetPrefix}-a`, deleted: 2, kept: 2 });
    expect(await people()).toEqual([`钱七:HEAD:${datasetPrefix}-b`]);
    const [department] = await database.read('MATCH (department:Department {key: $key}) RETURN department.name AS name', {
      key: `${jurisdiction}/市司法局`,
    });
    expect(department).toEqual({ name: '市司法局' });
    await removeDataset(database, `${datasetPrefix}-b`);
    expect(await people()).toEqual([]);
    await expect(removeDataset(database, `${datasetPrefix}-b`)).rejects.toThrow(`dataset "${datasetPrefix}-b" does not exist`);
  });

  it('exports records that import back unchanged, as JSON, CSV and a workbook', async () => {
    await importJson('export', {
      organisations: [{ name: '市测试局', type: '部门', fullName: '资阳市测试局', aliases: ['市测局'] }],
      people: [
        shared,
        onlyA,
        { name: '周明远', organisation: '市测局', role: '特约监督员', party: '民盟', from: '2032-02-01', to: '2032-12-31' },
      ],
      activities: [
        {
          id: `E-${tag}`,
          date: '2032-03-15',
          kind: '执法检查',
          title: '执法检查',
          organiser: '市司法局',
          participants: '钱七、王善平',
          counterparts: '民盟、工商联',
        },
      ],
      documents: [
        {
          number: `测司发〔2032〕${tag}号`,
          title: '办法',
          issuer: '市司法局',
          issuedAt: '2032-02-01',
          kind: '政策法规性文件',
          recipients: '民盟',
        },
      ],
    });
    const dataset = `${datasetPrefix}-export`;
    for (const format of ['json', 'csv', 'xlsx'] as const) {
      const first = join(folder, `first-${format}${format === 'csv' ? '' : `.${format}`}`);
      const table = await exportRecords(database, format, first, { jurisdiction, dataset, year: 2032 });
      expect(table.people).toHaveLength(3);
      const result = await importRecordsFromPath(database, first, { jurisdiction, dataset: `${dataset}-again-${format}` });
      expect(result.errors).toEqual([]);
      const again = await exportRecordsTable(database, { jurisdiction, dataset: `${dataset}-again-${format}` });
      expect(again).toEqual(table);
      if (format === 'json') {
        const second = join(folder, 'second.json');
        await exportRecords(database, 'json', second, { jurisdiction, dataset: `${dataset}-again-json` });
        expect(await readFile(second, 'utf8')).toBe(await readFile(first, 'utf8'));
      } else {
        expect((await readRecords(first)).errors).toEqual([]);
      }
    }
  });
});
