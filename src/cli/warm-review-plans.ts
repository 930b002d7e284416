import type { Database } from '../db/index.ts';
import { coverageReport } from '../review/index.ts';
import type { Logger } from '../server/index.ts';

/**
 * Runs this year's review of the root jurisdiction once, in the background and without the API's
 * transaction timeout, so that Neo4j has planned its ten rule queries before an analyst asks: a
 * cold review on a fresh Neo4j takes longer than QUERY_TIMEOUT_MS while it plans, and the first
 * caller would get QUERY_TIMEOUT. Later reviews, of any year or jurisdiction, reuse the plans.
 * A failure only costs the warm-up: it is logged and the server serves on.
 */
export async function warmReviewPlans(database: Database, logger: Logger, now: Date = new Date()): Promise<void> {
  const started = performance.now();
  try {
    await coverageReport(database, { year: now.getFullYear() }, now);
    logger.info({ milliseconds: Math.round(performance.now() - started) }, 'the annual review’s query plans are warm');
  } catch (error) {
    logger.warn({ err: error }, 'could not warm the annual review’s query plans; the first review may be slow');
  }
}
