import { parseNotice, stateLiaison, endLiaison, loadNotice } from '../../notice/index.ts';
import { removeDataset } from '../../records/index.ts';
import type { MutationResolvers, RecordTarget } from '../generated/types.ts';
import { importRecordsMutation } from './import-records-resolver.ts';

type Sheet = 'activities' | 'documents' | 'people';

/** One record through the import's validation and writer, added to its dataset (or correcting it), not replacing it. */
function recordOne(operation: string, sheet: Sheet) {
  return (
    record: object,
    target: RecordTarget | null | undefined,
    dryRun: boolean | null | undefined,
    database: Parameters<typeof importRecordsMutation>[0],
  ) =>
    importRecordsMutation(database, { ...(target ?? {}), [sheet]: [record] }, dryRun, {
      mode: 'merge',
      operation,
    });
}

const recordActivity = recordOne('recordActivity', 'activities');
const recordDocument = recordOne('recordDocument', 'documents');
const recordPersonRole = recordOne('recordPersonRole', 'people');

/** Resolvers of the domain mutations: thin calls into the records import, the notice loader and dataset removal. */
export const domainMutationResolvers: { Mutation: MutationResolvers } = {
  Mutation: {
    recordActivity: (_source, { activity, target, dryRun }, { database }) => recordActivity(activity, target, dryRun, database),
    recordDocument: (_source, { document, target, dryRun }, { database }) => recordDocument(document, target, dryRun, database),
    recordPersonRole: (_source, { person, target, dryRun }, { database }) => recordPersonRole(person, target, dryRun, database),
    stateLiaison: (_source, { liaison }, { database }) => stateLiaison(database, liaison),
    endLiaison: (_source, { ending }, { database }) => endLiaison(database, ending),
    ingestNotice: async (_source, { notice }, { database }) => {
      const { text, jurisdiction, ...metadata } = notice;
      const options = Object.fromEntries(Object.entries({ ...metadata, jurisdiction }).filter(([, value]) => typeof value === 'string'));
      const parsed = parseNotice(text, options);
      const summary = await loadNotice(database, parsed, {
        ...(typeof jurisdiction === 'string' ? { jurisdiction } : {}),
        operation: { operation: 'ingestNotice', variables: { ...metadata, jurisdiction, text } },
      });
      return { ...summary, warnings: parsed.warnings };
    },
    removeDataset: (_source, { name }, { database }) => removeDataset(database, name),
  },
};
