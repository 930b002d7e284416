import { readCounterpartList } from './counterpart-list.ts';
import { pairRespectively } from './respective-pairs.ts';
import { REVISED_TO } from './revision-phrases.ts';
import { readSubjects } from './subject-names.ts';
import type { Assignment, ClauseReading } from '../model.ts';

/**
 * Clauses that name the counterparts first and the subject after `由`, the verb at the end:
 * `民盟市委由市财政局、市审计局对口联系`, `民盟市委，调整为由副市长王某同志负责联系`,
 * `原由副市长李某同志联系的民盟市委，调整为由副市长王某同志负责联系`,
 * `原市卫生计生委对口联系农工党市委的职责，调整为由市卫生健康委承担`, `新增民盟市委由市财政局联系`.
 */

/** The old holder of a revised arrangement before its counterparts: `原由副市长李某同志联系的`, `原市某局对口联系`. */
const formerHolder = /^原(?:由)?[^，；。]*?(?:负责)?(?:对口)?联系的?/;
/** The same without 原 (`副市长李某同志联系的民盟市委，调整为…`): only when a revision word leads to the new subject. */
const revisedHolder = /^(?:由)?[^，；。]*?(?:负责)?(?:对口)?联系的/;
const revisionWord = new RegExp(`改|另|${REVISED_TO}`);
/** A word of revision that adds the pair (`新增`, `增加`) before the counterparts. */
const addition = /^(?:增加|新增|增设)/;
/** `…的职责` / `…的对口联系工作` after the counterparts: the duty that moves to the new subject. */
const duty = '(?:的(?:对口联系|联系)?(?:职责|任务|工作))';
/** Between the counterparts and the subject: `，调整为由`, `现改由`, `改由`, `由`. */
const toSubject = `(?<link>，?(?:现|均|拟|已|将)?(?:分别)?(?:(?:改|另|${REVISED_TO})?由|${REVISED_TO}))`;
/** The verb at the end: a verb of liaison, or taking over a duty (`承担`, `负责`) when the duty was named. */
const endVerb = '(?<verb>(?:负责|具体|共同)?(?:对口)?联系(?:工作)?|承担|负责)';
const objectFirst = new RegExp(`^(?<object>[^，；。由]+?)(?<duty>${duty})?${toSubject}(?<subjects>[^，；。]+?)${endVerb}(?=，|$)`);

/** Reads `<counterparts>…由<subjects><verb>`, or undefined when the clause has another shape. */
export function readObjectFirst(text: string, base: number): ClauseReading | undefined {
  return readAfter(text, formerHolder.exec(text)?.[0] ?? addition.exec(text)?.[0] ?? '', base) ?? readRevisedHolder(text, base);
}

function readRevisedHolder(text: string, base: number): ClauseReading | undefined {
  const former = revisedHolder.exec(text)?.[0];
  if (former === undefined || !revisionWord.test(objectFirst.exec(text.slice(former.length))?.groups?.link ?? '')) return undefined;
  return readAfter(text, former, base);
}

/** Reads the clause after the old holder (or a word of addition) `former`. */
function readAfter(text: string, former: string, base: number): ClauseReading | undefined {
  const match = objectFirst.exec(text.slice(former.length));
  const groups = match?.groups;
  if (match === null || groups === undefined) return undefined;
  // Without 由 or a revision word the subject is not marked: `民盟市委市财政局联系` is no clause.
  if (!/由|为/.test(groups.link ?? '')) return undefined;
  const { object = '', subjects: subjectText = '', verb = '' } = groups;
  // Taking over a duty is a liaison only when the duty is one of liaison (`原…联系<party>的职责`, `…的对口联系工作`).
  if (!verb.includes('联系') && !(groups.duty !== undefined && (former.includes('联系') || groups.duty.includes('联系')))) return undefined;
  const list = readCounterpartList(object);
  if (list === undefined || list.unread.length > 0 || list.cut || list.etc || list.remainder !== '') return undefined;
  // `各民主党派市委、市工商联由…共同联系`: all the parties at once, with a word of totality (not a bare
  // `民主党派`), is a general duty; never mixed with single parties.
  const general =
    list.collective &&
    /各|所有|全部|全体|八个|每一?个/.test(object) &&
    list.counterparts.every((counterpart) => counterpart.party === '工商联');
  if ((list.collective && !general) || (!general && list.counterparts.length === 0)) return undefined;
  const subjects = readSubjects(subjectText);
  if (subjects === undefined) return undefined;
  // Like a party-first line, the assignment starts where the clause does (its first name is the counterpart).
  const assignment: Assignment = {
    fromKind: subjects.fromKind,
    from: subjects.names,
    counterparts: general ? [] : list.counterparts,
    general,
    includesFederation: general && (!list.partiesOnly || list.counterparts.length > 0),
    unread: [],
    cut: false,
    etc: false,
    start: base,
  };
  const consumed = former.length + match[0].length;
  const assignments = /分别/.test(groups.link ?? '') ? pairRespectively(assignment) : [assignment];
  return { assignments, remainder: text.slice(consumed), remainderStart: base + consumed };
}
