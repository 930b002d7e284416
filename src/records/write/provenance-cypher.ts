import type { Transaction } from '../../db/index.ts';
import { IDENTITY_PROPERTY, OWNED_RELATIONSHIPS, type NodeLabel } from '../plan/records-plan.ts';

/**
 * Cypher for provenance. Every node and relationship an import writes carries `dataset`,
 * `sourceSheet`, `sourceRow` (the first dataset and row that stated it) and `sources`, the list of
 * `<dataset>|<sheet>|<row>` of every dataset that states it. Removing a dataset's statements drops
 * its entries; what no dataset states any more is deleted, unless it was not created by an import
 * (the notice's nodes have no `dataset`), which only loses the entry.
 */

const KEEP_REST = `[source IN coalesce(item.sources, []) WHERE NOT source STARTS WITH $prefix]`;

/** Sets `sources` to `rest` and moves `dataset`/`sourceSheet`/`sourceRow` to the next dataset when the first one left. */
const UPDATE_REST = `
WITH item, rest, item.dataset = $dataset AS wasFirst
SET item.sources = CASE WHEN size(rest) = 0 THEN null ELSE rest END,
    item.sourceSheet = CASE WHEN wasFirst THEN split(rest[0], '|')[1] ELSE item.sourceSheet END,
    item.sourceRow = CASE WHEN wasFirst THEN toInteger(split(rest[0], '|')[2]) ELSE item.sourceRow END,
    item.dataset = CASE WHEN wasFirst THEN split(rest[0], '|')[0] ELSE item.dataset END`;

export function prefixOf(dataset: string): string {
  return `${dataset}|`;
}

/**
 * The nodes of a label with the given keys. Written as `IN $keys`, not `UNWIND $keys … {key: key}`:
 * in a query that deletes, the planner turns the latter into a scan of the whole key index per key.
 */
function matchNodes(label: NodeLabel): string {
  return `MATCH (node:${label}) WHERE node.${IDENTITY_PROPERTY[label]} IN $keys`;
}

/** The relationship patterns a label's nodes own, one per direction. */
function ownedPatterns(label: NodeLabel): string[] {
  const owned = OWNED_RELATIONSHIPS[label];
  if (owned === undefined) return [];
  const patterns: string[] = [];
  if (owned.incoming.length > 0) patterns.push(`(node)<-[item:${owned.incoming.join('|')}]-()`);
  if (owned.outgoing.length > 0) patterns.push(`(node)-[item:${owned.outgoing.join('|')}]->()`);
  return patterns;
}

/** Drops `dataset`'s entries from the relationships that the given nodes own. */
export async function stripOwnedRelationships(
  transaction: Transaction,
  label: NodeLabel,
  keys: readonly string[],
  dataset: string,
): Promise<void> {
  if (keys.length === 0) return;
  for (const pattern of ownedPatterns(label)) {
    const head = `${matchNodes(label)} MATCH ${pattern}
      WHERE any(source IN coalesce(item.sources, []) WHERE source STARTS WITH $prefix)
      WITH DISTINCT item WITH item, ${KEEP_REST} AS rest`;
    const parameters = { keys, prefix: prefixOf(dataset), dataset };
    await transaction.run(`${head} WHERE size(rest) = 0 AND item.dataset IS NOT NULL DELETE item`, parameters);
    await transaction.run(`${head} ${UPDATE_REST}`, parameters);
  }
}

/** Drops `dataset`'s entries from the given nodes; deletes the imported ones no dataset states any more. */
export async function stripNodes(transaction: Transaction, label: NodeLabel, keys: readonly string[], dataset: string): Promise<number> {
  if (keys.length === 0) return 0;
  transaction.touch(label, IDENTITY_PROPERTY[label], keys);
  const head = `${matchNodes(label)} WITH node AS item WITH item, ${KEEP_REST} AS rest`;
  const parameters = { keys, prefix: prefixOf(dataset), dataset };
  // Kept nodes first: looking keys up after deleting nodes of the label in the same transaction
  // costs time in proportion to the deletions for every key.
  await transaction.run(`${head} WHERE size(rest) > 0 OR item.dataset IS NULL ${UPDATE_REST}`, parameters);
  const [deleted] = await transaction.run(
    `${head} WHERE size(rest) = 0 AND item.dataset IS NOT NULL DETACH DELETE item RETURN count(*) AS deleted`,
    parameters,
  );
  return Number(deleted?.deleted ?? 0);
}

/** Keys of the nodes of a label that a dataset states. */
export async function keysStatedBy(transaction: Transaction, label: NodeLabel, dataset: string): Promise<string[]> {
  const identity = IDENTITY_PROPERTY[label];
  const rows = await transaction.run(
    `MATCH (node:${label}) WHERE any(source IN coalesce(node.sources, []) WHERE source STARTS WITH $prefix)
     RETURN node.${identity} AS key`,
    { prefix: prefixOf(dataset) },
  );
  return rows.map((row) => String(row.key));
}
