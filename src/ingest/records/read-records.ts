import { stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { ErrorCode, LiaisonError } from '../../errors/liaison-error.ts';
import { readCsvFolderRecords } from './read-csv-records.ts';
import { readJsonRecords } from './read-json-records.ts';
import { readXlsxRecords } from './read-xlsx-records.ts';
import type { RawRecords } from './raw-records.ts';

/** Reads a records workbook (`.xlsx`), a folder of `.csv` files or a `.json` file. */
export async function readRecords(path: string, onRow?: (rowsRead: number) => void): Promise<RawRecords> {
  const information = await stat(path).catch(() => undefined);
  if (information === undefined) throw new LiaisonError(ErrorCode.NOT_FOUND, `${path}: no such file or folder`);
  if (information.isDirectory()) return readCsvFolderRecords(path, onRow);
  const extension = extname(path).toLowerCase();
  if (extension === '.xlsx') return readXlsxRecords(path, onRow);
  if (extension === '.json') return readJsonRecords(path);
  throw new LiaisonError(
    ErrorCode.BAD_USER_INPUT,
    `${path}: records are read from a .xlsx workbook, a folder of .csv files or a .json file`,
  );
}
