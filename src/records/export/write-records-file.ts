import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { stringify } from 'csv-stringify/sync';
import { DATE_COLUMNS, SHEETS, type SheetKey } from '../records-format.ts';

/** A cell as written: text (lists already joined with 、), a number, or empty. */
export type RecordCell = string | number | null;
export type RecordsTable = Record<SheetKey, Array<Record<string, RecordCell>>>;

export interface WriteRecordsOptions {
  /** Header row in Chinese (default) or English keys; sheet and file names follow. */
  headers?: 'chinese' | 'english';
  /** Write date columns of a workbook as Excel date cells rather than `YYYY-MM-DD` text. */
  dateCells?: boolean;
}

export function emptyRecordsTable(): RecordsTable {
  return { organisations: [], people: [], activities: [], documents: [] };
}

function names(english: boolean) {
  return SHEETS.map((sheet) => ({
    sheet,
    title: english ? sheet.key : sheet.header,
    headers: sheet.columns.map((column) => (english ? column.key : column.header)),
  }));
}

/** Writes a workbook with exceljs's streaming writer, one sheet per kind, every sheet with its header row. */
export async function writeXlsxRecords(path: string, table: RecordsTable, options: WriteRecordsOptions = {}): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true, useStyles: true });
  for (const { sheet, title, headers } of names(options.headers === 'english')) {
    const worksheet = workbook.addWorksheet(title);
    worksheet.columns = sheet.columns.map((column, index) => ({
      header: headers[index],
      key: column.key,
      width: Math.max(12, Array.from(headers[index] ?? '').length * 2 + 4),
      ...(options.dateCells === true && DATE_COLUMNS.has(column.key) ? { style: { numFmt: 'yyyy-mm-dd' } } : {}),
    }));
    for (const row of table[sheet.key]) {
      const values: Record<string, unknown> = {};
      for (const column of sheet.columns) {
        const value = row[column.key] ?? null;
        values[column.key] =
          options.dateCells === true && DATE_COLUMNS.has(column.key) && typeof value === 'string' && value !== ''
            ? new Date(`${value}T00:00:00Z`)
            : value;
      }
      worksheet.addRow(values).commit();
    }
    worksheet.commit();
  }
  await workbook.commit();
}

/** Writes one `.csv` per sheet into a folder (UTF-8 with a byte order mark, so Excel reads the Chinese). */
export async function writeCsvRecords(folder: string, table: RecordsTable, options: WriteRecordsOptions = {}): Promise<void> {
  await mkdir(folder, { recursive: true });
  for (const { sheet, title, headers } of names(options.headers === 'english')) {
    const rows = table[sheet.key].map((row) => sheet.columns.map((column) => row[column.key] ?? ''));
    const text = stringify([headers, ...rows], { record_delimiter: '\n' });
    await writeFile(join(folder, `${title}.csv`), `\uFEFF${text}`, 'utf8');
  }
}

/** The JSON form: `{ "organisations": [...], ... }` with English keys; empty cells left out. */
export function recordsTableToJson(table: RecordsTable): Record<SheetKey, Array<Record<string, string | number>>> {
  const result = {} as Record<SheetKey, Array<Record<string, string | number>>>;
  for (const sheet of SHEETS) {
    result[sheet.key] = table[sheet.key].map((row) => {
      const item: Record<string, string | number> = {};
      for (const column of sheet.columns) {
        const value = row[column.key];
        if (value !== null && value !== undefined && value !== '') item[column.key] = value;
      }
      return item;
    });
  }
  return result;
}

export async function writeJsonRecords(path: string, table: RecordsTable): Promise<void> {
  await writeFile(path, `${JSON.stringify(recordsTableToJson(table), null, 2)}\n`, 'utf8');
}
