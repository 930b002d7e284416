import { partiesMentionedIn } from './counterpart-names.ts';
import { readSubjects, type Subjects } from './subject-names.ts';
import type { ClauseReading } from '../model.ts';

/**
 * A collective duty however worded: a department or leader, then a sentence in which it takes on
 * liaison with all the parties (`市政府办公室：负责同全市各民主党派和市工商联的联系服务`,
 * `县政府办、县委统战部：作为兜底单位，面向县内所有民主党派组织和县工商联开展联系服务`,
 * `市政府办公室、市委统战部不单独确定对口联系党派，两者同各民主党派和市工商联保持联系`).
 * Only when the subject reads as a department or leader, the duty opens with a verb or adverb, the
 * parties are named with a word of totality (所有, 全部, 各 …) after a verb or preposition of liaison,
 * and the clause naming them has no negation and no other role (supervisors, meetings, inspection).
 */

/** All the parties at once: 所有民主党派, 全部民主党派, 各民主党派, 全体民主党派, 八个民主党派, 每一个民主党派, 各党派. */
const allPartiesSource = '(?:所有|全部|各|全体|八个|每一个|每个)(?:的)?(?:民主)?党派';
const allParties = new RegExp(allPartiesSource);
/** The verb of liaison, not the nouns of a contact person or number (联系人, 联系电话, 联系方式). */
const contactVerb = /(?:联系|联络)(?!人|电话|方式)/;
/** A clause that denies or undoes the duty. */
const negation = /不(?!断|仅)|未|无(?!党派)|非(?!常)|取消|停止|撤销/;
/** Other roles toward the parties: supervisors, recommendations, meetings, inspections, copies. */
const otherRole =
  /聘请|监督员|推荐|参加|出席|列席|邀请|检查|督查|督促|考核|指导|汇总|报送|统计|情况|抄送|座谈|会议|评议|调研|通报|印发|转发|发送/;
/** Words after a name that show it is part of a longer noun (`市政府办公室主任`, `市财政局负责同志`). */
const nounContinues = /^(?:主任|局长|厅长|部长|负责人|负责同志|主要负责|领导|干部|工作人员|同志|等|和|及|、|的|（|关于)/;
/** A duty starts with a verb, an adverb or a preposition of liaison (never with another name or a word such as 获悉). */
const dutyOpening =
  /^(?:作为|为|负责|统筹|统一|牵头|承担|同|与|面向|向|对|要|应|须|需|将|均|共同|普遍|全面|保持|加强|密切|广泛|建立|开展|做好|不|具体|直接|主动|积极|切实|进一步|继续|持续|定期|经常|日常|分别|协调|联系|联络|对口|二者|两者|三者|其|并|重点|全权)/;
/**
 * Liaison toward all the parties: the verb before them (`联系全部民主党派`), or a preposition of
 * liaison before them and the verb after (`同各民主党派…保持联系`, `面向所有民主党派…开展联系服务`,
 * `对所有民主党派…均负有联系服务职责`, `与全区每一个民主党派…均建立联系渠道`).
 * Not `对各民主党派的联系工作进行督促` nor `汇总各民主党派对口联系工作情况`.
 */
const verbBeforeParties = new RegExp(`(?:联系|联络)(?:${allPartiesSource})`);
const prepositionBeforeParties = new RegExp(`(?:与|同|和|对|面向)[^，]{0,8}?(?:${allPartiesSource})[^，]*(?:联系|联络)`);
/** A title or a quoted document is no duty. */
const titleWords = /[《》]|关于|通知$/;

/** The starts of `text` (before the first comma or colon) that read as a leader or departments, shortest first. */
function* leadingSubjects(text: string): Generator<{ length: number; subjects: Subjects }> {
  const comma = text.search(/[，：]/);
  const end = comma < 0 ? text.length : comma;
  for (let length = 2; length <= end; length += 1) {
    const subjects = readSubjects(text.slice(0, length));
    if (subjects !== undefined) yield { length, subjects };
  }
}

function hasLeadingSubject(text: string): boolean {
  return !leadingSubjects(text).next().done;
}

/**
 * Reads a collective duty at the start of a clause, or undefined: the first start of the clause that
 * reads as a subject and is followed by a duty toward all the parties.
 */
export function readCollectiveDuty(text: string, base: number): ClauseReading | undefined {
  for (const subject of leadingSubjects(text)) {
    const duty = dutyAfter(text, subject.length);
    if (duty === undefined) continue;
    const first = subject.subjects.names[0] ?? '';
    const start = base + (subject.subjects.fromKind === 'leader' ? Math.max(0, text.indexOf(first)) : 0);
    return {
      assignments: [
        {
          fromKind: subject.subjects.fromKind,
          from: subject.subjects.names,
          counterparts: [],
          general: true,
          includesFederation: duty.includesFederation,
          unread: [],
          cut: false,
          etc: false,
          start,
        },
      ],
      remainder: text.slice(duty.consumed),
      remainderStart: base + duty.consumed,
    };
  }
  return undefined;
}

/** The duty after a subject ending at `length`: how much of the text it takes, whether it names the FIC. */
function dutyAfter(text: string, length: number): { consumed: number; includesFederation: boolean } | undefined {
  const rest = text.slice(length);
  const duty = rest.replace(/^：/, '');
  if (!dutyOpening.test(duty) || nounContinues.test(duty) || titleWords.test(duty)) return undefined;
  // `市政府办公室与市委统战部同…`: 与 joins a second subject (read with the longer start), not the parties.
  if (/^与/.test(duty) && hasLeadingSubject(duty.slice(1))) return undefined;
  const clauses = duty.split('，');
  const index = clauses.findIndex((clause) => allParties.test(clause));
  const clause = clauses[index];
  if (clause === undefined) return undefined;
  const span = clauses.slice(0, index + 1).join('，');
  if (!contactVerb.test(clause) || negation.test(clause) || otherRole.test(span)) return undefined;
  if (!verbBeforeParties.test(clause) && !prepositionBeforeParties.test(clause)) return undefined;
  // A later clause with a subject of its own (`…，市长某某负责与各民主党派…`) is that subject's duty, not this one's.
  if (clauses.slice(1, index + 1).some(hasLeadingSubject)) return undefined;
  // A clause that also names single parties is a formal arrangement, not a collective one.
  const named = partiesMentionedIn(clause);
  if (named.some((party) => party !== '工商联')) return undefined;
  return { consumed: length + (rest.length - duty.length) + span.length, includesFederation: named.includes('工商联') };
}
