import { mentionsPartiesCollectively, partiesMentionedIn } from './readers/counterpart-names.ts';
import { readNoticeLines } from './lines.ts';
import { lineOf, readStatements, type Statement } from './statements.ts';
import { parseNoticeMetadata, type MetadataField, type NoticeMetadata } from './metadata.ts';
import { toSimplifiedScript, type SimplifiedText } from './simplified-script.ts';
import { comparePartyNames, partyDefinition, type PartyName } from '../domain/index.ts';
import type { Assignment, NoticeDocument, NoticeLine, NoticeWarning, ParsedLiaison, ParsedNotice } from './model.ts';

export type { PartyName } from '../domain/index.ts';

/** Values that override what the text says (the ingest command's flags), or fill what it lacks. */
export interface ParseNoticeOptions {
  number?: string;
  title?: string;
  issuer?: string;
  /** YYYY-MM-DD. */
  issued?: string;
  jurisdiction?: string;
}

/** Where the arrangement lists start: an annex (附件1) or a heading such as …对口联系安排. */
const arrangementSectionStart = /^附件[\d一二三四五六七八九十]*(?:[：:].*)?$|对口联系(?:安排|单位|名单|一览表|分工|方案|表)$/;
const heading = /(?:安排|名单|一览表?|情况表|如下|分工|方案|表)$/;

const missingFieldMessages: Record<MetadataField, string> = {
  number: 'no document number (文号) found; give it with --number',
  title: 'no title found (a line ending in 通知, 意见, 办法 …)',
  issuer: 'no issuer found',
  issued: 'no issue date found (a line such as 2022年11月2日); give it with --issued',
};

/** The jurisdiction's counterparts: those the formal pairs name, each with the name first written for it. */
function namedCounterparts(assignments: readonly Assignment[]): Map<PartyName, string> {
  const named = new Map<PartyName, string>();
  for (const assignment of assignments) {
    if (assignment.general) continue;
    for (const counterpart of assignment.counterparts) if (!named.has(counterpart.party)) named.set(counterpart.party, counterpart.name);
  }
  return new Map([...named].sort(([left], [right]) => comparePartyNames(left, right)));
}

/**
 * A list of departments toward every counterpart the notice has, the FIC and at least three parties
 * among them, named one by one: the collective line real notices write without a collective word.
 */
function isCollectiveList(assignment: Assignment, counterparts: Map<PartyName, string>): boolean {
  if (assignment.fromKind !== 'department' || assignment.from.length < 2) return false;
  const listed = new Set(assignment.counterparts.map((counterpart) => counterpart.party));
  const parties = [...listed].filter((party) => partyDefinition(party).category === 'party');
  return parties.length >= 3 && parties.length < listed.size && [...counterparts.keys()].every((party) => listed.has(party));
}

function statementLiaisons(statement: Statement, counterparts: Map<PartyName, string>, warnings: NoticeWarning[]): ParsedLiaison[] {
  const liaisons: ParsedLiaison[] = [];
  const doubtsByLine = new Map<number, Set<string>>();
  for (const assignment of statement.reading.assignments) {
    const line = lineOf(statement, assignment);
    const base = { line: line.number, text: line.text };
    const doubts = doubtsByLine.get(line.number) ?? new Set<string>();
    doubtsByLine.set(line.number, doubts);
    for (const item of assignment.unread) doubts.add(`could not read "${item}" as a party or the FIC; kept the others`);
    if (assignment.cut) doubts.add('the list ends unfinished (cut off); kept only the counterparts named in full');
    if (assignment.doubt !== undefined) {
      doubts.add(assignment.doubt);
      continue;
    }
    const collectiveList = isCollectiveList(assignment, counterparts);
    let general = assignment.general || collectiveList;
    if (assignment.etc) {
      const listed = new Set(assignment.counterparts.map((counterpart) => counterpart.party));
      const all = [...counterparts.keys()].every((party) => listed.has(party));
      if (all) general = true;
      else doubts.add('the list ends with 等 and does not name every counterpart; kept the ones it names');
    }
    if (!general) {
      for (const from of assignment.from) {
        for (const counterpart of assignment.counterparts) {
          liaisons.push({
            ...base,
            from,
            fromKind: assignment.fromKind,
            counterpart: counterpart.party,
            counterpartName: counterpart.name,
            kind: 'formal',
          });
        }
      }
      continue;
    }
    const includesFederation = assignment.includesFederation || assignment.etc || collectiveList;
    const targets = [...counterparts].filter(([party]) => includesFederation || partyDefinition(party).category === 'party');
    for (const mention of assignment.named ?? [])
      if (!targets.some(([party]) => party === mention.party)) targets.push([mention.party, mention.name]);
    targets.sort(([left], [right]) => comparePartyNames(left, right));
    if (!targets.some(([party]) => partyDefinition(party).category === 'party'))
      doubts.add('a duty toward all the parties, but the notice names none of them to expand it to; kept only the counterparts it names');
    for (const from of assignment.from) {
      for (const [party, name] of targets) {
        liaisons.push({ ...base, from, fromKind: assignment.fromKind, counterpart: party, counterpartName: name, kind: 'general' });
      }
    }
  }
  // One warning per line, saying every doubt about it.
  for (const [line, doubts] of doubtsByLine) if (doubts.size > 0) warnings.push({ line, message: [...doubts].join('; ') });
  return liaisons;
}

/** What the text says about itself, written back as the copy writes it (traditional script). */
function asWrittenInCopy(metadata: NoticeMetadata, script: SimplifiedText): NoticeMetadata {
  const back = (value: string | null) => (value === null ? null : script.asWritten(value));
  const { document } = metadata;
  return {
    ...metadata,
    document: {
      ...document,
      number: back(document.number),
      title: back(document.title),
      issuer: back(document.issuer),
      jurisdiction: back(document.jurisdiction),
    },
    supersedes: metadata.supersedes.map((reference) => ({
      ...reference,
      number: script.asWritten(reference.number),
      title: back(reference.title),
      issuer: back(reference.issuer),
    })),
  };
}

/**
 * Whether a line that arranges nothing is still shaped like an entry of an arrangement (short, no
 * sentence inside) and names a party and a verb of liaison: worth a warning in an arrangement section.
 */
function looksLikeUnreadArrangement(line: NoticeLine): boolean {
  const { compact } = line;
  return (
    !heading.test(compact) &&
    compact.length <= 60 &&
    !/[。，,《》]|关于|通知$/.test(compact) &&
    /联系|对口|挂钩|联络/.test(compact) &&
    partiesMentionedIn(compact).length > 0 &&
    // `民主党派、工商联` together speak of the counterparts as a whole, as headings and prose do.
    !(mentionsPartiesCollectively(compact) && partiesMentionedIn(compact).join() === '工商联')
  );
}

/** Closing punctuation of a sentence or a list entry (a copy cut off mid-line has none). */
const closed = /[。；;.！!？?）)」”]$/;
/** A party written as a bare stem at the very end (`…与农工`): the rest of its name may have been cut. */
const endsInStem = /(?:农工|致公|九三)$/;

/**
 * Whether the text's last line looks cut off: web copies stop after a fixed length, mid-entry. Only
 * two shapes say so (a complete notice may well end on an entry without punctuation): an entry that
 * ends in a party's bare stem (`市科技局与农工`, perhaps `…农工党宁德市委`), and an entry that reads
 * as nothing although it names the parties with a word of liaison (`…等部门作为各民主党派福建`).
 */
function endsCutOff(line: NoticeLine, statements: readonly Statement[]): boolean {
  const text = line.text.trim();
  if (closed.test(text)) return false;
  const read = statements.some((statement) => statement.line.number === line.number && statement.reading.assignments.length > 0);
  if (read) return endsInStem.test(line.compact);
  const named = partiesMentionedIn(line.compact).length > 0 || mentionsPartiesCollectively(line.compact);
  // Only an entry's shape counts (short, no clause inside): a cut sentence of prose is no arrangement.
  const entryShaped = line.compact.length <= 60 && !/[，,。]/.test(line.compact);
  return named && entryShaped && /联系|对口|作为/.test(line.compact);
}

/**
 * Parses a liaison notice: its document number, title, issuer and date, the documents it repeals,
 * and the liaisons its arrangement statements state, each with the line it starts on. Pure: no
 * database, no files, never throws on any text. Statements are read by rules on their shape (see
 * arrangement-line.ts) wherever they are; what the parser is unsure of gets a warning, nothing is guessed.
 */
export function parseNotice(written: string, options: ParseNoticeOptions = {}): ParsedNotice {
  const script = toSimplifiedScript(written);
  const lines = readNoticeLines(script.text);
  const metadata = asWrittenInCopy(parseNoticeMetadata(lines), script);
  const warnings: NoticeWarning[] = [];
  const statements = readStatements(lines);
  let sectionStart = Number.POSITIVE_INFINITY;
  for (const line of lines) if (arrangementSectionStart.test(line.compact)) sectionStart = Math.min(sectionStart, line.number);
  for (const statement of statements) {
    if (statement.reading.assignments.length === 0 && statement.line.number > sectionStart && looksLikeUnreadArrangement(statement.line)) {
      warnings.push({ line: statement.line.number, message: 'names a party or the FIC but states no liaison that could be read' });
    }
  }
  const last = lines.findLast((line) => line.compact !== '');
  if (last !== undefined && endsCutOff(last, statements) && !warnings.some((warning) => warning.line === last.number)) {
    warnings.push({
      line: last.number,
      message: 'the text stops on this line with no closing punctuation: it may be cut off; kept only what is complete',
    });
  }
  const counterparts = namedCounterparts(statements.flatMap((statement) => statement.reading.assignments.filter((item) => !item.etc)));
  const writtenLines = readNoticeLines(written);
  const liaisons = statements
    .flatMap((statement) => statementLiaisons(statement, counterparts, warnings))
    .map((liaison) => ({
      ...liaison,
      from: script.asWritten(liaison.from),
      counterpartName: script.asWritten(liaison.counterpartName),
      text: writtenLines[liaison.line - 1]?.text ?? liaison.text,
    }));

  const document: NoticeDocument = {
    number: options.number ?? metadata.document.number,
    title: options.title ?? metadata.document.title,
    issuer: options.issuer ?? metadata.document.issuer,
    issued: options.issued ?? metadata.document.issued,
    jurisdiction: options.jurisdiction ?? metadata.document.jurisdiction,
  };
  const metadataWarnings: NoticeWarning[] = metadata.missing
    .filter((field) => document[field] === null)
    .map((field) => ({ line: 0, message: missingFieldMessages[field] }));
  return {
    document,
    supersedes: metadata.supersedes,
    liaisons,
    warnings: [...metadataWarnings, ...warnings].sort((left, right) => left.line - right.line),
  };
}
