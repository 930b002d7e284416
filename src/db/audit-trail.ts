import { randomUUID } from 'node:crypto';
import { userInfo } from 'node:os';

/** The label of the audit trail's entries: appended by every write, never changed or deleted. */
export const AUDIT_ENTRY_LABEL = 'AuditEntry';

/** At most this many touched keys are kept on one entry (`touchedCount` has them all). */
export const MAX_TOUCHED_KEYS = 1000;

/** Who writes: a token's subject and its highest role, or `cli:<os user>` for a command. */
export interface AuditActor {
  id: string;
  role: string | null;
}

/** What a write is, as its audit entry names it. */
export interface AuditedOperation {
  /** e.g. `importRecords`, `cli:import`, `cli:restore`. */
  operation: string;
  /** The operation's input; summarised (`summariseVariables`) before it is kept. */
  variables?: Record<string, unknown>;
}

/** The changes Neo4j reports for the statements of one transaction, summed. */
export interface WriteCounters {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
  labelsAdded: number;
  labelsRemoved: number;
}

export const COUNTER_NAMES: readonly (keyof WriteCounters)[] = [
  'nodesCreated',
  'nodesDeleted',
  'relationshipsCreated',
  'relationshipsDeleted',
  'propertiesSet',
  'labelsAdded',
  'labelsRemoved',
];

/** The actor of a command run on this machine. */
export function commandLineActor(): AuditActor {
  let user = 'unknown';
  try {
    user = userInfo().username;
  } catch {
    // No passwd entry for the uid (some containers): the entry still says it came from a command.
  }
  return { id: `cli:${user}`, role: null };
}

const SECRET_NAME = /secret|password|token|authorization|credential/i;
const MAX_STRING = 200;
const MAX_ITEMS = 10;
const MAX_DEPTH = 4;

/**
 * The variables as an entry keeps them: secrets replaced, long strings cut, long lists reduced to
 * their length and first items (a bulk import's rows are summarised, not copied).
 */
export function summariseVariables(value: unknown, depth = 0): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value.length > MAX_STRING ? `${value.slice(0, MAX_STRING)}… (${value.length} characters)` : value;
  if (typeof value !== 'object') return value;
  if (depth >= MAX_DEPTH) return Array.isArray(value) ? { items: value.length } : '{…}';
  if (Array.isArray(value)) {
    const first = value.slice(0, MAX_ITEMS).map((item) => summariseVariables(item, depth + 1));
    return value.length > MAX_ITEMS ? { items: value.length, first } : first;
  }
  const result: Record<string, unknown> = {};
  for (const [name, item] of Object.entries(value as Record<string, unknown>)) {
    result[name] = SECRET_NAME.test(name) ? '[redacted]' : summariseVariables(item, depth + 1);
  }
  return result;
}

/** The nodes of one label a write touched, by the property that identifies them. */
interface TouchedLabel {
  property: string;
  keys: Set<string>;
}

/**
 * What one attempt of a write transaction did, gathered while it runs: Neo4j's counters of every
 * statement and the keys the writer says it touched. A retried transaction starts a new one.
 */
export class AuditCollector {
  readonly counters: WriteCounters = {
    nodesCreated: 0,
    nodesDeleted: 0,
    relationshipsCreated: 0,
    relationshipsDeleted: 0,
    propertiesSet: 0,
    labelsAdded: 0,
    labelsRemoved: 0,
  };
  private readonly touched = new Map<string, TouchedLabel>();
  private touchedCount = 0;
  private kept = 0;

  /** @param keepAllKeys keep every touched key (to stamp them all), not just those the entry names. */
  constructor(private readonly keepAllKeys = false) {}

  /** Adds a statement's counters (`summary.counters.updates()` of the driver). */
  count(updates: Partial<Record<keyof WriteCounters, number>>): void {
    for (const name of COUNTER_NAMES) this.counters[name] += updates[name] ?? 0;
  }

  /** Notes that nodes of `label`, identified by `property`, were created, changed or deleted. */
  touch(label: string, property: string, keys: Iterable<string>): void {
    let entry = this.touched.get(label);
    if (entry === undefined) {
      entry = { property, keys: new Set() };
      this.touched.set(label, entry);
    }
    for (const key of keys) {
      if (entry.keys.has(key)) continue;
      this.touchedCount += 1;
      // Past the cap only the count grows, so that a million-row command import stays flat in memory
      // (an API write, whose body is capped, keeps them all to stamp them).
      if (this.keepAllKeys || this.kept < MAX_TOUCHED_KEYS) {
        entry.keys.add(key);
        this.kept += 1;
      }
    }
  }

  /** The touched nodes per label (all of them, or the first MAX_TOUCHED_KEYS), for stamping and the entry. */
  touchedLabels(): Array<{ label: string; property: string; keys: string[] }> {
    return [...this.touched].map(([label, entry]) => ({ label, property: entry.property, keys: [...entry.keys] }));
  }

  /** The parameters of the entry's CREATE. */
  entry(actor: AuditActor, operation: AuditedOperation): Record<string, unknown> {
    const touched = this.touchedLabels();
    return {
      id: randomUUID(),
      actor: actor.id,
      role: actor.role,
      operation: operation.operation,
      variables: JSON.stringify(summariseVariables(operation.variables ?? {})),
      labels: touched.map((item) => item.label).sort(),
      touched: touched.flatMap((item) => item.keys.map((key) => `${item.label}:${key}`)).slice(0, MAX_TOUCHED_KEYS),
      touchedCount: this.touchedCount,
      ...this.counters,
    };
  }
}

/** The statement appending an entry; `at` is the transaction's time. */
export const APPEND_AUDIT_ENTRY = `
CREATE (entry:${AUDIT_ENTRY_LABEL} {
  id: $id, at: datetime(), actor: $actor, role: $role, operation: $operation, variables: $variables,
  labels: $labels, touched: $touched, touchedCount: $touchedCount,
  nodesCreated: $nodesCreated, nodesDeleted: $nodesDeleted,
  relationshipsCreated: $relationshipsCreated, relationshipsDeleted: $relationshipsDeleted,
  propertiesSet: $propertiesSet, labelsAdded: $labelsAdded, labelsRemoved: $labelsRemoved
})`;

/** Sets `updatedAt`/`updatedBy` on the touched nodes of one label that still exist. */
export function stampStatement(label: string, property: string): string {
  const name = (text: string) => `\`${text.replaceAll('`', '``')}\``;
  return `MATCH (node:${name(label)}) WHERE node.${name(property)} IN $keys SET node.updatedAt = datetime(), node.updatedBy = $actor`;
}
