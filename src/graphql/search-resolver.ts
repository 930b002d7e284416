import type { Database } from '../db/database.ts';
import { NAME_SEARCH_INDEX } from '../db/schema-setup.ts';
import { ErrorCode, LiaisonError } from '../errors/liaison-error.ts';

export const DEFAULT_SEARCH_LIMIT = 10;
export const MAXIMUM_SEARCH_LIMIT = 100;

/** One row of `search`: the shape of `SearchHit` in search.graphql. */
export interface SearchHit {
  kind: string;
  name: string;
  fullName: string | null;
  score: number;
}

/**
 * Ranks the nodes of the full-text index by relevance. `kind` is the node's first label; `name`
 * falls back to a document's number or title for nodes without a name.
 */
export const SEARCH_CYPHER = `
CALL db.index.fulltext.queryNodes($index, $query, {limit: toInteger($limit)}) YIELD node, score
RETURN labels(node)[0] AS kind,
       coalesce(node.name, node.number, node.title, '') AS name,
       node.fullName AS fullName,
       score
ORDER BY score DESC, name ASC
LIMIT toInteger($limit)`;

const luceneSpecialCharacters = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Escapes Lucene query syntax so that user text is searched for literally. */
export function escapeLuceneQuery(text: string): string {
  return text
    .replace(luceneSpecialCharacters, (character) => `\\${character}`)
    .replace(/\b(AND|OR|NOT)\b/g, (word) => word.toLowerCase());
}

/** The Lucene query for user text: its words, escaped, any of them matching; `undefined` for blank text. */
export function toSearchQuery(text: string): string | undefined {
  const words = text.trim().split(/\s+/).filter((word) => word.length > 0);
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
  limit?: number | null,
  indexName: string = NAME_SEARCH_INDEX,
): Promise<SearchHit[]> {
  const boundedLimit = validLimit(limit);
  const query = toSearchQuery(text);
  if (query === undefined) return [];
  const rows = await database.read(SEARCH_CYPHER, { index: indexName, query, limit: boundedLimit });
  return rows.map((row) => ({
    kind: String(row.kind ?? ''),
    name: String(row.name ?? ''),
    fullName: typeof row.fullName === 'string' ? row.fullName : null,
    score: Number(row.score),
  }));
}

/** Resolvers for the hand-written `Query` fields; without a database they fail as unavailable. */
export function createSearchResolvers(database: Database | undefined) {
  return {
    Query: {
      search: async (_source: unknown, arguments_: { text: string; limit?: number | null }): Promise<SearchHit[]> => {
        if (database === undefined) {
          throw new LiaisonError(ErrorCode.DATABASE_UNAVAILABLE, 'search: no database is connected');
        }
        return searchByName(database, arguments_.text, arguments_.limit);
      },
    },
  };
}
