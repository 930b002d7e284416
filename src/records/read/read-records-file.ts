import { basename, extname } from 'node:path';
import { Readable } from 'node:stream';
import { ErrorCode, LiaisonError } from '../../errors/index.ts';
import { recordError } from '../record-error.ts';
import { findSheet } from '../records-format.ts';
import { SHEET_NAMES_HINT } from './raw-records.ts';
import { csvChunks } from './read-csv-records.ts';
import { parseJsonRecords } from './read-json-records.ts';
import { readXlsxBuffer } from './read-xlsx-records.ts';
import { recordsInMemory, type RecordsSource } from './records-source.ts';

/**
 * One `.csv` file, the sheet its name says (`活动.csv`, `activities.csv`), read by the same csv-parse
 * stream as a folder's files: its rows are the file's own line numbers. `open` gives its bytes from
 * the start (the import reads a source twice).
 */
export function csvFileSource(fileName: string, open: () => Readable): RecordsSource {
  const name = basename(fileName, extname(fileName));
  const definition = findSheet(name);
  return {
    async *chunks(problems) {
      if (definition === undefined) {
        problems.push(
          recordError(name, null, null, name, `unknown sheet "${name}" (name the .csv file after its sheet: ${SHEET_NAMES_HINT})`),
        );
        return;
      }
      yield* csvChunks(open, fileName, definition.key, problems);
    },
  };
}

/**
 * The records of one uploaded file, read by the readers `npm run import` uses on disk, so that the
 * sheet, row and column of every problem are the file's own: a workbook (`.xlsx`), one sheet as a
 * `.csv` named after it, or the JSON form (`.json`). `fileName` decides the reader and names the file in errors.
 */
export async function recordsFileSource(fileName: string, content: Uint8Array): Promise<RecordsSource> {
  const extension = extname(fileName).toLowerCase();
  if (extension === '.xlsx') return recordsInMemory(await readXlsxBuffer(content, fileName));
  if (extension === '.csv') return csvFileSource(fileName, () => Readable.from([content]));
  if (extension === '.json') return recordsInMemory(parseJsonRecords(new TextDecoder().decode(content), fileName));
  throw new LiaisonError(
    ErrorCode.BAD_USER_INPUT,
    `fileName: records are uploaded as a .xlsx workbook, one sheet's .csv file or a .json file (got "${fileName}")`,
  );
}
