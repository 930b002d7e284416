import type { Transaction } from '../../db/index.ts';
import { batches, desiredSignature, existingNodes } from './node-signatures.ts';
import { keysStatedBy, prefixOf, stripNodes, stripOwnedRelationships } from './provenance-cypher.ts';
import {
  COUNT_KINDS,
  IDENTITY_PROPERTY,
  sourceEntry,
  WRITTEN_LABELS,
  type CountKind,
  type NodeLabel,
  type NodeReference,
  type PlannedLink,
  type PlannedNode,
  type RecordsPlan,
} from '../plan/records-plan.ts';
import {
  createNodesStatement,
  linkField,
  mergeLinksStatement,
  mergeNodesStatement,
  nodeIdsStatement,
  ownedLinkKinds,
} from './write-statements.ts';

export interface KindCounts {
  created: number;
  updated: number;
  unchanged: number;
  /** Stated by an earlier import of this dataset, not by this one: its statement was withdrawn. */
  removed: number;
}

export type ImportCounts = Record<CountKind, KindCounts>;

function emptyCounts(): ImportCounts {
  return Object.fromEntries(COUNT_KINDS.map((kind) => [kind, { created: 0, updated: 0, unchanged: 0, removed: 0 }])) as ImportCounts;
}

const LABEL_KIND: Record<NodeLabel, CountKind> = {
  Jurisdiction: 'organisations',
  Office: 'organisations',
  Department: 'organisations',
  Counterpart: 'organisations',
  Leader: 'people',
  Person: 'people',
  Role: 'roles',
  Activity: 'activities',
  Document: 'documents',
};

/** Labels that other rows' relationships point to: their element ids are remembered for the whole import. */
const REFERENCED_LABELS: ReadonlySet<NodeLabel> = new Set(['Jurisdiction', 'Office', 'Department', 'Counterpart', 'Leader', 'Person']);

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [item]);
    else group.push(item);
  }
  return groups;
}

function referenceOf(node: NodeReference): string {
  return `${node.label}/${node.key}`;
}

/** The other end of a link its owner states, and the direction seen from the owner. */
function otherEnd(link: PlannedLink, owner: NodeReference): { other: NodeReference; direction: 'in' | 'out' } {
  const outgoing = link.from.label === owner.label && link.from.key === owner.key;
  return outgoing ? { other: link.to, direction: 'out' } : { other: link.from, direction: 'in' };
}

/**
 * Writes the plans of one import, chunk after chunk, inside one transaction: classifies each
 * planned node as created, updated or unchanged (counting them), creates the new nodes with their
 * relationships (columns, batched `UNWIND`, one statement running while the next is sent), rewrites
 * the changed ones, and at the end withdraws what an earlier import of the dataset stated and this
 * one does not. What it keeps between chunks: the keys an earlier import stated and not yet seen,
 * and the element ids of organisations and people.
 */
export class PlanWriter {
  readonly counts = emptyCounts();
  /** Nodes stated per kind (recorded on the dataset). */
  readonly stated: Record<CountKind, number> = { organisations: 0, people: 0, roles: 0, activities: 0, documents: 0 };
  private readonly knownIds = new Map<string, string>();
  private earlier = new Map<NodeLabel, Set<string>>();

  constructor(
    private readonly transaction: Transaction,
    private readonly dataset: string,
    private readonly batchSize: number,
  ) {}

  /** Reads which keys an earlier import of the dataset stated (withdrawn at `finish` unless stated again). */
  async start(): Promise<void> {
    for (const label of WRITTEN_LABELS) this.earlier.set(label, new Set(await keysStatedBy(this.transaction, label, this.dataset)));
  }

  async write(plan: RecordsPlan): Promise<void> {
    for (const row of plan.unchangedRows) {
      this.counts[row.kind].unchanged += 1;
      this.stated[row.kind] += 1;
    }
    const linksByOwner = groupBy(plan.links, (link) => referenceOf(link.owner));
    const ids = new Map<string, string>();
    const { created, updated } = await this.classify(plan, linksByOwner, ids);
    await this.resolveOtherEnds(created, linksByOwner, ids);
    const deferred: PlannedLink[] = [];
    await this.create(created, linksByOwner, ids, deferred);
    const parameters = { dataset: this.dataset, prefix: prefixOf(this.dataset) };
    for (const [label, nodes] of groupBy(updated, (node) => node.label)) {
      const statement = mergeNodesStatement(label as NodeLabel);
      for (const batch of batches(nodes, this.batchSize)) {
        const rows = batch.map((node) => ({
          key: node.key,
          properties: node.properties,
          sheet: node.sheet,
          row: node.row,
          source: sourceEntry(this.dataset, node.sheet, node.row),
        }));
        await this.transaction.run(statement, { ...parameters, rows });
      }
    }
    const linksToMerge = [...deferred, ...updated.flatMap((node) => linksByOwner.get(referenceOf(node)) ?? [])];
    for (const links of groupBy(linksToMerge, (link) => `${link.from.label}/${link.type}/${link.to.label}`).values()) {
      const first = links[0]!;
      const statement = mergeLinksStatement(first.from.label, first.type, first.to.label);
      for (const batch of batches(links, this.batchSize)) {
        const rows = batch.map((link) => ({
          from: link.from.key,
          to: link.to.key,
          sheet: link.sheet,
          row: link.row,
          source: sourceEntry(this.dataset, link.sheet, link.row),
        }));
        await this.transaction.run(statement, { ...parameters, rows });
      }
    }
  }

  /** Keeps what an earlier import of the dataset stated and this one did not (counted as still stated). */
  keepEarlier(): void {
    for (const label of WRITTEN_LABELS) this.stated[LABEL_KIND[label]] += this.earlier.get(label)?.size ?? 0;
    this.earlier = new Map();
  }

  /** Withdraws what an earlier import of the dataset stated and this one did not. */
  async finish(): Promise<void> {
    for (const label of WRITTEN_LABELS) {
      const stale = [...(this.earlier.get(label) ?? [])];
      await stripOwnedRelationships(this.transaction, label, stale, this.dataset);
      await stripNodes(this.transaction, label, stale, this.dataset);
      this.counts[LABEL_KIND[label]].removed += stale.length;
    }
    this.earlier = new Map();
  }

  private idOf(reference: string, ids: Map<string, string>): string | undefined {
    return ids.get(reference) ?? this.knownIds.get(reference);
  }

  private remember(label: NodeLabel, key: string, id: string, ids: Map<string, string>): void {
    (REFERENCED_LABELS.has(label) ? this.knownIds : ids).set(`${label}/${key}`, id);
  }

  /**
   * Counts each planned node as created, updated or unchanged, and strips the relationships of the
   * nodes that changed (they are written again).
   */
  private async classify(plan: RecordsPlan, linksByOwner: Map<string, PlannedLink[]>, ids: Map<string, string>) {
    const created: PlannedNode[] = [];
    const updated: PlannedNode[] = [];
    for (const [label, nodes] of groupBy(plan.nodes, (node) => node.label)) {
      const existing = await existingNodes(this.transaction, label as NodeLabel, nodes, this.dataset);
      const changed: string[] = [];
      const earlier = this.earlier.get(label as NodeLabel);
      for (const node of nodes) {
        this.stated[node.kind] += 1;
        earlier?.delete(node.key);
        const before = existing.get(node.key);
        if (before === undefined) {
          this.counts[node.kind].created += 1;
          created.push(node);
          continue;
        }
        this.remember(node.label, node.key, before.id, ids);
        if (before.signature === desiredSignature(node, linksByOwner.get(referenceOf(node)) ?? [], this.dataset)) {
          this.counts[node.kind].unchanged += 1;
        } else {
          this.counts[node.kind].updated += 1;
          updated.push(node);
          changed.push(node.key);
        }
      }
      await stripOwnedRelationships(this.transaction, label as NodeLabel, changed, this.dataset);
      this.transaction.touch(
        label,
        IDENTITY_PROPERTY[label as NodeLabel],
        nodes.filter((node) => !existing.has(node.key)).map((node) => node.key),
      );
      this.transaction.touch(label, IDENTITY_PROPERTY[label as NodeLabel], changed);
    }
    return { created, updated };
  }

  /** Looks up the element ids of the nodes that new nodes' relationships point to and the plan does not write. */
  private async resolveOtherEnds(
    created: readonly PlannedNode[],
    linksByOwner: Map<string, PlannedLink[]>,
    ids: Map<string, string>,
  ): Promise<void> {
    const createdReferences = new Set(created.map(referenceOf));
    const wanted = new Map<NodeLabel, Set<string>>();
    for (const node of created) {
      for (const link of linksByOwner.get(referenceOf(node)) ?? []) {
        const { other } = otherEnd(link, node);
        const reference = referenceOf(other);
        if (this.idOf(reference, ids) !== undefined || createdReferences.has(reference)) continue;
        const keys = wanted.get(other.label) ?? new Set<string>();
        keys.add(other.key);
        wanted.set(other.label, keys);
      }
    }
    for (const [label, keys] of wanted) {
      const rows = await this.transaction.run(nodeIdsStatement(label), { keys: [...keys] });
      for (const row of rows) this.remember(label, String(row.key), String(row.id), ids);
    }
  }

  /**
   * Creates the new nodes label by label (the labels others point to first). A relationship whose
   * other end has no id yet, or that another row states, goes to `deferred` (merged by key later).
   */
  private async create(
    created: readonly PlannedNode[],
    linksByOwner: Map<string, PlannedLink[]>,
    ids: Map<string, string>,
    deferred: PlannedLink[],
  ): Promise<void> {
    const createdByLabel = groupBy(created, (node) => node.label);
    for (const label of WRITTEN_LABELS) {
      const nodes = createdByLabel.get(label);
      if (nodes === undefined) continue;
      const propertyNames = [...new Set(nodes.flatMap((node) => Object.keys(node.properties)))].sort();
      const statement = createNodesStatement(label, propertyNames, REFERENCED_LABELS.has(label));
      const running: Array<Promise<void>> = [];
      for (const batch of batches(nodes, this.batchSize)) {
        const columns = this.columns(label, batch, propertyNames, linksByOwner, ids, deferred);
        const written = this.transaction.run(statement, columns).then((rows) => {
          for (const row of rows) this.remember(label, String(row.key), String(row.id), ids);
        });
        written.catch(() => undefined);
        running.push(written);
        if (running.length > 1) await running.shift();
      }
      await Promise.all(running);
    }
  }

  /** The parameters of a `createNodesStatement` batch: one column per field, one entry per node. */
  private columns(
    label: NodeLabel,
    batch: readonly PlannedNode[],
    propertyNames: readonly string[],
    linksByOwner: Map<string, PlannedLink[]>,
    ids: Map<string, string>,
    deferred: PlannedLink[],
  ) {
    const properties: Record<string, unknown[]> = Object.fromEntries(propertyNames.map((name) => [name, []]));
    const links: Record<string, string[][]> = Object.fromEntries(
      ownedLinkKinds(label).map(({ type, direction }) => [linkField(type, direction), []]),
    );
    const keys: string[] = [];
    const sheets: string[] = [];
    const rows: number[] = [];
    const sources: string[] = [];
    batch.forEach((node, index) => {
      keys.push(node.key);
      sheets.push(node.sheet);
      rows.push(node.row);
      sources.push(sourceEntry(this.dataset, node.sheet, node.row));
      for (const name of propertyNames) properties[name]!.push(node.properties[name] ?? null);
      for (const list of Object.values(links)) list.push([]);
      for (const link of linksByOwner.get(referenceOf(node)) ?? []) {
        const { other, direction } = otherEnd(link, node);
        const id = this.idOf(referenceOf(other), ids);
        const list = links[linkField(link.type, direction)]?.[index];
        if (id === undefined || list === undefined || link.sheet !== node.sheet || link.row !== node.row) {
          deferred.push(link);
          continue;
        }
        if (!list.includes(id)) list.push(id);
      }
    });
    return { dataset: this.dataset, keys, sheets, rows, sources, properties, links };
  }
}
