import type { Database } from '../db/index.ts';
import {
  runCoverageRules,
  inForceDuringYear,
  inYear,
  issuedInYear,
  reachedFrom,
  resolveName,
  defaultAsOf,
  validYear,
} from '../review/index.ts';

/** A leader's or department's liaison with the counterpart, in force at some time of the year. */
export interface LiaisonLink {
  name: string;
  kind: string;
  validFrom: string | null;
  validTo: string | null;
  sourceDocument: string | null;
  sourceLine: number | null;
}

export interface AttendedActivity {
  key: string;
  date: string;
  kind: string;
  title: string;
  organisers: string[];
}

export interface ReceivedDocument {
  number: string;
  title: string | null;
  kind: string | null;
  issuedAt: string | null;
  issuer: string | null;
}

/** A review gap that concerns the counterpart: R9 about it, R2/R3 documents that missed it. */
export interface CounterpartGap {
  rule: string;
  subject: string;
  missing: string[];
  detail: string;
  /** The same in Chinese. */
  detailZh: string;
}

export interface CounterpartYear {
  counterpart: string;
  party: string;
  fullName: string | null;
  jurisdiction: string;
  year: number;
  liaisonLeaders: LiaisonLink[];
  liaisonDepartments: LiaisonLink[];
  activities: AttendedActivity[];
  documentsReceived: ReceivedDocument[];
  gaps: CounterpartGap[];
}

function liaisons(label: 'Leader' | 'Department'): string {
  return `COLLECT {
    ${reachedFrom('counterpart', '(counterpart)<-[liaison:LIAISES_WITH]-(source)', 'liaison, source', `source:${label} AND ${inForceDuringYear('liaison')}`)}
    RETURN {name: source.name, kind: liaison.kind, validFrom: liaison.validFrom, validTo: liaison.validTo,
            sourceDocument: liaison.sourceDocument, sourceLine: liaison.sourceLine} AS link
    ORDER BY coalesce(source.sourceLine, 1000000), source.name, liaison.validFrom
  }`;
}

/** One counterpart's year in one query: its liaisons in force during the year, what it attended and received. */
export const COUNTERPART_YEAR_CYPHER = `
MATCH (counterpart:Counterpart {key: $key})
RETURN counterpart.name AS name, counterpart.party AS party, counterpart.fullName AS fullName,
       head([(counterpart)-[:IN_JURISDICTION]->(jurisdiction:Jurisdiction) | jurisdiction.name]) AS jurisdiction,
       ${liaisons('Leader')} AS leaders,
       ${liaisons('Department')} AS departments,
       COLLECT {
         ${reachedFrom('counterpart', '(counterpart)-[:PARTICIPATED_IN]->(activity)', 'activity', `activity:Activity AND ${inYear('activity.date')}`)}
         RETURN {key: activity.key, date: activity.date, kind: activity.kind, title: activity.title,
                 organisers: [(organiser)-[:ORGANISED]->(activity) | organiser.name]} AS entry
         ORDER BY activity.date, activity.key
       } AS activities,
       COLLECT {
         ${reachedFrom('counterpart', '(counterpart)<-[:SENT_TO]-(document)', 'document', `document:Document AND ${issuedInYear('document')}`)}
         RETURN {number: document.number, title: document.title, kind: document.kind, issuedAt: document.issuedAt,
                 issuer: head([(issuer)-[:ISSUED]->(document) | issuer.name])} AS entry
         ORDER BY document.issuedAt, document.number
       } AS documents`;

function text(value: unknown): string | null {
  return value === null || value === undefined ? null : String(value);
}

function toLink(value: Record<string, unknown>): LiaisonLink {
  return {
    name: String(value.name),
    kind: String(value.kind),
    validFrom: text(value.validFrom),
    validTo: text(value.validTo),
    sourceDocument: text(value.sourceDocument),
    sourceLine: typeof value.sourceLine === 'number' ? value.sourceLine : null,
  };
}

/**
 * One counterpart's year: its liaison leaders and departments, the activities it attended, the
 * documents it received, and the review gaps that concern it (as of the year's default date).
 */
export async function counterpartYear(database: Database, name: string, year: number, today: Date = new Date()): Promise<CounterpartYear> {
  validYear('year', year);
  const resolved = await resolveName(database, name, { labels: ['Counterpart'], what: 'counterpart' });
  const [row] = await database.read(COUNTERPART_YEAR_CYPHER, {
    key: resolved.key,
    year,
    yearStart: `${year}-01-01`,
    yearEnd: `${year}-12-31`,
  });
  if (row === undefined) throw new Error(`counterpart ${resolved.key} vanished while reading`);
  const jurisdiction = String(row.jurisdiction ?? resolved.jurisdiction ?? '');
  const counterpart = String(row.name);
  const rules = jurisdiction === '' ? [] : await runCoverageRules(database, { jurisdiction, year, asOf: defaultAsOf(year, today) });
  const gaps = rules.flatMap((rule) =>
    rule.gaps
      .filter(
        (gap) =>
          (rule.id === 'R9' && gap.subject === counterpart) ||
          ((rule.id === 'R2' || rule.id === 'R3') && gap.missing.includes(counterpart)),
      )
      .map((gap) => ({ rule: rule.id, subject: gap.subject, missing: gap.missing, detail: gap.detail, detailZh: gap.detailZh })),
  );
  return {
    counterpart,
    party: String(row.party ?? ''),
    fullName: text(row.fullName),
    jurisdiction,
    year,
    liaisonLeaders: (row.leaders as Array<Record<string, unknown>>).map(toLink),
    liaisonDepartments: (row.departments as Array<Record<string, unknown>>).map(toLink),
    activities: (row.activities as Array<Record<string, unknown>>).map((activity) => ({
      key: String(activity.key),
      date: String(activity.date),
      kind: String(activity.kind),
      title: String(activity.title),
      organisers: (activity.organisers as unknown[]).map(String),
    })),
    documentsReceived: (row.documents as Array<Record<string, unknown>>).map((document) => ({
      number: String(document.number),
      title: text(document.title),
      kind: text(document.kind),
      issuedAt: text(document.issuedAt),
      issuer: text(document.issuer),
    })),
    gaps,
  };
}
