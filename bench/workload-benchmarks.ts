import { basename, join, relative } from 'node:path';
import { benchmarkReview, type ReviewBenchmarkResult } from './review-benchmark.ts';
import type { Database } from '../src/db/index.ts';
import { listDatasets, removeDataset, importRecordsFromPath } from '../src/records/index.ts';
import { runImportBenchmark, type ImportBenchmarkResult } from './import-benchmark.ts';
import {
  evaluateNoticeCorpus,
  isExactMatch,
  isHoldoutName,
  isRealSetName,
  listHoldoutDirectories,
  REAL_NOTICE_DIRECTORY,
  NOTICE_CORPUS_DIRECTORY,
  type PairCounts,
} from './notice-evaluation.ts';
import { SAMPLE_DATASET } from '../src/domain/index.ts';

/** The sample year's dataset name, as `npm run seed -- --sample` loads it. */

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

export interface NoticeSetResult {
  /** The corpus folder, relative to the project root. */
  set: string;
  /** Real published texts, or notices invented for the corpus. */
  origin: 'real' | 'invented';
  /** Whether the parser's rules were written looking at the set (seen) or not (blind). */
  seen: boolean;
  notices: number;
  exact: number;
  formal: PairCounts;
  general: PairCounts;
}

/**
 * Precision and recall of the notice parser's formal and general pairs, on the labelled training
 * corpus and on each held-out folder (notices the parser's rules were not written against).
 */
export async function noticeSection(projectRoot: string): Promise<NoticeSetResult[]> {
  const corpus = join(projectRoot, NOTICE_CORPUS_DIRECTORY);
  const sets = [corpus, join(corpus, REAL_NOTICE_DIRECTORY), ...(await listHoldoutDirectories(corpus))];
  const results: NoticeSetResult[] = [];
  for (const directory of sets) {
    const set = relative(projectRoot, directory);
    const evaluation = await evaluateNoticeCorpus(directory);
    const name = basename(directory);
    results.push({
      set,
      origin: isRealSetName(name) ? 'real' : 'invented',
      seen: !isHoldoutName(name),
      notices: evaluation.notices.length,
      exact: evaluation.notices.filter((notice) => isExactMatch(notice.comparison)).length,
      formal: evaluation.formal,
      general: evaluation.general,
    });
  }
  return results;
}

export function formatNoticeSection(results: readonly NoticeSetResult[]): string {
  const percent = (value: number) => `${(value * 100).toFixed(1)}%`;
  const pairs = (counts: PairCounts) =>
    `P ${percent(counts.precision).padStart(6)} R ${percent(counts.recall).padStart(6)} (${counts.truePositives}/${counts.truePositives + counts.falseNegatives})`;
  const row = (result: NoticeSetResult) =>
    `  ${result.set.padEnd(44)} ${result.seen ? 'seen ' : 'blind'} ${String(result.notices).padStart(2)} notices, ${String(result.exact).padStart(2)} exact   formal ${pairs(result.formal)}   general ${pairs(result.general)}`;
  return [
    'Notice parser: precision (P) and recall (R) of pairs; goal on real blind notices: formal P ≥ 98% R ≥ 95%, general P ≥ 95% R ≥ 90%',
    ' real texts (published notices and news reports):',
    ...results.filter((result) => result.origin === 'real').map(row),
    ' invented notices (unit cases of the corpus):',
    ...results.filter((result) => result.origin === 'invented').map(row),
    ' (a set with no pair of a kind shows that kind as P 100% R 100% (0/0): nothing to measure)',
  ].join('\n');
}
