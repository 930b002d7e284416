import { writeFile } from 'node:fs/promises';
import { AUDIT_ENTRY_LABEL, GRAPH_VERSION_LABEL, type Database } from '../db/index.ts';

export const BACKUP_FORMAT = 'liaison-graph-backup';
export const BACKUP_VERSION = 1;

/** A property as [name, Cypher type without NOT NULL (e.g. DATE, INTEGER, LIST<STRING>), value as JSON]. */
export type BackupProperty = [name: string, type: string, value: unknown];

export interface BackupNode {
  id: string;
  labels: string[];
  properties: BackupProperty[];
}

export interface BackupRelationship {
  type: string;
  from: string;
  to: string;
  properties: BackupProperty[];
}

export interface GraphBackup {
  format: typeof BACKUP_FORMAT;
  version: number;
  nodes: BackupNode[];
  relationships: BackupRelationship[];
}

const PROPERTIES = (variable: string) => `[name IN keys(${variable}) | [name, valueType(${variable}[name]), ${variable}[name]]]`;

function properties(value: unknown): BackupProperty[] {
  return (value as unknown[][])
    .map(([name, type, item]) => [String(name), String(type).replaceAll(' NOT NULL', ''), item ?? null] as BackupProperty)
    .sort((left, right) => (left[0] < right[0] ? -1 : left[0] > right[0] ? 1 : 0));
}

function compare(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0;
}

export interface BackupOptions {
  /**
   * Include the audit trail's entries (default). Without them a backup holds the facts only: two
   * graphs with the same facts give the same document, whatever was written to reach them.
   */
  auditTrail?: boolean;
}

/**
 * Reads the whole graph: every node with its labels and typed properties, every relationship.
 * Everything is sorted by content and nodes are numbered in that order, so the same graph always
 * gives the same document (backup → restore → backup of the facts is byte-identical; the audit
 * trail has one entry more, the restore's).
 */
export async function backupGraph(database: Database, options: BackupOptions = {}): Promise<GraphBackup> {
  // The graph's version is bookkeeping of this database's writes, not a fact.
  const only = `WHERE NOT node:${GRAPH_VERSION_LABEL}${options.auditTrail === false ? ` AND NOT node:${AUDIT_ENTRY_LABEL}` : ''}`;
  // Nodes and relationships are read by two queries: from one committed state, so that no
  // relationship of the backup points to a node it lacks.
  return database.readConsistent(async (transaction) => {
    const nodeRows = await transaction.run(
      `MATCH (node) ${only} RETURN elementId(node) AS element, labels(node) AS labels, ${PROPERTIES('node')} AS properties`,
    );
    const nodes = nodeRows.map((row) => {
      const labels = (row.labels as string[]).map(String).sort(compare);
      const props = properties(row.properties);
      return { element: String(row.element), labels, properties: props, canonical: JSON.stringify([labels, props]) };
    });
    nodes.sort((left, right) => compare(left.canonical, right.canonical));
    const idOf = new Map(nodes.map((node, index) => [node.element, `n${index + 1}`]));
    const relationshipRows = await transaction.run(
      `MATCH (from)-[relationship]->(to)
       RETURN elementId(from) AS from, elementId(to) AS to, type(relationship) AS type, ${PROPERTIES('relationship')} AS properties`,
    );
    const relationships = relationshipRows
      .map((row) => ({
        type: String(row.type),
        from: idOf.get(String(row.from)) ?? '',
        to: idOf.get(String(row.to)) ?? '',
        properties: properties(row.properties),
      }))
      .map((relationship) => ({
        relationship,
        canonical: JSON.stringify([
          relationship.type,
          Number(relationship.from.slice(1)),
          Number(relationship.to.slice(1)),
          relationship.properties,
        ]),
      }))
      .sort((left, right) => compare(left.canonical, right.canonical))
      .map(({ relationship }) => relationship);
    return {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      nodes: nodes.map((node) => ({ id: idOf.get(node.element) ?? '', labels: node.labels, properties: node.properties })),
      relationships,
    };
  });
}

/** The backup as text: a header, then one node or relationship per line. */
export function serialiseBackup(backup: GraphBackup): string {
  const lines = (items: readonly unknown[]) => items.map((item) => `    ${JSON.stringify(item)}`).join(',\n');
  return [
    '{',
    `  "format": ${JSON.stringify(backup.format)},`,
    `  "version": ${backup.version},`,
    `  "nodes": [${backup.nodes.length === 0 ? ']' : `\n${lines(backup.nodes)}\n  ]`},`,
    `  "relationships": [${backup.relationships.length === 0 ? ']' : `\n${lines(backup.relationships)}\n  ]`}`,
    '}',
    '',
  ].join('\n');
}

export async function writeBackup(database: Database, path: string): Promise<GraphBackup> {
  const backup = await backupGraph(database);
  await writeFile(path, serialiseBackup(backup), 'utf8');
  return backup;
}
