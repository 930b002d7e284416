import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { ErrorCode, LiaisonError } from '../../errors/index.ts';
import { csvFolderSource } from './read-csv-records.ts';
import { readJsonRecords } from './read-json-records.ts';
import { csvFileSource } from './read-records-file.ts';
import { readXlsxRecords } from './read-xlsx-records.ts';
import type { RawRecords } from './raw-records.ts';
import { collectRecords, recordsInMemory, type RecordsSource } from './records-source.ts';

/**
 * The records of a workbook (`.xlsx`), a folder of `.csv` files, one sheet's `.csv` file (named after
 * the sheet) or a `.json` file. CSV is streamed (an import reads them twice, a chunk at a time); a workbook and a JSON document are read
 * whole, once (see `readXlsxRecords` for why a workbook is not streamed).
 */
export async function openRecordsSource(path: string): Promise<RecordsSource> {
  const information = await stat(path).catch(() => undefined);
  if (information === undefined) throw new LiaisonError(ErrorCode.NOT_FOUND, `${path}: no such file or folder`);
  if (information.isDirectory()) return csvFolderSource(path);
  const extension = extname(path).toLowerCase();
  if (extension === '.xlsx') return recordsInMemory(await readXlsxRecords(path));
  if (extension === '.json') return recordsInMemory(await readJsonRecords(path));
  if (extension === '.csv') return csvFileSource(path, () => createReadStream(path));
  throw new LiaisonError(
    ErrorCode.BAD_USER_INPUT,
    `${path}: records are read from a .xlsx workbook, a folder of .csv files, one sheet's .csv file or a .json file`,
  );
}

/** Reads a records workbook (`.xlsx`), a folder of `.csv` files, one `.csv` file or a `.json` file whole. */
export async function readRecords(path: string): Promise<RawRecords> {
  return collectRecords(await openRecordsSource(path));
}
