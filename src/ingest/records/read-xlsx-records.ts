import ExcelJS from 'exceljs';
import { ErrorCode, LiaisonError } from '../../errors/liaison-error.ts';
import { recordError, type RecordError } from './record-error.ts';
import { findSheet, SHEETS, sheetDefinition, type SheetKey } from './records-format.ts';
import { checkRequiredColumns, emptyRawRecords, isBlankRow, mapHeader, SHEET_NAMES_HINT, type RawRecords, type RawRow, type RawValue } from './raw-records.ts';
import { CHUNK_ROWS, collectRecords, type RecordsSource, type SheetChunk } from './records-source.ts';

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

function headerText(value: RawValue): string {
  return value === null ? '' : value instanceof Date ? value.toISOString() : String(value);
}

function unreadable(path: string, error: unknown): LiaisonError {
  return new LiaisonError(ErrorCode.INVALID_INPUT_FILE, `${path}: not a readable .xlsx workbook (${(error as Error).message})`, { cause: error });
}

/** What exceljs's streaming reader exposes once a workbook is read (not in its type definitions). */
interface ReaderInternals {
  model?: { sheets?: Array<{ name: string; rId: string }> };
  workbookRels?: Array<{ Id: string; Target: string }>;
}

/**
 * The sheet names of a workbook by worksheet file number (`xl/worksheets/sheet3.xml` → 3), read
 * from the workbook's own list. exceljs's streaming reader names a worksheet `Sheet<N>` when it
 * meets the worksheet before that list (zip entries come in any order), so the names are read first.
 */
async function worksheetNames(path: string): Promise<Map<string, string>> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, { worksheets: 'ignore', sharedStrings: 'ignore', styles: 'ignore', hyperlinks: 'ignore', entries: 'ignore' });
  try {
    const events = reader.parse();
    while (!(await events.next()).done);
  } catch (error) {
    throw unreadable(path, error);
  }
  const internals = reader as unknown as ReaderInternals;
  const names = new Map<string, string>();
  for (const sheet of internals.model?.sheets ?? []) {
    const target = internals.workbookRels?.find((relationship) => relationship.Id === sheet.rId)?.Target;
    const number = target?.match(/worksheets\/sheet(\d+)\.xml$/)?.[1];
    if (number !== undefined) names.set(number, sheet.name);
  }
  return names;
}

interface WorksheetStream extends AsyncIterable<ExcelJS.Row> {
  id: number | string;
  name: string;
}

/** The sheet a worksheet stands for: its real name, from the workbook's list when exceljs did not know it yet. */
function worksheetName(worksheet: WorksheetStream, names: Map<string, string>): string {
  return typeof worksheet.id === 'string' ? (names.get(worksheet.id) ?? worksheet.name) : worksheet.name;
}

/** A worksheet's rows in chunks; the first non-empty row is the header. */
async function* worksheetChunks(worksheet: WorksheetStream, sheet: SheetKey, problems: RecordError[]): AsyncGenerator<SheetChunk> {
  const definition = sheetDefinition(sheet);
  const collector = emptyRawRecords();
  let columnKeys: Array<string | undefined> | undefined;
  let rows: RawRow[] = [];
  for await (const row of worksheet) {
    const values = (row.values as unknown[]).map(excelCellValue);
    if (columnKeys === undefined) {
      if (values.every((value) => value === null || headerText(value).trim() === '')) continue;
      columnKeys = mapHeader(definition, values.slice(1).map(headerText), collector, row.number);
      checkRequiredColumns(definition, new Set(columnKeys.filter((key) => key !== undefined)), collector, row.number);
      problems.push(...collector.errors);
      continue;
    }
    const cells: Record<string, RawValue> = {};
    columnKeys.forEach((key, index) => {
      if (key !== undefined) cells[key] = values[index + 1] ?? null;
    });
    if (isBlankRow(cells)) continue;
    rows.push({ row: row.number, cells });
    if (rows.length >= CHUNK_ROWS) {
      yield { sheet, rows };
      rows = [];
    }
  }
  if (rows.length > 0) yield { sheet, rows };
}

/**
 * A workbook streamed with exceljs's streaming reader: rows come a chunk at a time (text cells
 * through the workbook's shared-string table, which exceljs keeps). Sheets are handed over in the
 * format's order: a sheet met before one it depends on is skipped and read in a further pass.
 */
export function xlsxWorkbookSource(path: string): RecordsSource {
  return {
    async *chunks(problems) {
      const names = await worksheetNames(path);
      const accepted = new Map<SheetKey, string>();
      for (const name of names.values()) {
        const definition = findSheet(name);
        if (definition === undefined) problems.push(recordError(name, null, null, name, `unknown sheet "${name}" (sheets are ${SHEET_NAMES_HINT})`));
        else if (accepted.has(definition.key)) problems.push(recordError(definition.key, null, null, name, `sheet "${name}" appears twice`));
        else accepted.set(definition.key, name);
      }
      const pending = SHEETS.map((definition) => definition.key).filter((key) => accepted.has(key));
      while (pending.length > 0) {
        const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, { worksheets: 'emit', sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', entries: 'ignore' });
        const before = pending.length;
        try {
          for await (const worksheet of reader as unknown as AsyncIterable<WorksheetStream>) {
            const name = worksheetName(worksheet, names);
            const key = pending[0];
            if (key === undefined || accepted.get(key) !== name) {
              for await (const row of worksheet) void row;
              continue;
            }
            pending.shift();
            yield* worksheetChunks(worksheet, key, problems);
          }
        } catch (error) {
          if (error instanceof LiaisonError) throw error;
          throw unreadable(path, error);
        }
        if (pending.length === before) throw unreadable(path, new Error(`sheet ${pending[0]} was listed but not found`));
      }
    },
  };
}

/** Reads a workbook whole (see `xlsxWorkbookSource`). */
export async function readXlsxRecords(path: string): Promise<RawRecords> {
  return collectRecords(xlsxWorkbookSource(path));
}
