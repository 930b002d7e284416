import ExcelJS from 'exceljs';
import { ErrorCode, LiaisonError } from '../../errors/index.ts';
import { DATE_COLUMNS, sheetDefinition } from '../records-format.ts';
import { checkRequiredColumns, emptyRawRecords, isBlankRow, mapHeader, openSheet, type RawRecords, type RawValue } from './raw-records.ts';

/** A cell of exceljs as plain text, number, boolean or Date (rich text, formulas and links unwrapped). */
export function excelCellValue(value: unknown): RawValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if (typeof value === 'object') {
    const cell = value as { richText?: Array<{ text: string }>; result?: unknown; text?: unknown; error?: unknown };
    if (Array.isArray(cell.richText)) return cell.richText.map((part) => part.text).join('');
    if ('result' in cell) return excelCellValue(cell.result);
    if (typeof cell.text === 'string') return cell.text;
    if (cell.error !== undefined) return String(cell.error);
  }
  return String(value);
}

/** Days from Excel's day 0 (1899-12-30, in the 1900 date system) to 1970-01-01. */
const EXCEL_UNIX_EPOCH_DAYS = 25_569;

/** The date of an Excel date serial (45000 → 2023-03-15): what a date cell holds under its number format. */
export function excelSerialDate(serial: number): Date {
  return new Date(Math.round((serial - EXCEL_UNIX_EPOCH_DAYS) * 86_400_000));
}

/** A cell of a date column: a number there is a date serial (a date cell whose format is not a date one). */
function dateCell(value: RawValue): RawValue {
  return typeof value === 'number' && Number.isFinite(value) ? excelSerialDate(value) : value;
}

function headerText(value: RawValue): string {
  return value === null ? '' : value instanceof Date ? value.toISOString() : String(value);
}

/**
 * Reads a workbook with exceljs. The whole workbook is loaded, not streamed: exceljs's streaming
 * reader (4.4) proved unreliable on workbooks whose zip entries come in another order than Excel's
 * (exceljs's own writer orders them differently from run to run). At random it named a sheet
 * `Sheet<N>`, read a date cell as its serial number, handed over text cells as unresolved
 * shared-string references, failed inside its styles, or ended without the workbook's list of
 * sheets; a reader that can lose part of a workbook cannot be trusted with an import (exceljs issues
 * #2663, #2790, #3025). The first non-empty row of a sheet is its header.
 */
export async function readXlsxRecords(path: string): Promise<RawRecords> {
  return readWorkbook((workbook) => workbook.xlsx.readFile(path), path);
}

/** Reads a workbook held in memory (an upload), as `readXlsxRecords` reads one from disk; `label` names it in errors. */
export async function readXlsxBuffer(content: Uint8Array, label: string): Promise<RawRecords> {
  // exceljs declares its input as a Buffer of its own (an ArrayBuffer); at run time it takes Node's Buffer.
  const bytes = Buffer.from(content.buffer, content.byteOffset, content.byteLength) as unknown as Parameters<ExcelJS.Xlsx['load']>[0];
  return readWorkbook((workbook) => workbook.xlsx.load(bytes), label);
}

async function readWorkbook(load: (workbook: ExcelJS.Workbook) => Promise<unknown>, label: string): Promise<RawRecords> {
  const records = emptyRawRecords();
  const workbook = new ExcelJS.Workbook();
  try {
    await load(workbook);
  } catch (error) {
    throw new LiaisonError(ErrorCode.INVALID_INPUT_FILE, `${label}: not a readable .xlsx workbook (${(error as Error).message})`, {
      cause: error,
    });
  }
  for (const worksheet of workbook.worksheets) {
    const sheet = openSheet(records, worksheet.name);
    if (sheet === undefined) continue;
    let columnKeys: Array<string | undefined> | undefined;
    worksheet.eachRow({ includeEmpty: false }, (row) => {
      const values = (row.values as unknown[]).map(excelCellValue);
      if (columnKeys === undefined) {
        if (values.every((value) => value === null || headerText(value).trim() === '')) return;
        const definition = sheetDefinition(sheet.key);
        const headers = values.slice(1).map(headerText);
        columnKeys = mapHeader(definition, headers, records, row.number);
        checkRequiredColumns(definition, new Set(columnKeys.filter((key) => key !== undefined)), records, row.number);
        return;
      }
      const cells: Record<string, RawValue> = {};
      columnKeys.forEach((key, index) => {
        if (key === undefined) return;
        const value = values[index + 1] ?? null;
        cells[key] = DATE_COLUMNS.has(key) ? dateCell(value) : value;
      });
      if (isBlankRow(cells)) return;
      sheet.rows.push({ row: row.number, cells });
      records.rowCount += 1;
    });
  }
  return records;
}
