import type { Database } from '../db/index.ts';
import { ErrorCode, LiaisonError } from '../errors/index.ts';
import { counterpartOrder, inForceOn } from '../review/index.ts';
import { GOVERNMENT_OFFICES_OF_EVERY_LEVEL, PARTY_NAMES } from '../domain/index.ts';

/** A counterpart a document reached, and the issuing department's liaison to it on the issue date (if any). */
export interface CounterpartReach {
  counterpart: string;
  party: string | null;
  /** FORMAL, WORKING_CONTACT or GENERAL: the issuer's liaison through which it went; null when none. */
  liaisonKind: string | null;
  sourceDocument: string | null;
  sourceLine: number | null;
}

/** Which counterparts a document reached, which it should have reached (R2/R3) and which it missed. */
export interface DocumentReach {
  number: string;
  title: string | null;
  kind: string | null;
  issuedAt: string | null;
  issuer: string | null;
  /** The rule that says where it must go: R2 (policy of 市政府 / 市政府办公室), R3 (a department's), or null. */
  rule: string | null;
  /** Every recipient (counterparts and offices). */
  recipients: string[];
  reached: CounterpartReach[];
  expected: string[];
  missed: string[];
}

/**
 * One query: the document, its issuer and the day that counts (issue date, else 31 December of its
 * year), its recipients, the counterparts it reached with the issuer's strongest liaison to each on
 * that day, and those the rules expect (every counterpart of the issuer's jurisdiction for R2, the
 * issuing department's formal counterparts that day for R3).
 */
export const DOCUMENT_REACH_CYPHER = `
MATCH (document:Document {number: $number})
OPTIONAL MATCH (issuer)-[:ISSUED]->(document)
WITH document, head(collect(issuer)) AS issuer
WITH document, issuer,
     coalesce(document.issuedAt, date({year: coalesce(document.year, date().year), month: 12, day: 31})) AS issued,
     coalesce(head([(issuer)-[:IN_JURISDICTION]->(jurisdiction:Jurisdiction) | jurisdiction]),
              head([(document)-[:IN_JURISDICTION]->(jurisdiction:Jurisdiction) | jurisdiction])) AS jurisdiction
WITH document, issuer, issued, jurisdiction,
     CASE WHEN issuer:Office AND issuer.name IN $governmentOffices AND document.kind = 'POLICY' THEN 'R2'
          WHEN issuer:Department AND document.kind IN ['REGULATORY', 'BRIEF', 'PERIODICAL'] THEN 'R3' END AS rule
WITH document, issuer, issued, rule,
     CASE rule
       WHEN 'R2' THEN COLLECT { MATCH (jurisdiction)<-[:IN_JURISDICTION]-(counterpart:Counterpart)
                                RETURN counterpart.name ORDER BY ${counterpartOrder()} }
       WHEN 'R3' THEN COLLECT { MATCH (issuer)-[formal:LIAISES_WITH {kind: 'FORMAL'}]->(counterpart:Counterpart)
                                WHERE ${inForceOn('formal', 'issued')}
                                RETURN counterpart.name ORDER BY ${counterpartOrder()} }
       ELSE [] END AS expected,
     COLLECT { MATCH (document)-[:SENT_TO]->(recipient) RETURN recipient.name ORDER BY recipient.name } AS recipients,
     COLLECT {
       MATCH (document)-[:SENT_TO]->(counterpart:Counterpart)
       OPTIONAL MATCH (issuer)-[liaison:LIAISES_WITH]->(counterpart)
       WHERE ${inForceOn('liaison', 'issued')}
       WITH counterpart, liaison
       ORDER BY CASE liaison.kind WHEN 'FORMAL' THEN 0 WHEN 'WORKING_CONTACT' THEN 1 ELSE 2 END
       WITH counterpart, head(collect(liaison)) AS liaison
       RETURN {counterpart: counterpart.name, party: counterpart.party, liaisonKind: liaison.kind,
               sourceDocument: liaison.sourceDocument, sourceLine: liaison.sourceLine} AS reach
       ORDER BY ${counterpartOrder()}
     } AS reached
RETURN document.number AS number, document.title AS title, document.kind AS kind, document.issuedAt AS issuedAt,
       issuer.name AS issuer, rule, recipients, reached, expected,
       [name IN expected WHERE NOT name IN [reach IN reached | reach.counterpart]] AS missed`;

function text(value: unknown): string | null {
  return value === null || value === undefined ? null : String(value);
}

/** Where a document went and where it should have gone; NOT_FOUND naming the number when unknown. */
export async function documentReach(database: Database, number: string): Promise<DocumentReach> {
  const trimmed = number.replace(/\s+/g, '');
  const [row] = await database.read(DOCUMENT_REACH_CYPHER, {
    number: trimmed,
    governmentOffices: GOVERNMENT_OFFICES_OF_EVERY_LEVEL,
    partyOrder: PARTY_NAMES,
  });
  if (row === undefined) {
    throw new LiaisonError(ErrorCode.NOT_FOUND, `document "${number}" not found (looked up by its number)`, { details: { number } });
  }
  const reached = (row.reached as Array<Record<string, unknown>>).map((reach) => ({
    counterpart: String(reach.counterpart),
    party: text(reach.party),
    liaisonKind: text(reach.liaisonKind),
    sourceDocument: text(reach.sourceDocument),
    sourceLine: typeof reach.sourceLine === 'number' ? reach.sourceLine : null,
  }));
  return {
    number: String(row.number),
    title: text(row.title),
    kind: text(row.kind),
    issuedAt: text(row.issuedAt),
    issuer: text(row.issuer),
    rule: text(row.rule),
    recipients: (row.recipients as unknown[]).map(String),
    reached,
    expected: (row.expected as unknown[]).map(String),
    missed: (row.missed as unknown[]).map(String),
  };
}
