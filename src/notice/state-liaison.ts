import type { Database, Transaction } from '../db/index.ts';
import { ErrorCode, LiaisonError } from '../errors/index.ts';

export const LIAISON_KINDS = ['FORMAL', 'GENERAL', 'WORKING_CONTACT'] as const;
export type LiaisonKindName = (typeof LIAISON_KINDS)[number];

/** A liaison stated by hand, naming the document and line that state it (as a notice's liaisons do). */
export interface LiaisonStatement {
  jurisdiction: string;
  /** A leader's or a department's name (or alias) in the jurisdiction. */
  from: string;
  /** A counterpart's name, alias or party (民盟). */
  counterpart: string;
  kind: string;
  /** The 文号 of a document already in the graph. */
  sourceDocument: string;
  /** 1-based line of that document's text. */
  sourceLine: number;
  sourceText?: string | null;
  /** First day in force (YYYY-MM-DD); the document's issue date by default. */
  validFrom?: string | null;
}

/** The end of a liaison in force: the day it stops, optionally only the one a given document states. */
export interface LiaisonEnding {
  jurisdiction: string;
  from: string;
  counterpart: string;
  kind: string;
  /** Last day in force (YYYY-MM-DD). */
  validTo: string;
  sourceDocument?: string | null;
}

export interface LiaisonState {
  from: string;
  fromKind: 'Leader' | 'Department';
  counterpart: string;
  kind: LiaisonKindName;
  sourceDocument: string;
  sourceLine: number | null;
  validFrom: string | null;
  validTo: string | null;
}

function invalid(field: string, message: string): LiaisonError {
  return new LiaisonError(ErrorCode.BAD_USER_INPUT, `${field}: ${message}`, { details: { field } });
}

function required(field: string, value: string | null | undefined): string {
  const trimmed = value?.trim() ?? '';
  if (trimmed === '') throw invalid(field, 'a value is required');
  return trimmed;
}

function kindOf(value: string): LiaisonKindName {
  const kind = required('kind', value).toUpperCase();
  if (!(LIAISON_KINDS as readonly string[]).includes(kind)) throw invalid('kind', `"${value}" is not one of ${LIAISON_KINDS.join(', ')}`);
  return kind as LiaisonKindName;
}

/** A calendar date written YYYY-MM-DD that exists (2023-02-30 does not). */
function dateOf(field: string, value: string): string {
  const text = value.trim();
  const parsed = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const date = parsed === null ? undefined : new Date(Date.UTC(Number(parsed[1]), Number(parsed[2]) - 1, Number(parsed[3])));
  if (date === undefined || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text) {
    throw invalid(field, `"${value}" is not a date written YYYY-MM-DD`);
  }
  return text;
}

/** Finds both ends in the jurisdiction, or says which one is missing. */
async function ends(transaction: Transaction, jurisdiction: string, from: string, counterpart: string) {
  const [found] = await transaction.run(
    `OPTIONAL MATCH (jurisdiction:Jurisdiction {name: $jurisdiction})
     OPTIONAL MATCH (from:Leader|Department)-[:IN_JURISDICTION]->(jurisdiction)
       WHERE from.name = $from OR from.fullName = $from OR $from IN coalesce(from.aliases, [])
     WITH jurisdiction, collect(from)[0] AS from
     OPTIONAL MATCH (counterpart:Counterpart)-[:IN_JURISDICTION]->(jurisdiction)
       WHERE counterpart.name = $counterpart OR counterpart.fullName = $counterpart OR counterpart.party = $counterpart
          OR $counterpart IN coalesce(counterpart.aliases, [])
     WITH jurisdiction, from, collect(counterpart)[0] AS counterpart
     RETURN jurisdiction IS NOT NULL AS jurisdiction, from.key AS fromKey, labels(from)[0] AS fromKind,
            counterpart.key AS counterpartKey`,
    { jurisdiction, from, counterpart },
  );
  if (found?.jurisdiction !== true) throw invalid('jurisdiction', `"${jurisdiction}" is not in the graph`);
  if (found.fromKey === null) throw invalid('from', `no leader or department named "${from}" in ${jurisdiction}`);
  if (found.counterpartKey === null) throw invalid('counterpart', `no counterpart named "${counterpart}" in ${jurisdiction}`);
  return {
    fromKey: String(found.fromKey),
    fromKind: found.fromKind as 'Leader' | 'Department',
    counterpartKey: String(found.counterpartKey),
  };
}

const RETURN_STATE = `RETURN from.name AS from, labels(from)[0] AS fromKind, counterpart.name AS counterpart, liaison.kind AS kind,
       liaison.sourceDocument AS sourceDocument, liaison.sourceLine AS sourceLine,
       toString(liaison.validFrom) AS validFrom, toString(liaison.validTo) AS validTo`;

function toState(row: Record<string, unknown>): LiaisonState {
  return {
    from: String(row.from),
    fromKind: row.fromKind as LiaisonState['fromKind'],
    counterpart: String(row.counterpart),
    kind: row.kind as LiaisonKindName,
    sourceDocument: String(row.sourceDocument),
    sourceLine: typeof row.sourceLine === 'number' ? row.sourceLine : null,
    validFrom: typeof row.validFrom === 'string' ? row.validFrom : null,
    validTo: typeof row.validTo === 'string' ? row.validTo : null,
  };
}

/**
 * States (or corrects) a liaison in one transaction, with the provenance a notice's liaisons have:
 * its source document (already in the graph, in the jurisdiction) and line. One liaison per pair,
 * kind and document: stating it again corrects its line, text and first day, and puts it back in force.
 */
export async function stateLiaison(database: Database, statement: LiaisonStatement): Promise<LiaisonState> {
  const jurisdiction = required('jurisdiction', statement.jurisdiction);
  const from = required('from', statement.from);
  const counterpart = required('counterpart', statement.counterpart);
  const kind = kindOf(statement.kind);
  const sourceDocument = required('sourceDocument', statement.sourceDocument);
  if (!Number.isInteger(statement.sourceLine) || statement.sourceLine < 1) {
    throw invalid('sourceLine', `${statement.sourceLine} is not a line number (1 or more)`);
  }
  const validFrom = statement.validFrom == null || statement.validFrom.trim() === '' ? null : dateOf('validFrom', statement.validFrom);
  return database.writeTransaction(
    async (transaction) => {
      const found = await ends(transaction, jurisdiction, from, counterpart);
      const [document] = await transaction.run(
        `MATCH (document:Document {number: $number})-[:IN_JURISDICTION]->(:Jurisdiction {name: $jurisdiction})
         RETURN toString(document.issuedAt) AS issuedAt`,
        { number: sourceDocument, jurisdiction },
      );
      if (document === undefined) throw invalid('sourceDocument', `no document ${sourceDocument} in ${jurisdiction}`);
      const start = validFrom ?? (typeof document.issuedAt === 'string' ? document.issuedAt : null);
      const [row] = await transaction.run(
        `MATCH (from {key: $fromKey}) WHERE from:Leader OR from:Department
         MATCH (counterpart:Counterpart {key: $counterpartKey})
         MERGE (from)-[liaison:LIAISES_WITH {sourceDocument: $sourceDocument, kind: $kind}]->(counterpart)
         SET liaison.sourceLine = $sourceLine, liaison.sourceText = coalesce($sourceText, liaison.sourceText),
             liaison.validFrom = CASE WHEN $validFrom IS NULL THEN liaison.validFrom ELSE date($validFrom) END,
             liaison.validTo = null, liaison.statedBy = $actor
         ${RETURN_STATE}`,
        {
          ...found,
          sourceDocument,
          kind,
          sourceLine: statement.sourceLine,
          sourceText: statement.sourceText?.trim() || null,
          validFrom: start,
          actor: database.actor.id,
        },
      );
      transaction.touch(found.fromKind, 'key', [found.fromKey]);
      transaction.touch('Counterpart', 'key', [found.counterpartKey]);
      return toState(row ?? {});
    },
    { operation: 'stateLiaison', variables: { ...statement } },
  );
}

/** Ends the liaisons in force between two bodies (of a kind, optionally of one document) on `validTo`. */
export async function endLiaison(database: Database, ending: LiaisonEnding): Promise<LiaisonState[]> {
  const jurisdiction = required('jurisdiction', ending.jurisdiction);
  const from = required('from', ending.from);
  const counterpart = required('counterpart', ending.counterpart);
  const kind = kindOf(ending.kind);
  const validTo = dateOf('validTo', required('validTo', ending.validTo));
  const sourceDocument = ending.sourceDocument?.trim() || null;
  return database.writeTransaction(
    async (transaction) => {
      const found = await ends(transaction, jurisdiction, from, counterpart);
      const match = `MATCH (from {key: $fromKey})-[liaison:LIAISES_WITH {kind: $kind}]->(counterpart:Counterpart {key: $counterpartKey})
         WHERE liaison.validTo IS NULL AND ($sourceDocument IS NULL OR liaison.sourceDocument = $sourceDocument)`;
      const parameters = { ...found, kind, validTo, sourceDocument, actor: database.actor.id };
      const inForce = (await transaction.run(`${match} ${RETURN_STATE}`, parameters)).map(toState);
      if (inForce.length === 0) {
        throw new LiaisonError(
          ErrorCode.NOT_FOUND,
          `no ${kind} liaison in force from ${from} to ${counterpart}${sourceDocument === null ? '' : ` stated by ${sourceDocument}`}`,
        );
      }
      const later = inForce.find((liaison) => liaison.validFrom !== null && liaison.validFrom > validTo);
      if (later !== undefined) throw invalid('validTo', `${validTo} is before the liaison's first day (${later.validFrom})`);
      const rows = await transaction.run(
        `${match} SET liaison.validTo = date($validTo), liaison.endedBy = $actor ${RETURN_STATE} ORDER BY sourceDocument`,
        parameters,
      );
      transaction.touch(found.fromKind, 'key', [found.fromKey]);
      transaction.touch('Counterpart', 'key', [found.counterpartKey]);
      return rows.map(toState);
    },
    { operation: 'endLiaison', variables: { ...ending } },
  );
}
