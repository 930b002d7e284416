import { SCOPED_LABELS, setSearchScopes } from '../../db/index.ts';
import { DATE_PROPERTIES, IDENTITY_PROPERTY, INTEGER_PROPERTIES, OWNED_RELATIONSHIPS, type NodeLabel } from '../plan/records-plan.ts';

/**
 * The Cypher an import writes with. New nodes are created together with the relationships they own
 * in one `UNWIND` statement, both ends found by element id (no index lookup, no MERGE: a node that
 * did not exist has no relationship yet); nodes that changed are merged by key and their
 * relationships merged, since another dataset may state the same relationship.
 */

/** Cypher for a property's value as stored: text given as `YYYY-MM-DD` becomes a date, a JavaScript number (a float) an integer. */
function storedValue(label: NodeLabel, name: string, value: string): string {
  if ((DATE_PROPERTIES[label] ?? []).includes(name)) return `CASE WHEN ${value} IS NULL THEN null ELSE date(${value}) END`;
  if ((INTEGER_PROPERTIES[label] ?? []).includes(name)) return `toInteger(${value})`;
  return value;
}

/** `SET` items storing the date and integer properties of `row.properties` with their types. */
function typedProperties(label: NodeLabel): string {
  return [...(DATE_PROPERTIES[label] ?? []), ...(INTEGER_PROPERTIES[label] ?? [])]
    .map((name) => `, node.${name} = ${storedValue(label, name, `row.properties.${name}`)}`)
    .join('');
}

/** The parameter field of a row holding the element ids of a relationship's other ends. */
export function linkField(type: string, direction: 'in' | 'out'): string {
  return `${direction}_${type}`;
}

/** The owned relationship kinds of a label, as (type, direction) pairs. */
export function ownedLinkKinds(label: NodeLabel): Array<{ type: string; direction: 'in' | 'out' }> {
  const owned = OWNED_RELATIONSHIPS[label];
  if (owned === undefined) return [];
  return [
    ...owned.incoming.map((type) => ({ type, direction: 'in' as const })),
    ...owned.outgoing.map((type) => ({ type, direction: 'out' as const })),
  ];
}

/** Whether nodes of the label are searched by name, and so carry the scope tokens of their jurisdictions. */
function isScoped(label: NodeLabel): boolean {
  return (SCOPED_LABELS as readonly string[]).includes(label);
}

const LINK_PROVENANCE = `{dataset: $dataset, sourceSheet: $sheets[i], sourceRow: toInteger($rows[i]), sources: [$sources[i]]}`;

/**
 * Creates nodes of a label that do not exist yet, each with the relationships it owns, and returns
 * the new nodes' element ids when `returnIds`. The rows are sent as columns (`$keys`, `$sheets`,
 * `$rows`, `$sources`, `$properties.<name>`, `$links.<direction>_<type>`: lists with one entry per
 * node; a link entry lists the element ids of the other ends), which the driver packs and Neo4j
 * reads far faster than a list of maps.
 */
export function createNodesStatement(label: NodeLabel, propertyNames: readonly string[], returnIds: boolean): string {
  const links = ownedLinkKinds(label).map(({ type, direction }) => {
    const pattern = direction === 'in' ? `(other)-[:${type} ${LINK_PROVENANCE}]->(node)` : `(node)-[:${type} ${LINK_PROVENANCE}]->(other)`;
    return `CALL (node, i) {
      UNWIND $links.${linkField(type, direction)}[i] AS otherId
      MATCH (other) WHERE elementId(other) = otherId
      CREATE ${pattern}
    }`;
  });
  const properties = propertyNames.map((name) => `node.\`${name}\` = ${storedValue(label, name, `$properties.\`${name}\`[i]`)}, `).join('');
  return `UNWIND range(0, size($keys) - 1) AS i
    CREATE (node:${label} {${IDENTITY_PROPERTY[label]}: $keys[i]})
    SET ${properties}node.dataset = $dataset, node.sourceSheet = $sheets[i], node.sourceRow = toInteger($rows[i]), node.sources = [$sources[i]]
    WITH node, i
    ${links.join('\n    ')}
    ${isScoped(label) ? `SET ${setSearchScopes('node')}` : ''}
    ${returnIds ? 'RETURN $keys[i] AS key, elementId(node) AS id' : ''}`;
}

/** Merges `$rows` nodes by key: sets their properties and this dataset's entry in `sources`. */
export function mergeNodesStatement(label: NodeLabel): string {
  const identity = IDENTITY_PROPERTY[label];
  return `UNWIND $rows AS row
    MERGE (node:${label} {${identity}: row.key})
    ON CREATE SET node.dataset = $dataset, node.sourceSheet = row.sheet, node.sourceRow = toInteger(row.row)
    SET node += row.properties${typedProperties(label)},
        node.sources = [source IN coalesce(node.sources, []) WHERE NOT source STARTS WITH $prefix] + row.source`;
}

/** Merges `$rows` relationships between nodes found by key, with this dataset's entry in `sources`. */
export function mergeLinksStatement(fromLabel: NodeLabel, type: string, toLabel: NodeLabel): string {
  return `UNWIND $rows AS row
    MATCH (from:${fromLabel} {${IDENTITY_PROPERTY[fromLabel]}: row.from})
    MATCH (to:${toLabel} {${IDENTITY_PROPERTY[toLabel]}: row.to})
    MERGE (from)-[link:${type}]->(to)
    ON CREATE SET link.dataset = $dataset, link.sourceSheet = row.sheet, link.sourceRow = toInteger(row.row)
    SET link.sources = [source IN coalesce(link.sources, []) WHERE NOT source STARTS WITH $prefix] + row.source${
      type === 'IN_JURISDICTION' && isScoped(fromLabel) ? `, ${setSearchScopes('from')}` : ''
    }`;
}

/** Element ids of nodes of a label by key. */
export function nodeIdsStatement(label: NodeLabel): string {
  return `UNWIND $keys AS key MATCH (node:${label} {${IDENTITY_PROPERTY[label]}: key}) RETURN key, elementId(node) AS id`;
}
