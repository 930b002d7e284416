import { partiesMentionedIn, partyFormPositions, recogniseCounterpart } from './counterpart-names.ts';
import { readDepartments, startsLikeDepartment } from './subject-names.ts';
import type { CounterpartMention } from '../model.ts';

/**
 * Names at the start of running prose, where nothing marks where a name ends: a news report writes
 * `市教育局、市交通局派员参与调研` or `民盟市委会与市文广新局召开…`. The longest start that reads as
 * names is taken; the text after it is the rest of the sentence.
 */

/** Verbs of a report's sentence: a name never contains them (`市商务局召开座谈会` is no department). */
const reportVerbs =
  /进行|并|召开|开展|举行|举办|参加|出席|列席|介绍|表示|走访|拜访|调研|座谈|交流|组织|邀请|带领|陪同|签订|建立|前往|围绕|深化|落实|加强|推进/;
/** Whether a start may be names: no verb of the report, no counterpart inside (`市商务局和民建市委会` is two names). */
function plainNames(written: string): boolean {
  return !reportVerbs.test(written) && !officerWords.test(written) && partiesMentionedIn(written).length === 0;
}

/** An officer's title or a party of visitors: a name never holds them (`市文广局副局长李某一行` is no department). */
const officerWords = /[局处科厅]长|主任|书记|一行$/;

/** The last character of a department's name (局, 委, 办, 中心, 街道 …): no other start is worth reading. */
const nameEnd = /[局委办厅院心馆所站部署处队会社联协室府司团行台园校道）]$/;

/**
 * What shows that a list goes on past a start, or that the start is part of a longer noun: another
 * item (`、`), the rest of a word (`市政府工作部` + `门`), a generic noun (`市政府` + `有关部门`).
 */
const nameGoesOn = /^(?:[、，门]|有关|工作部门|各部门|部门|单位|系统|所属|直属)/;
/**
 * A name that seems to end in 联 (工商联, 文联) where 联 begins a word of the sentence (`市外办联合召开…`),
 * or in 局 / 处 where an officer's title begins (`市文广局副局` + `长`).
 */
function endsInsideWord(written: string, after: string): boolean {
  return (/联$/.test(written) && /^[合系络动谊席]/.test(after)) || (/[局处科厅]$/.test(written) && /^长/.test(after));
}

/** How far a list of names may run in a sentence. */
const longestList = 120;
/** How long one counterpart's name may be (`中国农工民主党某某市委员会`). */
const longestCounterpart = 30;

export interface LeadingDepartments {
  names: string[];
  /** How many characters of the text the names take. */
  length: number;
}

/**
 * A party's form (or the start of a full name) within a place's length of the start, or a committee
 * shortened to the party's last character (盟市委, 社省委): else no counterpart starts here.
 */
const formNearStart =
  /^(?:[\u4e00-\u9fff]{0,8}?(?:民革|民盟|民建|民进|农工|致公|九三|台盟|工商|总商会|中国国民党|中国民主|中国农工|中国致公|台湾民主|中华全国)|[盟社][省市县区州]委)/;

export interface LeadingCounterpart {
  mention: CounterpartMention;
  length: number;
}

/**
 * The longest start of `text` that reads as a list of departments (`市教育局、市交通局、澄江街道`,
 * later items that drop the level prefix get it back), or undefined. A list that goes on with `、`
 * past what reads is no list: nothing is guessed about the item that does not read.
 */
export function leadingDepartments(text: string): LeadingDepartments | undefined {
  // A list runs on with 、 only: it never crosses a comma or a colon, nor the 暨 that joins two events.
  if (!startsLikeDepartment(text)) return undefined;
  const clauseLength = text.search(/[，：；。暨]/);
  // Nor does it run into a party's name, which a cut name may not show (`市科技局是社` + `市委`).
  const firstParty = partyFormPositions(text)[0] ?? text.length;
  const limit = Math.min(clauseLength < 0 ? text.length : clauseLength, longestList, firstParty);
  for (let length = limit; length >= 3; length -= 1) {
    const written = text.slice(0, length);
    const after = text.slice(length);
    if (!nameEnd.test(written) || nameGoesOn.test(after) || endsInsideWord(written, after) || !plainNames(written)) continue;
    const names = readDepartments(written);
    if (names !== undefined) return { names, length };
  }
  return undefined;
}

/** The longest start of `text` that is one counterpart's name (`民革湖南省委会…` → 民革湖南省委会), or undefined. */
export function leadingCounterpart(text: string): LeadingCounterpart | undefined {
  if (!formNearStart.test(text)) return undefined;
  for (let length = Math.min(text.length, longestCounterpart); length >= 2; length -= 1) {
    // A conjunction or a comma joins two names (`民盟市委会与市委…` is no one name).
    if (/[与和及、，]/.test(text.slice(0, length))) continue;
    const recognised = recogniseCounterpart(text.slice(0, length));
    if (recognised !== undefined) return { mention: { party: recognised.party, name: recognised.name }, length };
  }
  return undefined;
}

/** A list that mixes counterparts and departments (`民建某市委会、某市商务局`, `市商务局和民建市委会`). */
export interface MixedNames {
  counterparts: CounterpartMention[];
  departments: string[];
  /** Where the departments start in the text (the start of the first one). */
  departmentsStart: number;
  length: number;
}

const joiner = /^(?:以及|与|和|同|及|、)/;

/**
 * Names joined by 与 / 和 / 同 / 及 / 、 at the start of `text`, each a counterpart or a department;
 * undefined unless both kinds are there. A department stands alone here: a list whose later items
 * drop the prefix is read by leadingDepartments.
 */
export function leadingMixedNames(text: string): MixedNames | undefined {
  const counterparts: CounterpartMention[] = [];
  const departments: string[] = [];
  let departmentsStart = -1;
  let lastKind: 'counterpart' | 'department' | undefined;
  let kindChanges = 0;
  let position = 0;
  let length = 0;
  while (position < text.length && position <= longestList) {
    const rest = text.slice(position);
    const counterpart = leadingCounterpart(rest);
    const joinedToCounterpart = counterparts.length > 0 && position > 0;
    const department =
      counterpart === undefined ? (leadingDepartment(rest) ?? (joinedToCounterpart ? leadingBareUnit(rest) : undefined)) : undefined;
    if (counterpart === undefined && department === undefined) break;
    // `民进某市委会与市教育局、民盟某市委会与市科技局`: pairs of pairs (the kinds alternate twice), never crossed.
    const kind = counterpart === undefined ? 'department' : 'counterpart';
    if (lastKind !== undefined && kind !== lastKind) kindChanges += 1;
    if (kindChanges > 1) return undefined;
    lastKind = kind;
    if (counterpart !== undefined) counterparts.push(counterpart.mention);
    if (department !== undefined) {
      if (departmentsStart < 0) departmentsStart = position;
      departments.push(department.name);
    }
    position += counterpart?.length ?? department?.length ?? 0;
    length = position;
    const join = joiner.exec(text.slice(position))?.[0];
    if (join === undefined) break;
    position += join.length;
  }
  if (counterparts.length === 0 || departments.length === 0) return undefined;
  return { counterparts, departments, departmentsStart, length };
}

/**
 * A unit a report names without its level after a party it meets (`农工党某市委与文广新局召开…`): a
 * short name ending like a bureau, read only where a verb of the report ends it. Committees of the
 * Party (党委, 市委 …) are no such unit.
 */
const bareUnit = /^[\u4e00-\u9fff]{2,8}?(?:局|委|厅|办)(?=召开|开展|举行|签订|座谈)/;
const partyCommittee = /(?:党委|党组|纪委|工委|[省市县区州]委)$/;

function leadingBareUnit(text: string): { name: string; length: number } | undefined {
  const name = bareUnit.exec(text)?.[0];
  if (name === undefined || !plainNames(name) || partyCommittee.test(name) || /^[各有相该本其我双]/.test(name)) return undefined;
  return { name, length: name.length };
}

/** One department at the start of `text`: the longest start that reads as exactly one name. */
export function leadingDepartment(text: string): { name: string; length: number } | undefined {
  if (!startsLikeDepartment(text)) return undefined;
  for (let length = Math.min(text.length, 30); length >= 3; length -= 1) {
    const written = text.slice(0, length);
    if (!nameEnd.test(written) || /[、，]/.test(written) || endsInsideWord(written, text.slice(length)) || !plainNames(written)) continue;
    const names = readDepartments(written);
    const [name] = names ?? [];
    if (names?.length === 1 && name !== undefined) return { name, length };
  }
  return undefined;
}

/** A character after which a name may start in prose (punctuation, a conjunction, a preposition, a verb's end). */
const nameBoundary = /[，、：；。了与和及同为将由在对是赴访往的]/;
/** How far before a party's form its place may start (`丽水市工商联`, `市民进`). */
const longestPlace = 7;

export interface CounterpartInText extends LeadingCounterpart {
  start: number;
}

/**
 * The counterparts named in `text`, in order, each with where it starts: a party's form with the
 * place written before it when that place starts where a name may (`…与丽水市工商联` → 丽水市工商联).
 */
export function counterpartsIn(text: string): CounterpartInText[] {
  const found: CounterpartInText[] = [];
  let covered = 0;
  for (const at of partyFormPositions(text)) {
    if (at < covered) continue;
    let best: CounterpartInText | undefined;
    for (let start = Math.max(covered, at - longestPlace); start <= at && best === undefined; start += 1) {
      if (start > 0 && start < at && !nameBoundary.test(text[start - 1] ?? '')) continue;
      const counterpart = leadingCounterpart(text.slice(start));
      if (counterpart !== undefined && start + counterpart.length > at) best = { ...counterpart, start };
    }
    if (best === undefined) continue;
    found.push(best);
    covered = best.start + best.length;
  }
  return found;
}

/** The longest list of departments that ends where `text` does and starts where a name may, or undefined. */
export function trailingDepartments(text: string): { names: string[]; start: number } | undefined {
  for (let start = Math.max(0, text.length - longestList); start <= text.length - 3; start += 1) {
    if ((start > 0 && !nameBoundary.test(text[start - 1] ?? '')) || !startsLikeDepartment(text.slice(start))) continue;
    const written = text.slice(start);
    if (!nameEnd.test(written) || /^[、，]/.test(written) || !plainNames(written)) continue;
    const names = readDepartments(written);
    if (names !== undefined) return { names, start };
  }
  return undefined;
}

/**
 * How far the offices an officer holds besides the party's run before the party's name, so that the
 * party still leads the sentence (`市人大常委会副主任、九三学社某市委主委某某带队走访…`): titles joined
 * by 、 that name no counterpart and no verb, or 0.
 */
export function officerTitlesBefore(text: string): number {
  const titles = /^(?:[\u4e00-\u9fff]{2,20}?(?:主任|主席|副主席|委员|常委|部长|局长|厅长|院长|校长|会长|书记|市长|县长|区长)、){1,3}/.exec(
    text,
  )?.[0];
  if (titles === undefined || partiesMentionedIn(titles).length > 0 || /召开|走访|参加|出席|调研|座谈|带领|带队|率队/.test(titles))
    return 0;
  return titles.length;
}
