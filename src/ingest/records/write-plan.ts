import type { Database, Transaction } from '../../db/database.ts';
import { batches, desiredSignature, existingNodes } from './node-signatures.ts';
import { keysStatedBy, prefixOf, stripNodes, stripOwnedRelationships } from './provenance-cypher.ts';
import {
  COUNT_KINDS,
  sourceEntry,
  WRITTEN_LABELS,
  type CountKind,
  type NodeLabel,
  type NodeReference,
  type PlannedLink,
  type PlannedNode,
  type RecordsPlan,
} from './records-plan.ts';
import { createNodesStatement, linkField, mergeLinksStatement, mergeNodesStatement, nodeIdsStatement } from './write-statements.ts';

export interface KindCounts {
  created: number;
  updated: number;
  unchanged: number;
  /** Stated by an earlier import of this dataset, not by this one: its statement was withdrawn. */
  removed: number;
}

export type ImportCounts = Record<CountKind, KindCounts>;

export interface WriteOptions {
  dataset: string;
  /** The file or folder read, recorded on the dataset. */
  source: string;
  /** Rows per UNWIND statement; 1 writes row by row (the benchmark's comparison). */
  batchSize?: number;
  /** Classify only (a dry run): the transaction is rolled back. */
  dryRun?: boolean;
  onProgress?: (done: number, total: number) => void;
  /** The time recorded on the dataset (ISO); now by default. */
  importedAt?: string;
}

export function emptyCounts(): ImportCounts {
  return Object.fromEntries(COUNT_KINDS.map((kind) => [kind, { created: 0, updated: 0, unchanged: 0, removed: 0 }])) as ImportCounts;
}

const DEFAULT_BATCH_SIZE = 5000;

const LABEL_KIND: Record<NodeLabel, CountKind> = {
  Jurisdiction: 'organisations',
  Office: 'organisations',
  Department: 'organisations',
  Counterpart: 'organisations',
  Leader: 'people',
  Person: 'people',
  Role: 'roles',
  Activity: 'activities',
  Document: 'documents',
};

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [item]);
    else group.push(item);
  }
  return groups;
}

function referenceOf(node: NodeReference): string {
  return `${node.label}/${node.key}`;
}

/** The other end of a link its owner states, and the direction seen from the owner. */
function otherEnd(link: PlannedLink, owner: NodeReference): { other: NodeReference; direction: 'in' | 'out' } {
  const outgoing = link.from.label === owner.label && link.from.key === owner.key;
  return outgoing ? { other: link.to, direction: 'out' } : { other: link.from, direction: 'in' };
}

/** How the nodes of a plan stand against the graph. */
interface Classified {
  created: PlannedNode[];
  updated: PlannedNode[];
  /** Element ids of existing planned nodes and of the nodes their links point to, by `Label/key`. */
  ids: Map<string, string>;
}

/**
 * Classifies each planned node as created, updated or unchanged (counting them), withdraws what an
 * earlier import of the dataset stated and this one does not, and strips the relationships of the
 * nodes that changed (they are written again).
 */
async function classify(
  transaction: Transaction,
  plan: RecordsPlan,
  linksByOwner: Map<string, PlannedLink[]>,
  dataset: string,
  counts: ImportCounts,
): Promise<Classified> {
  const nodesByLabel = groupBy(plan.nodes, (node) => node.label);
  const result: Classified = { created: [], updated: [], ids: new Map() };
  for (const label of WRITTEN_LABELS) {
    const nodes = nodesByLabel.get(label) ?? [];
    const existing = await existingNodes(transaction, label, nodes, dataset);
    const planned = new Set(nodes.map((node) => node.key));
    const stale = (await keysStatedBy(transaction, label, dataset)).filter((key) => !planned.has(key));
    await stripOwnedRelationships(transaction, label, stale, dataset);
    await stripNodes(transaction, label, stale, dataset);
    counts[LABEL_KIND[label]].removed += stale.length;
    const changed: string[] = [];
    for (const node of nodes) {
      const before = existing.get(node.key);
      if (before === undefined) {
        counts[node.kind].created += 1;
        result.created.push(node);
        continue;
      }
      result.ids.set(referenceOf(node), before.id);
      if (before.signature === desiredSignature(node, linksByOwner.get(referenceOf(node)) ?? [], dataset)) {
        counts[node.kind].unchanged += 1;
      } else {
        counts[node.kind].updated += 1;
        result.updated.push(node);
        changed.push(node.key);
      }
    }
    await stripOwnedRelationships(transaction, label, changed, dataset);
  }
  return result;
}

/** Looks up the element ids of the nodes that new nodes' relationships point to and the plan does not write. */
async function resolveOtherEnds(transaction: Transaction, classified: Classified, linksByOwner: Map<string, PlannedLink[]>): Promise<void> {
  const created = new Set(classified.created.map(referenceOf));
  const wanted = new Map<NodeLabel, Set<string>>();
  for (const node of classified.created) {
    for (const link of linksByOwner.get(referenceOf(node)) ?? []) {
      const { other } = otherEnd(link, node);
      const reference = referenceOf(other);
      if (classified.ids.has(reference) || created.has(reference)) continue;
      const keys = wanted.get(other.label) ?? new Set<string>();
      keys.add(other.key);
      wanted.set(other.label, keys);
    }
  }
  for (const [label, keys] of wanted) {
    const rows = await transaction.run(nodeIdsStatement(label), { keys: [...keys] });
    for (const row of rows) classified.ids.set(`${label}/${String(row.key)}`, String(row.id));
  }
}

/**
 * The rows of a `createNodesStatement` batch: each node with the element ids of the other ends of
 * the relationships it owns. A relationship whose other end has no id yet, or that another row
 * states, goes to `deferred` (merged by key at the end).
 */
function createRows(batch: readonly PlannedNode[], linksByOwner: Map<string, PlannedLink[]>, ids: Map<string, string>, dataset: string, deferred: PlannedLink[]) {
  let linkCount = 0;
  const rows = batch.map((node) => {
    const links: Record<string, string[]> = {};
    for (const link of linksByOwner.get(referenceOf(node)) ?? []) {
      const { other, direction } = otherEnd(link, node);
      const id = ids.get(referenceOf(other));
      if (id === undefined || link.sheet !== node.sheet || link.row !== node.row) {
        deferred.push(link);
        continue;
      }
      const field = linkField(link.type, direction);
      const list = links[field] ?? (links[field] = []);
      if (!list.includes(id)) list.push(id);
      linkCount += 1;
    }
    return { key: node.key, properties: node.properties, sheet: node.sheet, row: node.row, source: sourceEntry(dataset, node.sheet, node.row), links };
  });
  return { rows, linkCount };
}

/**
 * Writes a plan in one transaction: withdraws what an earlier import of the same dataset stated
 * and this one does not, creates the new nodes with their relationships and rewrites the changed
 * ones (batched `UNWIND`), records the dataset, and counts created / updated / unchanged per kind.
 */
export async function writePlan(database: Database, plan: RecordsPlan, options: WriteOptions): Promise<ImportCounts> {
  const { dataset } = options;
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  const prefix = prefixOf(dataset);
  const work = async (transaction: Transaction): Promise<ImportCounts> => {
    const counts = emptyCounts();
    for (const row of plan.unchangedRows) counts[row.kind].unchanged += 1;
    const linksByOwner = groupBy(plan.links, (link) => referenceOf(link.owner));
    const classified = await classify(transaction, plan, linksByOwner, dataset, counts);
    await resolveOtherEnds(transaction, classified, linksByOwner);
    const { ids } = classified;
    const written = [...classified.created, ...classified.updated];
    const total = written.reduce((sum, node) => sum + 1 + (linksByOwner.get(referenceOf(node))?.length ?? 0), 0);
    let done = 0;
    const parameters = { dataset, prefix };
    const deferred: PlannedLink[] = [];
    const createdByLabel = groupBy(classified.created, (node) => node.label);
    const referencedLabels = new Set(plan.links.map((link) => otherEnd(link, link.owner).other.label));
    for (const label of WRITTEN_LABELS) {
      const statement = createNodesStatement(label, referencedLabels.has(label));
      // One statement runs while the next batch is prepared and sent (both cores busy).
      const running: Array<Promise<void>> = [];
      for (const batch of batches(createdByLabel.get(label) ?? [], batchSize)) {
        const { rows, linkCount } = createRows(batch, linksByOwner, ids, dataset, deferred);
        const written = transaction.run(statement, { dataset, rows }).then((created) => {
          for (const row of created) ids.set(`${label}/${String(row.key)}`, String(row.id));
          done += batch.length + linkCount;
          options.onProgress?.(done, total);
        });
        written.catch(() => undefined);
        running.push(written);
        if (running.length > 1) await running.shift();
      }
      await Promise.all(running);
    }
    for (const [label, nodes] of groupBy(classified.updated, (node) => node.label)) {
      const statement = mergeNodesStatement(label as NodeLabel);
      for (const batch of batches(nodes, batchSize)) {
        const rows = batch.map((node) => ({ key: node.key, properties: node.properties, sheet: node.sheet, row: node.row, source: sourceEntry(dataset, node.sheet, node.row) }));
        await transaction.run(statement, { ...parameters, rows });
        done += batch.length;
        options.onProgress?.(done, total);
      }
    }
    const linksToMerge = [...deferred, ...classified.updated.flatMap((node) => linksByOwner.get(referenceOf(node)) ?? [])];
    for (const links of groupBy(linksToMerge, (link) => `${link.from.label}/${link.type}/${link.to.label}`).values()) {
      const first = links[0]!;
      const statement = mergeLinksStatement(first.from.label, first.type, first.to.label);
      for (const batch of batches(links, batchSize)) {
        const rows = batch.map((link) => ({ from: link.from.key, to: link.to.key, sheet: link.sheet, row: link.row, source: sourceEntry(dataset, link.sheet, link.row) }));
        await transaction.run(statement, { ...parameters, rows });
        done += batch.length;
        options.onProgress?.(done, total);
      }
    }
    const stated = (kind: CountKind) => plan.nodes.filter((node) => node.kind === kind).length;
    await transaction.run(
      `MERGE (dataset:Dataset {name: $dataset})
       SET dataset.source = $source, dataset.importedAt = datetime($importedAt),
           dataset.organisations = toInteger($organisations), dataset.people = toInteger($people), dataset.roles = toInteger($roles),
           dataset.activities = toInteger($activities), dataset.documents = toInteger($documents)`,
      {
        dataset,
        source: options.source,
        importedAt: options.importedAt ?? new Date().toISOString(),
        organisations: stated('organisations') + plan.unchangedRows.length,
        people: stated('people'),
        roles: stated('roles'),
        activities: stated('activities'),
        documents: stated('documents'),
      },
    );
    if (options.dryRun === true) throw new DryRunRollback(counts);
    return counts;
  };
  try {
    return await database.writeTransaction(work);
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
