/**
 * One problem found in a records file: where (sheet key, 1-based row, column key) and what. The
 * same objects are printed by the import command (`people:14:organisation: unknown ...`), given by
 * `--json` and returned by the `importRecords` and `importRecordsFile` mutations.
 */
export interface RecordError {
  /** The sheet's English key (organisations, people, activities, documents), or the unknown sheet's name. */
  sheet: string;
  /** Spreadsheet row (the header is row 1) or, in JSON, the 1-based position in the array; null for a whole sheet. */
  row: number | null;
  /** The column's English key, or the unknown column's header; null for a whole row or sheet. */
  column: string | null;
  /** The offending cell as text; null when there is none. */
  value: string | null;
  message: string;
}

export function recordError(sheet: string, row: number | null, column: string | null, value: unknown, message: string): RecordError {
  return { sheet, row, column, value: valueText(value), message };
}

function valueText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? String(value) : value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.map(String).join('、');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** `people:14:organisation: unknown organisation "市发改局" (did you mean 市发展改革委?)` */
export function formatRecordError(error: RecordError): string {
  const place = [error.sheet, error.row === null ? '' : String(error.row), error.column ?? ''].filter((part) => part !== '');
  return `${place.join(':')}: ${error.message}`;
}

/** Errors in reading order: sheet order as given, then row, then column. */
export function sortRecordErrors(errors: RecordError[], sheetOrder: readonly string[]): RecordError[] {
  const sheetRank = (sheet: string) => {
    const index = sheetOrder.indexOf(sheet);
    return index === -1 ? sheetOrder.length : index;
  };
  return errors
    .map((error, index) => ({ error, index }))
    .sort(
      (left, right) =>
        sheetRank(left.error.sheet) - sheetRank(right.error.sheet) ||
        (left.error.row ?? 0) - (right.error.row ?? 0) ||
        left.index - right.index,
    )
    .map(({ error }) => error);
}
