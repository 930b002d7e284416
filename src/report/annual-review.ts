import type { Database } from '../db/index.ts';
import { readCoverageRules, resolveReviewScope, reviewDescendants, type CoverageReport, type ReviewScopeInput } from '../review/index.ts';
import { readLiaisonMatrix, type LiaisonMatrix } from '../questions/index.ts';

/** What the annual review report renders: the coverage of every rule and the liaison matrix on the as-of date. */
export interface AnnualReview {
  coverage: CoverageReport;
  matrix: LiaisonMatrix;
}

/**
 * Runs the review of one jurisdiction-year: the ten rules and the matrix as of the same date, in one
 * consistent read, so that the matrix and the gaps it marks come from the same committed graph.
 */
export async function runAnnualReview(database: Database, input: ReviewScopeInput, now: Date = new Date()): Promise<AnnualReview> {
  const scope = await resolveReviewScope(database, input, now);
  const { rules, matrix } = await database.readConsistent(async (transaction) => ({
    rules: await readCoverageRules(transaction, scope),
    matrix: await readLiaisonMatrix(transaction, scope.jurisdiction, scope.asOf),
  }));
  const descendants = input.includeDescendants === true ? await reviewDescendants(database, scope, now) : [];
  return { coverage: { ...scope, generatedAt: now.toISOString(), rules, descendants }, matrix };
}
