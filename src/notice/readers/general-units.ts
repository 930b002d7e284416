import { readCounterpartList } from './counterpart-list.ts';
import { readDepartments } from './subject-names.ts';
import type { Assignment, ClauseReading, CounterpartMention } from '../model.ts';

/**
 * Departments named as the liaison units of every counterpart, as real notices word it:
 * - the departments first, the parties after, then the joint unit:
 *   `市农办、发展改革委、财政局等部门作为各民主党派某市委、市工商联的共同联系单位`,
 *   `市发改委、市财政局等4家单位为民主党派和工商联共同联系单位`;
 * - a label saying whom they all serve, then the departments after a colon:
 *   `与七个民主党派市委（即民革、…、九三学社）和市工商联普遍对口联系的委、办、局：市政府办、市发改委…`,
 *   `普遍联系单位：市政府办公室、市委统战部`, `共同联系单位为市政府办公室、市委统战部`.
 * Such departments have a GENERAL liaison: with every counterpart the line names, or with all of
 * them when it names none. A list that ends in 等 keeps the departments it names.
 */

/** `等部门`, `等单位`, `等4家单位`, `等十个部门` after the departments. */
const etcUnits = '(?:等(?:[0-9一二三四五六七八九十两]{1,3}[家个])?(?:部门|单位))?';
const jointUnitClause = new RegExp(
  `^(?<departments>[^，：；]+?)${etcUnits}(?:作为|为|是)(?<whom>[^，：；]*?)的?共同联系单位(?:（[^（）]*）)?(?=，|$)`,
);
/** The label before the departments: whom (optional), a word of totality for the liaison, the kind of unit. */
const generalUnitLabel =
  /^(?:与|同)?(?<whom>[^，：；]*?)(?:普遍|全面|共同)(?:对口)?联系的?(?:[委办局、]{1,8}|单位|部门|机构|工作部门)(?:：|为|是|有)(?<departments>.+)$/;
/** `七个民主党派市委（即民革、…）`: a count of the parties is all of them; the list in parentheses restates it. */
const countedParties = /^[一二三四五六七八九两]个(?=(?:民主)?党派)/;
const restatement = /（即[^（）]*）/g;

/** Whom the departments serve: every counterpart (nothing named), or the ones a counterpart list names. */
function whomOf(whom: string): { includesFederation: boolean; named: CounterpartMention[] } | undefined {
  const text = whom.replace(restatement, '').replace(countedParties, '各');
  if (text === '') return { includesFederation: true, named: [] };
  const list = readCounterpartList(text);
  if (list === undefined || list.unread.length > 0 || list.cut || list.remainder !== '') return undefined;
  if (!list.collective && list.counterparts.length === 0) return undefined;
  const namesFederation = list.counterparts.some((counterpart) => counterpart.party === '工商联');
  return { includesFederation: namesFederation || !list.partiesOnly, named: list.counterparts };
}

function generalAssignment(
  departments: string[],
  whom: { includesFederation: boolean; named: CounterpartMention[] },
  start: number,
): Assignment {
  return {
    ...(whom.named.length > 0 ? { named: whom.named } : {}),
    fromKind: 'department',
    from: departments,
    counterparts: [],
    general: true,
    includesFederation: whom.includesFederation,
    unread: [],
    cut: false,
    etc: false,
    start,
  };
}

/** `<departments>（等部门）作为<counterparts>的共同联系单位`, or undefined. */
export function readJointUnitClause(text: string, base: number): ClauseReading | undefined {
  const match = jointUnitClause.exec(text);
  const groups = match?.groups;
  if (match === null || groups === undefined) return undefined;
  const departments = readDepartments(groups.departments ?? '');
  const whom = whomOf(groups.whom ?? '');
  if (departments === undefined || whom === undefined) return undefined;
  const consumed = match[0].length;
  return {
    assignments: [generalAssignment(departments, whom, base)],
    remainder: text.slice(consumed),
    remainderStart: base + consumed,
  };
}

/** `与<counterparts>普遍对口联系的委、办、局：<departments>`, or undefined. The departments run to the end. */
export function readGeneralUnitLabel(text: string, base: number): ClauseReading | undefined {
  const groups = generalUnitLabel.exec(text)?.groups;
  if (groups === undefined) return undefined;
  const departments = readDepartments((groups.departments ?? '').replace(/等$/, ''));
  const whom = whomOf(groups.whom ?? '');
  if (departments === undefined || whom === undefined) return undefined;
  return { assignments: [generalAssignment(departments, whom, base)], remainder: '', remainderStart: base + text.length };
}
