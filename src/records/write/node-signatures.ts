import type { Transaction } from '../../db/index.ts';
import { prefixOf } from './provenance-cypher.ts';
import {
  IDENTITY_PROPERTY,
  OWNED_RELATIONSHIPS,
  sourceEntry,
  type NodeLabel,
  type PlannedLink,
  type PlannedNode,
} from '../plan/records-plan.ts';

/**
 * Signatures decide whether a planned node is unchanged: its properties, this dataset's entry in
 * `sources` and the relationships it owns with this dataset's entries, as one comparable text.
 */

const READ_BATCH_SIZE = 10_000;

export interface ExistingNode {
  /** The element id, for writing its relationships without a lookup. */
  id: string;
  signature: string;
}

export function batches<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
}

function stable(value: unknown): string {
  return JSON.stringify(value ?? null);
}

function linkSignature(type: string, direction: string, label: string, key: string, sources: readonly string[]): string {
  return `${type}|${direction}|${label}:${key}|${[...sources].sort().join(',')}`;
}

/** What the node looks like once written: its properties, this dataset's entry and owned links. */
export function desiredSignature(node: PlannedNode, links: readonly PlannedLink[], dataset: string): string {
  const properties = Object.keys(node.properties)
    .sort()
    .map((name) => `${name}=${stable(node.properties[name])}`);
  const linkSignatures = links
    .map((link) => {
      const outgoing = link.from.label === node.label && link.from.key === node.key;
      const other = outgoing ? link.to : link.from;
      return linkSignature(link.type, outgoing ? 'out' : 'in', other.label, other.key, [sourceEntry(dataset, link.sheet, link.row)]);
    })
    .sort();
  return [...properties, `source=${sourceEntry(dataset, node.sheet, node.row)}`, ...linkSignatures].join('\n');
}

/**
 * Reads the planned nodes of a label that exist (element id and signature), in batches; a node
 * absent from the result is new.
 */
export async function existingNodes(
  transaction: Transaction,
  label: NodeLabel,
  nodes: readonly PlannedNode[],
  dataset: string,
): Promise<Map<string, ExistingNode>> {
  const identity = IDENTITY_PROPERTY[label];
  const result = new Map<string, ExistingNode>();
  const prefix = prefixOf(dataset);
  const owned = OWNED_RELATIONSHIPS[label];
  for (const batch of batches(nodes, READ_BATCH_SIZE)) {
    const rows = await transaction.run(
      `UNWIND $keys AS key MATCH (node:${label} {${identity}: key})
       RETURN key, elementId(node) AS id, properties(node) AS properties,
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
    if (rows.length === 0) continue;
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
      const signature = [...propertySignatures, `source=${sources.sort().join(',')}`, ...linkSignatures.sort()].join('\n');
      result.set(key, { id: String(row.id), signature });
    }
  }
  return result;
}
