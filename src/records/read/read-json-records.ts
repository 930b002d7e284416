import { readFile } from 'node:fs/promises';
import { ErrorCode, LiaisonError } from '../../errors/index.ts';
import { recordError } from '../record-error.ts';
import { findColumn, sheetDefinition } from '../records-format.ts';
import { checkRequiredColumns, emptyRawRecords, isBlankRow, openSheet, type RawRecords, type RawValue } from './raw-records.ts';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

function rawValue(value: unknown): RawValue {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if (Array.isArray(value)) return value;
  return JSON.stringify(value);
}

/**
 * Records from the JSON form `{ "organisations": [...], "people": [...], ... }` (sheet and field
 * names in English or Chinese). Row numbers are 1-based positions in each array. The GraphQL
 * mutation hands its input here too.
 */
export function rawRecordsFromObject(input: unknown): RawRecords {
  const records = emptyRawRecords();
  if (!isPlainObject(input)) {
    records.errors.push(
      recordError('records', null, null, null, 'expected an object with the sheets organisations, people, activities, documents'),
    );
    return records;
  }
  for (const [name, rows] of Object.entries(input)) {
    if (rows === null || rows === undefined) continue;
    const sheet = openSheet(records, name);
    if (sheet === undefined) continue;
    const definition = sheetDefinition(sheet.key);
    if (!Array.isArray(rows)) {
      records.errors.push(recordError(sheet.key, null, null, null, `sheet "${name}" must be an array of objects`));
      continue;
    }
    const present = new Set<string>();
    const reportedUnknown = new Set<string>();
    rows.forEach((item: unknown, index) => {
      const row = index + 1;
      if (!isPlainObject(item)) {
        records.errors.push(recordError(sheet.key, row, null, item, 'expected an object'));
        return;
      }
      const cells: Record<string, RawValue> = {};
      for (const [field, value] of Object.entries(item)) {
        const column = findColumn(definition, field);
        if (column === undefined) {
          if (!reportedUnknown.has(field)) {
            reportedUnknown.add(field);
            const known = definition.columns.map((entry) => `${entry.key}/${entry.header}`).join(', ');
            records.errors.push(recordError(sheet.key, row, field, field, `unknown column "${field}" (columns are ${known})`));
          }
          continue;
        }
        present.add(column.key);
        cells[column.key] = rawValue(value);
      }
      if (isBlankRow(cells)) return;
      sheet.rows.push({ row, cells });
      records.rowCount += 1;
    });
    if (rows.length > 0) checkRequiredColumns(definition, present, records, null);
  }
  return records;
}

export async function readJsonRecords(path: string): Promise<RawRecords> {
  return parseJsonRecords(await readFile(path, 'utf8'), path);
}

/** Records from the text of a `.json` file; `label` names it in errors. */
export function parseJsonRecords(text: string, label: string): RawRecords {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new LiaisonError(ErrorCode.INVALID_INPUT_FILE, `${label}: not valid JSON (${(error as Error).message})`, { cause: error });
  }
  return rawRecordsFromObject(parsed);
}
