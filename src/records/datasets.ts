import type { AuditedOperation, Database } from '../db/index.ts';
import { ErrorCode, LiaisonError } from '../errors/index.ts';
import { keysStatedBy, stripNodes, stripOwnedRelationships } from './write/provenance-cypher.ts';
import { WRITTEN_LABELS } from './plan/records-plan.ts';

export interface DatasetSummary {
  name: string;
  source: string | null;
  importedAt: string | null;
  organisations: number;
  people: number;
  roles: number;
  activities: number;
  documents: number;
}

/** Every dataset imported, by name. */
export async function listDatasets(database: Database): Promise<DatasetSummary[]> {
  const rows = await database.read(
    `MATCH (dataset:Dataset)
     RETURN dataset.name AS name, dataset.source AS source, toString(dataset.importedAt) AS importedAt,
            coalesce(dataset.organisations, 0) AS organisations, coalesce(dataset.people, 0) AS people,
            coalesce(dataset.roles, 0) AS roles, coalesce(dataset.activities, 0) AS activities,
            coalesce(dataset.documents, 0) AS documents
     ORDER BY name`,
  );
  return rows.map((row) => ({
    name: String(row.name),
    source: typeof row.source === 'string' ? row.source : null,
    importedAt: typeof row.importedAt === 'string' ? row.importedAt : null,
    organisations: Number(row.organisations),
    people: Number(row.people),
    roles: Number(row.roles),
    activities: Number(row.activities),
    documents: Number(row.documents),
  }));
}

export interface RemovalSummary {
  dataset: string;
  /** Nodes deleted because no other dataset (nor the notice) states them. */
  deleted: number;
  /** Nodes kept because another dataset or the notice also states them. */
  kept: number;
}

/**
 * Removes a dataset as a unit, in one transaction: its statements are withdrawn from every node and
 * relationship; what only it stated is deleted, what another dataset or the notice also states
 * stays (its provenance moves to the next dataset).
 */
export async function removeDataset(
  database: Database,
  name: string,
  operation: AuditedOperation = { operation: 'removeDataset', variables: { name } },
): Promise<RemovalSummary> {
  return database.writeTransaction(async (transaction) => {
    // Locks the dataset: an import of it under way commits first, and is then removed whole.
    const [found] = await transaction.run('MATCH (dataset:Dataset {name: $name}) SET dataset:Dataset RETURN count(dataset) AS found', {
      name,
    });
    if (Number(found?.found ?? 0) === 0) throw new LiaisonError(ErrorCode.NOT_FOUND, `dataset "${name}" does not exist`);
    const keysByLabel = new Map<(typeof WRITTEN_LABELS)[number], string[]>();
    for (const label of WRITTEN_LABELS) {
      const keys = await keysStatedBy(transaction, label, name);
      keysByLabel.set(label, keys);
      await stripOwnedRelationships(transaction, label, keys, name);
    }
    let deleted = 0;
    let total = 0;
    for (const label of WRITTEN_LABELS) {
      const keys = keysByLabel.get(label) ?? [];
      total += keys.length;
      deleted += await stripNodes(transaction, label, keys, name);
    }
    await transaction.run('MATCH (dataset:Dataset {name: $name}) DELETE dataset', { name });
    transaction.touch('Dataset', 'name', [name]);
    return { dataset: name, deleted, kept: total - deleted };
  }, operation);
}
