import { readPartyHeading } from './labelled-fields.ts';
import { compactText } from '../lines.ts';
import { normaliseWording } from './statement-wording.ts';
import { readLeader, readSubjects, type Subjects } from './subject-names.ts';
import type { Assignment, CounterpartMention } from '../model.ts';

/**
 * Table rows as notices paste them: cells separated by TABs (a Word table) or by runs of spaces (a
 * table flattened from a PDF), a 序号 cell first, a cell wrapped onto the next row.
 */

export const cellSeparators = /[\t|｜│]/;
const cellAndSpaceSeparators = /[\t|｜│ \u3000\u00a0]+/;
/** A cell that ends with a separator runs on in the next cell (its list was wrapped). */
const runsOn = /[、，,和及]$/;
/** How department names end: an item of a cut list that ends so was complete. */
const nameEnding = /(?:局|委|办|厅|院|中心|馆|所|站|部|署|处|队|会|社|联|室|政府)$/;

/**
 * The cells of a table row, without the 序号 cell. Runs of one-character words are a padded name
 * (`高  翔` → 高翔), not cells.
 */
export function splitCells(raw: string, separators: RegExp): string[] {
  const cells: string[] = [];
  let previousSingle = false;
  for (const word of raw
    .split(separators)
    .map((cell) => cell.trim())
    .filter((cell) => cell !== '')) {
    const single = [...word].length === 1 && /[\u4e00-\u9fff]/.test(word);
    if (single && previousSingle) cells[cells.length - 1] += word;
    else cells.push(word);
    previousSingle = single;
  }
  if (/^\d{1,3}[.．、]?$/.test(cells[0] ?? '')) cells.shift();
  return cells;
}

/** The layouts a row may have: TAB-separated cells, then cells separated by runs of spaces. */
function layouts(raw: string): string[][] {
  const found: string[][] = [];
  if (cellSeparators.test(raw)) found.push(splitCells(raw, cellSeparators));
  if (/\S[ \u3000\u00a0]+\S/.test(raw.trim())) found.push(splitCells(raw, cellAndSpaceSeparators));
  return found;
}

/**
 * Readings of a table row: `<subject cells>：<counterpart cell>`, first with every cell, then with
 * trailing cells (a 备注 column) left off.
 */
export function tableRowTexts(raw: string): string[] {
  const texts: string[] = [];
  for (const cells of layouts(raw)) {
    if (cells.length === 1) texts.push(cells[0] ?? '');
    for (let end = cells.length; end >= 2; end -= 1) texts.push(`${cells.slice(0, end - 1).join('')}：${cells[end - 1] ?? ''}`);
  }
  return texts;
}

/**
 * The cells of a row compacted, a cell ending in a separator joined with the cell after it
 * (`县商务局、` / `县税务局`), and a title cell with the name after it (`常务副市长` / `王  强`).
 */
function rowCells(cells: readonly string[]): string[] {
  const joined: string[] = [];
  for (const cell of cells.map((written) => normaliseWording(compactText(written)))) {
    const last = joined.at(-1);
    const titleThenName = last !== undefined && readSubjects(last) === undefined && readLeader(`${last}${cell}`) !== undefined;
    if (last !== undefined && (runsOn.test(last) || titleThenName)) joined[joined.length - 1] = `${last}${cell}`;
    else joined.push(cell);
  }
  return joined;
}

/**
 * The subjects of a cell. The last cell may run on (a trailing separator) or be cut off mid-name
 * (`县卫生健康局、县医疗保障局、县疾`): then the names written in full are kept, and `cut` says so.
 */
function readSubjectCell(cell: string, last: boolean): { subjects: Subjects; cut: boolean } | undefined {
  const text = cell.replace(runsOn, '');
  const subjects = readSubjects(text);
  if (subjects !== undefined) return { subjects, cut: false };
  if (!last) return undefined;
  const items = text.split('、');
  const cutItem = items.pop() ?? '';
  if (items.length === 0 || cutItem.length > 8 || nameEnding.test(cutItem)) return undefined;
  const complete = readSubjects(items.join('、'));
  return complete?.fromKind === 'department' ? { subjects: complete, cut: true } : undefined;
}

function assignmentOf(subjects: Subjects, counterparts: CounterpartMention[], cut: boolean): Assignment {
  const { fromKind, names } = subjects;
  return { fromKind, from: names, counterparts, general: false, includesFederation: false, unread: [], cut, etc: false, start: 0 };
}

/**
 * A row with several subject cells before its counterparts (`副市长 李  明	市教育局、市科技局	民盟市委`):
 * each cell a leader or departments toward the counterparts of the last cell, which must read in full.
 */
export function readSubjectFirstRow(raw: string): Assignment[] | undefined {
  for (const cells of layouts(raw)) {
    const compact = rowCells(cells);
    const counterparts = compact.length < 3 ? undefined : readPartyHeading(compact.at(-1) ?? '');
    if (counterparts === undefined) continue;
    const subjects = compact.slice(0, -1).map((cell) => readSubjects(cell));
    if (subjects.every((cell) => cell !== undefined)) return subjects.map((cell) => assignmentOf(cell, counterparts, false));
  }
  return undefined;
}

/**
 * A row that names its counterparts in the first cell, then who liaises with them in each further
 * cell (`民盟某县总支	副县长 范  青	县教育局、科技局`): one assignment per cell, the leader and the
 * departments alike. Every cell after the first must read as a leader or departments, else undefined.
 */
export function readPartyFirstRow(raw: string): Assignment[] | undefined {
  for (const cells of layouts(raw)) {
    const compact = rowCells(cells);
    const [first, ...rest] = compact;
    const counterparts = first === undefined ? undefined : readPartyHeading(first);
    if (counterparts === undefined || rest.length === 0) continue;
    const read = rest.map((cell, index) => readSubjectCell(cell, index === rest.length - 1));
    if (read.some((cell) => cell === undefined)) continue;
    return read.flatMap((cell) => (cell === undefined ? [] : [assignmentOf(cell.subjects, counterparts, cell.cut)]));
  }
  return undefined;
}
