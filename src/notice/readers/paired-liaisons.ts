import { liaisonWord, staysWithNames } from './news-prose.ts';
import { leadingCounterpart, leadingDepartment } from './prose-names.ts';
import type { Assignment, ClauseReading, CounterpartMention } from '../model.ts';

/**
 * Two or more pairs of a party and a department in one sentence, the pairs joined by 、 and each
 * pair by 与 / 和 / 同 (`民盟某市委会与市教育局、民进某市委会与市文广局召开对口联系座谈会`, or the
 * department first in every pair): each department liaises with the party of its own pair only,
 * never with the others'. The sentence must speak of liaison after the last pair.
 */

interface Pair {
  department: string;
  counterpart: CounterpartMention;
  /** Where the department's name starts in the text. */
  start: number;
}

const pairJoin = /^(?:与|和|同)/;

/** One pair at `position`, the party first or the department first, and where it ends. */
function pairAt(text: string, position: number): { pair: Pair; end: number } | undefined {
  const rest = text.slice(position);
  const counterpart = leadingCounterpart(rest);
  if (counterpart !== undefined) {
    const join = pairJoin.exec(rest.slice(counterpart.length))?.[0];
    const departmentStart = counterpart.length + (join?.length ?? 0);
    const department = join === undefined ? undefined : leadingDepartment(rest.slice(departmentStart));
    if (department === undefined) return undefined;
    const pair = { department: department.name, counterpart: counterpart.mention, start: position + departmentStart };
    return { pair, end: position + departmentStart + department.length };
  }
  const department = leadingDepartment(rest);
  const join = department === undefined ? undefined : pairJoin.exec(rest.slice(department.length))?.[0];
  if (department === undefined || join === undefined) return undefined;
  const party = leadingCounterpart(rest.slice(department.length + join.length));
  if (party === undefined) return undefined;
  return {
    pair: { department: department.name, counterpart: party.mention, start: position },
    end: position + department.length + join.length + party.length,
  };
}

/** The pairs at the start of `text`, joined by 、, each either way round; fewer than two is none. */
function leadingPairs(text: string): { pairs: Pair[]; end: number } | undefined {
  const pairs: Pair[] = [];
  let position = 0;
  let end = 0;
  for (;;) {
    const found = pairAt(text, position);
    if (found === undefined) break;
    pairs.push(found.pair);
    end = found.end;
    if (text[end] !== '、') break;
    position = end + 1;
  }
  if (pairs.length < 2) return undefined;
  return { pairs, end };
}

/** Reads a comma clause that opens with pairs of a party and a department, or undefined. */
export function readPairedLiaisons(text: string, base: number): ClauseReading | undefined {
  const comma = text.indexOf('，');
  const clause = comma < 0 ? text : text.slice(0, comma);
  const found = leadingPairs(clause);
  if (found === undefined) return undefined;
  const rest = clause.slice(found.end);
  const word = liaisonWord.exec(rest);
  if (word === null || !staysWithNames(rest.slice(0, word.index))) return undefined;
  const assignments: Assignment[] = found.pairs.map((pair) => ({
    fromKind: 'department',
    from: [pair.department],
    counterparts: [pair.counterpart],
    general: false,
    includesFederation: false,
    unread: [],
    cut: false,
    etc: false,
    start: base + pair.start,
  }));
  const consumed = Math.min(text.length, clause.length + 1);
  return { assignments, remainder: text.slice(consumed), remainderStart: base + consumed };
}
