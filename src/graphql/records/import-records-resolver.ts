import { join } from 'node:path';
import type { Database } from '../../db/index.ts';
import { importRawRecords, rawRecordsFromObject, COUNT_KINDS, type ImportResult as RecordsImportResult } from '../../records/index.ts';
import type { ImportResult, MutationImportRecordsArgs, MutationResolvers } from '../generated/types.ts';

/** The file of the hand-written records types and the `importRecords` mutation. */
export const RECORDS_TYPE_DEFINITION_FILE = join(import.meta.dirname, 'records.graphql');

export const DEFAULT_GRAPHQL_DATASET = 'graphql';

/** Drops GraphQL's nulls so that absent and null fields read the same. */
function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, item]) => item !== null && item !== undefined)
        .map(([key, item]) => [key, withoutNulls(item)]),
    );
  }
  return value;
}

/** Runs the mutation: the JSON form through the same validation and writer as `npm run import`. */
export async function importRecordsMutation(
  database: Database,
  records: MutationImportRecordsArgs['records'],
  dryRun: MutationImportRecordsArgs['dryRun'],
  how: { mode?: 'replace' | 'merge'; operation?: string } = {},
): Promise<ImportResult> {
  const { dataset, jurisdiction, ...sheets } = withoutNulls(records) as Record<string, unknown>;
  const name = typeof dataset === 'string' ? dataset : DEFAULT_GRAPHQL_DATASET;
  const result = await importRawRecords(database, rawRecordsFromObject(sheets), 'graphql', {
    dataset: name,
    dryRun: dryRun === true,
    ...(typeof jurisdiction === 'string' ? { jurisdiction } : {}),
    ...(how.mode === undefined ? {} : { mode: how.mode }),
    // The rows are summarised on the entry (their count and first items), not copied.
    operation: { operation: how.operation ?? 'importRecords', variables: { records, dryRun: dryRun === true } },
  });
  return importResultOf(result);
}

/** The API's form of an import's outcome: the counts as a list by kind, empty when there were errors. */
export function importResultOf(result: RecordsImportResult): ImportResult {
  const counts = result.counts;
  return {
    ok: result.errors.length === 0,
    dryRun: result.dryRun,
    dataset: result.dataset,
    errors: result.errors,
    counts: counts === null ? [] : COUNT_KINDS.map((kind) => ({ kind, ...counts[kind] })),
  };
}

/** Resolvers of `Mutation.importRecords`: a thin call into the records import. */
export const importRecordsResolvers: { Mutation: MutationResolvers } = {
  Mutation: {
    importRecords: (_source, { records, dryRun }, { database }) => importRecordsMutation(database, records, dryRun),
  },
};
