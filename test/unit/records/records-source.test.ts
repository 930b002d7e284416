import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateActivityRows, writeGeneratedActivityCsv } from '../../../bench/import-benchmark.ts';
import {
  csvFolderSource,
  rawRecordsFromObject,
  type RecordError,
  CHUNK_ROWS,
  chunksOf,
  collectRecords,
  recordsInMemory,
  type RecordsSource,
  type SheetChunk,
} from '../../../src/records/index.ts';

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'records-source-'));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** A fresh folder under the test's temporary folder, with the given files. */
async function csvFolder(name: string, files: Record<string, string>): Promise<string> {
  const path = join(folder, name);
  await mkdir(path, { recursive: true });
  for (const [file, text] of Object.entries(files)) await writeFile(join(path, file), text, 'utf8');
  return path;
}

/** Every chunk of one read of a source, with the problems that read reported. */
async function readAll(source: RecordsSource): Promise<{ chunks: SheetChunk[]; problems: RecordError[] }> {
  const problems: RecordError[] = [];
  const chunks: SheetChunk[] = [];
  for await (const chunk of source.chunks(problems)) chunks.push(chunk);
  return { chunks, problems };
}

describe('a folder of CSV files as a records source', () => {
  it('yields the sheets in the format order whatever the file names sort as, numbering rows by CSV line', async () => {
    // Sorted by name these are activities.csv, organisations.csv, 人员.csv, 文件.csv.
    const path = await csvFolder('order', {
      'activities.csv':
        'id,date,kind,title,organiser\nA-1,2031-03-15,座谈会,座谈会一,市政府\n\n,,,,\nA-2,2031-04-01,OTHER,活动二,市政府办公室\n',
      'organisations.csv': 'name,type\n市测试局,部门\n',
      '人员.csv': '姓名,单位,职务\n张三,市发改委,主要负责人\n李四,市司法局,联络人员\n',
      '文件.csv': '文号,发文单位,发文日期,类别\n测〔2031〕1号,市政府,2031-02-01,通知\n',
    });
    const { chunks, problems } = await readAll(csvFolderSource(path));
    expect(problems).toEqual([]);
    expect(chunks.map((chunk) => chunk.sheet)).toEqual(['organisations', 'people', 'activities', 'documents']);
    const people = chunks.find((chunk) => chunk.sheet === 'people');
    expect(people?.rows).toEqual([
      { row: 2, cells: { name: '张三', organisation: '市发改委', role: '主要负责人' } },
      { row: 3, cells: { name: '李四', organisation: '市司法局', role: '联络人员' } },
    ]);
    // The empty line 3 and the line of empty cells 4 are skipped; the next row keeps its line number 5.
    const activities = chunks.find((chunk) => chunk.sheet === 'activities');
    expect(activities?.rows.map((row) => [row.row, row.cells.id])).toEqual([
      [2, 'A-1'],
      [5, 'A-2'],
    ]);
  });

  it('numbers a row whose quoted cell spans two lines by the line it starts on', async () => {
    const path = await csvFolder('multi-line', {
      'activities.csv': 'id,date,kind,title,organiser\nA-1,2031-03-15,OTHER,"第一行\n第二行",市政府\nA-2,2031-04-01,OTHER,活动二,市政府\n',
    });
    const { chunks } = await readAll(csvFolderSource(path));
    expect(chunks[0]?.rows.map((row) => [row.row, row.cells.id])).toEqual([
      [2, 'A-1'],
      [4, 'A-2'],
    ]);
  });

  it('hands a sheet of more than CHUNK_ROWS rows over in several contiguous, complete chunks', async () => {
    const rows = 2 * CHUNK_ROWS + 1;
    const path = join(folder, 'large');
    await writeGeneratedActivityCsv(path, rows, 'unit', '市政府办公室', ['民盟']);
    const { chunks, problems } = await readAll(csvFolderSource(path));
    expect(problems).toEqual([]);
    expect(chunks.map((chunk) => [chunk.sheet, chunk.rows.length])).toEqual([
      ['activities', CHUNK_ROWS],
      ['activities', CHUNK_ROWS],
      ['activities', 1],
    ]);
    const all = chunks.flatMap((chunk) => chunk.rows);
    expect(all.every((row, index) => row.row === index + 2 && row.cells.id === `bench-unit-${index}`)).toBe(true);
    const lastOfFirst = chunks[0]?.rows.at(-1);
    const firstOfSecond = chunks[1]?.rows[0];
    expect(lastOfFirst).toEqual({
      row: CHUNK_ROWS + 1,
      cells: {
        id: `bench-unit-${CHUNK_ROWS - 1}`,
        date: '2099-09-12',
        kind: 'OTHER',
        title: `基准测试活动 ${CHUNK_ROWS - 1}`,
        organiser: '市政府办公室',
        counterparts: '民盟',
      },
    });
    expect(firstOfSecond).toMatchObject({
      row: CHUNK_ROWS + 2,
      cells: { id: `bench-unit-${CHUNK_ROWS}`, title: `基准测试活动 ${CHUNK_ROWS}` },
    });
    expect(chunks[2]?.rows).toMatchObject([{ row: rows + 1, cells: { id: `bench-unit-${rows - 1}` } }]);
  });

  it('yields the same rows when the same source is read twice', async () => {
    const path = join(folder, 'twice');
    await writeGeneratedActivityCsv(path, CHUNK_ROWS + 10, 'twice', '市政府', ['民盟', '工商联']);
    await writeFile(join(path, '人员.csv'), '姓名,单位,职务\n张三,市发改委,HEAD\n', 'utf8');
    const source = csvFolderSource(path);
    const first = await readAll(source);
    const second = await readAll(source);
    expect(first.chunks.map((chunk) => chunk.rows.length)).toEqual([1, CHUNK_ROWS, 10]);
    expect(second).toEqual(first);
  });

  it('reports an unknown sheet file and a sheet given twice, and reads the first file of that sheet', async () => {
    // Sorted: people.csv, remarks.csv, 人员.csv; notes.txt is not a CSV file and is ignored.
    const path = await csvFolder('problems', {
      'people.csv': 'name,organisation,role\n张三,市发改委,HEAD\n',
      'remarks.csv': 'text\n备注\n',
      '人员.csv': 'name,organisation,role\n李四,市司法局,HEAD\n',
      'notes.txt': 'not records',
    });
    const { chunks, problems } = await readAll(csvFolderSource(path));
    expect(problems).toEqual([
      {
        sheet: 'remarks',
        row: null,
        column: null,
        value: 'remarks',
        message: 'unknown sheet "remarks" (sheets are organisations/单位, people/人员, activities/活动, documents/文件)',
      },
      { sheet: 'people', row: null, column: null, value: '人员', message: 'sheet "人员" appears twice' },
    ]);
    expect(chunks).toEqual([{ sheet: 'people', rows: [{ row: 2, cells: { name: '张三', organisation: '市发改委', role: 'HEAD' } }] }]);
  });

  it('reports a column given twice in a header, in English and in Chinese', async () => {
    const path = await csvFolder('repeated-column', { '人员.csv': '姓名,name,单位,职务\n张三,张三,市发改委,HEAD\n' });
    const { chunks, problems } = await readAll(csvFolderSource(path));
    expect(problems).toEqual([{ sheet: 'people', row: 1, column: 'name', value: 'name', message: 'column "name" (姓名) appears twice' }]);
    expect(chunks[0]?.rows).toEqual([{ row: 2, cells: { name: '张三', organisation: '市发改委', role: 'HEAD' } }]);
  });
});

describe('records in memory as a records source', () => {
  it('collects back exactly the records it was given, problems included', async () => {
    const raw = rawRecordsFromObject({
      activities: [{ date: '2031-03-15', kind: 'OTHER', title: '活动', organiser: '市政府' }],
      people: [
        { name: '张三', organisation: '市发改委', role: 'HEAD', 电话: '123' },
        { name: '李四', organisation: '市司法局', role: 'MEMBER' },
      ],
    });
    expect(raw.errors).toHaveLength(1);
    const collected = await collectRecords(recordsInMemory(raw));
    expect(collected).toEqual(raw);
    expect(collected.rowCount).toBe(3);
  });

  it('hands sheets over in the format order, a chunk of at most CHUNK_ROWS rows at a time', async () => {
    const raw = generateActivityRows(2 * CHUNK_ROWS + 2, 'memory', '市政府', ['民盟']);
    raw.sheets.people = { key: 'people', rows: [{ row: 2, cells: { name: '张三', organisation: '市发改委', role: 'HEAD' } }] };
    const { chunks } = await readAll(recordsInMemory(raw));
    expect(chunks.map((chunk) => [chunk.sheet, chunk.rows.length, chunk.rows[0]?.row])).toEqual([
      ['people', 1, 2],
      ['activities', CHUNK_ROWS, 2],
      ['activities', CHUNK_ROWS, CHUNK_ROWS + 2],
      ['activities', 2, 2 * CHUNK_ROWS + 2],
    ]);
  });

  it('splits rows into chunks of the given size, the last one shorter', () => {
    const rows = [1, 2, 3, 4, 5].map((row) => ({ row, cells: { name: `n${row}` } }));
    expect([...chunksOf('people', rows, 2)].map((chunk) => chunk.rows.map((row) => row.row))).toEqual([[1, 2], [3, 4], [5]]);
    expect([...chunksOf('people', [], 2)]).toEqual([]);
  });
});
