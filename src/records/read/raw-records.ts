import { recordError, type RecordError } from '../record-error.ts';
import { findColumn, findSheet, SHEETS, type SheetDefinition, type SheetKey } from '../records-format.ts';

/** A cell as a reader hands it over: text, a number, an Excel date, or (JSON) a list. */
export type RawValue = string | number | boolean | Date | readonly unknown[] | null;

export interface RawRow {
  /** Spreadsheet row (header = 1) or 1-based position in a JSON array. */
  row: number;
  cells: Record<string, RawValue>;
}

export interface RawSheet {
  key: SheetKey;
  rows: RawRow[];
}

/** What a reader produces: the rows of each known sheet, and the problems of sheets and headers. */
export interface RawRecords {
  sheets: Partial<Record<SheetKey, RawSheet>>;
  errors: RecordError[];
  /** How many data rows were read, for progress and summaries. */
  rowCount: number;
}

export function emptyRawRecords(): RawRecords {
  return { sheets: {}, errors: [], rowCount: 0 };
}

export const SHEET_NAMES_HINT = SHEETS.map((sheet) => `${sheet.key}/${sheet.header}`).join(', ');

/** Finds the sheet for a sheet name, recording an error for an unknown or repeated one. */
export function openSheet(records: RawRecords, name: string): RawSheet | undefined {
  const definition = findSheet(name);
  if (definition === undefined) {
    records.errors.push(recordError(name, null, null, name, `unknown sheet "${name}" (sheets are ${SHEET_NAMES_HINT})`));
    return undefined;
  }
  if (records.sheets[definition.key] !== undefined) {
    records.errors.push(recordError(definition.key, null, null, name, `sheet "${name}" appears twice`));
    return undefined;
  }
  const sheet: RawSheet = { key: definition.key, rows: [] };
  records.sheets[definition.key] = sheet;
  return sheet;
}

/**
 * Maps a header row (English keys or Chinese headers) to column keys, position by position;
 * unknown, repeated and missing required columns become errors. `row` is where the header is.
 */
export function mapHeader(
  definition: SheetDefinition,
  headers: readonly string[],
  records: RawRecords,
  row: number | null,
): Array<string | undefined> {
  const keys: Array<string | undefined> = [];
  const seen = new Set<string>();
  for (const header of headers) {
    const text = header.trim();
    if (text === '') {
      keys.push(undefined);
      continue;
    }
    const column = findColumn(definition, text);
    if (column === undefined) {
      const known = definition.columns.map((item) => `${item.key}/${item.header}`).join(', ');
      records.errors.push(recordError(definition.key, row, text, text, `unknown column "${text}" (columns are ${known})`));
      keys.push(undefined);
    } else if (seen.has(column.key)) {
      records.errors.push(recordError(definition.key, row, column.key, text, `column "${column.key}" (${column.header}) appears twice`));
      keys.push(undefined);
    } else {
      seen.add(column.key);
      keys.push(column.key);
    }
  }
  return keys;
}

/** Records an error for each required column the header lacks. */
export function checkRequiredColumns(
  definition: SheetDefinition,
  present: ReadonlySet<string>,
  records: RawRecords,
  row: number | null,
): void {
  for (const column of definition.columns) {
    if (column.required && !present.has(column.key)) {
      records.errors.push(recordError(definition.key, row, column.key, null, `missing required column "${column.key}" (${column.header})`));
    }
  }
}

/** Whether every cell of a row is empty (such rows are skipped). */
export function isBlankRow(cells: Record<string, RawValue>): boolean {
  return Object.values(cells).every(
    (value) => value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0),
  );
}
