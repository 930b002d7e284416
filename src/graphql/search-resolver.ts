import { type Database, NAME_SEARCH_INDEX, SEARCH_SCOPES_PROPERTY, SEARCH_TOKEN_PROPERTY } from '../db/index.ts';
import { ErrorCode, LiaisonError } from '../errors/index.ts';
import type { QueryResolvers, SearchHit } from './generated/types.ts';

export type { SearchHit } from './generated/types.ts';

export const DEFAULT_SEARCH_LIMIT = 10;
export const MAXIMUM_SEARCH_LIMIT = 100;
/** Longer text is refused before Lucene sees it: every word of it becomes a clause of the query. */
export const MAXIMUM_SEARCH_TEXT_LENGTH = 200;
/** How many index hits a search within one jurisdiction looks at before filtering. */
const MAXIMUM_FILTERED_CANDIDATES = 10_000;

/**
 * Ranks the nodes of the full-text index by relevance, optionally only those of one jurisdiction
 * (the jurisdiction itself and what lies in it). `kind` is the node's first label; `name` falls back
 * to a document's number or title for nodes without a name.
 *
 * Within a jurisdiction that has its scope token (src/db/search-scopes.ts), Lucene is asked for the
 * words and the token together, so it returns only that jurisdiction's hits; the token's clause is
 * boosted 0, so the scores are the words' alone. A jurisdiction without a token (a graph written
 * before them) is searched over every jurisdiction's hits. The filter stays either way: it decides
 * what belongs, the token only narrows what Lucene hands over.
 */
export const SEARCH_CYPHER = `
OPTIONAL MATCH (scope:Jurisdiction {name: $jurisdiction})
WITH CASE WHEN scope.${SEARCH_TOKEN_PROPERTY} IS :: STRING NOT NULL
       THEN '+(' + $query + ') +${SEARCH_SCOPES_PROPERTY}:' + scope.${SEARCH_TOKEN_PROPERTY} + '^0'
       ELSE $query END AS query
CALL db.index.fulltext.queryNodes($index, query, {
  limit: CASE WHEN $jurisdiction IS NULL THEN toInteger($limit) ELSE ${MAXIMUM_FILTERED_CANDIDATES} END
}) YIELD node, score
WHERE $jurisdiction IS NULL
   OR (node:Jurisdiction AND node.name = $jurisdiction)
   OR node.key STARTS WITH $jurisdiction + '/'
   OR EXISTS { (node)-[:IN_JURISDICTION]->(:Jurisdiction {name: $jurisdiction}) }
RETURN labels(node)[0] AS kind,
       coalesce(node.name, node.number, node.title, '') AS name,
       node.fullName AS fullName,
       score
ORDER BY score DESC, name ASC
LIMIT toInteger($limit)`;

const luceneSpecialCharacters = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Escapes Lucene query syntax so that user text is searched for literally. */
export function escapeLuceneQuery(text: string): string {
  return text.replace(luceneSpecialCharacters, (character) => `\\${character}`).replace(/\b(AND|OR|NOT)\b/g, (word) => word.toLowerCase());
}

/** The Lucene query for user text: its words, escaped, any of them matching; `undefined` for blank text. */
export function toSearchQuery(text: string): string | undefined {
  const words = text
    .trim()
    .split(/\s+/)
    .filter((word) => word.length > 0);
  if (words.length === 0) return undefined;
  return words.map(escapeLuceneQuery).join(' ');
}

function validLimit(limit: number | null | undefined): number {
  const value = limit ?? DEFAULT_SEARCH_LIMIT;
  if (!Number.isInteger(value) || value < 1 || value > MAXIMUM_SEARCH_LIMIT) {
    throw new LiaisonError(ErrorCode.BAD_USER_INPUT, `search: limit must be between 1 and ${MAXIMUM_SEARCH_LIMIT}, got ${value}`);
  }
  return value;
}

/** Runs a search against the database; the function behind `Query.search`. */
export async function searchByName(
  database: Database,
  text: string,
  options: { limit?: number | null; jurisdiction?: string | null } = {},
  indexName: string = NAME_SEARCH_INDEX,
): Promise<SearchHit[]> {
  const boundedLimit = validLimit(options.limit);
  if (text.length > MAXIMUM_SEARCH_TEXT_LENGTH) {
    throw new LiaisonError(
      ErrorCode.QUERY_TOO_COMPLEX,
      `search: text may be at most ${MAXIMUM_SEARCH_TEXT_LENGTH} characters, got ${text.length}`,
      { details: { field: 'text' } },
    );
  }
  const query = toSearchQuery(text);
  if (query === undefined) return [];
  const rows = await database.read(SEARCH_CYPHER, {
    index: indexName,
    query,
    limit: boundedLimit,
    jurisdiction: options.jurisdiction ?? null,
  });
  return rows.map((row) => ({
    kind: String(row.kind ?? ''),
    name: String(row.name ?? ''),
    fullName: typeof row.fullName === 'string' ? row.fullName : null,
    score: Number(row.score),
  }));
}

/** Resolvers for the hand-written `Query` fields (search.graphql). */
export const searchResolvers: { Query: QueryResolvers } = {
  Query: {
    search: (_source, { text, limit, jurisdiction }, { database }) => searchByName(database, text, { limit, jurisdiction }),
  },
};
