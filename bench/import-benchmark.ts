import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import type { Database } from '../src/db/index.ts';
import { removeDataset, importRawRecords, emptyRawRecords, type RawRecords, type RawSheet } from '../src/records/index.ts';
import { DEFAULT_JURISDICTION } from '../src/domain/index.ts';

export interface ImportRate {
  rows: number;
  seconds: number;
  rowsPerSecond: number;
}

export interface ImportBenchmarkResult {
  batched: ImportRate;
  rowByRow: ImportRate;
}

export interface ImportBenchmarkOptions {
  /** Activity rows imported batched (default 100,000). */
  rows?: number;
  /** Activity rows imported row by row (default: the same number; fewer keeps the run short). */
  rowByRowRows?: number;
  jurisdiction?: string;
  /** Organiser and counterparts of the generated rows; they must exist in the jurisdiction (the seed's by default). */
  organiser?: string;
  counterparts?: readonly string[];
}

/** Row `index` of the generated activities: in the year 2099 (outside any review), one organiser and one counterpart. */
function generatedActivity(index: number, tag: string, organiser: string, counterparts: readonly string[]) {
  return {
    id: `bench-${tag}-${index}`,
    date: new Date(Date.UTC(2099, 0, 1 + (index % 365))).toISOString().slice(0, 10),
    kind: 'OTHER',
    title: `基准测试活动 ${index}`,
    organiser,
    counterparts: counterparts[index % counterparts.length] ?? null,
  };
}

/** `rows` generated activities in memory (see `generatedActivity`). */
export function generateActivityRows(rows: number, tag: string, organiser: string, counterparts: readonly string[]): RawRecords {
  const records = emptyRawRecords();
  const sheet: RawSheet = { key: 'activities', rows: [] };
  for (let index = 0; index < rows; index += 1) {
    sheet.rows.push({ row: index + 2, cells: generatedActivity(index, tag, organiser, counterparts) });
  }
  records.sheets.activities = sheet;
  records.rowCount = rows;
  return records;
}

/** Writes `rows` generated activities as a records folder (`activities.csv`), streamed through csv-stringify. */
export async function writeGeneratedActivityCsv(
  folder: string,
  rows: number,
  tag: string,
  organiser: string,
  counterparts: readonly string[],
): Promise<void> {
  await mkdir(folder, { recursive: true });
  async function* records() {
    for (let index = 0; index < rows; index += 1) yield generatedActivity(index, tag, organiser, counterparts);
  }
  const columns = ['id', 'date', 'kind', 'title', 'organiser', 'counterparts'];
  await pipeline(records(), stringify({ header: true, columns }), createWriteStream(join(folder, 'activities.csv')));
}

async function timedImport(
  database: Database,
  rows: number,
  batchSize: number | undefined,
  options: ImportBenchmarkOptions,
): Promise<ImportRate> {
  const tag = `${batchSize === 1 ? 'row' : 'batch'}-${Date.now()}`;
  const dataset = `benchmark-${tag}`;
  const raw = generateActivityRows(
    rows,
    tag,
    options.organiser ?? '市政府办公室',
    options.counterparts ?? ['民盟', '民革', '九三学社', '工商联'],
  );
  const started = performance.now();
  const result = await importRawRecords(database, raw, 'benchmark', {
    dataset,
    jurisdiction: options.jurisdiction ?? DEFAULT_JURISDICTION,
    ...(batchSize === undefined ? {} : { batchSize }),
  });
  const seconds = (performance.now() - started) / 1000;
  if (result.errors.length > 0) throw new Error(`benchmark rows did not validate: ${result.errors[0]?.message}`);
  await removeDataset(database, dataset);
  return { rows, seconds, rowsPerSecond: Math.round(rows / seconds) };
}

/**
 * Imports generated activity rows twice, batched (`UNWIND`) and row by row (one statement per row,
 * still one transaction), and reports rows per second for each; the rows are removed afterwards.
 * Needs the jurisdiction's organiser and counterparts (the seed).
 */
export async function runImportBenchmark(database: Database, options: ImportBenchmarkOptions = {}): Promise<ImportBenchmarkResult> {
  const rows = options.rows ?? 100_000;
  const batched = await timedImport(database, rows, undefined, options);
  const rowByRow = await timedImport(database, options.rowByRowRows ?? rows, 1, options);
  return { batched, rowByRow };
}
