import { COLLECTIVE_PARTY_TERMS, comparePartyNames, PARTY_DEFINITIONS, type PartyName } from '../../domain/index.ts';
import type { CounterpartMention } from '../model.ts';

/**
 * The counterparts of liaison: the eight democratic parties and the Federation of Industry and
 * Commerce, by canonical short name, and how notices write them (national full names, short
 * names), plus the local part a notice adds (`资阳市委会`, `资阳市总支`, `市工商联`).
 */
const partyForms = PARTY_DEFINITIONS.flatMap((definition) => definition.forms.map((form) => ({ form, party: definition.party }))).sort(
  (left, right) => right.form.length - left.form.length,
);

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const formAlternatives = partyForms.map(({ form }) => escapeRegExp(form)).join('|');
const administrativeLevel = '(?:自治州|自治区|自治县|市|省|县|区|州|盟|旗)';
/** 资阳市 / 市 / 四川省 before the party (common for the FIC: 市工商联; short forms: 市民革). */
const placePrefix = `(?:[\\u4e00-\\u9fff]{0,6}?${administrativeLevel})?`;
/** The organisation after the party: 委员会, 委会, 总支, 支部, 支社, 工委, 工作委员会, 小组, 委 … */
const unitWord = '(?:总支部委员会|支部委员会|基层委员会|工作委员会|委员会|委会|总支部|总支|支部|支社|工委|小组|委)';
/** The units of a school, a firm or a street, named without a level (`九三学社锡山基层委员会`, `民盟某中专支部`). */
const basicUnitWord = '(?:基层委员会|总支部委员会|支部委员会|委员会|总支部|总支|支部|支社|工委)';
/**
 * 资阳市委会, 资阳市总支, 市委, 福建省委, 锡山基层委员会 … after the party: a unit, never a bare
 * place (九三学社市 is cut off).
 */
const localUnit = `(?:(?:[\\u4e00-\\u9fff]{0,8}?${administrativeLevel})?${unitWord}|(?:(?![与和及委会])[\\u4e00-\\u9fff]){1,10}?${basicUnitWord})?`;
/** `市工商联（总商会）`: a second name in parentheses. */
const alsoCalled = '(?:（[^（）]*(?:商会|联合会|委员会)）)?';
const counterpartPattern = new RegExp(`^(?<prefix>${placePrefix})(?<form>${formAlternatives})(?<unit>${localUnit})${alsoCalled}$`);
/** A party whose organisation name was cut off (`九三学社远山市…`): the party is certain, the name is not. */
const cutCounterpartPattern = new RegExp(`^(?<prefix>${placePrefix})(?<form>${formAlternatives})(?<rest>[\\u4e00-\\u9fff]{0,10})$`);
/** What the cut-off part of a name may be when no ellipsis marks the cut: a place, a level, the start of a unit. */
const cutUnitStart = new RegExp(`^[\\u4e00-\\u9fff]{0,6}?${administrativeLevel}?(?:委员?|委会?|总支?部?委?员?|支部?|基层委?员?|工)?$`);
const notInNames = /[联合开展参加强的对负责要将在进行调与和及]/;
/** 各民主党派, 各民主党派省委, 市级各民主党派, 各民主党派基层组织 …: all the parties at once. */
const collectivePattern = new RegExp(
  `^(?:[\\u4e00-\\u9fff]{0,6}?${administrativeLevel}级?)?(?:各|八个|全体|全部|所有)?(?:民主)?党派(?:${localUnit}|(?:${administrativeLevel}级|基层)?组织)?$`,
);

/**
 * News reports shorten a party's committee to the party's last character before its level: 盟市委 (民盟),
 * 社市委 / 社省委 (九三学社). Read only where a name may start (`，盟市委主委…`, `与社市委`), so that
 * 民盟市委, 台盟市委 and 合作社 stay as they are; 社区 is no party, nor 各盟市委统战部 (the leagues and
 * cities of a region, whose Party committees have a 统战部).
 */
const abbreviatedStem = { 盟: '民盟', 社: '九三学社' } as const satisfies Record<string, PartyName>;
const abbreviatedCommittee = /^(?<stem>[盟社])(?<unit>(?:[省市县州]|(?<=盟)区)委(?:员会|会)?)$/;
const abbreviatedInText =
  /(?<=^|[^\u4e00-\u9fff]|[了与和及同为将由在对是赴访往的向经据请])[盟社](?=(?:[省市县州]|(?<=盟)区)委(?!统战|宣传|组织|书记|副书记|常委|政法|办公|秘书长))/g;

function abbreviatedCounterpart(item: string): RecognisedCounterpart | undefined {
  const groups = abbreviatedCommittee.exec(item)?.groups;
  const stem = groups?.stem;
  if (groups === undefined || (stem !== '盟' && stem !== '社')) return undefined;
  return { party: abbreviatedStem[stem], name: item, prefix: '', unit: groups.unit ?? '' };
}

/** Where the shortened committees of abbreviatedCommittee start in `text`, with their party. */
function abbreviatedPositions(text: string): Array<{ at: number; party: PartyName }> {
  const found: Array<{ at: number; party: PartyName }> = [];
  for (const match of text.matchAll(abbreviatedInText)) {
    const stem = match[0];
    if (stem === '盟' || stem === '社') found.push({ at: match.index, party: abbreviatedStem[stem] });
  }
  return found;
}

/** A counterpart read from a list item, with the parts of its name (for distributing a shared suffix). */
export interface RecognisedCounterpart extends CounterpartMention {
  prefix: string;
  unit: string;
}

function partyOfForm(form: string): PartyName | undefined {
  return partyForms.find((candidate) => candidate.form === form)?.party;
}

/**
 * Reads one list item as a counterpart: the whole item must be a party (or the FIC) with an
 * optional place before it and an optional local unit after it. Anything else is not a counterpart.
 */
export function recogniseCounterpart(item: string): RecognisedCounterpart | undefined {
  const groups = counterpartPattern.exec(item)?.groups;
  const party = groups?.form === undefined ? undefined : partyOfForm(groups.form);
  if (groups === undefined || party === undefined) return abbreviatedCounterpart(item);
  return { party, name: item, prefix: groups.prefix ?? '', unit: groups.unit ?? '' };
}

/**
 * A party whose name is complete but whose organisation was cut off (`九三学社远山市`), or undefined.
 * Without a visible cut (an ellipsis), what follows the party must look like the start of a unit.
 */
export function recogniseCutCounterpart(item: string, visiblyCut: boolean): CounterpartMention | undefined {
  const groups = cutCounterpartPattern.exec(item)?.groups;
  const party = groups?.form === undefined ? undefined : partyOfForm(groups.form);
  const rest = groups?.rest ?? '';
  if (party === undefined || notInNames.test(rest)) return undefined;
  return visiblyCut || cutUnitStart.test(rest) ? { party, name: item } : undefined;
}

/** Whether an item names all the parties at once (`各民主党派`, `各民主党派省委`). */
export function isCollectivePartyItem(item: string): boolean {
  return collectivePattern.test(item);
}

/**
 * Words in which a party's short form occurs without naming the party (人民建议, 村民建房, 居民进入,
 * 人民革命, 涉农工作, 一九三五年 …).
 */
const notAParty =
  /[人村居农市公国移网]民(?:建(?:议|设|房|筑|成|立)|进(?:入|行|步|城)|革(?:命))|民建(?:委|设)|农工(?:办|委|部|作|商|贸|业|程|人|厂)|[〇零一二三四五六七八九十]九三|九三(?=[〇零一二三四五六七八九十年])/g;

/** The parties (by canonical name) named anywhere in `text`, leaving out short forms inside other words. */
export function partiesMentionedIn(text: string): PartyName[] {
  const cleaned = text.replace(notAParty, '　');
  const found = new Set<PartyName>();
  for (const { form, party } of partyForms) if (cleaned.includes(form)) found.add(party);
  for (const { party } of abbreviatedPositions(cleaned)) found.add(party);
  return [...found].sort(comparePartyNames);
}

/** Where a party's form starts in `text` (short forms inside other words left out), in order. */
export function partyFormPositions(text: string): number[] {
  const cleaned = text.replace(notAParty, (word) => '　'.repeat(word.length));
  const positions = new Set<number>();
  for (const { form } of partyForms) for (let at = cleaned.indexOf(form); at >= 0; at = cleaned.indexOf(form, at + 1)) positions.add(at);
  for (const { at } of abbreviatedPositions(cleaned)) positions.add(at);
  return [...positions].sort((left, right) => left - right);
}

/** Whether `text` speaks of the parties collectively (民主党派, 各民主党派 …). */
export function mentionsPartiesCollectively(text: string): boolean {
  return COLLECTIVE_PARTY_TERMS.some((term) => text.includes(term));
}
