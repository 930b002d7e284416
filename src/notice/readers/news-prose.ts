import { readCounterpartList } from './counterpart-list.ts';
import { partiesMentionedIn, partyFormPositions } from './counterpart-names.ts';
import {
  counterpartsIn,
  type LeadingDepartments,
  leadingCounterpart,
  leadingDepartments,
  leadingMixedNames,
  officerTitlesBefore,
  trailingDepartments,
} from './prose-names.ts';
import { pairRespectively } from './respective-pairs.ts';
import type { Assignment, ClauseReading, CounterpartMention, PartyName } from '../model.ts';

/**
 * How news reports of party and government web sites state a liaison in running prose, not as an
 * arrangement line (the sentence goes on after the names):
 * - a department named as a party's liaison unit: `市某局是民盟市委会对口联系单位`,
 *   `确定市发改委、市统计局等6家部门为民建市委会对口联系单位`;
 * - a party and its liaison units in apposition: `民进某市委会对口联系单位市教育局、市交通局派员参与调研`;
 * - a party and a department doing liaison together: `民盟市委会与市文广新局召开对口联系座谈会`,
 *   `市商务局和民建市委会将…落实对口联系制度`, `…宣读了农工党某市委会与某市卫计委对口联系工作意见`;
 * - departments reporting on their liaison with a party: `省民政厅、省水利厅相关负责人介绍了与民进省委会的对口联系工作`;
 * - a party visiting its liaison units: `民革某省委会走访对口联系单位某省司法厅`,
 *   `农工党某省委会先后前往省环境保护厅、省卫生计生委等省政府对口部门调研座谈`.
 * Only a sentence that speaks of liaison (对口联系, 对口部门) counts: a visit or a meeting alone is
 * no liaison, nor are attendees, supervisors, or a liaison that is denied.
 */

/** The sentence speaks of liaison: 对口联系, or a party's 对口部门 / 对口单位. */
export const liaisonWord = /对口联系|对口(?:部门|单位)/;
/**
 * A party's liaison units named before the departments: `对口联系单位`, `的对口部门有`, `与其对口联系单位`,
 * `省直对口联系单位`, `联系单位——`.
 */
const unitLabel =
  /^(?:的|与其|和其|同其|及其)?(?:[省市县区州](?:人民)?政府|[省市县区州]直|[省市县区州]级)?(?:对口联系|对口|联系)的?(?:单位|部门)(?:为|是|有|包括)?(?:：|——|—)?/;
/** `对口联系<party>的部门为…`: the label after the party when the verb comes before it. */
const unitsAfterObject = /^的(?:单位|部门)(?:为|是|有|包括)?：?/;
/** A clause that is only about liaison, naming no one: `作为对口联系单位`, `在对口联系工作中`. */
const liaisonOnly = /^(?:作为|同为|互为|在)?(?:对口联系|对口)(?:单位|部门|工作中|中)?$/;
/** Any word that a shape needs: a word of liaison, or a party's liaison units. */
const proseGate = /对口|联系(?:单位|部门)/;
/**
 * A party's visit (走访, 前往, 赴 …), or its liaison as a verb whose object is the department
 * (`民革某市委会开展对口联系市住建局暨…调研活动`), the department's level right after the verb.
 */
const visitVerb = /(?:走访|拜访|拜会|走进|深入|前往|来到|赴|(?<![受达得收做感想看遇提])到)了?|对口联系(?=[省市县区州])/g;
/** Departments reaching a party: through 与 / 同, or by a visit (`市侨办领导走访致公党市委会`, `…一行赴民进某市委会`). */
const towardParty = /与|同|走访|拜访|来到|赴|前往|(?<![受达得收做感想看遇提])到/g;
/** `6家部门`, `等4家单位`, `等部门` between departments and the verb after them. */
const countedUnits = /^(?:等)?(?:[0-9一二三四五六七八九十两]{1,3}[家个])?(?:(?:[省市县区州]?(?:政府|直))?(?:部门|单位))?/;
/** Roles that are no liaison (attendees, supervisors, inspections) and words that deny the liaison. */
const noLiaison = /参加|出席|列席|应邀|邀请|监督员|特约|推荐|检查|督查|考核|不再|取消|撤销|停止|终止|不确定|未(?:建立|确定|开展)/;

/** Where the comma clause around `index` ends (the index of its comma, or the end of the text). */
function clauseEnd(text: string, index: number): number {
  const comma = text.indexOf('，', index);
  return comma < 0 ? text.length : comma;
}

function reading(
  text: string,
  base: number,
  departments: string[],
  counterparts: CounterpartMention[],
  start: number,
  end: number,
): ClauseReading {
  const assignment: Assignment = {
    fromKind: 'department',
    from: departments,
    counterparts,
    general: false,
    includesFederation: false,
    unread: [],
    cut: false,
    etc: false,
    start: base + start,
  };
  const consumed = Math.min(text.length, clauseEnd(text, end) + 1);
  return { assignments: [assignment], remainder: text.slice(consumed), remainderStart: base + consumed };
}

/**
 * Whether `between` (from the names to the word of liaison) keeps to these names: no other party
 * (the same party may come again, as its officers' titles do), no other role. A quoted title is
 * left out: it names whom it likes.
 */
export function staysWithNames(between: string, party?: PartyName): boolean {
  const unquoted = between.replace(/《[^《》]*》/g, '');
  return partiesMentionedIn(unquoted).every((named) => named === party) && !noLiaison.test(unquoted);
}

/** `<departments>是/为/作为<counterparts>的对口联系单位`, after `确定`, `明确` or `新增` perhaps. */
function readUnitOfParty(text: string, base: number): ClauseReading | undefined {
  const lead = /^(?:确定|明确|新增|增加|增设)?/.exec(text)?.[0] ?? '';
  const list = leadingDepartments(text.slice(lead.length));
  if (list === undefined) return undefined;
  let rest = text.slice(lead.length + list.length);
  const counted = countedUnits.exec(rest)?.[0] ?? '';
  rest = rest.slice(counted.length);
  // `市科技局、市卫健委等九三学社某市委会对口联系单位负责人…`: after 等 the party and its label need no copula.
  const copula = /^(?:是|为|作为)/.exec(rest)?.[0] ?? (counted.startsWith('等') ? '' : undefined);
  if (copula === undefined) return undefined;
  const after = rest.slice(copula.length);
  const label = /(?:的)?(?:对口联系|对口)(?:单位|部门)/.exec(after);
  if (label === null) return undefined;
  const whom = readCounterpartList(after.slice(0, label.index));
  if (whom === undefined || whom.counterparts.length === 0 || whom.collective) return undefined;
  if (whom.unread.length > 0 || whom.cut || whom.etc || whom.remainder !== '') return undefined;
  const end = text.length - after.length + label.index + label[0].length;
  return reading(text, base, list.names, whom.counterparts, lead.length, end);
}

/**
 * `作为<party>的对口联系单位，<departments>将…`: the label and its party in a clause of their own,
 * the departments opening the next one.
 */
function readUnitBeforeDepartments(text: string, base: number): ClauseReading | undefined {
  const first = clauseEnd(text, 0);
  const label = /^作为(?<whom>.+?)的?(?:对口联系|对口)(?:单位|部门)$/.exec(text.slice(0, first));
  const whom = label?.groups?.whom === undefined ? undefined : readCounterpartList(label.groups.whom);
  if (whom === undefined || whom.counterparts.length === 0 || whom.collective) return undefined;
  if (whom.unread.length > 0 || whom.cut || whom.etc || whom.remainder !== '') return undefined;
  const start = first + 1;
  const list = leadingDepartments(text.slice(start, clauseEnd(text, start)));
  if (list === undefined) return undefined;
  return reading(text, base, list.names, whom.counterparts, start, start + list.length);
}

/** `<party>对口联系单位<departments>…`: the party's units in apposition, anywhere in the comma clause. */
function readUnitsAfterParty(text: string, base: number): ClauseReading | undefined {
  const clause = text.slice(0, clauseEnd(text, 0));
  for (const { start, length, mention } of counterpartsIn(clause)) {
    const after = clause.slice(start + length);
    const objectOfVerb = /(?:对口)?联系$/.test(clause.slice(0, start));
    // `民建某市委会对口联系的市商务局`, `对口联系民革某市委会的市司法局`: the units right after 的, with their level.
    const label =
      (objectOfVerb ? unitsAfterObject.exec(after)?.[0] : undefined) ??
      unitLabel.exec(after)?.[0] ??
      (objectOfVerb ? /^的(?=[省市县区州])/ : /^对口联系的(?=[省市县区州])/).exec(after)?.[0];
    if (label === undefined) continue;
    const list = leadingDepartments(after.slice(label.length));
    if (list === undefined) continue;
    const departmentsStart = start + length + label.length;
    const counterparts = counterpartsEndingAt(clause, start + length) ?? [mention];
    return reading(text, base, list.names, counterparts, departmentsStart, departmentsStart + list.length);
  }
  return undefined;
}

/** `民盟、民进市委` before a label: the whole list of counterparts that ends at `end`, shared suffix distributed. */
function counterpartsEndingAt(clause: string, end: number): CounterpartMention[] | undefined {
  for (let start = Math.max(0, end - 40); start < end; start += 1) {
    if (start > 0 && !/[，、：；。了与和及同为将由在对是的]/.test(clause[start - 1] ?? '')) continue;
    const list = readCounterpartList(clause.slice(start, end));
    if (list === undefined || list.counterparts.length < 2 || list.collective) continue;
    if (list.unread.length === 0 && !list.cut && !list.etc && list.remainder === '') return list.counterparts;
  }
  return undefined;
}

/**
 * A party and departments named together (joined by 与, 和, 同, 及 or 、, either first), then a
 * sentence about their liaison (`召开对口联系座谈会`, `…，不断深化对口联系机制`).
 */
function readJointLiaison(text: string, base: number): ClauseReading | undefined {
  const first = clauseEnd(text, 0);
  // `作为对口联系单位，民进某市委会与市文广局一直保持密切联系`: a clause of liaison alone, the names in the next.
  if (first < text.length && liaisonOnly.test(text.slice(0, first))) {
    const next = readJointNames(text.slice(first + 1), base + first + 1, true);
    if (next !== undefined) return next;
  }
  return readJointNames(text, base, false);
}

/** The names of a joint liaison in the first clause of `text`; the word of liaison after them unless `known`. */
function readJointNames(text: string, base: number, known: boolean): ClauseReading | undefined {
  const clause = text.slice(0, clauseEnd(text, 0));
  for (const { start, length, mention } of counterpartsIn(clause)) {
    const before = clause.slice(0, start);
    const join = /(?:以及|与|和|同|及|、)$/.exec(before)?.[0];
    const leading = join === undefined ? undefined : trailingDepartments(before.slice(0, -join.length));
    const forward = leading === undefined ? leadingMixedNames(clause.slice(start)) : undefined;
    const listStart = leading?.start ?? start;
    const listEnd = leading === undefined ? start + (forward?.length ?? 0) : start + length;
    const departments = leading?.names ?? forward?.departments;
    const counterparts = leading === undefined ? forward?.counterparts : [mention];
    if (departments === undefined || counterparts === undefined) continue;
    const rest = text.slice(listEnd);
    const found = known ? /^/.exec(rest) : liaisonWord.exec(rest);
    if (rest === '' || /^[、和与及同]/.test(rest) || found === null) continue;
    if (noLiaison.test(clause.slice(0, listStart)) || !staysWithNames(rest.slice(0, found.index))) continue;
    if (known && !/联系|合作|共建|座谈|交流|活动|调研/.test(clause.slice(listEnd))) continue;
    const departmentsStart = leading === undefined ? start + (forward?.departmentsStart ?? 0) : listStart;
    return reading(text, base, departments, counterparts, departmentsStart, listEnd + found.index + found[0].length);
  }
  return undefined;
}

/** `<departments>相关负责人…与<party>的对口联系工作…`: departments first, the party after 与 or 同. */
function readDepartmentsWithParty(text: string, base: number): ClauseReading | undefined {
  const list = leadingDepartments(text);
  if (list === undefined) return undefined;
  const clause = text.slice(list.length, clauseEnd(text, list.length));
  for (const match of clause.matchAll(towardParty)) {
    const between = clause.slice(0, match.index);
    if (!staysWithNames(between)) return undefined;
    const partyStart = match.index + match[0].length;
    if (between === '分别') return readRespectively(text, base, list, clause.slice(partyStart), list.length + partyStart);
    const counterpart = leadingCounterpart(clause.slice(partyStart));
    if (counterpart === undefined) continue;
    // A visit need not name the liaison in its own clause (`…走访致公党市委会，双方就对口联系工作交流`).
    const visit = !/^[与同]$/.test(match[0]);
    const after = (visit ? text.slice(list.length) : clause).slice(partyStart + counterpart.length);
    const found = liaisonWord.exec(after);
    if (found === null || !staysWithNames(after.slice(0, found.index))) continue;
    const end = list.length + partyStart + counterpart.length + found.index + found[0].length;
    return reading(text, base, list.names, [counterpart.mention], 0, end);
  }
  return undefined;
}

/**
 * `市教育局、市科技局分别与民进某市委会、九三学社某市委会对口联系`: with 分别 the departments pair in
 * order with the counterparts named up to the word of liaison (pairRespectively).
 */
function readRespectively(text: string, base: number, list: LeadingDepartments, after: string, offset: number): ClauseReading | undefined {
  const found = liaisonWord.exec(after);
  const written = found === null ? '' : after.slice(0, found.index).replace(/(?:的|开展|建立了?|进行|加强)$/, '');
  const whom = readCounterpartList(written);
  if (found === null || whom === undefined || whom.collective || whom.unread.length > 0 || whom.cut || whom.remainder !== '')
    return undefined;
  const read = reading(text, base, list.names, whom.counterparts, 0, offset + found.index + found[0].length);
  return { ...read, assignments: read.assignments.flatMap(pairRespectively) };
}

/** `<party>…走访/前往/赴（对口联系单位）<departments>…`: the party at the start, the sentence about liaison. */
function readVisit(text: string, base: number): ClauseReading | undefined {
  const lead = officerTitlesBefore(text);
  const party = leadingCounterpart(text.slice(lead));
  if (party === undefined || !liaisonWord.test(text)) return undefined;
  const partyEnd = lead + party.length;
  for (const match of text.slice(partyEnd).matchAll(visitVerb)) {
    const verbEnd = partyEnd + match.index + match[0].length;
    if (!staysWithNames(text.slice(partyEnd, verbEnd - match[0].length), party.mention.party)) return undefined;
    const label = unitLabel.exec(text.slice(verbEnd))?.[0] ?? '';
    const departmentsStart = verbEnd + label.length;
    // The units end their comma clause (`赴某市住建局，开展对口联系活动`): the list never crosses a comma.
    const list = leadingDepartments(text.slice(departmentsStart, clauseEnd(text, departmentsStart)));
    if (list === undefined) continue;
    return reading(text, base, list.names, [party.mention], departmentsStart, departmentsStart + list.length);
  }
  return undefined;
}

/**
 * `<party>将按照…要求，与<departments>进一步加强对口联系`: the party at the start, and in a later
 * clause of the sentence the departments it does liaison with.
 */
function readPartyWithDepartments(text: string, base: number): ClauseReading | undefined {
  const party = leadingCounterpart(text);
  if (party === undefined) return undefined;
  for (const match of text.slice(party.length).matchAll(/[与同和]/g)) {
    const joinEnd = party.length + match.index + 1;
    if (!staysWithNames(text.slice(party.length, joinEnd - 1), party.mention.party)) return undefined;
    // `…与对口联系单位市教育局召开座谈会`: the label may stand before the departments.
    const label = unitLabel.exec(text.slice(joinEnd))?.[0] ?? '';
    const listStart = joinEnd + label.length;
    const list = leadingDepartments(text.slice(listStart));
    if (list === undefined) continue;
    const listEnd = listStart + list.length;
    if (label !== '') return reading(text, base, list.names, [party.mention], listStart, listEnd);
    const clause = text.slice(listEnd, clauseEnd(text, listEnd));
    const found = liaisonWord.exec(clause);
    if (found === null || !staysWithNames(clause.slice(0, found.index))) continue;
    return reading(text, base, list.names, [party.mention], listStart, listEnd + found.index + found[0].length);
  }
  return undefined;
}

/** Reads a clause of a news report's prose as the liaison it states, or undefined. */
export function readNewsProse(text: string, base: number): ClauseReading | undefined {
  // Every shape needs a word of liaison and a party: most clauses of a notice have neither.
  if (!proseGate.test(text) || partyFormPositions(text).length === 0) return undefined;
  return (
    readUnitOfParty(text, base) ??
    readUnitBeforeDepartments(text, base) ??
    readUnitsAfterParty(text, base) ??
    readJointLiaison(text, base) ??
    readDepartmentsWithParty(text, base) ??
    readVisit(text, base) ??
    readPartyWithDepartments(text, base)
  );
}
