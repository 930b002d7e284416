import type { Database } from '../db/database.ts';
import { runCoverageRules } from '../review/coverage-report.ts';
import { liaisonMatrix, type LiaisonMatrix } from '../questions/liaison-matrix.ts';
import { resolveReviewScope, type ReviewScopeInput } from '../review/scope.ts';
import type { CoverageReport } from '../review/model.ts';

/** What the annual review report renders: the coverage of every rule and the liaison matrix on the as-of date. */
export interface AnnualReview {
  coverage: CoverageReport;
  matrix: LiaisonMatrix;
}

/** Runs the review of one jurisdiction-year: the ten rules, then the matrix as of the same date. */
export async function runAnnualReview(database: Database, input: ReviewScopeInput, now: Date = new Date()): Promise<AnnualReview> {
  const scope = await resolveReviewScope(database, input, now);
  const rules = await runCoverageRules(database, scope);
  const matrix = await liaisonMatrix(database, { jurisdiction: scope.jurisdiction, asOf: scope.asOf }, now);
  return { coverage: { ...scope, generatedAt: now.toISOString(), rules }, matrix };
}
