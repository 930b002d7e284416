import type { AuditedOperation, Database, Transaction } from '../../db/index.ts';
import { PlanWriter, type ImportCounts } from './plan-writer.ts';
import type { RecordsPlan } from '../plan/records-plan.ts';

/** A chunk's plan and how many rows it covers (for progress). */
export interface PlannedChunk {
  plan: RecordsPlan;
  rows: number;
}

export interface WriteOptions {
  dataset: string;
  /** The file or folder read, recorded on the dataset. */
  source: string;
  /** Rows in all (for progress). */
  totalRows: number;
  /** Nodes per UNWIND statement; 1 writes row by row (the benchmark's comparison). */
  batchSize?: number;
  /** Classify only (a dry run): the transaction is rolled back. */
  dryRun?: boolean;
  onProgress?: (done: number, total: number) => void;
  /** The time recorded on the dataset (ISO); now by default. */
  importedAt?: string;
  /** The audit entry's operation and variables. */
  operation: AuditedOperation;
  /**
   * `replace` (an import): what an earlier import of the dataset stated and this one does not is
   * withdrawn. `merge` (a domain mutation): the records are added to the dataset or correct it, the rest stays.
   */
  mode?: 'replace' | 'merge';
}

const DEFAULT_BATCH_SIZE = 5000;

/**
 * Writes an import in one transaction: the plans come chunk after chunk from `plans` (called again
 * if the transaction is retried), the next one made while the current one is written, so only two
 * chunks are in memory; then what an earlier import of the dataset stated and this one does not is withdrawn,
 * and the dataset is recorded with its time and counts. Returns created / updated / unchanged /
 * removed per kind.
 */
export async function writePlans(
  database: Database,
  plans: () => AsyncIterable<PlannedChunk>,
  options: WriteOptions,
): Promise<ImportCounts> {
  const { dataset } = options;
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  const work = async (transaction: Transaction): Promise<ImportCounts> => {
    // First the dataset's lock (held until commit): a second import or a removal of the same
    // dataset waits here, then plans from what this one committed; never interleaved or doubled.
    await transaction.run('MERGE (dataset:Dataset {name: $dataset}) SET dataset:Dataset', { dataset });
    const writer = new PlanWriter(transaction, dataset, batchSize);
    await writer.start();
    let done = 0;
    // The next chunk is read and planned while the current one is written (Neo4j works meanwhile).
    const chunks = plans()[Symbol.asyncIterator]();
    let next = chunks.next();
    try {
      for (;;) {
        const current = await next;
        if (current.done === true) break;
        next = chunks.next();
        next.catch(() => undefined);
        await writer.write(current.value.plan);
        done += current.value.rows;
        options.onProgress?.(done, options.totalRows);
      }
    } finally {
      await chunks.return?.(undefined).catch(() => undefined);
    }
    if (options.mode === 'merge') writer.keepEarlier();
    else await writer.finish();
    const { stated } = writer;
    await transaction.run(
      `MERGE (dataset:Dataset {name: $dataset})
       SET dataset.source = $source, dataset.importedAt = datetime($importedAt),
           dataset.organisations = toInteger($organisations), dataset.people = toInteger($people), dataset.roles = toInteger($roles),
           dataset.activities = toInteger($activities), dataset.documents = toInteger($documents)`,
      { dataset, source: options.source, importedAt: options.importedAt ?? new Date().toISOString(), ...stated },
    );
    if (options.dryRun === true) throw new DryRunRollback(writer.counts);
    return writer.counts;
  };
  try {
    return await database.writeTransaction(work, options.operation);
  } catch (error) {
    const rollback = findDryRun(error);
    if (rollback !== undefined) return rollback.counts;
    throw error;
  }
}

/** Thrown inside a dry run's transaction so that it rolls back, carrying the counts out. */
class DryRunRollback extends Error {
  constructor(readonly counts: ImportCounts) {
    super('dry run');
  }
}

function findDryRun(error: unknown): DryRunRollback | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current instanceof Error; depth += 1) {
    if (current instanceof DryRunRollback) return current;
    current = current.cause;
  }
  return undefined;
}
