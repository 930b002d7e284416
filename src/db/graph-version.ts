/**
 * The graph's version: one node whose `version` every write transaction replaces with a fresh
 * token as its last statement, so that readers asking several questions can tell whether a write
 * committed while they asked.
 *
 * Neo4j isolates transactions as "read committed": a transaction of several queries (the review's
 * ten rules, a backup's nodes then relationships) can see one query before a commit and the next
 * after it, and even one query may meet a commit being applied. Writes are exclusive-locked on this
 * node from their last statement until their commit has been applied; a reader takes the same lock
 * for an instant before and after its queries (`SET` of a label the node already has: a lock, no
 * change, nothing logged) and reads the token each time. The same token before and after means no
 * write was applied, even in part, while it read.
 *
 * A random token rather than a counter: `SET v = v + 1` reads before it locks, so two writers can
 * write the same number and a reader would miss the second.
 */
export const GRAPH_VERSION_LABEL = 'GraphVersion';

/** The last statement of every write transaction: holds the lock until the commit is applied. */
export const ADVANCE_GRAPH_VERSION = `MERGE (graph:${GRAPH_VERSION_LABEL} {id: 'graph'}) SET graph.version = randomUUID()`;

/** Waits for any write committing now, then reads the token (no node yet: no write ever committed). */
export const READ_GRAPH_VERSION = `MATCH (graph:${GRAPH_VERSION_LABEL} {id: 'graph'}) SET graph:${GRAPH_VERSION_LABEL} RETURN graph.version AS version`;

/** Attempts at reading between two equal tokens before a read holds the lock throughout. */
export const CONSISTENT_READ_ATTEMPTS = 3;
