import type { Database } from '../db/index.ts';
import { ErrorCode, LiaisonError } from '../errors/index.ts';
import { resolveName, type NamedLabel, type ResolvedName } from '../review/index.ts';
import { chineseTerms, ROLE_KINDS } from '../domain/index.ts';

export const DEFAULT_MAXIMUM_HOPS = 4;
export const LARGEST_MAXIMUM_HOPS = 8;
/** At most this many shortest paths are returned. */
export const PATH_LIMIT = 25;

/** A node on a path: its label (Leader, Department, Role, Activity, …) and a readable name. */
export interface PathNode {
  label: string;
  name: string;
}

/** One step of a path, written in the relationship's own direction, e.g. "市发展改革委 liaises with 民盟资阳市委会 (FORMAL)". */
export interface PathStep {
  from: PathNode;
  to: PathNode;
  /** The relationship type: LIAISES_WITH, HOLDS, AT, OF_PARTY, ORGANISED, CHAIRED, PARTICIPATED_IN, ISSUED, SENT_TO, SUPERSEDES. */
  relationship: string;
  /** True when the relationship points from `from` to `to`. */
  forward: boolean;
  label: string;
}

export interface LiaisonPath {
  length: number;
  nodes: PathNode[];
  steps: PathStep[];
}

/** The relationships a path may follow: liaisons, roles, activities and documents (not IN_JURISDICTION). */
export const PATH_RELATIONSHIPS = [
  'LIAISES_WITH',
  'HOLDS',
  'AT',
  'OF_PARTY',
  'ORGANISED',
  'CHAIRED',
  'PARTICIPATED_IN',
  'ISSUED',
  'SENT_TO',
  'SUPERSEDES',
];

const verbs: Record<string, string> = {
  LIAISES_WITH: 'liaises with',
  HOLDS: 'holds',
  AT: 'at',
  OF_PARTY: 'of party',
  ORGANISED: 'organised',
  CHAIRED: 'chaired',
  PARTICIPATED_IN: 'took part in',
  ISSUED: 'issued',
  SENT_TO: 'was sent to',
  SUPERSEDES: 'supersedes',
};

function keyProperty(label: NamedLabel): string {
  return label === 'Document' ? 'number' : 'key';
}

/** All shortest paths between two resolved nodes, each node named and each relationship with its properties. */
export function liaisonPathsCypher(from: NamedLabel, to: NamedLabel, maximumHops: number): string {
  return `
MATCH (source:${from} {${keyProperty(from)}: $fromKey}), (target:${to} {${keyProperty(to)}: $toKey})
MATCH path = allShortestPaths((source)-[:${PATH_RELATIONSHIPS.join('|')}*..${maximumHops}]-(target))
WITH path LIMIT toInteger($limit)
WITH nodes(path) AS pathNodes, relationships(path) AS pathRelationships
RETURN [node IN pathNodes | {label: labels(node)[0],
          name: CASE WHEN node:Role THEN coalesce($roleTitles[node.kind], node.kind)
                     WHEN node:Activity THEN toString(node.date) + ' ' + node.title
                     ELSE coalesce(node.name, node.number, node.title, node.key) END}] AS nodes,
       [index IN range(0, size(pathRelationships) - 1) | {
          type: type(pathRelationships[index]),
          forward: startNode(pathRelationships[index]) = pathNodes[index],
          kind: pathRelationships[index].kind,
          validFrom: pathRelationships[index].validFrom,
          validTo: pathRelationships[index].validTo,
          sourceDocument: pathRelationships[index].sourceDocument}] AS relationships`;
}

/** A readable line for one step. */
export function describeStep(from: PathNode, to: PathNode, relationship: Record<string, unknown>): string {
  const type = String(relationship.type);
  const [subject, object] = relationship.forward === true ? [from, to] : [to, from];
  let text = `${subject.name} ${verbs[type] ?? type.toLowerCase()} ${object.name}`;
  if (type === 'LIAISES_WITH') {
    const period = `${String(relationship.validFrom ?? '…')}–${relationship.validTo === null || relationship.validTo === undefined ? '' : String(relationship.validTo)}`;
    const source =
      relationship.sourceDocument === null || relationship.sourceDocument === undefined ? '' : `, ${String(relationship.sourceDocument)}`;
    text += ` (${String(relationship.kind ?? 'FORMAL')}, ${period}${source})`;
  }
  return text;
}

const pathLabels: readonly NamedLabel[] = ['Leader', 'Department', 'Counterpart', 'Office', 'Person', 'Document'];

function validHops(maximumHops: number | null | undefined): number {
  const hops = maximumHops ?? DEFAULT_MAXIMUM_HOPS;
  if (!Number.isInteger(hops) || hops < 1 || hops > LARGEST_MAXIMUM_HOPS) {
    throw new LiaisonError(ErrorCode.BAD_USER_INPUT, `maxHops: expected an integer from 1 to ${LARGEST_MAXIMUM_HOPS}, got ${hops}`);
  }
  return hops;
}

/**
 * Who connects two named nodes (a party and a department, a leader and a party, …): the shortest
 * paths through liaisons, roles, activities and documents, each step labelled. Empty when they are
 * not connected within `maxHops` (default 4, at most 8). An unknown name is NOT_FOUND naming it.
 */
export async function liaisonPaths(
  database: Database,
  fromName: string,
  toName: string,
  maximumHops?: number | null,
): Promise<LiaisonPath[]> {
  const hops = validHops(maximumHops);
  const from: ResolvedName = await resolveName(database, fromName, { labels: pathLabels, what: 'from' });
  const to: ResolvedName = await resolveName(database, toName, {
    labels: pathLabels,
    what: 'to',
    ...(from.jurisdiction === null ? {} : { preferredJurisdiction: from.jurisdiction }),
  });
  if (from.label === to.label && from.key === to.key) {
    throw new LiaisonError(ErrorCode.BAD_USER_INPUT, `from and to name the same node ("${from.name}")`);
  }
  const rows = await database.read(liaisonPathsCypher(from.label, to.label, hops), {
    fromKey: from.key,
    toKey: to.key,
    limit: PATH_LIMIT,
    roleTitles: chineseTerms(ROLE_KINDS),
  });
  return rows.map((row) => {
    const nodes = (row.nodes as Array<Record<string, unknown>>).map((node) => ({ label: String(node.label), name: String(node.name) }));
    const relationships = row.relationships as Array<Record<string, unknown>>;
    const steps = relationships.map((relationship, index) => {
      const stepFrom = nodes[index] as PathNode;
      const stepTo = nodes[index + 1] as PathNode;
      return {
        from: stepFrom,
        to: stepTo,
        relationship: String(relationship.type),
        forward: relationship.forward === true,
        label: describeStep(stepFrom, stepTo, relationship),
      };
    });
    return { length: steps.length, nodes, steps };
  });
}
