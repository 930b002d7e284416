import type { Database } from '../../db/index.ts';
import { ErrorCode, LiaisonError } from '../../errors/index.ts';
import { importRecordsFile } from '../../records/index.ts';
import type { ImportResult, MutationImportRecordsFileArgs, MutationResolvers } from '../generated/types.ts';
import { importResultOf } from './import-records-resolver.ts';

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** The bytes of `contentBase64`; Node's decoder skips what is not base64, so a text that is not is refused first. */
export function decodeBase64(text: string): Uint8Array {
  const compact = text.replace(/\s+/g, '');
  if (compact === '' || compact.length % 4 === 1 || !BASE64.test(compact)) {
    throw new LiaisonError(ErrorCode.BAD_USER_INPUT, 'contentBase64: not a base64-encoded file', { details: { field: 'contentBase64' } });
  }
  return Buffer.from(compact, 'base64');
}

/** Runs the mutation: the file through the readers and the import of `npm run import`. */
export async function importRecordsFileMutation(database: Database, args: MutationImportRecordsFileArgs): Promise<ImportResult> {
  const content = decodeBase64(args.contentBase64);
  const dryRun = args.dryRun === true;
  const dataset = typeof args.dataset === 'string' ? args.dataset : undefined;
  const jurisdiction = typeof args.jurisdiction === 'string' ? args.jurisdiction : undefined;
  const result = await importRecordsFile(
    database,
    { name: args.fileName, content },
    {
      dryRun,
      ...(dataset === undefined ? {} : { dataset }),
      ...(jurisdiction === undefined ? {} : { jurisdiction }),
      // The file is named and measured on the audit entry, not copied.
      operation: {
        operation: 'importRecordsFile',
        variables: { fileName: args.fileName, bytes: content.byteLength, dataset, jurisdiction, dryRun },
      },
    },
  );
  return importResultOf(result);
}

/** Resolvers of `Mutation.importRecordsFile`: a thin call into the records import. */
export const importRecordsFileResolvers: { Mutation: MutationResolvers } = {
  Mutation: {
    importRecordsFile: (_source, args, { database }) => importRecordsFileMutation(database, args),
  },
};
