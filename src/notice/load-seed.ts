import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AUDIT_ENTRY_LABEL, GRAPH_VERSION_LABEL, type Database } from '../db/index.ts';
import { ErrorCode, LiaisonError } from '../errors/index.ts';
import { loadNotice, type NoticeLoadSummary } from './load-notice.ts';
import { parseNotice } from './parse-notice.ts';
import { readReferenceNames } from './reference-names.ts';

/** The notice the graph is seeded from, and the reference names of its jurisdiction, under the project root. */
export const SEED_NOTICE_PATH = join('seed', 'ziyang-2022-65.txt');
export const SEED_REFERENCE_NAMES_PATH = join('seed', 'ziyang-aliases.json');

export interface SeedSummary extends NoticeLoadSummary {
  /** The notice file that was parsed, relative to the project root. */
  source: string;
}

/**
 * Parses the seed notice (资府办函〔2022〕65号) and loads it with its reference names: one
 * transaction, idempotent. Refuses a notice that parses with warnings: the seed must be exact.
 */
export async function loadSeed(database: Database, projectRoot: string): Promise<SeedSummary> {
  const noticePath = join(projectRoot, SEED_NOTICE_PATH);
  let text: string;
  try {
    text = await readFile(noticePath, 'utf8');
  } catch (error) {
    throw new LiaisonError(ErrorCode.INVALID_INPUT_FILE, `cannot read the seed notice ${noticePath}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  const parsed = parseNotice(text);
  if (parsed.warnings.length > 0) {
    const listed = parsed.warnings.map((warning) => `line ${warning.line}: ${warning.message}`).join('; ');
    throw new LiaisonError(ErrorCode.INVALID_INPUT_FILE, `the seed notice ${SEED_NOTICE_PATH} does not parse cleanly: ${listed}`);
  }
  const referenceNames = await readReferenceNames(join(projectRoot, SEED_REFERENCE_NAMES_PATH));
  const summary = await loadNotice(database, parsed, { referenceNames });
  return { ...summary, source: SEED_NOTICE_PATH };
}

/** Whether the database holds no node but audit entries (then `npm start` seeds it). */
export async function isGraphEmpty(database: Database): Promise<boolean> {
  // The audit trail is not content: a graph whose only nodes record past writes (say, of a removed
  // dataset) still needs its seed.
  const rows = await database.read(
    `MATCH (node) WHERE NOT node:${AUDIT_ENTRY_LABEL} AND NOT node:${GRAPH_VERSION_LABEL} RETURN 1 AS found LIMIT 1`,
  );
  return rows.length === 0;
}
