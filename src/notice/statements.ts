import { readStatement } from './read-statement.ts';
import { cellSeparators } from './readers/table-row.ts';
import { compactText, isPageNumber, isWebPageNoise } from './lines.ts';
import type { Assignment, CounterpartMention, NoticeLine, StatementReading } from './model.ts';

const listNumbering =
  /^(?:\d{1,3}[.．、\t ]|[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、.．]|\d{1,3}）|[\u2460-\u2473\u2776-\u277f])/;
const ellipsisAtEnd = /(?:…|\.{3}|⋯)[；;。，,]?$/;
/** How many blank or page-number lines a statement may run on across. */
const maximumGap = 4;
/** How many content lines ahead a cut name or verb may still be completed. */
const maximumLookahead = 3;

/** A physical line of a statement and where its text starts in the statement without whitespace. */
export interface StatementSegment {
  line: NoticeLine;
  start: number;
}

export interface Statement {
  /** The first line of the statement. */
  line: NoticeLine;
  segments: StatementSegment[];
  reading: StatementReading;
  /** The statement is a table row whose cells stand on lines of their own (a Word table copied as text). */
  cells: boolean;
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
  const doubts = reading.assignments.reduce(
    (sum, item) => sum + item.unread.length + cutDoubt(item.cut) + (item.doubt === undefined ? 0 : 1),
    0,
  );
  return pairCount(reading) - 10 * doubts;
}

function nextContentLine(lines: readonly NoticeLine[], index: number): number | undefined {
  for (let next = index + 1; next < lines.length && next <= index + maximumGap + 1; next += 1) {
    const line = lines[next];
    if (line === undefined) return undefined;
    if (isWebPageNoise(line.text)) return undefined;
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
function readsBetterJoined(
  raw: string,
  reading: StatementReading,
  parts: readonly NoticeLine[],
  heading: CounterpartMention[] | undefined,
): StatementReading | undefined {
  // A party heading (`（二）民盟市委`) stands alone: the fields after it are read under it.
  if (reading.assignments.length === 0 && reading.heading !== undefined) return undefined;
  const alone = parts.map((part) => readStatement(part.text, heading));
  if (reading.assignments.length === 0 && alone.every((part) => part.assignments.length === 0)) {
    if (compactText(raw).length > 40 || parts.some((part) => compactText(part.text).length > 40)) return undefined;
  }
  // Lines in between must be fragments: a line that states pairs of its own starts a new statement.
  if (alone.slice(0, -1).some((part) => part.assignments.length > 0)) return undefined;
  // A report's headline (no punctuation, reading nothing) stands alone before a paragraph that reads
  // pairs of its own: joined, the paragraph's word of liaison would make the headline's visit a liaison.
  const [next] = alone;
  if (reading.assignments.length === 0 && isHeadline(raw) && next !== undefined && next.assignments.length > 0) {
    if (compactText(parts[0]?.text ?? '').length > 40) return undefined;
  }
  const joined = readStatement(raw + parts.map((part) => part.text).join(''), heading);
  const nothingAlone = alone.every((part) => part.assignments.length === 0);
  const apart = reading.unfinished && nothingAlone ? quality(reading) : alone.reduce((sum, part) => sum + quality(part), quality(reading));
  if (quality(joined) <= apart) return undefined;
  if (!reading.unfinished && !keepsPairs(joined, [reading, ...alone])) return undefined;
  return joined;
}

/** A line with no punctuation at all, as a headline is written (a wrapped line of prose has some). */
function isHeadline(raw: string): boolean {
  return !/[，。；：、,;:！？!?（）()]/.test(raw);
}

/** A cell of a table: short, no sentence punctuation (a list inside a cell keeps its 、). */
const cellText = /^[^，。；：,;:！？!?]{2,30}$/;

/**
 * A table row copied from Word with each cell on a line of its own (`市发展和改革局` / `民建市委、市工商联`,
 * or `副市长` / `李  明` / `民盟市委`): the line and up to two following lines read together as cells,
 * when each is a short cell that reads as nothing alone and together they read as an arrangement.
 */
function readCellRow(
  line: NoticeLine,
  following: ReadonlyArray<{ index: number; line: NoticeLine }>,
): { reading: StatementReading; entries: Array<{ index: number; line: NoticeLine }> } | undefined {
  // A line with TABs between its words is a row of cells itself, never one cell of a row.
  const isCell = (candidate: NoticeLine) =>
    !cellSeparators.test(candidate.text) &&
    cellText.test(compactText(candidate.text)) &&
    readStatement(candidate.text).assignments.length === 0;
  if (!isCell(line) || /[、和及与]$/.test(compactText(line.text))) return undefined;
  for (let count = 1; count <= Math.min(2, following.length); count += 1) {
    const entries = following.slice(0, count);
    if (!entries.every((entry) => isCell(entry.line))) return undefined;
    const reading = readStatement([line, ...entries.map((entry) => entry.line)].map((cell) => cell.text).join('\t'));
    const clean = reading.assignments.every(
      (assignment) => assignment.unread.length === 0 && !assignment.cut && assignment.doubt === undefined,
    );
    if (reading.assignments.length > 0 && clean) return { reading, entries };
  }
  return undefined;
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
  let heading: CounterpartMention[] | undefined;
  for (const [index, line] of lines.entries()) {
    if (consumed.has(index) || line.text === '' || isPageNumber(line.text) || isWebPageNoise(line.text)) continue;
    let raw = line.text;
    let reading = readStatement(raw, heading);
    const segments: StatementSegment[] = [{ line, start: 0 }];
    let last = index;
    while (!ellipsisAtEnd.test(raw)) {
      const following = continuationLines(lines, last);
      let taken = 0;
      for (let count = 1; count <= following.length && taken === 0; count += 1) {
        const joined = readsBetterJoined(
          raw,
          reading,
          following.slice(0, count).map((entry) => entry.line),
          heading,
        );
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
    const row = segments.length === 1 && reading.assignments.length === 0 ? readCellRow(line, continuationLines(lines, index)) : undefined;
    if (row !== undefined) {
      for (const entry of row.entries) {
        segments.push({ line: entry.line, start: 0 });
        consumed.add(entry.index);
      }
      statements.push({ line, segments, reading: row.reading, cells: true });
      heading = undefined;
      continue;
    }
    statements.push({ line, segments, reading, cells: false });
    heading = reading.heading;
  }
  return statements;
}

/** The physical line an assignment starts on. */
export function lineOf(statement: Statement, assignment: Assignment): NoticeLine {
  if (statement.cells) {
    // The cell where the first name is written (`副市长` / `李  明` / … → the line of 李明).
    const first = assignment.from[0] ?? '';
    return statement.segments.find((segment) => compactText(segment.line.text).includes(first))?.line ?? statement.line;
  }
  let found = statement.line;
  for (const segment of statement.segments) if (segment.start <= assignment.start) found = segment.line;
  return found;
}
