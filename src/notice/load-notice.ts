import {
  type AuditedOperation,
  type Database,
  newJurisdictionScopes,
  searchScopeToken,
  setSearchScopes,
  type Transaction,
} from '../db/index.ts';
import { ErrorCode, LiaisonError } from '../errors/index.ts';
import type { NameEntry, ReferenceNames } from './reference-names.ts';
import { builtInOffices, entityKey, partyDefinition } from '../domain/index.ts';
import type { ParsedLiaison, ParsedNotice } from './model.ts';

export interface LoadNoticeOptions {
  /** Overrides the jurisdiction the notice names through its issuer. */
  jurisdiction?: string;
  /** Full names and aliases of the jurisdiction's bodies, merged into what the notice says. */
  referenceNames?: ReferenceNames;
  /** The jurisdiction this one lies within (a county's prefecture, a prefecture's province): recorded as PART_OF. */
  within?: string;
  /** The audit entry's operation (default: `ingestNotice`, with the number and jurisdiction). */
  operation?: AuditedOperation;
}

/**
 * What the graph holds for the notice afterwards, counted in the graph (so a second load reports the
 * same): the jurisdiction's built-in offices, and the bodies and liaisons this document states.
 */
export interface NoticeLoadSummary {
  document: string;
  jurisdiction: string;
  offices: number;
  leaders: number;
  departments: number;
  counterparts: number;
  formalLiaisons: number;
  generalLiaisons: number;
  supersedes: string[];
}

function merged(entry: NameEntry | undefined, extraAliases: string[] = []): { fullName: string | null; aliases: string[] } {
  return { fullName: entry?.fullName ?? null, aliases: [...new Set([...extraAliases, ...(entry?.aliases ?? [])])] };
}

/** Kind of a document by the type word its title ends with. */
function documentKindOfTitle(title: string | null): 'NOTICE' | 'OTHER' {
  return title?.endsWith('通知') ? 'NOTICE' : 'OTHER';
}

function yearOfNumber(number: string): number | null {
  const year = /〔(\d{4})〕/.exec(number)?.[1];
  return year === undefined ? null : Number(year);
}

/** Adds aliases to a node's list without duplicates. */
const mergeAliases = (variable: string) =>
  `${variable}.aliases = reduce(all = coalesce(${variable}.aliases, []), alias IN row.aliases | CASE WHEN alias IN all THEN all ELSE all + alias END)`;

const bodyStatement = (label: 'Office' | 'Department' | 'Counterpart' | 'Leader', extraSet = '') => `
  MATCH (jurisdiction:Jurisdiction {name: $jurisdiction})
  UNWIND $rows AS row
  MERGE (body:${label} {key: row.key})
  SET body.name = row.name,
      body.fullName = coalesce(row.fullName, body.fullName),
      ${mergeAliases('body')}${extraSet}
  MERGE (body)-[:IN_JURISDICTION]->(jurisdiction)
  SET ${setSearchScopes('body')}`;

const provenanceSet = `,
      body.sourceDocument = coalesce(body.sourceDocument, $number),
      body.sourceLine = coalesce(body.sourceLine, row.line)`;

const liaisonStatement = (label: 'Leader' | 'Department') => `
  UNWIND $rows AS row
  MATCH (from:${label} {key: row.fromKey})
  MATCH (counterpart:Counterpart {key: row.counterpartKey})
  MERGE (from)-[liaison:LIAISES_WITH {sourceDocument: $number, kind: row.kind}]->(counterpart)
  SET liaison.validFrom = date($issued), liaison.sourceLine = row.line, liaison.sourceText = row.text`;

async function writeDocuments(transaction: Transaction, parsed: ParsedNotice, parameters: Record<string, unknown>): Promise<void> {
  const { document } = parsed;
  await transaction.run(
    `MATCH (jurisdiction:Jurisdiction {name: $jurisdiction})
     MERGE (document:Document {number: $number})
     SET document.title = $title, document.issuer = $issuer, document.issuedAt = date($issued),
         document.kind = $kind, document.year = date($issued).year
     MERGE (document)-[:IN_JURISDICTION]->(jurisdiction)
     SET ${setSearchScopes('document')}
     WITH document, jurisdiction
     OPTIONAL MATCH (issuer:Office|Department)-[:IN_JURISDICTION]->(jurisdiction)
     WHERE issuer.name = $issuer OR issuer.fullName = $issuer OR $issuer IN issuer.aliases
     FOREACH (body IN CASE WHEN issuer IS NULL THEN [] ELSE [issuer] END | MERGE (body)-[:ISSUED]->(document))`,
    { ...parameters, title: document.title, issuer: document.issuer, kind: documentKindOfTitle(document.title) },
  );
  const superseded = parsed.supersedes.map((reference) => ({
    number: reference.number,
    title: reference.title,
    issuer: reference.issuer,
    kind: reference.title === null ? null : documentKindOfTitle(reference.title),
    year: yearOfNumber(reference.number),
  }));
  await transaction.run(
    `MATCH (jurisdiction:Jurisdiction {name: $jurisdiction})
     MATCH (document:Document {number: $number})
     UNWIND $superseded AS row
     MERGE (old:Document {number: row.number})
     SET old.title = coalesce(old.title, row.title), old.issuer = coalesce(old.issuer, row.issuer),
         old.kind = coalesce(old.kind, row.kind), old.year = coalesce(old.year, row.year)
     MERGE (old)-[:IN_JURISDICTION]->(jurisdiction)
     SET ${setSearchScopes('old')}
     MERGE (document)-[:SUPERSEDES]->(old)
     WITH old, jurisdiction, row
     OPTIONAL MATCH (issuer:Office|Department)-[:IN_JURISDICTION]->(jurisdiction)
     WHERE issuer.name = row.issuer OR issuer.fullName = row.issuer OR row.issuer IN issuer.aliases
     FOREACH (body IN CASE WHEN issuer IS NULL THEN [] ELSE [issuer] END | MERGE (body)-[:ISSUED]->(old))
     WITH DISTINCT old, jurisdiction
     MATCH (from)-[liaison:LIAISES_WITH]->(:Counterpart)-[:IN_JURISDICTION]->(jurisdiction)
     WHERE liaison.sourceDocument = old.number AND liaison.validTo IS NULL
     SET liaison.validTo = date($issued)`,
    { ...parameters, superseded },
  );
}

/** The first liaison that names each body, by the name `nameOf` gives (its line is the body's provenance). */
function firstLiaisonBy(liaisons: readonly ParsedLiaison[], nameOf: (liaison: ParsedLiaison) => string): Map<string, ParsedLiaison> {
  const first = new Map<string, ParsedLiaison>();
  for (const liaison of liaisons) if (!first.has(nameOf(liaison))) first.set(nameOf(liaison), liaison);
  return first;
}

function toSummary(document: string, jurisdiction: string, row: Record<string, unknown>): NoticeLoadSummary {
  const count = (name: string) => Number(row[name] ?? 0);
  return {
    document,
    jurisdiction,
    offices: count('offices'),
    leaders: count('leaders'),
    departments: count('departments'),
    counterparts: count('counterparts'),
    formalLiaisons: count('formalLiaisons'),
    generalLiaisons: count('generalLiaisons'),
    supersedes: Array.isArray(row.supersedes) ? row.supersedes.map(String).sort() : [],
  };
}

/**
 * Writes a parsed notice into the graph in one transaction, idempotently (MERGE on natural keys):
 * its jurisdiction and built-in offices, the document and what it supersedes (whose liaisons end on
 * the new document's date), the leaders, departments and counterparts it names and its liaisons,
 * each valid from the issue date with the document number, line and text.
 */
export async function loadNotice(database: Database, parsed: ParsedNotice, options: LoadNoticeOptions = {}): Promise<NoticeLoadSummary> {
  const { number, issued } = parsed.document;
  const jurisdiction = options.jurisdiction ?? parsed.document.jurisdiction;
  if (number === null) {
    throw new LiaisonError(ErrorCode.INVALID_INPUT_FILE, 'the notice has no document number (文号); give it with --number');
  }
  if (issued === null)
    throw new LiaisonError(ErrorCode.INVALID_INPUT_FILE, `the notice ${number} has no issue date; give it with --issued`);
  if (jurisdiction === null) {
    throw new LiaisonError(ErrorCode.INVALID_INPUT_FILE, `the notice ${number} names no jurisdiction; give it with --jurisdiction`);
  }
  const reference = options.referenceNames?.jurisdiction === jurisdiction ? options.referenceNames : undefined;
  const key = (name: string) => entityKey(jurisdiction, name);
  const parameters = { jurisdiction, number, issued };

  const offices = builtInOffices(jurisdiction).map((office) => {
    const names = merged(reference?.offices[office.name], office.aliases);
    return { key: key(office.name), name: office.name, fullName: names.fullName ?? office.fullName, aliases: names.aliases };
  });
  const bodies = (fromKind: 'leader' | 'department') => {
    const liaisons = parsed.liaisons.filter((liaison) => liaison.fromKind === fromKind);
    return [...firstLiaisonBy(liaisons, (liaison) => liaison.from)].map(([name, liaison]) => {
      const names = fromKind === 'department' ? merged(reference?.departments[name]) : merged(undefined);
      return { key: key(name), name, line: liaison.line, ...names };
    });
  };
  // One counterpart per party in a jurisdiction: the first name a notice writes for it, the others aliases.
  // A counterpart's line is the first line that names it (a general line names none).
  const formalLiaisons = parsed.liaisons.filter((liaison) => liaison.kind === 'formal');
  const namesOfParty = new Map<string, string[]>();
  for (const liaison of parsed.liaisons) {
    const names = namesOfParty.get(liaison.counterpart) ?? [];
    if (!names.includes(liaison.counterpartName)) names.push(liaison.counterpartName);
    namesOfParty.set(liaison.counterpart, names);
  }
  const liaisonRows = (fromKind: 'leader' | 'department', counterpartKeys: Map<string, string>) =>
    parsed.liaisons
      .filter((liaison) => liaison.fromKind === fromKind)
      .map((liaison) => ({
        fromKey: key(liaison.from),
        counterpartKey: counterpartKeys.get(liaison.counterpart) ?? key(liaison.counterpartName),
        kind: liaison.kind === 'formal' ? 'FORMAL' : 'GENERAL',
        line: liaison.line,
        text: liaison.text,
      }));

  return database.writeTransaction(
    async (transaction) => {
      await transaction.run(
        `MERGE (jurisdiction:Jurisdiction {name: $jurisdiction})
         ON CREATE SET jurisdiction.aliases = [], ${newJurisdictionScopes('jurisdiction', 'token')}`,
        { ...parameters, token: searchScopeToken(jurisdiction) },
      );
      if (options.within !== undefined) {
        await transaction.run(
          `MATCH (jurisdiction:Jurisdiction {name: $jurisdiction})
           MERGE (parent:Jurisdiction {name: $within}) ON CREATE SET parent.aliases = [], ${newJurisdictionScopes('parent', 'token')}
           MERGE (jurisdiction)-[:PART_OF]->(parent)`,
          { jurisdiction, within: options.within, token: searchScopeToken(options.within) },
        );
      }
      const existing = await transaction.run(
        `MATCH (counterpart:Counterpart)-[:IN_JURISDICTION]->(:Jurisdiction {name: $jurisdiction})
       RETURN counterpart.party AS party, counterpart.name AS name ORDER BY counterpart.key`,
        parameters,
      );
      const existingName = new Map<string, string>();
      for (const row of existing) if (!existingName.has(String(row.party))) existingName.set(String(row.party), String(row.name));
      const counterparts = [...firstLiaisonBy(formalLiaisons, (liaison) => liaison.counterpart)].map(([party, liaison]) => {
        const name = existingName.get(party) ?? liaison.counterpartName;
        const kind = partyDefinition(liaison.counterpart).category === 'federation' ? 'FEDERATION' : 'PARTY';
        const otherNames = (namesOfParty.get(party) ?? []).filter((written) => written !== name);
        const names = merged(reference?.counterparts[name], [liaison.counterpart, ...otherNames]);
        return { key: key(name), name, line: liaison.line, party: liaison.counterpart, kind, ...names };
      });
      const counterpartKeys = new Map(counterparts.map((counterpart) => [counterpart.party as string, counterpart.key]));
      for (const [party, name] of existingName) if (!counterpartKeys.has(party)) counterpartKeys.set(party, key(name));
      const rows = { leader: liaisonRows('leader', counterpartKeys), department: liaisonRows('department', counterpartKeys) };

      await transaction.run(bodyStatement('Office'), { ...parameters, rows: offices });
      transaction.touch('Jurisdiction', 'name', [jurisdiction]);
      transaction.touch('Document', 'number', [number]);
      for (const [label, written] of [
        ['Office', offices],
        ['Leader', bodies('leader')],
        ['Department', bodies('department')],
        ['Counterpart', counterparts],
      ] as const) {
        transaction.touch(
          label,
          'key',
          written.map((body) => body.key),
        );
      }
      await transaction.run(bodyStatement('Leader', provenanceSet), { ...parameters, rows: bodies('leader') });
      await transaction.run(bodyStatement('Department', provenanceSet), { ...parameters, rows: bodies('department') });
      await transaction.run(bodyStatement('Counterpart', `${provenanceSet}, body.party = row.party, body.kind = row.kind`), {
        ...parameters,
        rows: counterparts,
      });
      await writeDocuments(transaction, parsed, parameters);
      // A reload after the parser changed: liaisons this document no longer states go (not those an
      // editor stated through the API, citing this document: they correct what the parser missed).
      const kept = [...rows.leader, ...rows.department].map((row) => `${row.fromKey}|${row.counterpartKey}|${row.kind}`);
      await transaction.run(
        `MATCH (from)-[liaison:LIAISES_WITH {sourceDocument: $number}]->(counterpart:Counterpart)
             -[:IN_JURISDICTION]->(:Jurisdiction {name: $jurisdiction})
       WHERE NOT (from.key + '|' + counterpart.key + '|' + liaison.kind) IN $kept AND liaison.statedBy IS NULL
       DELETE liaison`,
        { ...parameters, kept },
      );
      await transaction.run(liaisonStatement('Leader'), { ...parameters, rows: rows.leader });
      await transaction.run(liaisonStatement('Department'), { ...parameters, rows: rows.department });
      // Loaded after the document that repeals it: its liaisons end on that document's date.
      await transaction.run(
        `MATCH (newer:Document)-[:SUPERSEDES]->(:Document {number: $number})
       WHERE newer.issuedAt IS NOT NULL
         AND EXISTS { (newer)-[:IN_JURISDICTION]->(:Jurisdiction {name: $jurisdiction}) }
       WITH min(newer.issuedAt) AS ended
       MATCH ()-[liaison:LIAISES_WITH {sourceDocument: $number}]->(:Counterpart)-[:IN_JURISDICTION]->(:Jurisdiction {name: $jurisdiction})
       WHERE liaison.validTo IS NULL AND ended IS NOT NULL
       SET liaison.validTo = ended`,
        parameters,
      );
      // Counted in this jurisdiction only: the same document may be loaded into another one too.
      const [row] = await transaction.run(
        `MATCH (document:Document {number: $number})
       MATCH (jurisdiction:Jurisdiction {name: $jurisdiction})
       MATCH (office:Office) WHERE office.key IN $officeKeys
       WITH document, jurisdiction, count(office) AS offices
       RETURN offices,
              COUNT { MATCH (leader:Leader)-[:IN_JURISDICTION]->(jurisdiction)
                      WHERE EXISTS { (leader)-[:LIAISES_WITH {sourceDocument: $number}]->() } } AS leaders,
              COUNT { MATCH (department:Department)-[:IN_JURISDICTION]->(jurisdiction)
                      WHERE EXISTS { (department)-[:LIAISES_WITH {sourceDocument: $number}]->() } } AS departments,
              COUNT { MATCH (counterpart:Counterpart)-[:IN_JURISDICTION]->(jurisdiction)
                      WHERE EXISTS { ()-[:LIAISES_WITH {sourceDocument: $number}]->(counterpart) } } AS counterparts,
              COUNT { ()-[:LIAISES_WITH {sourceDocument: $number, kind: 'FORMAL'}]->(:Counterpart)-[:IN_JURISDICTION]->(jurisdiction) } AS formalLiaisons,
              COUNT { ()-[:LIAISES_WITH {sourceDocument: $number, kind: 'GENERAL'}]->(:Counterpart)-[:IN_JURISDICTION]->(jurisdiction) } AS generalLiaisons,
              [(document)-[:SUPERSEDES]->(old) | old.number] AS supersedes`,
        { ...parameters, officeKeys: offices.map((office) => office.key) },
      );
      if (row === undefined) throw new LiaisonError(ErrorCode.INTERNAL_SERVER_ERROR, `the notice ${number} was not written`);
      return toSummary(number, jurisdiction, row);
    },
    options.operation ?? { operation: 'ingestNotice', variables: { number, jurisdiction, title: parsed.document.title } },
  );
}
