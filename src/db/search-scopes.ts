import { createHash } from 'node:crypto';
import type { Database } from './database.ts';
import type { Transaction } from './transaction.ts';

/**
 * Search within a jurisdiction asks the full-text index for `+(<words>) +searchScopes:<token>^0`, so
 * that Lucene intersects the words with the jurisdiction before Neo4j sees a row and the cost
 * follows the jurisdiction, not the graph. Every node of the name index carries in `searchScopes`
 * the tokens of the jurisdictions a search within them returns it for (today's rule: the
 * jurisdiction itself, what is IN_JURISDICTION of it, what is keyed "<jurisdiction>/…"); each
 * jurisdiction keeps its own token in `searchToken`.
 *
 * A jurisdiction with `searchToken` promises that all of its nodes carry it: it is given one only
 * when it is created (with nothing in it yet) or, with all of its nodes, by `backfillSearchScopes`
 * in one transaction. A jurisdiction without one (a graph written before the tokens, or by hand) is
 * searched as before, through the filter alone, so the answer stays right either way.
 */
export const SEARCH_SCOPES_PROPERTY = 'searchScopes';
export const SEARCH_TOKEN_PROPERTY = 'searchToken';

/** The labels whose nodes carry a "<jurisdiction>/<name>" key (src/domain/keys.ts). */
const KEYED_LABELS = ['Office', 'Department', 'Counterpart', 'Leader', 'Person'] as const;

/** The labels of the name index (src/db/schema-setup.ts), whose nodes carry scope tokens. */
export const SCOPED_LABELS = ['Leader', 'Department', 'Counterpart', 'Jurisdiction', 'Office', 'Person', 'Document'] as const;

/** Jurisdictions handled per transaction by the backfill. */
const BACKFILL_BATCH = 200;

/**
 * The token of a jurisdiction: ASCII letters and digits only, one word for the `cjk` analyzer
 * (lower case, no CJK character to split into bigrams, no stop word), so it matches exactly.
 */
export function searchScopeToken(jurisdiction: string): string {
  return `scope${createHash('sha256').update(jurisdiction, 'utf8').digest('hex').slice(0, 32)}`;
}

/**
 * A Cypher expression for the tokens `node` should carry, read from the graph: those of its
 * jurisdictions, its own if it is one, and those of the jurisdictions its key starts with; sorted,
 * so that the same graph gives the same list whatever order its relationships were made in.
 */
export function searchScopesOf(node: string): string {
  const key = `${node}.key`;
  return `COLLECT {
      UNWIND [(${node})-[:IN_JURISDICTION]->(within:Jurisdiction) | within.${SEARCH_TOKEN_PROPERTY}]
        + CASE WHEN ${node}:Jurisdiction THEN [${node}.${SEARCH_TOKEN_PROPERTY}] ELSE [] END
        + COLLECT {
            UNWIND CASE WHEN ${key} IS :: STRING NOT NULL
              THEN [at IN range(0, size(${key}) - 1) WHERE substring(${key}, at, 1) = '/' | substring(${key}, 0, at)]
              ELSE [] END AS prefix
            MATCH (prefixed:Jurisdiction {name: prefix})
            RETURN prefixed.${SEARCH_TOKEN_PROPERTY} AS token
          } AS token
      WITH DISTINCT token WHERE token IS NOT NULL
      RETURN token ORDER BY token
    }`;
}

/** A `SET` item giving `node` its scope tokens (after the statement has linked it to its jurisdiction). */
export function setSearchScopes(node: string): string {
  return `${node}.${SEARCH_SCOPES_PROPERTY} = ${searchScopesOf(node)}`;
}

/** `SET` items for a jurisdiction just created, with nothing in it yet: its token, and its own scope. */
export function newJurisdictionScopes(jurisdiction: string, tokenParameter: string): string {
  return `${jurisdiction}.${SEARCH_TOKEN_PROPERTY} = $${tokenParameter}, ${jurisdiction}.${SEARCH_SCOPES_PROPERTY} = [$${tokenParameter}]`;
}

/**
 * Gives the named jurisdictions their tokens and every node a search within them returns its
 * scope tokens, in the caller's transaction (so the jurisdiction's promise holds from its commit).
 * Nodes are written only where their tokens differ. Its cost follows the jurisdictions' size.
 */
export async function refreshSearchScopes(transaction: Transaction, jurisdictions: readonly string[]): Promise<void> {
  if (jurisdictions.length === 0) return;
  const rows = jurisdictions.map((name) => ({ name, token: searchScopeToken(name) }));
  await transaction.run(
    `UNWIND $rows AS row
     MATCH (jurisdiction:Jurisdiction {name: row.name})
     SET jurisdiction.${SEARCH_TOKEN_PROPERTY} = row.token`,
    { rows },
  );
  const keyed = KEYED_LABELS.map(
    (label) => `UNION
       UNWIND $names AS name
       MATCH (node:${label}) WHERE node.key STARTS WITH name + '/'
       RETURN node`,
  ).join('\n');
  await transaction.run(
    `CALL () {
       UNWIND $names AS name
       MATCH (node:Jurisdiction {name: name})
       RETURN node
       UNION
       UNWIND $names AS name
       MATCH (:Jurisdiction {name: name})<-[:IN_JURISDICTION]-(node)
       WHERE ${SCOPED_LABELS.map((label) => `node:${label}`).join(' OR ')}
       RETURN node
       ${keyed}
     }
     WITH node, ${searchScopesOf('node')} AS scopes
     WHERE node.${SEARCH_SCOPES_PROPERTY} IS NULL OR node.${SEARCH_SCOPES_PROPERTY} <> scopes
     SET node.${SEARCH_SCOPES_PROPERTY} = scopes`,
    { names: [...jurisdictions] },
  );
}

/**
 * Brings the scope tokens of a graph written before them (or by hand) up to date: every
 * jurisdiction without its token, or with another one, gets it together with its nodes, a batch of
 * jurisdictions per transaction. One read when every jurisdiction has its token already.
 */
export async function backfillSearchScopes(database: Database): Promise<number> {
  const rows = await database.read(
    `MATCH (jurisdiction:Jurisdiction) RETURN jurisdiction.name AS name, jurisdiction.${SEARCH_TOKEN_PROPERTY} AS token`,
  );
  const stale = rows
    .filter((row) => typeof row.name === 'string' && row.token !== searchScopeToken(row.name))
    .map((row) => String(row.name));
  for (let start = 0; start < stale.length; start += BACKFILL_BATCH) {
    const batch = stale.slice(start, start + BACKFILL_BATCH);
    await database.writeTransaction((transaction) => refreshSearchScopes(transaction, batch), {
      operation: 'schema:searchScopes',
      variables: { jurisdictions: batch },
    });
  }
  return stale.length;
}
