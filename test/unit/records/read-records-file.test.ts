import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectRecords, emptyRecordsTable, readRecords, recordsFileSource, writeXlsxRecords } from '../../../src/records/index.ts';

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'records-file-'));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** A CSV as Excel saves it: byte order mark, CRLF, and here an empty line before the last record. */
const ACTIVITIES_CSV = '\uFEFF日期,类型,名称,主办单位\r\n2023-03-15,座谈会,座谈会甲,市政府\r\n\r\n2023-04-01,座谈会,座谈会乙,市政府\r\n';

describe('reading an uploaded records file', () => {
  it('reads a workbook held in memory exactly as the same workbook on disk', async () => {
    const table = emptyRecordsTable();
    table.activities.push({
      id: 'A1',
      date: '2023-03-15',
      kind: '座谈会',
      title: '座谈会甲',
      organiser: '市政府',
      chair: null,
      participants: null,
      counterparts: '民盟',
    });
    const path = join(folder, 'records.xlsx');
    await writeXlsxRecords(path, table);
    const uploaded = await collectRecords(await recordsFileSource('records.xlsx', await readFile(path)));
    expect(uploaded).toEqual(await readRecords(path));
    expect(uploaded.sheets.activities?.rows[0]?.row).toBe(2);
  });

  it("reads one sheet's CSV as the sheet its name says, each row numbered by its line in the file, as on disk", async () => {
    const path = join(folder, '活动.csv');
    await writeFile(path, ACTIVITIES_CSV);
    const uploaded = await collectRecords(await recordsFileSource('活动.csv', new TextEncoder().encode(ACTIVITIES_CSV)));
    expect(uploaded.sheets.activities?.rows.map((row) => [row.row, row.cells.title])).toEqual([
      [2, '座谈会甲'],
      [4, '座谈会乙'],
    ]);
    expect(uploaded.errors).toEqual([]);
    expect((await readRecords(path)).sheets).toEqual(uploaded.sheets);
  });

  it('names a CSV file whose name is no sheet, and refuses a file type it does not read', async () => {
    const unknown = await collectRecords(await recordsFileSource('名单.csv', new TextEncoder().encode(ACTIVITIES_CSV)));
    expect(unknown.errors).toEqual([expect.objectContaining({ sheet: '名单', row: null, column: null })]);
    expect(unknown.rowCount).toBe(0);
    await expect(recordsFileSource('记录.pdf', new Uint8Array())).rejects.toThrow(/^fileName: records are uploaded as/);
  });

  it('refuses bytes that are not a workbook, naming the file', async () => {
    await expect(recordsFileSource('损坏.xlsx', new TextEncoder().encode('not a zip'))).rejects.toMatchObject({
      code: 'INVALID_INPUT_FILE',
      message: expect.stringMatching(/^损坏\.xlsx: not a readable \.xlsx workbook/),
    });
  });
});
