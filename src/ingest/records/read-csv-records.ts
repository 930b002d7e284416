import { createReadStream } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { parse } from 'csv-parse';
import { ErrorCode, LiaisonError } from '../../errors/liaison-error.ts';
import { sheetDefinition } from './records-format.ts';
import {
  checkRequiredColumns,
  emptyRawRecords,
  isBlankRow,
  mapHeader,
  openSheet,
  type RawRecords,
  type RawValue,
} from './raw-records.ts';

/**
 * Reads a folder of `.csv` files named after the sheets (`people.csv` or `人员.csv`), streaming each
 * through csv-parse. A UTF-8 byte order mark (as Excel writes it) is accepted; row numbers are the
 * file's line numbers of the record's start (header = 1).
 */
export async function readCsvFolderRecords(folder: string, onRow?: (rowsRead: number) => void): Promise<RawRecords> {
  const records = emptyRawRecords();
  const files = (await readdir(folder, { withFileTypes: true }))
    .filter((entry) => entry.isFile() && extname(entry.name).toLowerCase() === '.csv')
    .map((entry) => entry.name)
    .sort();
  for (const file of files) {
    const sheet = openSheet(records, basename(file, extname(file)));
    if (sheet === undefined) continue;
    const definition = sheetDefinition(sheet.key);
    const parser = createReadStream(join(folder, file)).pipe(
      parse({ bom: true, relax_column_count: true, skip_empty_lines: true, info: true }),
    );
    let columnKeys: Array<string | undefined> | undefined;
    try {
      for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
        const line = info.lines;
        if (columnKeys === undefined) {
          columnKeys = mapHeader(definition, record, records, line);
          checkRequiredColumns(definition, new Set(columnKeys.filter((key) => key !== undefined)), records, line);
          continue;
        }
        const cells: Record<string, RawValue> = {};
        columnKeys.forEach((key, index) => {
          if (key !== undefined) cells[key] = record[index] ?? null;
        });
        if (isBlankRow(cells)) continue;
        sheet.rows.push({ row: line, cells });
        records.rowCount += 1;
        onRow?.(records.rowCount);
      }
    } catch (error) {
      throw new LiaisonError(ErrorCode.INVALID_INPUT_FILE, `${join(folder, file)}: not readable CSV (${(error as Error).message})`, {
        cause: error,
      });
    }
  }
  return records;
}
