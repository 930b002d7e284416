import { join } from 'node:path';
import { benchmarkReview, type ReviewBenchmarkResult } from '../analytics/review-benchmark.ts';
import type { Database } from '../db/database.ts';
import { listDatasets, removeDataset } from '../ingest/records/datasets.ts';
import { runImportBenchmark, type ImportBenchmarkResult } from '../ingest/records/import-benchmark.ts';
import { importRecordsFromPath } from '../ingest/records/import-records.ts';

/** The sample year's dataset name, as `npm run seed -- --sample` loads it. */
const SAMPLE_DATASET = 'sample-2023';

export interface ImportSectionResult extends ImportBenchmarkResult {
  /** Batched rows/s ÷ row-by-row rows/s. */
  ratio: number;
  goalRowsPerSecond: number;
}

export interface ReviewSectionResult extends ReviewBenchmarkResult {
  /** Review median ÷ hand-written median. */
  ratio: number;
}

/**
 * Imports `rows` generated activity rows batched (UNWIND) and a smaller number row by row, side by
 * side in one run; both are removed afterwards.
 */
export async function importSection(database: Database, rows: number, rowByRowRows: number): Promise<ImportSectionResult> {
  const result = await runImportBenchmark(database, { rows, rowByRowRows });
  return {
    ...result,
    ratio: Number((result.batched.rowsPerSecond / Math.max(result.rowByRow.rowsPerSecond, 1)).toFixed(2)),
    goalRowsPerSecond: 20_000,
  };
}

/**
 * The annual review of one city-year (资阳市 2023, the sample year) against the same questions in
 * hand-written Cypher. Loads the sample year for the run when it is not loaded, and removes it after.
 */
export async function reviewSection(database: Database, projectRoot: string, iterations: number): Promise<ReviewSectionResult> {
  const loaded = (await listDatasets(database)).some((dataset) => dataset.name === SAMPLE_DATASET);
  if (!loaded) {
    const result = await importRecordsFromPath(database, join(projectRoot, 'seed', 'sample-2023', 'sample-2023.xlsx'), {
      dataset: SAMPLE_DATASET,
    });
    if (result.errors.length > 0) throw new Error(`the sample year does not import: ${result.errors[0]?.message}`);
  }
  try {
    const result = await benchmarkReview(database, { year: 2023, iterations, warmup: Math.min(3, iterations) });
    return { ...result, ratio: Number((result.review.medianMs / Math.max(result.handWritten.medianMs, 0.01)).toFixed(2)) };
  } finally {
    if (!loaded) await removeDataset(database, SAMPLE_DATASET);
  }
}

export function formatImportSection(result: ImportSectionResult): string {
  const line = (name: string, rate: ImportSectionResult['batched']) =>
    `  ${name.padEnd(12)} ${String(rate.rows).padStart(7)} rows  ${rate.seconds.toFixed(2).padStart(7)} s  ${String(rate.rowsPerSecond).padStart(7)} rows/s`;
  return [
    'Records import (generated activity rows, one transaction each way)',
    line('batched', result.batched),
    line('row by row', result.rowByRow),
    `  ratio batched / row by row: ${result.ratio}×; goal ≥ ${result.goalRowsPerSecond} rows/s batched: ${
      result.batched.rowsPerSecond >= result.goalRowsPerSecond ? 'met' : 'NOT met'
    }`,
  ].join('\n');
}

export function formatReviewSection(result: ReviewSectionResult): string {
  return [
    `Annual review of one city-year (${result.jurisdiction} ${result.year}, as of ${result.asOf}; ${result.iterations} runs each)`,
    `  review (R1–R10 with evidence)   median ${result.review.medianMs} ms`,
    `  hand-written Cypher (gaps only)  median ${result.handWritten.medianMs} ms`,
    `  ratio review / hand-written: ${result.ratio}×; gap sets ${
      result.disagreements.length === 0 ? 'agree' : `DISAGREE on ${result.disagreements.join(', ')}`
    }`,
  ].join('\n');
}
