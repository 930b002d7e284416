import {
  mentionsPartiesCollectively,
  partiesMentionedIn,
  readCounterpartList,
  type CounterpartMention,
} from './counterpart-names.ts';
import type { NoticeLine } from './notice-lines.ts';

export type LiaisonSourceKind = 'leader' | 'department';

/**
 * What one line of a notice arranges. `formal`: named pairings. `general`: a collective duty toward
 * every counterpart (the parser expands it once it knows the notice's counterparts); `includesFederation`
 * says whether the line names the FIC beside the parties.
 */
export type Arrangement =
  | { kind: 'formal'; from: string[]; fromKind: LiaisonSourceKind; counterparts: CounterpartMention[]; unread: string[] }
  | { kind: 'general'; from: string[]; fromKind: LiaisonSourceKind; includesFederation: boolean };

/** A leader's line: `<name>同志负责…` (the name is 2–4 characters once whitespace is removed). */
const leaderLine = /^(?<name>[\u4e00-\u9fff·]{2,4})同志(?<duty>.+)$/;
/** What may stand between the leader and the counterparts: 负责联系, 负责对口联系, 负责 (the verb may be left out). */
const leaderVerb = /^(?:负责|分管)?(?:对口联系|联系)?/;
/** The verbs that join departments to counterparts. */
const departmentVerbs = ['对口联系', '联系'] as const;
/** How department names end (局, 委, 办, 中心 …). */
const departmentEnding = /(?:局|委|办|厅|院|中心|馆|所|站|部|署|处|队|会|社|联|室|政府|公司|集团)$/;
const plainName = /^[\u4e00-\u9fff（）()]{2,30}$/;
/** Lines that introduce a list rather than state an arrangement (headings of the annexes). */
const heading = /(?:安排|名单|一览表|情况表|如下)$/;

function looksLikeDepartment(name: string): boolean {
  return (
    plainName.test(name) &&
    departmentEnding.test(name) &&
    !name.includes('同志') &&
    !mentionsPartiesCollectively(name) &&
    partiesMentionedIn(name).length === 0
  );
}

function readLeaderLine(compact: string): Arrangement | undefined {
  const match = leaderLine.exec(compact);
  const name = match?.groups?.name;
  const duty = match?.groups?.duty;
  if (name === undefined || duty === undefined) return undefined;
  const objects = duty.replace(leaderVerb, '');
  const { counterparts, unread } = readCounterpartList(objects);
  if (counterparts.length > 0) return { kind: 'formal', from: [name], fromKind: 'leader', counterparts, unread };
  if (mentionsPartiesCollectively(duty)) {
    return { kind: 'general', from: [name], fromKind: 'leader', includesFederation: partiesMentionedIn(duty).includes('工商联') };
  }
  return undefined;
}

/** `<dept>联系<c1>、<c2>` (also several departments before the verb, separated by 、). */
function readDepartmentLine(compact: string): Arrangement | undefined {
  for (const verb of departmentVerbs) {
    let position = compact.indexOf(verb);
    while (position > 0) {
      const subject = compact.slice(0, position);
      const departments = subject.split('、');
      if (departments.every(looksLikeDepartment)) {
        const { counterparts, unread } = readCounterpartList(compact.slice(position + verb.length));
        if (counterparts.length > 0) return { kind: 'formal', from: departments, fromKind: 'department', counterparts, unread };
      }
      position = compact.indexOf(verb, position + 1);
    }
  }
  return undefined;
}

/**
 * Reads one line as an arrangement, by rules on its shape (who, verb, whom), or returns undefined
 * when the line arranges nothing. A leader line is recognised by 同志; a department line by a
 * department name before the verb; the counterparts must be the whole object of the sentence.
 */
export function readArrangement(line: NoticeLine): Arrangement | undefined {
  const compact = line.compact;
  if (compact === '' || heading.test(compact)) return undefined;
  return readLeaderLine(compact) ?? readDepartmentLine(compact);
}

/** Whether a line that arranges nothing still names a party and a verb of liaison (worth a warning in an annex). */
export function looksLikeUnreadArrangement(line: NoticeLine): boolean {
  const compact = line.compact;
  return !heading.test(compact) && /联系|负责/.test(compact) && partiesMentionedIn(compact).length > 0;
}
