import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  openRecordsSource,
  readRecords,
  excelSerialDate,
  validateRecords,
  emptyRecordsTable,
  writeCsvRecords,
  writeXlsxRecords,
} from '../../../src/records/index.ts';

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'records-read-'));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

function sampleTable() {
  const table = emptyRecordsTable();
  table.people.push({
    name: '张三',
    organisation: '市发展改革委',
    role: '主要负责人',
    section: '办公室',
    party: null,
    from: '2023-01-01',
    to: '2023-06-30',
  });
  table.activities.push({
    id: null,
    date: '2023-03-15',
    kind: '座谈会',
    title: '民主党派座谈会',
    organiser: '市政府',
    chair: '李东',
    participants: '张三、王善平',
    counterparts: '民盟',
  });
  return table;
}

describe('reading records files', () => {
  it('reads a workbook with Chinese headers and Excel date cells', async () => {
    const path = join(folder, 'dates.xlsx');
    await writeXlsxRecords(path, sampleTable(), { headers: 'chinese', dateCells: true });
    const raw = await readRecords(path);
    expect(raw.errors).toEqual([]);
    expect(raw.sheets.people?.rows[0]?.cells.from).toBeInstanceOf(Date);
    const { records, errors } = validateRecords(raw);
    expect(errors).toEqual([]);
    expect(records.people[0]).toMatchObject({ row: 2, name: '张三', role: 'HEAD', from: '2023-01-01', to: '2023-06-30' });
    expect(records.activities[0]).toMatchObject({ row: 2, date: '2023-03-15', kind: 'SYMPOSIUM', participants: ['张三', '王善平'] });
  });

  it('reads numbers in a date column of a workbook as Excel date serials', async () => {
    const path = join(folder, 'serials.xlsx');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('活动');
    sheet.addRow(['日期', '类型', '名称', '主办单位']);
    sheet.addRow([45000, '座谈会', '民主党派座谈会', '市政府']);
    await workbook.xlsx.writeFile(path);
    const raw = await readRecords(path);
    expect(raw.errors).toEqual([]);
    expect(raw.sheets.activities?.rows[0]?.cells.date).toEqual(new Date('2023-03-15T00:00:00Z'));
    expect(validateRecords(raw).records.activities[0]).toMatchObject({ row: 2, date: '2023-03-15', kind: 'SYMPOSIUM' });
  });

  it('hands over the sheets of a workbook in the format order, whatever order the workbook keeps them in', async () => {
    const path = join(folder, 'order.xlsx');
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('活动').addRows([
      ['日期', '类型', '名称', '主办单位', '参加人员'],
      ['2023-03-15', '座谈会', '座谈会', '市测试局', '赵六'],
    ]);
    workbook.addWorksheet('人员').addRows([
      ['姓名', '单位', '职务'],
      ['赵六', '市测试局', '主要负责人'],
    ]);
    workbook.addWorksheet('单位').addRows([
      ['名称', '类型'],
      ['市测试局', '部门'],
    ]);
    await workbook.xlsx.writeFile(path);
    const sheets: string[] = [];
    for await (const chunk of (await openRecordsSource(path)).chunks([]))
      sheets.push(`${chunk.sheet}:${chunk.rows.map((row) => row.row).join(',')}`);
    expect(sheets).toEqual(['organisations:2', 'people:2', 'activities:2']);
  });

  it('gives Excel date serials the dates Excel shows', () => {
    expect(excelSerialDate(1).toISOString()).toBe('1899-12-31T00:00:00.000Z');
    expect(excelSerialDate(25_569).toISOString()).toBe('1970-01-01T00:00:00.000Z');
    expect(excelSerialDate(45_000).toISOString()).toBe('2023-03-15T00:00:00.000Z');
    expect(excelSerialDate(45_000.5).toISOString()).toBe('2023-03-15T12:00:00.000Z');
  });

  it('reads a folder of CSV files with English headers and a byte order mark', async () => {
    const csvFolder = join(folder, 'english-csv');
    await writeCsvRecords(csvFolder, sampleTable(), { headers: 'english' });
    const raw = await readRecords(csvFolder);
    expect(raw.errors).toEqual([]);
    const { records } = validateRecords(raw);
    expect(records.people[0]).toMatchObject({ row: 2, organisation: '市发展改革委', section: '办公室', to: '2023-06-30' });
  });

  it('accepts a date typed as an Excel day number', async () => {
    const path = join(folder, 'serial.xlsx');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('人员');
    sheet.addRow(['姓名', '单位', '职务', '起始日期']);
    sheet.addRow(['张三', '市发展改革委', 'HEAD', 44927]);
    await workbook.xlsx.writeFile(path);
    const { records } = validateRecords(await readRecords(path));
    expect(records.people[0]?.from).toBe('2023-01-01');
  });

  it('reports a missing required column and an unknown column of a CSV file', async () => {
    const csvFolder = join(folder, 'bad-csv');
    await writeCsvRecords(csvFolder, emptyRecordsTable());
    await writeFile(join(csvFolder, '人员.csv'), '姓名,职务,电话\n张三,HEAD,123\n', 'utf8');
    const raw = await readRecords(csvFolder);
    expect(raw.errors.map((error) => `${error.sheet}:${error.row}:${error.column}: ${error.message}`)).toEqual([
      'people:1:电话: unknown column "电话" (columns are name/姓名, organisation/单位, role/职务, section/责任科室, party/党派, from/起始日期, to/终止日期)',
      'people:1:organisation: missing required column "organisation" (单位)',
    ]);
  });

  it('refuses a path that is neither a workbook, a folder nor JSON', async () => {
    const path = join(folder, 'records.txt');
    await writeFile(path, 'x');
    await expect(readRecords(path)).rejects.toThrow(
      "records are read from a .xlsx workbook, a folder of .csv files, one sheet's .csv file or a .json file",
    );
  });
});
