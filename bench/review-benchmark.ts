import type { Database } from '../src/db/index.ts';
import { runCoverageRules, resolveReviewScope, scopeParameters, type ReviewScope, type RuleResult } from '../src/review/index.ts';
import { HAND_WRITTEN_RULES } from '../test/support/oracles/hand-written-rules.ts';

export interface TimingSummary {
  /** Median wall time of one run, in milliseconds. */
  medianMs: number;
  minimumMs: number;
  maximumMs: number;
}

export interface ReviewBenchmarkResult {
  jurisdiction: string;
  year: number;
  asOf: string;
  iterations: number;
  /** The review's ten rule queries (gaps with evidence and details), in one read transaction. */
  review: TimingSummary;
  /** The same questions in hand-written Cypher (gap subjects and `missing` only), in one read transaction. */
  handWritten: TimingSummary;
  /** Rules on which the two disagree about the gap set (subject and missing, order aside); empty when they agree. */
  disagreements: string[];
}

export interface ReviewBenchmarkOptions {
  year: number;
  jurisdiction?: string | null;
  asOf?: string | null;
  /** Timed runs of each side (default 10), after `warmup` untimed runs (default 2). */
  iterations?: number;
  warmup?: number;
}

function summarise(durations: number[]): TimingSummary {
  const sorted = [...durations].sort((left, right) => left - right);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  return {
    medianMs: Number(median.toFixed(2)),
    minimumMs: Number((sorted[0] ?? 0).toFixed(2)),
    maximumMs: Number((sorted.at(-1) ?? 0).toFixed(2)),
  };
}

type GapSets = Record<string, string[]>;

/** rule id → sorted "subject: missing" lines, for comparing the two sides. */
function gapSetsOfReview(results: RuleResult[]): GapSets {
  return Object.fromEntries(
    results.map((rule) => [rule.id, rule.gaps.map((gap) => `${gap.subject}: ${[...gap.missing].sort().join('、')}`).sort()]),
  );
}

async function runHandWritten(database: Database, scope: ReviewScope): Promise<GapSets> {
  const parameters = scopeParameters(scope);
  return database.readTransaction(async (transaction) => {
    const sets: GapSets = {};
    for (const [id, cypher] of Object.entries(HAND_WRITTEN_RULES)) {
      const rows = await transaction.run(cypher, parameters);
      sets[id] = rows.map((row) => `${String(row.subject)}: ${(row.missing as unknown[]).map(String).sort().join('、')}`).sort();
    }
    return sets;
  });
}

async function time(work: () => Promise<unknown>, iterations: number, warmup: number): Promise<number[]> {
  for (let run = 0; run < warmup; run += 1) await work();
  const durations: number[] = [];
  for (let run = 0; run < iterations; run += 1) {
    const started = performance.now();
    await work();
    durations.push(performance.now() - started);
  }
  return durations;
}

/**
 * Times the review of one city-year (the ten rule queries) against the same questions in
 * hand-written Cypher, side by side, and reports their medians and whether they found the same gaps.
 * Reads only; `npm run bench` runs it.
 */
export async function benchmarkReview(database: Database, options: ReviewBenchmarkOptions): Promise<ReviewBenchmarkResult> {
  const iterations = options.iterations ?? 10;
  const warmup = options.warmup ?? 2;
  const scope = await resolveReviewScope(database, {
    year: options.year,
    jurisdiction: options.jurisdiction ?? null,
    asOf: options.asOf ?? null,
  });
  const reviewSets = gapSetsOfReview(await runCoverageRules(database, scope));
  const handWrittenSets = await runHandWritten(database, scope);
  const disagreements = Object.keys(reviewSets).filter(
    (id) => JSON.stringify(reviewSets[id]) !== JSON.stringify(handWrittenSets[id] ?? []),
  );
  const review = await time(() => runCoverageRules(database, scope), iterations, warmup);
  const handWritten = await time(() => runHandWritten(database, scope), iterations, warmup);
  return {
    jurisdiction: scope.jurisdiction,
    year: scope.year,
    asOf: scope.asOf,
    iterations,
    review: summarise(review),
    handWritten: summarise(handWritten),
    disagreements,
  };
}
