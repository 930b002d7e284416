import { readArrangement, looksLikeUnreadArrangement, type Arrangement, type LiaisonSourceKind } from './arrangement-line.ts';
import { comparePartyNames, partyDefinition, type PartyName } from './counterpart-names.ts';
import { readNoticeLines, type NoticeLine } from './notice-lines.ts';
import {
  parseNoticeMetadata,
  type DocumentReference,
  type MetadataField,
  type NoticeDocument,
} from './notice-metadata.ts';

export type { LiaisonSourceKind } from './arrangement-line.ts';
export type { PartyName } from './counterpart-names.ts';
export type { DocumentReference, NoticeDocument } from './notice-metadata.ts';

/** Something the parser was unsure of; line 0 when it concerns the whole text. */
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
  /** 1-based line of the notice. */
  line: number;
  /** That line, trimmed. */
  text: string;
}

export interface ParsedNotice {
  document: NoticeDocument;
  /** Documents the notice repeals (…同时废止). */
  supersedes: DocumentReference[];
  /** In line order; a general line yields one liaison per counterpart, in PARTY_NAMES order. */
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
const arrangementSectionStart = /^附件[\d一二三四五六七八九十]*$|对口联系(?:安排|单位|名单|一览表)$/;

const missingFieldMessages: Record<MetadataField, string> = {
  number: 'no document number (文号) found; give it with --number',
  title: 'no title found (a line ending in 通知, 意见, 办法 …); give it with --title',
  issuer: 'no issuer found; give it with --issuer',
  issued: 'no issue date found (a line such as 2022年11月2日); give it with --issued',
};

interface ReadLine {
  line: NoticeLine;
  arrangement: Arrangement;
}

/** The counterparts the notice names, one per party, with the name it first writes for each. */
function namedCounterparts(readLines: readonly ReadLine[]): Map<PartyName, string> {
  const named = new Map<PartyName, string>();
  for (const { arrangement } of readLines) {
    if (arrangement.kind !== 'formal') continue;
    for (const counterpart of arrangement.counterparts) if (!named.has(counterpart.party)) named.set(counterpart.party, counterpart.name);
  }
  return new Map([...named].sort(([left], [right]) => comparePartyNames(left, right)));
}

function liaisonsOf(read: ReadLine, counterparts: Map<PartyName, string>, warnings: NoticeWarning[]): ParsedLiaison[] {
  const { line, arrangement } = read;
  const base = { fromKind: arrangement.fromKind, line: line.number, text: line.text };
  if (arrangement.kind === 'formal') {
    for (const item of arrangement.unread) {
      warnings.push({ line: line.number, message: `could not read "${item}" as a party or the FIC; kept the others` });
    }
    return arrangement.from.flatMap((from) =>
      arrangement.counterparts.map((counterpart) => ({
        ...base,
        from,
        counterpart: counterpart.party,
        counterpartName: counterpart.name,
        kind: 'formal' as const,
      })),
    );
  }
  const targets = [...counterparts].filter(
    ([party]) => arrangement.includesFederation || partyDefinition(party).category === 'party',
  );
  if (targets.length === 0) {
    warnings.push({ line: line.number, message: 'a duty toward all counterparts, but the notice names no counterpart to expand it to' });
  }
  return arrangement.from.flatMap((from) =>
    targets.map(([party, name]) => ({ ...base, from, counterpart: party, counterpartName: name, kind: 'general' as const })),
  );
}

/**
 * Parses a liaison notice: its document number, title, issuer and date, the documents it repeals,
 * and the liaisons its arrangement lines state, each with its line. Pure: no database, no files.
 * Lines are read by rules on their shape (see arrangement-line.ts), wherever they are; a line in an
 * arrangement section that names a party but cannot be read gets a warning, and nothing is guessed.
 */
export function parseNotice(text: string, options: ParseNoticeOptions = {}): ParsedNotice {
  const lines = readNoticeLines(text);
  const metadata = parseNoticeMetadata(lines);
  const warnings: NoticeWarning[] = [];
  const readLines: ReadLine[] = [];
  let inArrangementSection = false;
  for (const line of lines) {
    if (arrangementSectionStart.test(line.compact)) inArrangementSection = true;
    const arrangement = readArrangement(line);
    if (arrangement !== undefined) readLines.push({ line, arrangement });
    else if (inArrangementSection && looksLikeUnreadArrangement(line)) {
      warnings.push({ line: line.number, message: 'names a party or the FIC but states no liaison that could be read' });
    }
  }
  const counterparts = namedCounterparts(readLines);
  const liaisons = readLines.flatMap((read) => liaisonsOf(read, counterparts, warnings));

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
