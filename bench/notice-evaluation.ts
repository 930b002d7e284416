import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { decodeNoticeBytes, toNoticeJson, type NoticeJson, parseNotice } from '../src/notice/index.ts';

/** The labelled notice corpus, relative to the project root; folders named `holdout…` beneath it are kept apart. */
export const NOTICE_CORPUS_DIRECTORY = join('test', 'fixtures', 'notices');

type LabelledLiaison = NoticeJson['liaisons'][number];

/** How a parse differs from its label (README of the corpus: liaisons as a multiset, warnings by line). */
export interface NoticeComparison {
  missing: LabelledLiaison[];
  unexpected: LabelledLiaison[];
  /** Pairs found on the right line whose `text` differs from the label. */
  wrongText: LabelledLiaison[];
  missingWarningLines: number[];
  unexpectedWarningLines: number[];
  documentDifferences: string[];
}

export interface PairCounts {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
}

export interface CorpusEvaluation {
  notices: Array<{ name: string; comparison: NoticeComparison }>;
  formal: PairCounts;
  general: PairCounts;
  all: PairCounts;
}

const pairKey = (liaison: LabelledLiaison) => [liaison.from, liaison.fromKind, liaison.counterpart, liaison.kind, liaison.line].join('|');

function takeMatching(pool: LabelledLiaison[], liaison: LabelledLiaison): LabelledLiaison | undefined {
  const index = pool.findIndex((candidate) => pairKey(candidate) === pairKey(liaison));
  return index < 0 ? undefined : pool.splice(index, 1)[0];
}

/** Compares a parse with its label by the corpus rules. */
export function compareNoticeJson(actual: NoticeJson, expected: NoticeJson): NoticeComparison {
  const pool = [...expected.liaisons];
  const unexpected: LabelledLiaison[] = [];
  const wrongText: LabelledLiaison[] = [];
  for (const liaison of actual.liaisons) {
    const match = takeMatching(pool, liaison);
    if (match === undefined) unexpected.push(liaison);
    else if (match.text !== liaison.text) wrongText.push(liaison);
  }
  const actualLines = new Set(actual.warnings.map((warning) => warning.line));
  const expectedLines = new Set(expected.warnings.map((warning) => warning.line));
  const documentDifferences = (['number', 'title', 'issuer', 'issued'] as const)
    .filter((field) => actual.document[field] !== expected.document[field])
    .map((field) => `${field}: ${String(actual.document[field])} ≠ ${String(expected.document[field])}`);
  return {
    missing: pool,
    unexpected,
    wrongText,
    missingWarningLines: [...expectedLines].filter((line) => !actualLines.has(line)),
    unexpectedWarningLines: [...actualLines].filter((line) => !expectedLines.has(line)),
    documentDifferences,
  };
}

/** Whether a comparison shows no difference at all. */
export function isExactMatch(comparison: NoticeComparison): boolean {
  return Object.values(comparison).every((difference) => difference.length === 0);
}

function counts(truePositives: number, falsePositives: number, falseNegatives: number): PairCounts {
  const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);
  return {
    truePositives,
    falsePositives,
    falseNegatives,
    precision: ratio(truePositives, truePositives + falsePositives),
    recall: ratio(truePositives, truePositives + falseNegatives),
  };
}

function countsOf(comparisons: readonly NoticeComparison[], expected: readonly NoticeJson[], kind?: 'formal' | 'general'): PairCounts {
  const ofKind = (liaison: LabelledLiaison) => kind === undefined || liaison.kind === kind;
  const expectedTotal = expected.reduce((sum, json) => sum + json.liaisons.filter(ofKind).length, 0);
  const falseNegatives = comparisons.reduce((sum, comparison) => sum + comparison.missing.filter(ofKind).length, 0);
  const falsePositives = comparisons.reduce((sum, comparison) => sum + comparison.unexpected.filter(ofKind).length, 0);
  return counts(expectedTotal - falseNegatives, falsePositives, falseNegatives);
}

/** The real notices the parser may be tuned on, beneath the corpus; its blind sets are `holdout-real…`. */
export const REAL_NOTICE_DIRECTORY = 'real';

/** Whether a corpus folder holds real published texts (`real/`, `holdout-real/`, `holdout-real-news/`). */
export function isRealSetName(name: string): boolean {
  return name === REAL_NOTICE_DIRECTORY || name.startsWith('holdout-real');
}

/** Whether a corpus entry is kept apart from training (`holdout/`, `holdout-3/` …). */
export function isHoldoutName(name: string): boolean {
  return name.startsWith('holdout');
}

/**
 * The labelled fixtures of a directory: every `<name>.txt` (and `<name>.gbk.txt`) with
 * `<name>.expected.json`. Subdirectories are never read, and no entry whose name starts with
 * `holdout` is listed: a held-out set is evaluated only by naming its own directory.
 */
export async function listLabelledNotices(directory: string): Promise<Array<{ name: string; textPath: string; expectedPath: string }>> {
  const entries = await readdir(directory, { withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.txt') && !isHoldoutName(entry.name))
    .map((entry) => entry.name)
    .sort();
  return files.map((file) => ({
    name: file.replace(/\.txt$/, ''),
    textPath: join(directory, file),
    expectedPath: join(directory, file.replace(/(?:\.gbk)?\.txt$/, '.expected.json')),
  }));
}

/** The held-out sets beside the training fixtures (`holdout`, `holdout-3` …), as directory paths, sorted. */
export async function listHoldoutDirectories(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isDirectory() && isHoldoutName(entry.name))
    .map((entry) => join(directory, entry.name))
    .sort();
}

/** Parses one fixture file (UTF-8 or GB18030) into the contract shape. */
export async function parseNoticeFile(path: string): Promise<NoticeJson> {
  return toNoticeJson(parseNotice(decodeNoticeBytes(await readFile(path)).text));
}

/**
 * Runs the parser over a labelled corpus directory (not its subdirectories) and reports, per notice,
 * how the parse differs from the label, with precision and recall of formal, general and all pairs.
 * Works on any such folder: the training corpus, or a held-out set (`…/notices/holdout`).
 */
export async function evaluateNoticeCorpus(directory: string): Promise<CorpusEvaluation> {
  const notices: CorpusEvaluation['notices'] = [];
  const expectedAll: NoticeJson[] = [];
  for (const fixture of await listLabelledNotices(directory)) {
    const expected = JSON.parse(await readFile(fixture.expectedPath, 'utf8')) as NoticeJson;
    notices.push({ name: fixture.name, comparison: compareNoticeJson(await parseNoticeFile(fixture.textPath), expected) });
    expectedAll.push(expected);
  }
  const comparisons = notices.map((notice) => notice.comparison);
  return {
    notices,
    formal: countsOf(comparisons, expectedAll, 'formal'),
    general: countsOf(comparisons, expectedAll, 'general'),
    all: countsOf(comparisons, expectedAll),
  };
}
