import type { Database, Transaction } from '../db/index.ts';
import {
  DEPARTMENT_ORDER,
  counterpartOrder,
  inForceOn,
  jurisdictionMembers,
  reachedFrom,
  resolveJurisdiction,
  validDate,
} from '../review/index.ts';
import { PARTY_NAMES } from '../domain/index.ts';

export type LiaisonKind = 'FORMAL' | 'WORKING_CONTACT' | 'GENERAL';

/** One cell of the matrix: a department × a counterpart, with the liaison in force (null kind: none). */
export interface LiaisonMatrixCell {
  department: string;
  counterpart: string;
  kind: LiaisonKind | null;
  validFrom: string | null;
  validTo: string | null;
  sourceDocument: string | null;
  sourceLine: number | null;
}

/** Departments × counterparts of a jurisdiction as of a date; `cells` is row-major (department by department). */
export interface LiaisonMatrix {
  jurisdiction: string;
  asOf: string;
  departments: string[];
  counterparts: string[];
  cells: LiaisonMatrixCell[];
}

/** Every department and counterpart of J in order, and the liaisons between them in force on $asOf. */
export const LIAISON_MATRIX_CYPHER = `
MATCH (jurisdiction:Jurisdiction {name: $jurisdiction})
RETURN COLLECT {
         ${jurisdictionMembers('department', 'Department')}
         RETURN department.name ORDER BY ${DEPARTMENT_ORDER}
       } AS departments,
       COLLECT {
         ${jurisdictionMembers('counterpart', 'Counterpart')}
         RETURN counterpart.name ORDER BY ${counterpartOrder()}
       } AS counterparts,
       COLLECT {
         ${jurisdictionMembers('department', 'Department')}
         ${reachedFrom(
           'department',
           '(department)-[liaison:LIAISES_WITH]->(counterpart)',
           'liaison, counterpart',
           `counterpart:Counterpart AND ${inForceOn('liaison', 'date($asOf)')}`,
         )}
         RETURN {department: department.name, counterpart: counterpart.name, kind: liaison.kind,
                 validFrom: liaison.validFrom, validTo: liaison.validTo,
                 sourceDocument: liaison.sourceDocument, sourceLine: liaison.sourceLine} AS liaison
       } AS liaisons`;

/** When a pair has several liaisons in force, the cell shows the strongest. */
const strength: Record<string, number> = { FORMAL: 3, GENERAL: 2, WORKING_CONTACT: 1 };

function text(value: unknown): string | null {
  return value === null || value === undefined ? null : String(value);
}

/** Builds the row-major cells from the ordered axes and the liaisons in force. */
export function toMatrixCells(
  departments: string[],
  counterparts: string[],
  liaisons: Array<Record<string, unknown>>,
): LiaisonMatrixCell[] {
  const strongest = new Map<string, Record<string, unknown>>();
  for (const liaison of liaisons) {
    const pair = `${String(liaison.department)}\u0000${String(liaison.counterpart)}`;
    const current = strongest.get(pair);
    if (current === undefined || (strength[String(liaison.kind)] ?? 0) > (strength[String(current.kind)] ?? 0))
      strongest.set(pair, liaison);
  }
  return departments.flatMap((department) =>
    counterparts.map((counterpart) => {
      const liaison = strongest.get(`${department}\u0000${counterpart}`);
      return {
        department,
        counterpart,
        kind: liaison === undefined ? null : (String(liaison.kind) as LiaisonKind),
        validFrom: text(liaison?.validFrom),
        validTo: text(liaison?.validTo),
        sourceDocument: text(liaison?.sourceDocument),
        sourceLine: typeof liaison?.sourceLine === 'number' ? liaison.sourceLine : null,
      };
    }),
  );
}

/** The liaison matrix of a jurisdiction (default 资阳市) as of a date (default today). */
export async function liaisonMatrix(
  database: Database,
  input: { jurisdiction?: string | null; asOf?: string | null } = {},
  today: Date = new Date(),
): Promise<LiaisonMatrix> {
  const asOf = input.asOf === undefined || input.asOf === null ? today.toISOString().slice(0, 10) : validDate('asOf', input.asOf);
  const jurisdiction = await resolveJurisdiction(database, input.jurisdiction);
  return database.readTransaction((transaction) => readLiaisonMatrix(transaction, jurisdiction, asOf));
}

/**
 * The matrix of a resolved jurisdiction on a valid date, inside a read the caller holds (the annual
 * review reads it with its rules, from one committed state).
 */
export async function readLiaisonMatrix(transaction: Transaction, jurisdiction: string, asOf: string): Promise<LiaisonMatrix> {
  const [row] = await transaction.run(LIAISON_MATRIX_CYPHER, { jurisdiction, asOf, partyOrder: PARTY_NAMES });
  const departments = ((row?.departments ?? []) as unknown[]).map(String);
  const counterparts = ((row?.counterparts ?? []) as unknown[]).map(String);
  const liaisons = (row?.liaisons ?? []) as Array<Record<string, unknown>>;
  return { jurisdiction, asOf, departments, counterparts, cells: toMatrixCells(departments, counterparts, liaisons) };
}
