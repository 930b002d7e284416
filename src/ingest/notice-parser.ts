import { readStatement, type Assignment, type LiaisonSourceKind, type StatementReading } from './arrangement-line.ts';
import {
  comparePartyNames,
  mentionsPartiesCollectively,
  partiesMentionedIn,
  partyDefinition,
  type PartyName,
} from './counterpart-names.ts';
import { compactText, isPageNumber, readNoticeLines, type NoticeLine } from './notice-lines.ts';
import {
  parseNoticeMetadata,
  type DocumentReference,
  type MetadataField,
  type NoticeDocument,
} from './notice-metadata.ts';

export type { LiaisonSourceKind } from './arrangement-line.ts';
export type { PartyName } from './counterpart-names.ts';
export type { DocumentReference, NoticeDocument } from './notice-metadata.ts';

/** Something the parser was unsure of; line 0 when it concerns the whole text (a missing 文号 …). */
export interface NoticeWarning {
  line: number;
  message: string;
}

/** One liaison a notice states. */
export interface ParsedLiaison {
  /** The leader or department as written, whitespace removed (`李  东` → 李东). */
  from: string;
  fromKind: LiaisonSourceKind;
  /** Canonical short name: 民革 民盟 民建 民进 农工党 致公党 九三学社 台盟 工商联. */
  counterpart: PartyName;
  /** The counterpart as the notice writes it, e.g. 民盟资阳市委会. */
  counterpartName: string;
  /** `formal`: a named pairing; `general`: a collective duty toward every counterpart. */
  kind: 'formal' | 'general';
  /** 1-based line of the notice where the statement starts. */
  line: number;
  /** That line, trimmed. */
  text: string;
}

export interface ParsedNotice {
  document: NoticeDocument;
  /** Documents the notice repeals (…同时废止). */
  supersedes: DocumentReference[];
  /** In line order; a general statement yields one liaison per counterpart, in PARTY_NAMES order. */
  liaisons: ParsedLiaison[];
  warnings: NoticeWarning[];
}

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
const listNumbering = /^(?:\d{1,3}[.．、\t ]|[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、.．])/;
const ellipsisAtEnd = /(?:…|\.{3}|⋯)[；;。，,]?$/;
/** How many blank or page-number lines a statement may run on across. */
const maximumGap = 4;
/** How many content lines ahead a cut name or verb may still be completed. */
const maximumLookahead = 3;

const missingFieldMessages: Record<MetadataField, string> = {
  number: 'no document number (文号) found; give it with --number',
  title: 'no title found (a line ending in 通知, 意见, 办法 …)',
  issuer: 'no issuer found',
  issued: 'no issue date found (a line such as 2022年11月2日); give it with --issued',
};

/** A physical line of a statement and where its text starts in the statement without whitespace. */
interface StatementSegment {
  line: NoticeLine;
  start: number;
}

interface Statement {
  /** The first line of the statement. */
  line: NoticeLine;
  segments: StatementSegment[];
  reading: StatementReading;
}

/** Pairs a reading states; a general duty counts as two (three with the FIC), more than a lone pair. */
function pairCount(reading: StatementReading): number {
  const toward = (item: Assignment) => (item.general ? 2 + (item.includesFederation ? 1 : 0) : item.counterparts.length);
  return reading.assignments.reduce((sum, item) => sum + item.from.length * toward(item), 0);
}

/** The pairs a reading states, by who and which party (GENERAL for a collective duty). */
function pairKeys(reading: StatementReading): Set<string> {
  const keys = new Set<string>();
  for (const item of reading.assignments) {
    for (const from of item.from) {
      if (item.general) keys.add(`${from}|GENERAL`);
      for (const counterpart of item.counterparts) keys.add(`${from}|${counterpart.party}`);
    }
  }
  return keys;
}

/** Whether `joined` keeps every pair the parts read apart (a join may add pairs, never trade them). */
function keepsPairs(joined: StatementReading, parts: readonly StatementReading[]): boolean {
  const kept = pairKeys(joined);
  return parts.every((part) => [...pairKeys(part)].every((key) => kept.has(key)));
}

/**
 * Pairs read, less a penalty for every doubt: how well a reading explains its text. A list cut by a
 * separator at the very end is no doubt yet: it may run on to the next line.
 */
function quality(reading: StatementReading): number {
  const cutDoubt = (cut: boolean) => (cut && !reading.trailingSeparator ? 1 : 0);
  const doubts = reading.assignments.reduce((sum, item) => sum + item.unread.length + cutDoubt(item.cut), 0);
  return pairCount(reading) - 10 * doubts;
}

function nextContentLine(lines: readonly NoticeLine[], index: number): number | undefined {
  for (let next = index + 1; next < lines.length && next <= index + maximumGap + 1; next += 1) {
    const line = lines[next];
    if (line === undefined) return undefined;
    if (line.text !== '' && !isPageNumber(line.text)) return next;
  }
  return undefined;
}

/** The next few content lines after `index` that may continue a statement (no numbered line among them). */
function continuationLines(lines: readonly NoticeLine[], index: number): Array<{ index: number; line: NoticeLine }> {
  const found: Array<{ index: number; line: NoticeLine }> = [];
  let last = index;
  while (found.length < maximumLookahead) {
    const next = nextContentLine(lines, last);
    const line = next === undefined ? undefined : lines[next];
    if (next === undefined || line === undefined || listNumbering.test(line.text)) break;
    found.push({ index: next, line });
    last = next;
  }
  return found;
}

/**
 * Whether `raw` continued by `parts` reads better than the pieces apart: more pairs, fewer doubts,
 * and every pair read apart kept (unless the statement was unfinished). Lines that read as nothing
 * are joined only as short fragments, never prose.
 */
function readsBetterJoined(raw: string, reading: StatementReading, parts: readonly NoticeLine[]): StatementReading | undefined {
  const alone = parts.map((part) => readStatement(part.text));
  if (reading.assignments.length === 0 && alone.every((part) => part.assignments.length === 0)) {
    if (compactText(raw).length > 40 || parts.some((part) => compactText(part.text).length > 40)) return undefined;
  }
  // Lines in between must be fragments: a line that states pairs of its own starts a new statement.
  if (alone.slice(0, -1).some((part) => part.assignments.length > 0)) return undefined;
  const joined = readStatement(raw + parts.map((part) => part.text).join(''));
  const nothingAlone = alone.every((part) => part.assignments.length === 0);
  const apart = reading.unfinished && nothingAlone ? quality(reading) : alone.reduce((sum, part) => sum + quality(part), quality(reading));
  if (quality(joined) <= apart) return undefined;
  if (!reading.unfinished && !keepsPairs(joined, [reading, ...alone])) return undefined;
  return joined;
}

/**
 * Groups lines into statements: a line is joined with the next content lines (across blank lines and
 * page numbers) when the joined text reads better than the lines apart: a list that runs on (a
 * trailing 、, a name cut off, a wrapped department name) or a paragraph hard-wrapped mid-statement,
 * also when a name or verb is cut over several narrow lines (the next line alone reads no better,
 * the next two or three do). An ellipsis ends a line; a numbered line starts a new statement.
 */
export function readStatements(lines: readonly NoticeLine[]): Statement[] {
  const statements: Statement[] = [];
  const consumed = new Set<number>();
  for (const [index, line] of lines.entries()) {
    if (consumed.has(index) || line.text === '' || isPageNumber(line.text)) continue;
    let raw = line.text;
    let reading = readStatement(raw);
    const segments: StatementSegment[] = [{ line, start: 0 }];
    let last = index;
    while (!ellipsisAtEnd.test(raw)) {
      const following = continuationLines(lines, last);
      let taken = 0;
      for (let count = 1; count <= following.length && taken === 0; count += 1) {
        const joined = readsBetterJoined(raw, reading, following.slice(0, count).map((entry) => entry.line));
        if (joined === undefined) continue;
        for (const entry of following.slice(0, count)) {
          segments.push({ line: entry.line, start: compactText(raw).length });
          raw += entry.line.text;
          consumed.add(entry.index);
          last = entry.index;
        }
        reading = joined;
        taken = count;
      }
      if (taken === 0) break;
    }
    statements.push({ line, segments, reading });
  }
  return statements;
}

/** The physical line an assignment starts on. */
function lineOf(statement: Statement, assignment: Assignment): NoticeLine {
  let found = statement.line;
  for (const segment of statement.segments) if (segment.start <= assignment.start) found = segment.line;
  return found;
}

/** The jurisdiction's counterparts: those the formal pairs name, each with the name first written for it. */
function namedCounterparts(assignments: readonly Assignment[]): Map<PartyName, string> {
  const named = new Map<PartyName, string>();
  for (const assignment of assignments) {
    if (assignment.general) continue;
    for (const counterpart of assignment.counterparts) if (!named.has(counterpart.party)) named.set(counterpart.party, counterpart.name);
  }
  return new Map([...named].sort(([left], [right]) => comparePartyNames(left, right)));
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
    let general = assignment.general;
    if (assignment.etc) {
      const listed = new Set(assignment.counterparts.map((counterpart) => counterpart.party));
      const all = [...counterparts.keys()].every((party) => listed.has(party));
      if (all) general = true;
      else doubts.add('the list ends with 等 and does not name every counterpart; kept the ones it names');
    }
    if (!general) {
      for (const from of assignment.from) {
        for (const counterpart of assignment.counterparts) {
          liaisons.push({ ...base, from, fromKind: assignment.fromKind, counterpart: counterpart.party, counterpartName: counterpart.name, kind: 'formal' });
        }
      }
      continue;
    }
    const includesFederation = assignment.includesFederation || assignment.etc;
    const targets = [...counterparts].filter(([party]) => includesFederation || partyDefinition(party).category === 'party');
    if (targets.length === 0) doubts.add('a duty toward all counterparts, but the notice names no counterpart to expand it to');
    for (const from of assignment.from) {
      for (const [party, name] of targets) {
        liaisons.push({ ...base, from, fromKind: assignment.fromKind, counterpart: party, counterpartName: name, kind: 'general' });
      }
    }
  }
  for (const [line, doubts] of doubtsByLine) for (const message of doubts) warnings.push({ line, message });
  return liaisons;
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
    /联系|对口/.test(compact) &&
    partiesMentionedIn(compact).length > 0 &&
    // `民主党派、工商联` together speak of the counterparts as a whole, as headings and prose do.
    !(mentionsPartiesCollectively(compact) && partiesMentionedIn(compact).join() === '工商联')
  );
}

/**
 * Parses a liaison notice: its document number, title, issuer and date, the documents it repeals,
 * and the liaisons its arrangement statements state, each with the line it starts on. Pure: no
 * database, no files, never throws on any text. Statements are read by rules on their shape (see
 * arrangement-line.ts) wherever they are; what the parser is unsure of gets a warning, nothing is guessed.
 */
export function parseNotice(text: string, options: ParseNoticeOptions = {}): ParsedNotice {
  const lines = readNoticeLines(text);
  const metadata = parseNoticeMetadata(lines);
  const warnings: NoticeWarning[] = [];
  const statements = readStatements(lines);
  let sectionStart = Number.POSITIVE_INFINITY;
  for (const line of lines) if (arrangementSectionStart.test(line.compact)) sectionStart = Math.min(sectionStart, line.number);
  for (const statement of statements) {
    if (statement.reading.assignments.length === 0 && statement.line.number > sectionStart && looksLikeUnreadArrangement(statement.line)) {
      warnings.push({ line: statement.line.number, message: 'names a party or the FIC but states no liaison that could be read' });
    }
  }
  const counterparts = namedCounterparts(statements.flatMap((statement) => statement.reading.assignments.filter((item) => !item.etc)));
  const liaisons = statements.flatMap((statement) => statementLiaisons(statement, counterparts, warnings));

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
