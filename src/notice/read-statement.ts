import { positionWithout, withBareCommitteesNamed } from './readers/bare-committees.ts';
import { readCollectiveDuty } from './readers/collective-duty.ts';
import { readCounterpartList, type CounterpartList } from './readers/counterpart-list.ts';
import { readGeneralUnitLabel, readJointUnitClause } from './readers/general-units.ts';
import { mentionsPartiesCollectively, partiesMentionedIn } from './readers/counterpart-names.ts';
import { compactText } from './lines.ts';
import { isLabelledField, readLabelledField, readPartyHeading, splitHeadingClauses } from './readers/labelled-fields.ts';
import { readLeaderVisit } from './readers/leader-visit.ts';
import { readNewsProse } from './readers/news-prose.ts';
import { readPairedLiaisons } from './readers/paired-liaisons.ts';
import { readObjectFirst } from './readers/object-first-clause.ts';
import { readUnitsInParentheses } from './readers/units-in-parentheses.ts';
import { cellSeparators, readPartyFirstRow, readSubjectFirstRow, tableRowTexts } from './readers/table-row.ts';
import { LIST_NUMBERING, normaliseWording } from './readers/statement-wording.ts';
import { pairRespectively } from './readers/respective-pairs.ts';
import { opensRevision, REVISED_DOUBT, REVISED_TO, withRevisionApplied } from './readers/revision-phrases.ts';
import { readDepartments, readDepartmentsCutOff, readLeader, readSubjects, type Subjects, unitsCounted } from './readers/subject-names.ts';
import type { Assignment, ClauseReading, CounterpartMention, StatementReading } from './model.ts';

interface ClausesReading {
  text: string;
  assignments: Assignment[];
  heading: CounterpartMention[] | undefined;
}

/** Between a subject and its counterparts: 负责联系, 对口联系, 联系, 对口, 负责与, 与, 同, ：, 为共同联系单位，联系 … */
/** Words qualifying the verb 联系 (统筹联系, 负责对口联系, 牵头联系, 协调联系 …). */
const linkAdverb = '(?:对口|普遍|全面|分别|统筹|协调|牵头|具体|直接|重点|主要|定点|结对|经常|日常|负责|共同)';
/** After the verb: `联系单位为`, `联系的党派调整为`, `联系的民主党派为` (the noun then needs 为/是/调整为). */
const linkObject = `(?:的?(?:单位|对象|党派|民主党派)(?:为|是|${REVISED_TO})|(?:单位|对象)?(?:为|是|${REVISED_TO})?)`;
/** `共同联系单位（面向全部民主党派和市工商联）`: whom a joint unit serves, in parentheses. */
const jointAside = '(?:（[^（）]*）)';
const subjectLink = new RegExp(
  `^(?:的|：)?(?:(?:为|作为)?共同联系单位${jointAside}?，?|（共同联系单位）(?=$|，))?(?:负责)?(?:[与同])?(?:${linkAdverb}{0,3}联系(?:指导)?${linkObject}|对口)?(?:：|——|—)?`,
);
/** Between counterparts written first and their departments: ：, ——, 对口联系部门为, 共同联系单位： … */
const partyLink = new RegExp(
  `^(?:的)?(?:(?:共同|对口)?联系(?:部门|单位)(?:为|是|有|${REVISED_TO})?：?|：|——|—|(?:对口)?联系(?=[\u4e00-\u9fff]))`,
);
const leadingPunctuation = /^[，、：；。]+/;

export { normalisePunctuation } from './readers/statement-wording.ts';

function assignmentOf(subjects: Subjects, list: CounterpartList, generalLink: boolean, start: number): Assignment {
  const general = generalLink || list.collective;
  const namesFederation = list.counterparts.some((counterpart) => counterpart.party === '工商联');
  return {
    fromKind: subjects.fromKind,
    from: subjects.names,
    counterparts: general ? [] : list.counterparts,
    general,
    includesFederation: general && (!list.partiesOnly || namesFederation),
    ...(general && list.counterparts.length > 0 ? { named: list.counterparts } : {}),
    unread: general ? [] : list.unread,
    cut: list.cut,
    etc: !general && list.etc,
    start,
  };
}

/** An assignment that a following phrase revises: no pair is kept, the doubt is warned about. */
function revised(assignment: Assignment): Assignment {
  return { ...assignment, counterparts: [], general: false, etc: false, doubt: REVISED_DOUBT };
}

/** `普遍联系` or `为共同联系单位` with nothing after it: every counterpart, the FIC included. */
const everyCounterpart: CounterpartList = {
  counterparts: [],
  collective: true,
  partiesOnly: false,
  unread: [],
  cut: false,
  etc: false,
  remainder: '',
};

/** A joint unit's parenthesis that names the parties only (`（面向各民主党派）`) leaves the FIC out. */
function jointUnitCounterparts(link: string): CounterpartList {
  const aside = /（([^（）]*)）/.exec(link)?.[1];
  const partiesOnly = aside !== undefined && mentionsPartiesCollectively(aside) && !partiesMentionedIn(aside).includes('工商联');
  return { ...everyCounterpart, partiesOnly };
}

/** Where the first name of the subjects begins: a leader's personal name after the title, else the start. */
function subjectStart(subjectText: string, subjects: Subjects): number {
  const first = subjects.names[0] ?? '';
  return subjects.fromKind === 'leader' ? Math.max(0, subjectText.indexOf(first)) : 0;
}

function readSubjectFirst(text: string, base: number): Assignment[] | undefined {
  for (let position = 1; position < text.length; position += 1) {
    const link = subjectLink.exec(text.slice(position))?.[0] ?? '';
    if (link === '') continue;
    const subjects = readSubjects(text.slice(0, position));
    if (subjects === undefined) continue;
    const start = base + subjectStart(text.slice(0, position), subjects);
    const rest = text.slice(position + link.length);
    // `共同联系单位` is a joint unit for all; `A、B共同联系<party>` is that party's pair with both.
    const generalLink = /普遍|全面|共同联系单位/.test(link);
    if (generalLink && /^(?:$|，)/.test(rest)) return [assignmentOf(subjects, jointUnitCounterparts(link), true, start)];
    const list = readCounterpartList(rest);
    // `作为共同联系单位，负责对口联系工作的统筹协调`: a joint unit with a duty but no list is general.
    if (/共同联系单位/.test(link) && (list === undefined || (list.counterparts.length === 0 && !list.collective))) {
      return [assignmentOf(subjects, everyCounterpart, true, start)];
    }
    if (list === undefined || (list.counterparts.length === 0 && !list.collective && !list.cut)) continue;
    if (list.collective && (list.unread.length > 0 || list.cut)) continue;
    // 与 / 同 alone also join parties to activities (`与民盟市委联合调研`): only a clean list is a liaison.
    if (/^[与同]$/.test(link) && (list.unread.length > 0 || list.cut)) continue;
    const assignment = assignmentOf(subjects, list, generalLink, start);
    if (opensRevision(list.remainder)) return [revised(assignment)];
    const remainderStart = base + text.length - list.remainder.length;
    const paired = /分别/.test(link) ? pairRespectively(assignment) : [assignment];
    return [...paired, ...(list.remainder === '' ? [] : (readClause(list.remainder, 0, remainderStart) ?? []))];
  }
  return undefined;
}

/** `<party>：<dept>、<dept>`, `<party>对口联系部门为…`, `各民主党派、市工商联共同联系单位：…`. */
function readPartyFirst(text: string, base: number): Assignment[] | undefined {
  for (let position = 1; position < text.length; position += 1) {
    const link = partyLink.exec(text.slice(position))?.[0] ?? '';
    if (link === '') continue;
    const list = readCounterpartList(text.slice(0, position));
    if (list === undefined || list.unread.length > 0 || list.cut || list.remainder !== '' || list.etc) continue;
    if (list.counterparts.length === 0 && !list.collective) continue;
    let rest = text.slice(position + link.length);
    // `<party>的对口联系部门为A、B，<party>的对口联系部门为C`: the departments end at a comma, the rest is read on.
    const comma = rest.indexOf('，');
    const remainder = comma >= 0 && readDepartments(rest) === undefined ? rest.slice(comma + 1) : '';
    const remainderStart = base + text.length - remainder.length;
    if (remainder !== '') rest = rest.slice(0, comma);
    const jointly = /（?共同联系单位）?$/.exec(rest);
    if (jointly !== null) rest = rest.slice(0, jointly.index);
    const written = rest.replace(/等$/, '').replace(unitsCounted, '');
    // A copy that stops inside the last department keeps the ones written in full (and says so).
    const cutOff = remainder === '' ? readDepartmentsCutOff(written) : undefined;
    const departments = readDepartments(written) ?? cutOff;
    if (departments === undefined) continue;
    const assignment = assignmentOf({ fromKind: 'department', names: departments }, list, /共同/.test(link) || jointly !== null, base);
    const read = readDepartments(written) === undefined ? { ...assignment, cut: true } : assignment;
    return [read, ...(remainder === '' ? [] : (readClause(remainder, 0, remainderStart) ?? []))];
  }
  return undefined;
}

/** A leader whose duty speaks of all the parties (`负责听取民主党派、工商联…的意见`): a general duty. */
function readLeaderDuty(text: string, base: number): Assignment[] | undefined {
  for (let position = 2; position < text.length; position += 1) {
    const duty = text.slice(position);
    if (!/^(?:负责|：|联系|普遍|全面)/.test(duty)) continue;
    const leader = readLeader(text.slice(0, position));
    if (leader === undefined || !mentionsPartiesCollectively(duty)) continue;
    const includesFederation = partiesMentionedIn(duty).includes('工商联');
    const start = base + Math.max(0, text.indexOf(leader));
    return [
      {
        fromKind: 'leader',
        from: [leader],
        counterparts: [],
        general: true,
        includesFederation,
        unread: [],
        cut: false,
        etc: false,
        start,
      },
    ];
  }
  return undefined;
}

/** `副县长王某同志分管教育、卫生工作，联系民盟某县总支`: a leader, an aside, then the liaison after a comma. */
function readLeaderAfterAside(text: string, base: number): Assignment[] | undefined {
  const comrade = text.indexOf('同志');
  const leader = comrade < 0 ? undefined : readLeader(text.slice(0, comrade + 2));
  if (leader === undefined) return undefined;
  for (const match of text.slice(comrade + 2).matchAll(/，/g)) {
    const after = text.slice(comrade + 2 + match.index + 1);
    const read = readSubjectFirst(`${leader}同志${after}`, 0);
    const start = base + Math.max(0, text.indexOf(leader));
    if (read !== undefined) return read.map((assignment) => ({ ...assignment, start }));
  }
  return undefined;
}

/** Reads one clause; when it does not start with a subject, tries again after each comma or colon. */
function readClause(clause: string, depth: number, clauseStart: number): Assignment[] | undefined {
  const text = clause.replace(leadingPunctuation, '');
  const base = clauseStart + clause.length - text.length;
  if (text.length < 4 || depth > 20) return undefined;
  const readOn = (reading: ClauseReading | undefined) =>
    reading === undefined
      ? undefined
      : [...reading.assignments, ...(readClause(reading.remainder, depth + 1, reading.remainderStart) ?? [])];
  const read =
    readSubjectFirst(text, base) ??
    readPartyFirst(text, base) ??
    readOn(readJointUnitClause(text, base)) ??
    readOn(readGeneralUnitLabel(text, base)) ??
    readOn(readObjectFirst(text, base)) ??
    readLeaderDuty(text, base) ??
    readLeaderAfterAside(text, base) ??
    readOn(readCollectiveDuty(text, base)) ??
    readOn(readPairedLiaisons(text, base)) ??
    readOn(readNewsProse(text, base)) ??
    readOn(readLeaderVisit(text, base));
  if (read !== undefined) return read;
  const next = text.search(/[，：]/);
  return next < 0 ? undefined : readClause(text.slice(next + 1), depth + 1, base + next + 1);
}

/**
 * A report's sentence about a visit or a meeting whose next sentence says that both sides spoke of
 * their liaison (`民革某市委会走访市司法局。双方就对口联系工作进行了交流`): the two read as one, and
 * only what the first names counts.
 */
function readWithSequel(clause: string, next: string | undefined, clauseStart: number): Assignment[] {
  if (next === undefined) return [];
  if (!/^(?:[^，]{0,12}，)?双方/.test(next) || !/对口联系/.test(next)) return readVisitInSequel(clause, next, clauseStart);
  const read = readClause(`${clause}，${next}`, 0, clauseStart) ?? [];
  return read.filter((assignment) => assignment.start < clauseStart + clause.length);
}

/** A visit to a unit, or a meeting at one (`走访了市司法局`, `赴市司法局调研`). */
const visitOfUnit = /走访|拜访|(?:赴|前往|来到)[^，]{2,30}?(?:调研|座谈|交流|对接)/;

/**
 * A report's sentence on one party's liaison work that names no unit, then a sentence on the visit
 * that names it (`民盟某市委会开展对口联系工作。主委王某带队走访了市司法局`): the two read as one, and
 * only the units the second names count. The second may name no other party, and must read nothing alone.
 */
function readVisitInSequel(clause: string, next: string, clauseStart: number): Assignment[] {
  const party = partiesMentionedIn(clause);
  if (party.length !== 1 || !/对口联系/.test(clause) || mentionsPartiesCollectively(clause)) return [];
  // Those at a meeting (与会人员) visiting are no longer the party alone.
  if (!visitOfUnit.test(next) || /与会|参会/.test(next) || partiesMentionedIn(next).some((named) => named !== party[0])) return [];
  if (readClause(next, 0, 0) !== undefined) return [];
  const read = readClause(`${clause}，${next}`, 0, clauseStart) ?? [];
  return read.filter((assignment) => assignment.start >= clauseStart + clause.length);
}

/**
 * Reads the clauses of a statement; starts count in the compact raw text (a table row starts at 0).
 * `heading` is the party heading in force (see labelled-fields.ts); the one in force after the
 * statement is returned.
 */
function readClauses(raw: string, tableRow: boolean, heading?: CounterpartMention[]): ClausesReading {
  const compact = normaliseWording(compactText(raw));
  const written = compact.replace(LIST_NUMBERING, '');
  const numbering = compact.length - written.length;
  // A report's bare committees (`青岚市委会主委…`) get their party's name; starts are mapped back.
  const { text, insertions } = tableRow ? { text: written, insertions: [] } : withBareCommitteesNamed(written);
  const at = (start: number) => positionWithout(insertions, start);
  const assignments: Assignment[] = [];
  let current = heading;
  let clauseStart = 0;
  const clauses = splitHeadingClauses(text.split(/[；。！？!?]/));
  for (const [index, clause] of clauses.entries()) {
    const field = current !== undefined && isLabelledField(clause) ? readLabelledField(clause, current, clauseStart) : undefined;
    // `市财政局联系民革市委；现调整为市审计局联系`: the clause revises the one before it.
    if (field === undefined && opensRevision(clause) && assignments.length > 0) assignments.push(revised(assignments.pop() as Assignment));
    let read = field === undefined ? (readClause(withRevisionApplied(clause), 0, clauseStart) ?? []) : [field];
    if (read.length === 0 && field === undefined) read = readWithSequel(clause, clauses[index + 1], clauseStart);
    assignments.push(...read.map((assignment) => ({ ...assignment, start: tableRow ? 0 : numbering + at(assignment.start) })));
    if (clause !== '' && !(current !== undefined && isLabelledField(clause)))
      current = read.length === 0 ? readPartyHeading(clause) : undefined;
    clauseStart += clause.length + 1;
  }
  // Units a report lists in parentheses belong to the one party its paragraph names (not tables: no prose there).
  if (!tableRow && assignments.length === 0) {
    assignments.push(...readUnitsInParentheses(text).map((assignment) => ({ ...assignment, start: numbering + at(assignment.start) })));
  }
  return { text: written, assignments, heading: current };
}

/**
 * Reads a statement (one line, or lines joined when a list runs on) as assignments, by rules on its
 * shape: who (a leader, departments or counterparts first), a link (联系, 对口, 与, ：…), whom.
 * Several assignments on one line are split at ；and 。; a line that reads as nothing is tried
 * as a table row (cells separated by TABs or runs of spaces). Pure: never throws, guesses nothing.
 */
export function readStatement(raw: string, heading?: CounterpartMention[]): StatementReading {
  const tabbed = cellSeparators.test(raw);
  const read: ClausesReading = tabbed ? { text: '', assignments: [], heading: undefined } : readClauses(raw, false, heading);
  let { text, assignments } = read;
  // Rows with several subject cells (a leader and departments) before or after their counterparts.
  const row = assignments.length === 0 ? (readPartyFirstRow(raw) ?? readSubjectFirstRow(raw)) : undefined;
  if (row !== undefined) ({ text, assignments } = { text: normaliseWording(compactText(raw)), assignments: row });
  for (const candidate of assignments.length === 0 ? tableRowTexts(raw) : []) {
    const asTable = readClauses(candidate, true);
    if (text === '') text = asTable.text;
    if (asTable.assignments.length > 0) {
      ({ text, assignments } = asTable);
      break;
    }
  }
  const trailingSeparator = /[、，和及]$/.test(text);
  const unsure = assignments.some((assignment) => assignment.cut || assignment.unread.length > 0);
  return { assignments, unfinished: assignments.length === 0 || trailingSeparator || unsure, trailingSeparator, heading: read.heading };
}
