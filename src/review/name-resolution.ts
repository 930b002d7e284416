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

/**
 * Exact key, name or document number first, then full name, then an alias; among equals, a node of
 * the preferred jurisdiction first. Names are compared with whitespace removed (李  东 = 李东).
 */
function resolveCypher(labels: readonly NamedLabel[]): string {
  const labelExpression = labels.join('|');
  return `
MATCH (node:${labelExpression})
WHERE node.key = $name OR node.name = $name OR node.number = $name
   OR node.fullName = $name OR $name IN coalesce(node.aliases, [])
WITH node,
     CASE WHEN node.key = $name OR node.name = $name OR node.number = $name THEN 0
          WHEN node.fullName = $name THEN 1
          ELSE 2 END AS matchRank,
     CASE WHEN node:Jurisdiction THEN node.name
          ELSE head([(node)-[:IN_JURISDICTION]->(jurisdiction:Jurisdiction) | jurisdiction.name]) END AS jurisdiction
RETURN [label IN labels(node) WHERE label IN $labels][0] AS label,
       coalesce(node.key, node.number, node.name) AS key,
       coalesce(node.name, node.number) AS name,
       jurisdiction
ORDER BY matchRank, CASE WHEN jurisdiction = $preferredJurisdiction THEN 0 ELSE 1 END, key
LIMIT 1`;
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
  const [row] = await database.read(resolveCypher(labels), {
    name: normalised,
    labels: [...labels],
    preferredJurisdiction: options.preferredJurisdiction ?? DEFAULT_JURISDICTION,
  });
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
