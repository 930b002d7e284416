import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { AUDIT_ENTRY_LABEL, GRAPH_VERSION_LABEL, refreshSearchScopes, type AuditedOperation, type Database } from '../db/index.ts';
import { ErrorCode, LiaisonError } from '../errors/index.ts';
import { BACKUP_FORMAT, BACKUP_VERSION, type GraphBackup } from './backup-graph.ts';

const property = z.tuple([z.string(), z.string(), z.unknown()]);
const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.number().int(),
  nodes: z.array(z.object({ id: z.string(), labels: z.array(z.string()).min(1), properties: z.array(property) })),
  relationships: z.array(z.object({ type: z.string(), from: z.string(), to: z.string(), properties: z.array(property) })),
});

/** Turns a backed-up [name, type, value] back into the Cypher value of its type. */
const CONVERT = (variable: string) => `CASE ${variable}[1]
  WHEN 'DATE' THEN date(${variable}[2])
  WHEN 'ZONED DATETIME' THEN datetime(${variable}[2])
  WHEN 'LOCAL DATETIME' THEN localdatetime(${variable}[2])
  WHEN 'ZONED TIME' THEN time(${variable}[2])
  WHEN 'LOCAL TIME' THEN localtime(${variable}[2])
  WHEN 'DURATION' THEN duration(${variable}[2])
  WHEN 'INTEGER' THEN toInteger(${variable}[2])
  WHEN 'FLOAT' THEN toFloat(${variable}[2])
  WHEN 'LIST<INTEGER>' THEN [item IN ${variable}[2] | toInteger(item)]
  WHEN 'LIST<FLOAT>' THEN [item IN ${variable}[2] | toFloat(item)]
  ELSE ${variable}[2] END`;

const BATCH_SIZE = 5000;

export interface RestoreOptions {
  /** Delete what the database holds first (in the same transaction), the audit trail excepted. */
  replace?: boolean;
  /** The audit entry's operation (default: `restore`). */
  operation?: AuditedOperation;
}

export async function readBackup(path: string): Promise<GraphBackup> {
  let content: unknown;
  try {
    content = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new LiaisonError(ErrorCode.INVALID_INPUT_FILE, `${path}: not a readable backup (${(error as Error).message})`, { cause: error });
  }
  const parsed = backupSchema.safeParse(content);
  if (!parsed.success) {
    const problem = parsed.error.issues[0];
    throw new LiaisonError(
      ErrorCode.INVALID_INPUT_FILE,
      `${path}: not a ${BACKUP_FORMAT} file (${problem?.path.join('.')}: ${problem?.message})`,
    );
  }
  if (parsed.data.version > BACKUP_VERSION) {
    throw new LiaisonError(
      ErrorCode.INVALID_INPUT_FILE,
      `${path}: backup format version ${parsed.data.version} is newer than this program reads (${BACKUP_VERSION})`,
    );
  }
  checkReferences(path, parsed.data as GraphBackup);
  return parsed.data as GraphBackup;
}

/** A backup whose relationships name nodes it does not hold is refused before anything is removed. */
function checkReferences(path: string, backup: GraphBackup): void {
  const ids = new Set<string>();
  for (const [index, node] of backup.nodes.entries()) {
    if (ids.has(node.id)) throw new LiaisonError(ErrorCode.INVALID_INPUT_FILE, `${path}: nodes.${index}: the id ${node.id} is used twice`);
    ids.add(node.id);
  }
  for (const [index, relationship] of backup.relationships.entries()) {
    const missing = [relationship.from, relationship.to].find((id) => !ids.has(id));
    if (missing !== undefined) {
      throw new LiaisonError(
        ErrorCode.INVALID_INPUT_FILE,
        `${path}: relationships.${index}: a ${relationship.type} relationship points to ${missing}, which the backup does not hold`,
      );
    }
  }
}

/**
 * Loads a backup into an empty database in one transaction: all of it or nothing. Refuses a
 * database that holds anything unless `replace` is set. The audit trail is append-only: entries
 * already in the database stay, the backup's entries join them (one each, by id), and the restore
 * appends its own.
 */
export async function restoreGraph(
  database: Database,
  backup: GraphBackup,
  options: RestoreOptions = {},
): Promise<{ nodes: number; relationships: number }> {
  return database.writeTransaction(
    async (transaction) => {
      const [existing] = await transaction.run(
        `MATCH (node) WHERE NOT node:${AUDIT_ENTRY_LABEL} AND NOT node:${GRAPH_VERSION_LABEL} RETURN count(node) AS count`,
      );
      const count = Number(existing?.count ?? 0);
      if (count > 0 && options.replace !== true) {
        throw new LiaisonError(
          ErrorCode.BAD_USER_INPUT,
          `the database is not empty (${count} nodes): restore only into an empty database, or give --replace`,
        );
      }
      if (count > 0)
        await transaction.run(`MATCH (node) WHERE NOT node:${AUDIT_ENTRY_LABEL} AND NOT node:${GRAPH_VERSION_LABEL} DETACH DELETE node`);
      const logged = new Set(
        (await transaction.run(`MATCH (entry:${AUDIT_ENTRY_LABEL}) RETURN entry.id AS id`)).map((row) => String(row.id)),
      );
      const nodes = backup.nodes.filter(
        (node) => !node.labels.includes(GRAPH_VERSION_LABEL) && !(node.labels.includes(AUDIT_ENTRY_LABEL) && logged.has(entryId(node))),
      );
      const elementOf = new Map<string, string>();
      for (let start = 0; start < nodes.length; start += BATCH_SIZE) {
        const rows = await transaction.run(
          `UNWIND $nodes AS item
         CREATE (node:$(item.labels))
         WITH node, item
         CALL (node, item) { UNWIND item.properties AS property SET node[property[0]] = ${CONVERT('property')} }
         RETURN item.id AS id, elementId(node) AS element`,
          { nodes: nodes.slice(start, start + BATCH_SIZE) },
        );
        for (const row of rows) elementOf.set(String(row.id), String(row.element));
      }
      for (let start = 0; start < backup.relationships.length; start += BATCH_SIZE) {
        const relationships = backup.relationships.slice(start, start + BATCH_SIZE).map((relationship) => {
          const from = elementOf.get(relationship.from);
          const to = elementOf.get(relationship.to);
          if (from === undefined || to === undefined) {
            throw new LiaisonError(
              ErrorCode.INVALID_INPUT_FILE,
              `backup: a ${relationship.type} relationship points to a missing node (${relationship.from} → ${relationship.to})`,
            );
          }
          return { ...relationship, from, to };
        });
        await transaction.run(
          `UNWIND $relationships AS item
         MATCH (from) WHERE elementId(from) = item.from
         MATCH (to) WHERE elementId(to) = item.to
         CREATE (from)-[relationship:$(item.type)]->(to)
         WITH relationship, item
         CALL (relationship, item) { UNWIND item.properties AS property SET relationship[property[0]] = ${CONVERT('property')} }`,
          { relationships },
        );
      }
      // A backup written before search scopes has none, and one edited by hand may have others:
      // the tokens are derived again from what was restored.
      const jurisdictions = await transaction.run('MATCH (jurisdiction:Jurisdiction) RETURN jurisdiction.name AS name');
      await refreshSearchScopes(
        transaction,
        jurisdictions.flatMap((row) => (typeof row.name === 'string' ? [row.name] : [])),
      );
      return { nodes: backup.nodes.length, relationships: backup.relationships.length };
    },
    options.operation ?? {
      operation: 'restore',
      variables: { nodes: backup.nodes.length, relationships: backup.relationships.length, replace: options.replace === true },
    },
  );
}

/** The id of a backed-up audit entry. */
function entryId(node: GraphBackup['nodes'][number]): string {
  return String(node.properties.find(([name]) => name === 'id')?.[2] ?? '');
}
