import { type Database, NAME_SEARCH_INDEX } from '../../src/db/index.ts';
import { type SearchHit, toSearchQuery } from '../../src/graphql/search-resolver.ts';

/**
 * Search within a jurisdiction as it was answered before scope tokens: the index's best hits of
 * every jurisdiction, then the filter. Lucene's scores depend on the index's statistics at the
 * moment (every write changes them a little), so answers are compared with this over the same
 * graph, not with answers taken before a write.
 */
const FILTERED_SEARCH = `
CALL db.index.fulltext.queryNodes($index, $query, {limit: 10000}) YIELD node, score
WHERE (node:Jurisdiction AND node.name = $jurisdiction)
   OR node.key STARTS WITH $jurisdiction + '/'
   OR EXISTS { (node)-[:IN_JURISDICTION]->(:Jurisdiction {name: $jurisdiction}) }
RETURN labels(node)[0] AS kind, coalesce(node.name, node.number, node.title, '') AS name, node.fullName AS fullName, score
ORDER BY score DESC, name ASC
LIMIT toInteger($limit)`;

export async function filteredSearch(database: Database, text: string, jurisdiction: string, limit: number): Promise<SearchHit[]> {
  const rows = await database.read(FILTERED_SEARCH, { index: NAME_SEARCH_INDEX, query: toSearchQuery(text), jurisdiction, limit });
  return rows.map((row) => ({
    kind: String(row.kind ?? ''),
    name: String(row.name ?? ''),
    fullName: typeof row.fullName === 'string' ? row.fullName : null,
    score: Number(row.score),
  }));
}

/** The hits without their scores, in order: what stays the same from one state of the index to the next. */
export function withoutScores(hits: SearchHit[]): Array<Omit<SearchHit, 'score'>> {
  return hits.map(({ kind, name, fullName }) => ({ kind, name, fullName }));
}

/**
 * The hits without their scores or order: what two index states must agree on. A write changes
 * Lucene's statistics, so hits of nearly equal score may swap places between one state and the next.
 */
export function hitSet(hits: SearchHit[]): string[] {
  return withoutScores(hits)
    .map((hit) => JSON.stringify(hit))
    .sort();
}
