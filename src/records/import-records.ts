import { basename, extname, resolve } from 'node:path';
import type { AuditedOperation, Database } from '../db/index.ts';
import { ErrorCode, LiaisonError } from '../errors/index.ts';
import { NameDirectory } from './validate/name-directory.ts';
import { RecordsPlanner } from './plan/plan-records.ts';
import type { RawRecords } from './read/raw-records.ts';
import { openRecordsSource } from './read/read-records.ts';
import { recordsFileSource } from './read/read-records-file.ts';
import { formatRecordError, sortRecordErrors, type RecordError } from './record-error.ts';
import { SHEETS } from './records-format.ts';
import { recordsInMemory, type RecordsSource } from './read/records-source.ts';
import { validateRows } from './validate/validate-records.ts';
import type { ImportCounts } from './write/plan-writer.ts';
import { writePlans, type PlannedChunk } from './write/write-plan.ts';
import { DEFAULT_JURISDICTION } from '../domain/index.ts';

export interface ImportProgress {
  /** check: reading and checking every row (nothing written yet); write: the second read, written. */
  phase: 'check' | 'write';
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
  /** The audit entry's operation (default: `import`, with the dataset, source and counts of rows). */
  operation?: AuditedOperation;
  /** `merge` adds to the dataset without withdrawing what it stated before (see `WriteOptions.mode`). */
  mode?: 'replace' | 'merge';
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

async function loadDirectory(database: Database, jurisdiction: string): Promise<NameDirectory> {
  const directory = await NameDirectory.load(database, jurisdiction);
  if (directory === undefined) {
    throw new LiaisonError(ErrorCode.NOT_FOUND, `jurisdiction "${jurisdiction}" is not in the graph: load the notice first (npm run seed)`);
  }
  return directory;
}

/**
 * Reads a source chunk by chunk, checking types and planning names; yields each chunk's plan and
 * the problems found in it. `problems` receives the source's own problems (sheets, columns).
 */
async function* planSource(
  source: RecordsSource,
  directory: NameDirectory,
  problems: RecordError[],
  checkDuplicates: boolean,
): AsyncGenerator<PlannedChunk & { errors: RecordError[] }> {
  const planner = new RecordsPlanner(directory, checkDuplicates);
  for await (const chunk of source.chunks(problems)) {
    const errors: RecordError[] = [];
    planner.planRows(chunk.sheet, validateRows(chunk.sheet, chunk.rows, errors));
    const { plan, errors: planErrors } = planner.take();
    yield { plan, rows: chunk.rows.length, errors: [...errors, ...planErrors] };
  }
}

/**
 * Imports records from a source in two passes. The first reads everything and checks it: types,
 * dates, enumerations, columns, names, duplicates. With any problem nothing is written. Otherwise
 * the second reads the source again and writes it, chunk by chunk, in one transaction as the named
 * dataset (a dry run rolls it back, keeping the counts). Only a chunk or two of rows is in memory at
 * a time (with the natural keys seen, to catch duplicates).
 */
export async function importFromSource(
  database: Database,
  source: RecordsSource,
  sourceName: string,
  options: ImportOptions & { dataset: string },
): Promise<ImportResult> {
  const dataset = checkDatasetName(options.dataset);
  const jurisdiction = options.jurisdiction ?? DEFAULT_JURISDICTION;
  const problems: RecordError[] = [];
  let rowCount = 0;
  for await (const chunk of planSource(source, await loadDirectory(database, jurisdiction), problems, true)) {
    problems.push(...chunk.errors);
    rowCount += chunk.rows;
    options.onProgress?.({ phase: 'check', done: rowCount });
  }
  const errors = sortRecordErrors(problems, SHEET_ORDER);
  const result: ImportResult = { dataset, source: sourceName, dryRun: options.dryRun === true, rowCount, errors, counts: null };
  if (errors.length > 0) return result;
  result.counts = await writePlans(
    database,
    async function* () {
      const changed = (what: string) =>
        new LiaisonError(ErrorCode.BAD_USER_INPUT, `the records changed while they were imported (${what}); nothing was written`);
      const sourceProblems: RecordError[] = [];
      let rowsRead = 0;
      for await (const chunk of planSource(source, await loadDirectory(database, jurisdiction), sourceProblems, false)) {
        const [first] = [...sourceProblems, ...chunk.errors];
        if (first !== undefined) throw changed(formatRecordError(first));
        rowsRead += chunk.rows;
        yield chunk;
      }
      if (sourceProblems.length > 0) throw changed(formatRecordError(sourceProblems[0]!));
      if (rowsRead !== rowCount) throw changed(`${rowCount} rows when checked, ${rowsRead} when written`);
    },
    {
      dataset,
      source: sourceName,
      totalRows: rowCount,
      dryRun: options.dryRun === true,
      ...(options.batchSize === undefined ? {} : { batchSize: options.batchSize }),
      ...(options.importedAt === undefined ? {} : { importedAt: options.importedAt }),
      ...(options.mode === undefined ? {} : { mode: options.mode }),
      operation: options.operation ?? {
        operation: 'import',
        variables: { dataset, source: sourceName, jurisdiction, rows: rowCount, dryRun: options.dryRun === true },
      },
      onProgress: (done, total) => options.onProgress?.({ phase: 'write', done, total }),
    },
  );
  return result;
}

/** Imports records already in memory (the GraphQL mutation's input, generated rows). */
export async function importRawRecords(
  database: Database,
  raw: RawRecords,
  source: string,
  options: ImportOptions & { dataset: string },
): Promise<ImportResult> {
  return importFromSource(database, recordsInMemory(raw), source, options);
}

/** Imports a workbook, CSV folder or JSON file (see `importFromSource`). */
export async function importRecordsFromPath(database: Database, path: string, options: ImportOptions = {}): Promise<ImportResult> {
  const source = await openRecordsSource(path);
  return importFromSource(database, source, basename(resolve(path)), { ...options, dataset: options.dataset ?? defaultDatasetName(path) });
}

/**
 * Imports one file held in memory (an upload: a workbook, one sheet's `.csv` or a `.json`) exactly as
 * `importRecordsFromPath` imports it from disk: the same readers, so the same rows and columns in its
 * errors, and the same dataset by default (the file name without its extension).
 */
export async function importRecordsFile(
  database: Database,
  file: { name: string; content: Uint8Array },
  options: ImportOptions = {},
): Promise<ImportResult> {
  const name = basename(file.name);
  const source = await recordsFileSource(name, file.content);
  return importFromSource(database, source, name, { ...options, dataset: options.dataset ?? defaultDatasetName(name) });
}
