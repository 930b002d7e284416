import { Neo4jError } from 'neo4j-driver';

/** How often a write transaction is run when another one keeps deleting what it found. */
export const CONCURRENT_DELETION_ATTEMPTS = 3;

/**
 * Whether a transaction failed because a node or relationship it had found was deleted by another
 * transaction that committed meanwhile: a MERGE matches a node, waits for its lock, and the holder
 * deletes it ("Unable to load NODE …"). Neo4j does not mark it transient, so the driver does not run
 * the transaction again; run again, it sees the graph after the deletion.
 */
export function isConcurrentDeletion(error: unknown): boolean {
  return error instanceof Neo4jError && error.code === 'Neo.ClientError.Statement.EntityNotFound';
}

/**
 * Runs `attempt` (a whole transaction, all or nothing) again when it failed on a concurrent deletion,
 * up to `CONCURRENT_DELETION_ATTEMPTS` times in all; any other error, or the last one, is thrown.
 */
export async function retryOnConcurrentDeletion<T>(attempt: () => Promise<T>): Promise<T> {
  for (let tries = 1; ; tries += 1) {
    try {
      return await attempt();
    } catch (error) {
      if (tries >= CONCURRENT_DELETION_ATTEMPTS || !isConcurrentDeletion(error)) throw error;
    }
  }
}
