import type { SheetKey } from '../records-format.ts';

/** The labels an import writes, each with its identity property. */
export type NodeLabel = 'Jurisdiction' | 'Office' | 'Department' | 'Counterpart' | 'Leader' | 'Person' | 'Role' | 'Activity' | 'Document';

export const IDENTITY_PROPERTY: Record<NodeLabel, string> = {
  Jurisdiction: 'name',
  Office: 'key',
  Department: 'key',
  Counterpart: 'key',
  Leader: 'key',
  Person: 'key',
  Role: 'key',
  Activity: 'key',
  Document: 'number',
};

/** Properties stored as Neo4j dates (given as `YYYY-MM-DD`). */
export const DATE_PROPERTIES: Partial<Record<NodeLabel, readonly string[]>> = {
  Role: ['validFrom', 'validTo'],
  Activity: ['date'],
  Document: ['issuedAt'],
};

/** Properties stored as integers (JavaScript numbers reach Neo4j as floats otherwise). */
export const INTEGER_PROPERTIES: Partial<Record<NodeLabel, readonly string[]>> = {
  Document: ['year'],
};

/** The kinds an import counts (people rows state people and their roles). */
export type CountKind = 'organisations' | 'people' | 'roles' | 'activities' | 'documents';
export const COUNT_KINDS: readonly CountKind[] = ['organisations', 'people', 'roles', 'activities', 'documents'];

export interface NodeReference {
  label: NodeLabel;
  key: string;
}

/** A node the import states, with its properties (null removes one) and the row that states it. */
export interface PlannedNode extends NodeReference {
  kind: CountKind;
  properties: Record<string, unknown>;
  sheet: SheetKey;
  row: number;
}

/** A relationship the import states; `owner` is the node whose row states it (it is rewritten with it). */
export interface PlannedLink {
  type: string;
  from: NodeReference;
  to: NodeReference;
  owner: NodeReference;
  sheet: SheetKey;
  row: number;
}

/** A row that needs no write (a notice organisation declared again), counted as unchanged. */
export interface PlannedNothing {
  kind: CountKind;
}

export interface RecordsPlan {
  nodes: PlannedNode[];
  links: PlannedLink[];
  unchangedRows: PlannedNothing[];
}

/**
 * The relationships each label's rows own, by direction: rewritten when the node is, removed with
 * the dataset that stated them.
 */
export const OWNED_RELATIONSHIPS: Partial<Record<NodeLabel, { incoming: readonly string[]; outgoing: readonly string[] }>> = {
  Office: { incoming: [], outgoing: ['IN_JURISDICTION'] },
  Department: { incoming: [], outgoing: ['IN_JURISDICTION'] },
  Counterpart: { incoming: [], outgoing: ['IN_JURISDICTION'] },
  Person: { incoming: [], outgoing: ['IN_JURISDICTION'] },
  Role: { incoming: ['HOLDS'], outgoing: ['AT', 'OF_PARTY'] },
  Activity: { incoming: ['ORGANISED', 'CHAIRED', 'PARTICIPATED_IN'], outgoing: ['IN_JURISDICTION'] },
  Document: { incoming: ['ISSUED'], outgoing: ['SENT_TO', 'IN_JURISDICTION'] },
};

/** Labels whose nodes an import creates (and a dataset removal may delete). */
export const WRITTEN_LABELS: readonly NodeLabel[] = ['Office', 'Department', 'Counterpart', 'Person', 'Role', 'Activity', 'Document'];

/** The provenance entry of a dataset's row: `<dataset>|<sheet>|<row>`. */
export function sourceEntry(dataset: string, sheet: string, row: number): string {
  return `${dataset}|${sheet}|${row}`;
}
