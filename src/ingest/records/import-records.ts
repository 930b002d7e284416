import { basename, extname, resolve } from 'node:path';
import type { Database } from '../../db/database.ts';
import { ErrorCode, LiaisonError } from '../../errors/liaison-error.ts';
import { NameDirectory } from './name-directory.ts';
import { planRecords } from './plan-records.ts';
import type { RawRecords } from './raw-records.ts';
import { readRecords } from './read-records.ts';
import { sortRecordErrors, type RecordError } from './record-error.ts';
import { SHEETS, type SheetKey } from './records-format.ts';
import { validateRecords } from './validate-records.ts';
import { writePlan, type ImportCounts } from './write-plan.ts';

export const DEFAULT_JURISDICTION = '资阳市';

export interface ImportProgress {
  phase: 'read' | 'check' | 'write';
  done: number;
  /** Known for the write phase. */
  total?: number;
}

export interface ImportOptions {
  /** The dataset's name; default: the file name without its extension. */
  dataset?: string;
  /** Names resolve within this jurisdiction (default 资阳市). */
  jurisdiction?: string;
  dryRun?: boolean;
  batchSize?: number;
  onProgress?: (progress: ImportProgress) => void;
  importedAt?: string;
}

export interface ImportResult {
  dataset: string;
  source: string;
  dryRun: boolean;
  rowCount: number;
  /** Every problem found; when there is one, nothing was written. */
  errors: RecordError[];
  /** Created / updated / unchanged per kind; null when there were errors. */
  counts: ImportCounts | null;
}

/** The default dataset name of a path: its file name without the extension (`records-2023.xlsx` → records-2023). */
export function defaultDatasetName(path: string): string {
  const name = basename(resolve(path));
  return name.slice(0, name.length - extname(name).length) || name;
}

export function checkDatasetName(name: string): string {
  const trimmed = name.trim();
  if (trimmed === '' || trimmed.includes('|')) {
    throw new LiaisonError(ErrorCode.BAD_USER_INPUT, `dataset: a name is required and may not contain "|" (got "${name}")`);
  }
  return trimmed;
}

const SHEET_ORDER = SHEETS.map((sheet) => sheet.key as string);

/**
 * Validates records read by any reader and, when there is no error at all, writes them in one
 * transaction as the named dataset. With errors (or a dry run) nothing is written.
 */
export async function importRawRecords(
  database: Database,
  raw: RawRecords,
  source: string,
  options: ImportOptions & { dataset: string },
): Promise<ImportResult> {
  const dataset = checkDatasetName(options.dataset);
  const jurisdiction = options.jurisdiction ?? DEFAULT_JURISDICTION;
  options.onProgress?.({ phase: 'check', done: raw.rowCount });
  const directory = await NameDirectory.load(database, jurisdiction);
  if (directory === undefined) {
    throw new LiaisonError(ErrorCode.NOT_FOUND, `jurisdiction "${jurisdiction}" is not in the graph: load the notice first (npm run seed)`);
  }
  const validation = validateRecords(raw);
  const rowCounts = Object.fromEntries(
    SHEETS.map((sheet) => [sheet.key, raw.sheets[sheet.key]?.rows.length ?? 0]),
  ) as Record<SheetKey, number>;
  const planning = planRecords(validation.records, directory, rowCounts);
  const errors = sortRecordErrors([...raw.errors, ...validation.errors, ...planning.errors], SHEET_ORDER);
  const result: ImportResult = { dataset, source, dryRun: options.dryRun === true, rowCount: raw.rowCount, errors, counts: null };
  if (errors.length > 0) return result;
  result.counts = await writePlan(database, planning.plan, {
    dataset,
    source,
    dryRun: options.dryRun === true,
    ...(options.batchSize === undefined ? {} : { batchSize: options.batchSize }),
    ...(options.importedAt === undefined ? {} : { importedAt: options.importedAt }),
    onProgress: (done, total) => options.onProgress?.({ phase: 'write', done, total }),
  });
  return result;
}

/** Reads a workbook, CSV folder or JSON file and imports it (see `importRawRecords`). */
export async function importRecordsFromPath(database: Database, path: string, options: ImportOptions = {}): Promise<ImportResult> {
  const raw = await readRecords(path, (done) => options.onProgress?.({ phase: 'read', done }));
  return importRawRecords(database, raw, basename(resolve(path)), { ...options, dataset: options.dataset ?? defaultDatasetName(path) });
}
