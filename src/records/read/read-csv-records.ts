import { createReadStream } from 'node:fs';
import { readdir } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { basename, extname, join } from 'node:path';
import { parse } from 'csv-parse';
import { ErrorCode, LiaisonError } from '../../errors/index.ts';
import { recordError } from '../record-error.ts';
import { findSheet, SHEETS, sheetDefinition, type SheetKey } from '../records-format.ts';
import {
  checkRequiredColumns,
  emptyRawRecords,
  isBlankRow,
  mapHeader,
  SHEET_NAMES_HINT,
  type RawRecords,
  type RawRow,
  type RawValue,
} from './raw-records.ts';
import { CHUNK_ROWS, type RecordsSource, type SheetChunk } from './records-source.ts';

/** The `.csv` files of a folder by sheet; unknown and repeated sheet names become problems. */
async function sheetFiles(folder: string, problems: RawRecords['errors']): Promise<Map<SheetKey, string>> {
  const files = (await readdir(folder, { withFileTypes: true }))
    .filter((entry) => entry.isFile() && extname(entry.name).toLowerCase() === '.csv')
    .map((entry) => entry.name)
    .sort();
  const bySheet = new Map<SheetKey, string>();
  for (const file of files) {
    const name = basename(file, extname(file));
    const definition = findSheet(name);
    if (definition === undefined) {
      problems.push(recordError(name, null, null, name, `unknown sheet "${name}" (sheets are ${SHEET_NAMES_HINT})`));
    } else if (bySheet.has(definition.key)) {
      problems.push(recordError(definition.key, null, null, name, `sheet "${name}" appears twice`));
    } else {
      bySheet.set(definition.key, file);
    }
  }
  return bySheet;
}

/**
 * Streams one CSV file through csv-parse, a chunk of rows at a time. `open` gives the bytes from the
 * start each time (a file on disk, or an upload held in memory); `label` names it in errors.
 */
export async function* csvChunks(
  open: () => Readable,
  label: string,
  sheet: SheetKey,
  problems: RawRecords['errors'],
): AsyncGenerator<SheetChunk> {
  const definition = sheetDefinition(sheet);
  const collector = emptyRawRecords();
  const parser = open().pipe(parse({ bom: true, relax_column_count: true, skip_empty_lines: true, info: true }));
  let columnKeys: Array<string | undefined> | undefined;
  let rows: RawRow[] = [];
  // csv-parse tells the line a record ends on; it starts after the previous one and the empty lines skipped since.
  let previousEnd = 0;
  let previousEmpty = 0;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number; empty_lines: number } }>) {
      const line = previousEnd + 1 + (info.empty_lines - previousEmpty);
      previousEnd = info.lines;
      previousEmpty = info.empty_lines;
      if (columnKeys === undefined) {
        columnKeys = mapHeader(definition, record, collector, line);
        checkRequiredColumns(definition, new Set(columnKeys.filter((key) => key !== undefined)), collector, line);
        problems.push(...collector.errors);
        continue;
      }
      const cells: Record<string, RawValue> = {};
      columnKeys.forEach((key, index) => {
        if (key !== undefined) cells[key] = record[index] ?? null;
      });
      if (isBlankRow(cells)) continue;
      rows.push({ row: line, cells });
      if (rows.length >= CHUNK_ROWS) {
        yield { sheet, rows };
        rows = [];
      }
    }
  } catch (error) {
    parser.destroy();
    throw new LiaisonError(ErrorCode.INVALID_INPUT_FILE, `${label}: not readable CSV (${(error as Error).message})`, { cause: error });
  }
  if (rows.length > 0) yield { sheet, rows };
}

/**
 * A folder of `.csv` files named after the sheets (`people.csv` or `人员.csv`), streamed through
 * csv-parse: only a chunk of rows is in memory at a time. A UTF-8 byte order mark (as Excel writes
 * it) is accepted; row numbers are the file's line numbers of the record's start (header = 1).
 */
export function csvFolderSource(folder: string): RecordsSource {
  return {
    async *chunks(problems) {
      const files = await sheetFiles(folder, problems);
      for (const definition of SHEETS) {
        const file = files.get(definition.key);
        if (file === undefined) continue;
        const path = join(folder, file);
        yield* csvChunks(() => createReadStream(path), path, definition.key, problems);
      }
    },
  };
}
