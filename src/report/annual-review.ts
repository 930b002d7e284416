import type { Database } from '../db/index.ts';
import { runCoverageRules, resolveReviewScope, type ReviewScopeInput, type CoverageReport } from '../review/index.ts';
import { liaisonMatrix, type LiaisonMatrix } from '../questions/index.ts';

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
