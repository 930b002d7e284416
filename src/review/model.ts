/**
 * The shapes the annual review computes. They are the shapes of the GraphQL types in
 * src/graphql/analytics/analytics.graphql and of the JSON report (src/report/README.md).
 */

/** What a piece of evidence is: a record the rule considered. */
export type EvidenceKind = 'ACTIVITY' | 'DOCUMENT' | 'ROLE' | 'LIAISON';

/** One record a rule considered for a subject, with where it came from (dataset and row, or document line). */
export interface Evidence {
  kind: EvidenceKind;
  /** The record's natural key: activity key, document number, role key, or "<from> → <counterpart>" for a liaison. */
  key: string;
  /** A line a reader understands, e.g. "2023-03-15 座谈会 …（主持：李东）". */
  label: string;
  /** The day that mattered (activity date, issue date, role or liaison start). */
  date: string | null;
  dataset: string | null;
  sourceSheet: string | null;
  sourceRow: number | null;
  /** For facts stated by a document (liaisons from the notice): its number and line. */
  sourceDocument: string | null;
  sourceLine: number | null;
  /** How the rule judged the record, e.g. "counted" or "not counted: chaired by a 副市长". */
  note: string | null;
  /** The same judgement in Chinese, e.g. "计入" or "不计入：当日主持人不是市长或常务副市长". */
  noteZh: string | null;
}

/** A subject that falls short of a rule. */
export interface Gap {
  /** The jurisdiction (R1, R7), a document number (R2, R3), a department (R4–R6, R8, R10) or a counterpart (R9). */
  subject: string;
  /** The parts that are missing (counterparts for R2/R3, 分管领导/责任科室/联络人员 for R5, …); empty when the rule has no parts. */
  missing: string[];
  /** What the rule found, in English, e.g. "0 qualifying symposia in 2023 (1–2 required)". */
  detail: string;
  /** The same in Chinese, e.g. "2023年召开符合条件的座谈会0次（应为1–2次）". */
  detailZh: string;
  evidence: Evidence[];
}

export type RuleId = 'R1' | 'R2' | 'R3' | 'R4' | 'R5' | 'R6' | 'R7' | 'R8' | 'R9' | 'R10';

export interface RuleResult {
  id: RuleId;
  /** The clause of the notice, e.g. 二（一）. */
  clause: string;
  title: string;
  satisfied: boolean;
  /** How many subjects were checked. */
  checked: number;
  gaps: Gap[];
}

/** The scope of a review: a jurisdiction (resolved to its name), a year and an as-of date. */
export interface ReviewScope {
  jurisdiction: string;
  year: number;
  /** YYYY-MM-DD. */
  asOf: string;
}

export interface CoverageReport extends ReviewScope {
  /** ISO date-time the report was computed. */
  generatedAt: string;
  rules: RuleResult[];
  /** With `includeDescendants`: the report of every jurisdiction within this one, at any depth; else empty. */
  descendants: DescendantCoverage[];
}

/** The report of a jurisdiction within the one reviewed: where it lies, and its own rules. */
export interface DescendantCoverage {
  /** The jurisdiction it lies within (PART_OF). */
  parent: string;
  /** 1 for a child of the jurisdiction reviewed, 2 for a grandchild … */
  depth: number;
  report: CoverageReport;
}
