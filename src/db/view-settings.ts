import type { BookmarkManager } from 'neo4j-driver';
import type { AuditActor } from './audit-trail.ts';
import type { DatabaseHealth } from './database-health.ts';
import type { DbHits } from './db-hits.ts';

/** What distinguishes a view of the database from another over the same driver. */
export interface ViewSettings {
  health: DatabaseHealth;
  transactionTimeoutMs: number | undefined;
  actor: AuditActor;
  /** Stamp touched nodes with `updatedAt`/`updatedBy` (writes through the API). */
  stamp: boolean;
  auditTrail: boolean;
  /**
   * One bookmark manager for the process: every session starts after the writes this process has
   * committed, so with a cluster (`neo4j://` to several servers, Aura) a read routed to a follower
   * waits until it has applied them, and an answer never goes back in time after a write.
   */
  bookmarks: BookmarkManager;
  /** Profile every statement and add its database hits here (`profiling`). */
  profile?: DbHits;
}
