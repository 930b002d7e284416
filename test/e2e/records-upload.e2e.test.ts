import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, ensureSchema } from '../../src/db/index.ts';
import { importRecordsFromPath } from '../../src/records/index.ts';
import { createRecordsWorld, graphSnapshot, removeRecordsWorld, uniqueName } from '../support/records-world.ts';
import { openTestDatabase, testConfig } from '../support/test-database.ts';
import { tokenFor } from '../support/test-tokens.ts';
import { dataOf, postGraphQL, type RunningApi, startApi } from './api-test-server.ts';

/**
 * The `importRecordsFile` mutation over HTTP: a records file uploaded as base64 is read by the same
 * readers as `npm run import` reads it from disk, so its errors name the same sheet, row and column,
 * and nothing is written while there is one. A jurisdiction of this file's own; the body cap is set
 * low so that the upload's exception to it is exercised.
 */
const jurisdiction = uniqueName('记录上传市');
const datasetPrefix = uniqueName('records-upload-');
const MAX_BODY_BYTES = 2_000;
let database: Database;
let api: RunningApi;
let folder: string;

const UPLOAD = `mutation Upload($fileName: String!, $contentBase64: String!, $dataset: String, $jurisdiction: String, $dryRun: Boolean) {
  importRecordsFile(fileName: $fileName, contentBase64: $contentBase64, dataset: $dataset, jurisdiction: $jurisdiction, dryRun: $dryRun) {
    ok dryRun dataset
    errors { sheet row column value message }
    counts { kind created updated unchanged removed }
  }
}`;

interface UploadResult {
  importRecordsFile: {
    ok: boolean;
    dryRun: boolean;
    dataset: string;
    errors: Array<{ sheet: string; row: number | null; column: string | null; value: string | null; message: string }>;
    counts: Array<{ kind: string; created: number; updated: number; unchanged: number; removed: number }>;
  };
}

async function upload(fileName: string, content: Uint8Array, options: { dataset: string; dryRun?: boolean; role?: 'viewer' | 'editor' }) {
  return postGraphQL<UploadResult, Record<string, unknown>>(
    api.url,
    UPLOAD,
    {
      fileName,
      contentBase64: Buffer.from(content).toString('base64'),
      dataset: options.dataset,
      jurisdiction,
      dryRun: options.dryRun ?? false,
    },
    { token: await tokenFor(options.role ?? 'editor') },
  );
}

async function datasetNames(): Promise<string[]> {
  const rows = await database.read('MATCH (dataset:Dataset) WHERE dataset.name STARTS WITH $prefix RETURN dataset.name AS name', {
    prefix: datasetPrefix,
  });
  return rows.map((row) => String(row.name)).sort();
}

const ACTIVITY_HEADER = ['编号', '日期', '类型', '名称', '主办单位', '参加党派'];
const GOOD_ACTIVITY = ['传-01', '2031-04-10', '座谈会', '上传的座谈会', '市政府', '民盟'];
const UNKNOWN_ORGANISER = ['传-02', '2031-05-10', '座谈会', '不应写入的座谈会', '市不存在局', '民盟'];

/** A workbook of one 活动 sheet: the header, a good row, an empty row, then `last` (its row is 4). */
async function workbookWith(last: string[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('活动');
  sheet.addRow(ACTIVITY_HEADER);
  sheet.addRow(GOOD_ACTIVITY);
  sheet.getRow(4).values = last;
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** A CSV as Excel saves it (byte order mark, CRLF), with an empty line before the last record. */
function csvWith(rows: string[][]): Uint8Array {
  const lines = rows.map((row) => row.join(','));
  lines.splice(lines.length - 1, 0, '');
  return new TextEncoder().encode(`\uFEFF${lines.join('\r\n')}\r\n`);
}

beforeAll(async () => {
  database = await openTestDatabase();
  await ensureSchema(database);
  await createRecordsWorld(database, jurisdiction);
  api = await startApi(testConfig({ MAX_BODY_BYTES: String(MAX_BODY_BYTES) }), database);
  folder = await mkdtemp(join(tmpdir(), 'records-upload-'));
});

afterAll(async () => {
  await api?.server.close();
  await removeRecordsWorld(database, jurisdiction, datasetPrefix);
  await database?.close();
  await rm(folder, { recursive: true, force: true });
});

describe('uploading a records file', () => {
  it("refuses a workbook with a bad row, naming the file's own sheet, row and column as npm run import does, and writes nothing", async () => {
    const content = await workbookWith(UNKNOWN_ORGANISER);
    expect(Buffer.from(content).toString('base64').length).toBeGreaterThan(MAX_BODY_BYTES);
    const before = await graphSnapshot(database, jurisdiction);
    const response = await upload('年度记录.xlsx', content, { dataset: `${datasetPrefix}-xlsx` });
    const result = dataOf(response).importRecordsFile;
    expect(result.ok).toBe(false);
    expect(result.counts).toEqual([]);
    expect(result.errors).toContainEqual(
      expect.objectContaining({ sheet: 'activities', row: 4, column: 'organiser', value: '市不存在局' }),
    );

    const path = join(folder, '年度记录.xlsx');
    await writeFile(path, content);
    const command = await importRecordsFromPath(database, path, { jurisdiction, dataset: `${datasetPrefix}-xlsx`, dryRun: true });
    expect(result.errors).toEqual(command.errors);
    expect(await graphSnapshot(database, jurisdiction)).toEqual(before);
    expect(await datasetNames()).toEqual([]);
  });

  it('refuses a CSV file with a bad date on the line npm run import names, then checks and imports a good one as its dataset', async () => {
    const badDate = [...UNKNOWN_ORGANISER.slice(0, 1), '2031-02-30', ...UNKNOWN_ORGANISER.slice(2, 4), '市政府', '民盟'];
    const bad = csvWith([ACTIVITY_HEADER, GOOD_ACTIVITY, badDate]);
    const before = await graphSnapshot(database, jurisdiction);
    const refused = dataOf(await upload('活动.csv', bad, { dataset: `${datasetPrefix}-csv` })).importRecordsFile;
    expect(refused.ok).toBe(false);
    // Header line 1, the good record line 2, an empty line 3: the bad record starts on line 4.
    expect(refused.errors).toEqual([expect.objectContaining({ sheet: 'activities', row: 4, column: 'date', value: '2031-02-30' })]);
    await mkdir(join(folder, 'csv'), { recursive: true });
    await writeFile(join(folder, 'csv', '活动.csv'), bad);
    const command = await importRecordsFromPath(database, join(folder, 'csv'), {
      jurisdiction,
      dataset: `${datasetPrefix}-csv`,
      dryRun: true,
    });
    expect(refused.errors).toEqual(command.errors);
    expect(await graphSnapshot(database, jurisdiction)).toEqual(before);

    const good = csvWith([ACTIVITY_HEADER, GOOD_ACTIVITY]);
    const checked = dataOf(await upload('活动.csv', good, { dataset: `${datasetPrefix}-csv`, dryRun: true })).importRecordsFile;
    expect(checked).toMatchObject({ ok: true, dryRun: true, errors: [] });
    expect(checked.counts.find((count) => count.kind === 'activities')).toMatchObject({ created: 1 });
    expect(await graphSnapshot(database, jurisdiction)).toEqual(before);
    expect(await datasetNames()).toEqual([]);

    const imported = dataOf(await upload('活动.csv', good, { dataset: `${datasetPrefix}-csv` })).importRecordsFile;
    expect(imported).toMatchObject({ ok: true, dryRun: false, dataset: `${datasetPrefix}-csv` });
    expect(imported.counts).toEqual(checked.counts);
    expect(await datasetNames()).toEqual([`${datasetPrefix}-csv`]);
    const [activity] = await database.read(
      `MATCH (activity:Activity {id: '传-01'})-[:IN_JURISDICTION]->(:Jurisdiction {name: $jurisdiction}) RETURN activity.title AS title`,
      { jurisdiction },
    );
    expect(activity?.title).toBe('上传的座谈会');
  });

  it('names an unknown sheet, an unreadable workbook, text that is not base64 and a file type it does not read, and needs an editor', async () => {
    const dataset = `${datasetPrefix}-refused`;
    const sheet = dataOf(await upload('名单.csv', csvWith([ACTIVITY_HEADER, GOOD_ACTIVITY]), { dataset })).importRecordsFile;
    expect(sheet.errors).toEqual([expect.objectContaining({ sheet: '名单', row: null, column: null })]);
    const unreadable = await upload('损坏.xlsx', new TextEncoder().encode('not a zip'), { dataset });
    expect(unreadable.errors?.[0]?.extensions?.code).toBe('INVALID_INPUT_FILE');
    expect(unreadable.errors?.[0]?.message).toMatch(/^损坏\.xlsx: not a readable \.xlsx workbook/);
    const notBase64 = await postGraphQL(
      api.url,
      UPLOAD,
      { fileName: '活动.csv', contentBase64: '这不是 base64', dataset, jurisdiction },
      { token: await tokenFor('editor') },
    );
    expect(notBase64.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(notBase64.errors?.[0]?.message).toMatch(/^contentBase64:/);
    const pdf = await upload('记录.pdf', new TextEncoder().encode('%PDF'), { dataset });
    expect(pdf.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(pdf.errors?.[0]?.message).toMatch(/^fileName:/);
    const viewer = await upload('活动.csv', csvWith([ACTIVITY_HEADER, GOOD_ACTIVITY]), { dataset, role: 'viewer' });
    expect(viewer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await datasetNames()).toEqual([`${datasetPrefix}-csv`]);
  });

  it('lets only an upload alone past MAX_BODY_BYTES: the same body with a second field is refused with 413', async () => {
    const padding = 'x'.repeat(MAX_BODY_BYTES);
    const alone = await upload('活动.csv', csvWith([ACTIVITY_HEADER, GOOD_ACTIVITY, [padding, '', '', '', '', '']]), {
      dataset: `${datasetPrefix}-csv`,
      dryRun: true,
    });
    expect(alone.status).toBe(200);
    const withSecondField = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await tokenFor('editor')}` },
      body: JSON.stringify({
        query: `mutation ($c: String!) { importRecordsFile(fileName: "活动.csv", contentBase64: $c, dryRun: true) { ok } removeDataset(name: "x") { dataset } }`,
        variables: { c: Buffer.from(padding).toString('base64') },
      }),
    });
    expect(withSecondField.status).toBe(413);
  });
});
