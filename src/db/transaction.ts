import type { ManagedTransaction } from 'neo4j-driver';
import type { AuditCollector } from './audit-trail.ts';
import { type DbHits, planDbHits, profiledStatement } from './db-hits.ts';
import { toPlain } from './to-plain.ts';

export type Row = Record<string, unknown>;
export type Parameters = Record<string, unknown>;

/** A transaction handed to `Database.writeTransaction` work: run Cypher, get plain rows. */
export interface Transaction {
  run(cypher: string, parameters?: Parameters): Promise<Row[]>;
  /**
   * Tells the audit trail which nodes of `label` (identified by `property`) this write created,
   * changed or deleted; they are named on its entry and, through the API, stamped `updatedAt`/`updatedBy`.
   */
  touch(label: string, property: string, keys: Iterable<string>): void;
}

/**
 * Runs statements through the driver's streaming API. The driver keeps every result of a
 * transaction, with its parameters, until the transaction ends; so that a long import stays flat
 * in memory, records are handed over (not kept by the result) and the parameters given to the
 * driver are a copy that is emptied once the statement has run.
 */
export function wrapTransaction(transaction: ManagedTransaction, collector?: AuditCollector, profile?: DbHits): Transaction {
  return {
    touch(label, property, keys) {
      collector?.touch(label, property, keys);
    },
    run(cypher, parameters = {}) {
      const sent: Parameters = { ...parameters };
      const rows: Row[] = [];
      return new Promise<Row[]>((resolve, reject) => {
        const release = () => {
          for (const name of Object.keys(sent)) delete sent[name];
        };
        transaction.run(profile === undefined ? cypher : profiledStatement(cypher), sent).subscribe({
          onNext: (record) => rows.push(toPlain(record.toObject()) as Row),
          onCompleted: (summary) => {
            collector?.count(summary.counters.updates());
            if (profile !== undefined && summary.profile !== false) profile.add(cypher, planDbHits(summary.profile));
            release();
            resolve(rows);
          },
          onError: (error) => {
            release();
            reject(error);
          },
        });
      });
    },
  };
}
