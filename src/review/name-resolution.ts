import type { Database } from '../db/index.ts';
import { ErrorCode, LiaisonError } from '../errors/index.ts';
import { DEFAULT_JURISDICTION } from '../domain/index.ts';

/** The labels a name can resolve to. */
export type NamedLabel = 'Jurisdiction' | 'Office' | 'Department' | 'Counterpart' | 'Leader' | 'Person' | 'Document';

/** A name resolved to one node: its label, its unique key and its name as written. */
export interface ResolvedName {
  label: NamedLabel;
  /** `key` (`name` for a jurisdiction, `number` for a document): unique per label. */
  key: string;
  name: string;
  /** The jurisdiction it belongs to (itself for a jurisdiction). */
  jurisdiction: string | null;
}

/** The root jurisdiction of the notice: the default of every question that takes a jurisdiction. */

const allLabels: readonly NamedLabel[] = ['Jurisdiction', 'Office', 'Department', 'Counterpart', 'Leader', 'Person', 'Document'];

/** The indexed properties that name a node of each label exactly (unique keys and name indexes). */
const exactProperties: Record<NamedLabel, readonly string[]> = {
  Jurisdiction: ['name'],
  Office: ['key', 'name'],
  Department: ['key', 'name'],
  Counterpart: ['key', 'name'],
  Leader: ['key', 'name'],
  Person: ['key', 'name'],
  Document: ['number'],
};

const resolvedNode = `
WITH node, matchRank,
     CASE WHEN node:Jurisdiction THEN node.name
          ELSE head([(node)-[:IN_JURISDICTION]->(jurisdiction:Jurisdiction) | jurisdiction.name]) END AS jurisdiction
RETURN [label IN labels(node) WHERE label IN $labels][0] AS label,
       coalesce(node.key, node.number, node.name) AS key,
       coalesce(node.name, node.number) AS name,
       jurisdiction
ORDER BY matchRank, CASE WHEN jurisdiction = $preferredJurisdiction THEN 0 ELSE 1 END, key
LIMIT 1`;

/**
 * An exact key, name or document number: one index seek per label and property, so that the cost
 * of a lookup does not grow with the graph (an OR over properties of several labels would scan them).
 */
function exactCypher(labels: readonly NamedLabel[]): string {
  const branches = labels.flatMap((label) =>
    exactProperties[label].map((property) => `MATCH (node:${label} {${property}: $name}) RETURN node, 0 AS matchRank`),
  );
  return `CALL () {\n  ${branches.join('\n  UNION\n  ')}\n}${resolvedNode}`;
}

/** The node of the preferred jurisdiction with this name, by its key ("<jurisdiction>/<name>"): one seek per label. */
function preferredKeyCypher(labels: readonly NamedLabel[]): string | undefined {
  const branches = labels
    .filter((label) => exactProperties[label].includes('key'))
    .map((label) => `MATCH (node:${label} {key: $preferredJurisdiction + '/' + $name}) RETURN node, 0 AS matchRank`);
  if (branches.length === 0) return undefined;
  return `CALL () {\n  ${branches.join('\n  UNION\n  ')}\n}${resolvedNode}`;
}

/**
 * A full name, then an alias: only asked when no exact name matched. Aliases are lists, which no
 * range index serves, so this reads the labels' nodes; names typed as stored never come here.
 */
function otherNamesCypher(labels: readonly NamedLabel[]): string {
  return `
MATCH (node:${labels.join('|')})
WHERE node.fullName = $name OR $name IN coalesce(node.aliases, [])
WITH node, CASE WHEN node.fullName = $name THEN 1 ELSE 2 END AS matchRank${resolvedNode}`;
}

export interface ResolveOptions {
  /** Which labels may match; all by default. */
  labels?: readonly NamedLabel[];
  /** Among equally good matches, prefer this jurisdiction's node (default 资阳市). */
  preferredJurisdiction?: string;
  /** What the name is of, for the error message (e.g. "counterpart"). */
  what?: string;
}

/** Resolves a name, full name, alias, key or document number to one node; NOT_FOUND naming the name otherwise. */
export async function resolveName(database: Database, name: string, options: ResolveOptions = {}): Promise<ResolvedName> {
  const labels = options.labels ?? allLabels;
  const what = options.what ?? 'name';
  const normalised = name.replace(/\s+/g, '');
  if (normalised === '') throw new LiaisonError(ErrorCode.BAD_USER_INPUT, `${what}: must not be empty`);
  const parameters = {
    name: normalised,
    labels: [...labels],
    preferredJurisdiction: options.preferredJurisdiction ?? DEFAULT_JURISDICTION,
  };
  // Exact names first, then full names and aliases; among equals, the preferred jurisdiction's node.
  // Asked for a name of the preferred jurisdiction, its node is found by key, wherever else the name recurs.
  const preferred = options.preferredJurisdiction === undefined ? undefined : preferredKeyCypher(labels);
  const own = preferred === undefined ? [] : await database.read(preferred, parameters);
  const exact = own.length > 0 ? own : await database.read(exactCypher(labels), parameters);
  const [row] = exact.length > 0 ? exact : await database.read(otherNamesCypher(labels), parameters);
  if (row === undefined) {
    throw new LiaisonError(ErrorCode.NOT_FOUND, `${what}: nothing named "${name}" was found (looked up by name, full name and aliases)`, {
      details: { name, labels: [...labels] },
    });
  }
  return {
    label: row.label as NamedLabel,
    key: String(row.key),
    name: String(row.name),
    jurisdiction: typeof row.jurisdiction === 'string' ? row.jurisdiction : null,
  };
}

/** Resolves a jurisdiction name (default 资阳市) to its name as stored; NOT_FOUND when unknown. */
export async function resolveJurisdiction(database: Database, name: string | null | undefined): Promise<string> {
  const resolved = await resolveName(database, name ?? DEFAULT_JURISDICTION, { labels: ['Jurisdiction'], what: 'jurisdiction' });
  return resolved.name;
}
