import type { Database, Transaction } from '../../db/database.ts';
import { keysStatedBy, prefixOf, stripNodes, stripOwnedRelationships } from './provenance-cypher.ts';
import {
  COUNT_KINDS,
  DATE_PROPERTIES,
  INTEGER_PROPERTIES,
  IDENTITY_PROPERTY,
  OWNED_RELATIONSHIPS,
  sourceEntry,
  WRITTEN_LABELS,
  type CountKind,
  type NodeLabel,
  type PlannedLink,
  type PlannedNode,
  type RecordsPlan,
} from './records-plan.ts';

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

function batches<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
}

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

function stable(value: unknown): string {
  return JSON.stringify(value ?? null);
}

function linkSignature(type: string, direction: string, label: string, key: string, sources: readonly string[]): string {
  return `${type}|${direction}|${label}:${key}|${[...sources].sort().join(',')}`;
}

/** What the node looks like once written: its properties, this dataset's entry and owned links. */
function desiredSignature(node: PlannedNode, links: readonly PlannedLink[], dataset: string): string {
  const properties = Object.keys(node.properties).sort().map((name) => `${name}=${stable(node.properties[name])}`);
  const linkSignatures = links
    .map((link) => {
      const outgoing = link.from.label === node.label && link.from.key === node.key;
      const other = outgoing ? link.to : link.from;
      return linkSignature(link.type, outgoing ? 'out' : 'in', other.label, other.key, [sourceEntry(dataset, link.sheet, link.row)]);
    })
    .sort();
  return [...properties, `source=${sourceEntry(dataset, node.sheet, node.row)}`, ...linkSignatures].join('\n');
}

/** Reads the current state of planned nodes (properties, this dataset's entries, owned links), in batches. */
async function existingSignatures(
  transaction: Transaction,
  label: NodeLabel,
  nodes: readonly PlannedNode[],
  dataset: string,
): Promise<Map<string, string>> {
  const identity = IDENTITY_PROPERTY[label];
  const result = new Map<string, string>();
  const prefix = prefixOf(dataset);
  const owned = OWNED_RELATIONSHIPS[label];
  for (const batch of batches(nodes, DEFAULT_BATCH_SIZE)) {
    const rows = await transaction.run(
      `UNWIND $keys AS key MATCH (node:${label} {${identity}: key})
       RETURN key, properties(node) AS properties,
         COLLECT {
           MATCH (node)-[link]-(other)
           WHERE any(source IN coalesce(link.sources, []) WHERE source STARTS WITH $prefix)
             AND ((startNode(link) = node AND type(link) IN $outgoing) OR (endNode(link) = node AND type(link) IN $incoming))
           RETURN [type(link), CASE WHEN startNode(link) = node THEN 'out' ELSE 'in' END, head(labels(other)),
                   coalesce(other.key, other.number, other.name),
                   [source IN link.sources WHERE source STARTS WITH $prefix]]
         } AS links`,
      { keys: batch.map((node) => node.key), prefix, incoming: owned?.incoming ?? [], outgoing: owned?.outgoing ?? [] },
    );
    const planned = new Map(batch.map((node) => [node.key, node]));
    for (const row of rows) {
      const key = String(row.key);
      const node = planned.get(key);
      if (node === undefined) continue;
      const properties = (row.properties ?? {}) as Record<string, unknown>;
      const propertySignatures = Object.keys(node.properties)
        .sort()
        .map((name) => `${name}=${stable(properties[name])}`);
      const sources = Array.isArray(properties.sources) ? properties.sources.map(String).filter((source) => source.startsWith(prefix)) : [];
      const linkSignatures = (row.links as unknown[][]).map((link) =>
        linkSignature(String(link[0]), String(link[1]), String(link[2]), String(link[3]), (link[4] as unknown[]).map(String)),
      );
      result.set(key, [...propertySignatures, `source=${sources.sort().join(',')}`, ...linkSignatures.sort()].join('\n'));
    }
  }
  return result;
}

function nodeStatement(label: NodeLabel): string {
  const identity = IDENTITY_PROPERTY[label];
  const dates = (DATE_PROPERTIES[label] ?? []).map(
    (name) => `node.${name} = CASE WHEN row.properties.${name} IS NULL THEN null ELSE date(row.properties.${name}) END`,
  );
  const integers = (INTEGER_PROPERTIES[label] ?? []).map((name) => `node.${name} = toInteger(row.properties.${name})`);
  dates.push(...integers);
  return `UNWIND $rows AS row
    MERGE (node:${label} {${identity}: row.key})
    ON CREATE SET node.dataset = $dataset, node.sourceSheet = row.sheet, node.sourceRow = toInteger(row.row)
    SET node += row.properties${dates.map((item) => `, ${item}`).join('')},
        node.sources = [source IN coalesce(node.sources, []) WHERE NOT source STARTS WITH $prefix] + row.source`;
}

function linkStatement(fromLabel: NodeLabel, type: string, toLabel: NodeLabel): string {
  return `UNWIND $rows AS row
    MATCH (from:${fromLabel} {${IDENTITY_PROPERTY[fromLabel]}: row.from})
    MATCH (to:${toLabel} {${IDENTITY_PROPERTY[toLabel]}: row.to})
    MERGE (from)-[link:${type}]->(to)
    ON CREATE SET link.dataset = $dataset, link.sourceSheet = row.sheet, link.sourceRow = toInteger(row.row)
    SET link.sources = [source IN coalesce(link.sources, []) WHERE NOT source STARTS WITH $prefix] + row.source`;
}

/**
 * Writes a plan in one transaction: withdraws what an earlier import of the same dataset stated
 * and this one does not, rewrites the nodes that are new or changed with their relationships
 * (batched `UNWIND`), records the dataset, and counts created / updated / unchanged per kind.
 */
export async function writePlan(database: Database, plan: RecordsPlan, options: WriteOptions): Promise<ImportCounts> {
  const { dataset } = options;
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  const prefix = prefixOf(dataset);
  const work = async (transaction: Transaction): Promise<ImportCounts> => {
    const counts = emptyCounts();
    for (const row of plan.unchangedRows) counts[row.kind].unchanged += 1;
    const linksByOwner = groupBy(plan.links, (link) => `${link.owner.label}/${link.owner.key}`);
    const nodesByLabel = groupBy(plan.nodes, (node) => node.label);
    const toWrite: PlannedNode[] = [];
    for (const label of WRITTEN_LABELS) {
      const nodes = nodesByLabel.get(label) ?? [];
      const existing = await existingSignatures(transaction, label, nodes, dataset);
      const planned = new Set(nodes.map((node) => node.key));
      const stale = (await keysStatedBy(transaction, label, dataset)).filter((key) => !planned.has(key));
      await stripOwnedRelationships(transaction, label, stale, dataset);
      await stripNodes(transaction, label, stale, dataset);
      counts[LABEL_KIND[label]].removed += stale.length;
      const changed: string[] = [];
      for (const node of nodes) {
        const before = existing.get(node.key);
        const after = desiredSignature(node, linksByOwner.get(`${node.label}/${node.key}`) ?? [], dataset);
        if (before === undefined) counts[node.kind].created += 1;
        else if (before === after) {
          counts[node.kind].unchanged += 1;
          continue;
        } else {
          counts[node.kind].updated += 1;
          changed.push(node.key);
        }
        toWrite.push(node);
      }
      await stripOwnedRelationships(transaction, label, changed, dataset);
    }
    const writtenOwners = new Set(toWrite.map((node) => `${node.label}/${node.key}`));
    const linksToWrite = plan.links.filter((link) => writtenOwners.has(`${link.owner.label}/${link.owner.key}`));
    const total = toWrite.length + linksToWrite.length;
    let done = 0;
    const parameters = { dataset, prefix };
    for (const [label, nodes] of groupBy(toWrite, (node) => node.label)) {
      const statement = nodeStatement(label as NodeLabel);
      for (const batch of batches(nodes, batchSize)) {
        const rows = batch.map((node) => ({ key: node.key, properties: node.properties, sheet: node.sheet, row: node.row, source: sourceEntry(dataset, node.sheet, node.row) }));
        await transaction.run(statement, { ...parameters, rows });
        done += batch.length;
        options.onProgress?.(done, total);
      }
    }
    for (const links of groupBy(linksToWrite, (link) => `${link.from.label}/${link.type}/${link.to.label}`).values()) {
      const first = links[0]!;
      const statement = linkStatement(first.from.label, first.type, first.to.label);
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
