import type { Assignment } from './arrangement-line.ts';
import { partiesMentionedIn } from './counterpart-names.ts';
import { readSubjects } from './subject-names.ts';

/**
 * A collective duty however worded: a department or leader, then a sentence in which it takes on
 * liaison with all the parties (`县政府办、县委统战部：作为兜底联系单位，面向县内所有民主党派组织和县工商联开展联系服务`,
 * `市政府办公室、市委统战部不单独确定对口联系党派，二者作为共同联系单位，同各民主党派市委、市工商联保持经常联系`).
 * Only when the subject reads as a department or leader, the parties are named with a word of
 * totality (所有, 全部, 各 …), and the clause naming them has a verb of liaison and no negation.
 */

/** All the parties at once: 所有民主党派, 全部民主党派, 各民主党派, 全体民主党派, 八个民主党派, 各党派. */
const allParties = /(?:所有|全部|各|全体|八个)(?:的)?(?:民主)?党派/;
const contactVerb = /联系|联络/;
/** A clause that denies or undoes the duty. */
const negation = /不(?!断|仅)|未|无(?!党派)|非(?!常)|取消|停止|撤销/;
/** Other roles toward the parties: supervisors, recommendations, meetings, inspections, copies. */
const otherRole = /聘请|监督员|推荐|参加|出席|列席|邀请|检查|督查|考核|抄送|座谈|会议|评议|调研/;
/** Words after a name that show it is part of a longer noun (`市政府办公室主任`, `市财政局负责同志`). */
const nounContinues = /^(?:主任|局长|厅长|部长|负责人|负责同志|主要负责|领导|干部|工作人员|同志|等|和|及|与|、|的|（|关于)/;
/** A duty starts with a verb or an adverb, never with another name (a level such as 市…, or a party). */
const startsWithName = /^(?:[省市县区州]|中国|民革|民盟|民建|民进|农工|致公|九三|台盟|工商)/;
/** A title or a quoted document is no duty. */
const titleWords = /[《》]|关于|通知$/;

export interface CollectiveDuty {
  assignment: Assignment;
  /** The text after the clause naming all the parties (another clause, read on its own). */
  remainder: string;
  /** Where the remainder starts in the statement. */
  remainderStart: number;
}

/** The longest start of `text` (before the first comma) that reads as a leader or departments. */
function leadingSubjects(text: string): { length: number; subjects: NonNullable<ReturnType<typeof readSubjects>> } | undefined {
  const comma = text.search(/[，：]/);
  const end = comma < 0 ? text.length : comma;
  for (let length = end; length >= 2; length -= 1) {
    const subjects = readSubjects(text.slice(0, length));
    if (subjects !== undefined) return { length, subjects };
  }
  return undefined;
}

/** Reads a collective duty at the start of a clause, or undefined. */
export function readCollectiveDuty(text: string, base: number): CollectiveDuty | undefined {
  const subject = leadingSubjects(text);
  if (subject === undefined) return undefined;
  const rest = text.slice(subject.length);
  const duty = rest.replace(/^：/, '');
  if (duty === '' || nounContinues.test(duty) || startsWithName.test(duty) || titleWords.test(duty)) return undefined;
  const clauses = duty.split('，');
  const index = clauses.findIndex((clause) => allParties.test(clause));
  const clause = clauses[index];
  if (clause === undefined) return undefined;
  const span = clauses.slice(0, index + 1).join('，');
  if (!contactVerb.test(clause) || negation.test(clause) || otherRole.test(span)) return undefined;
  // A clause that also names single parties is a formal arrangement, not a collective one.
  const named = partiesMentionedIn(clause);
  if (named.some((party) => party !== '工商联')) return undefined;
  const first = subject.subjects.names[0] ?? '';
  const start = base + (subject.subjects.fromKind === 'leader' ? Math.max(0, text.indexOf(first)) : 0);
  const consumed = subject.length + (rest.length - duty.length) + span.length;
  return {
    assignment: {
      fromKind: subject.subjects.fromKind,
      from: subject.subjects.names,
      counterparts: [],
      general: true,
      includesFederation: named.includes('工商联'),
      unread: [],
      cut: false,
      etc: false,
      start,
    },
    remainder: text.slice(consumed),
    remainderStart: base + consumed,
  };
}
