/**
 * The notice parser's model: what a notice is read into, line by line and statement by statement.
 * A leaf: the readers, the parser and the loader import their shapes from here and nothing else.
 */
import type { PartyName } from '../domain/index.ts';

export type { PartyName } from '../domain/index.ts';

export type LiaisonSourceKind = 'leader' | 'department';

export interface CounterpartMention {
  party: PartyName;
  /** As written, whitespace removed, e.g. 民盟资阳市委会 (a shared suffix is distributed: 民盟、民进省委 → 民盟省委). */
  name: string;
}

/**
 * One assignment a statement makes: who (`from`), toward whom. `general`: a collective duty toward
 * every counterpart (the parser expands it once it knows the notice's counterparts), the FIC
 * included when `includesFederation`. `unread`, `cut` and `etc` say what the parser is unsure of.
 */
export interface Assignment {
  fromKind: LiaisonSourceKind;
  from: string[];
  counterparts: CounterpartMention[];
  general: boolean;
  includesFederation: boolean;
  unread: string[];
  cut: boolean;
  etc: boolean;
  /** Where the assignment starts (its first name) in the statement with whitespace removed; 0 for a table row. */
  start: number;
  /**
   * For a general assignment: the counterparts its line names one by one (`民主党派和工商联` names
   * the FIC). They are kept even when no formal pair names them, so a duty is never expanded to less
   * than its own line says.
   */
  named?: CounterpartMention[];
  /** Why the pairs read must not be kept (a phrase after it revises the arrangement); warned about. */
  doubt?: string;
}

export interface StatementReading {
  assignments: Assignment[];
  /** The statement may continue on the next line (a trailing separator, a cut name, nothing read). */
  unfinished: boolean;
  /** The text ends with a separator (、，和及): its last list runs on, or was cut there. */
  trailingSeparator: boolean;
  /** The party heading in force after the statement, for labelled fields on the lines after it. */
  heading: CounterpartMention[] | undefined;
}

/** What a clause reader took: its assignments, and the text after them (read on as another clause). */
export interface ClauseReading {
  assignments: Assignment[];
  remainder: string;
  /** Where the remainder starts in the statement. */
  remainderStart: number;
}

export interface NoticeLine {
  number: number;
  /** The line as written, trimmed (what provenance keeps). */
  text: string;
  /** Whitespace removed, full-width digits normalised, list numbering and end punctuation dropped. */
  compact: string;
}

/** What the notice says about itself. Any part may be missing from a text (then null and a warning). */
export interface NoticeDocument {
  /** 文号 with normalised brackets, e.g. 资府办函〔2022〕65号. */
  number: string | null;
  /** Without the issuer, e.g. 关于在政府工作中进一步加强同民主党派对口联系的通知. */
  title: string | null;
  /** e.g. 资阳市人民政府办公室. */
  issuer: string | null;
  /** YYYY-MM-DD. */
  issued: string | null;
  /** The jurisdiction named by the issuer, e.g. 资阳市. */
  jurisdiction: string | null;
}

/** A document the notice repeals (…同时废止). */
export interface DocumentReference {
  number: string;
  title: string | null;
  issuer: string | null;
  /** The line that repeals it. */
  line: number;
}

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
