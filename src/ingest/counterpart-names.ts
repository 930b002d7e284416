/**
 * The counterparts of liaison: the eight democratic parties and the Federation of Industry and
 * Commerce, by canonical short name, and how notices write them (national full names, short
 * names), plus the local part a notice adds (`资阳市委会`, `资阳市总支`, `市工商联`).
 */
export const PARTY_NAMES = ['民革', '民盟', '民建', '民进', '农工党', '致公党', '九三学社', '台盟', '工商联'] as const;

export type PartyName = (typeof PARTY_NAMES)[number];

export type CounterpartCategory = 'party' | 'federation';

export interface PartyDefinition {
  party: PartyName;
  category: CounterpartCategory;
  /** The national organisation's full name, e.g. 中国民主同盟. */
  nationalName: string;
  /** Every way a notice writes the party itself, longest first when matched. */
  forms: readonly string[];
}

export const PARTY_DEFINITIONS: readonly PartyDefinition[] = [
  { party: '民革', category: 'party', nationalName: '中国国民党革命委员会', forms: ['中国国民党革命委员会', '民革'] },
  { party: '民盟', category: 'party', nationalName: '中国民主同盟', forms: ['中国民主同盟', '民盟'] },
  { party: '民建', category: 'party', nationalName: '中国民主建国会', forms: ['中国民主建国会', '民建'] },
  { party: '民进', category: 'party', nationalName: '中国民主促进会', forms: ['中国民主促进会', '民进'] },
  { party: '农工党', category: 'party', nationalName: '中国农工民主党', forms: ['中国农工民主党', '农工民主党', '农工党'] },
  { party: '致公党', category: 'party', nationalName: '中国致公党', forms: ['中国致公党', '致公党'] },
  { party: '九三学社', category: 'party', nationalName: '九三学社', forms: ['九三学社'] },
  { party: '台盟', category: 'party', nationalName: '台湾民主自治同盟', forms: ['台湾民主自治同盟', '台盟'] },
  {
    party: '工商联',
    category: 'federation',
    nationalName: '中华全国工商业联合会',
    forms: ['中华全国工商业联合会', '工商业联合会', '工商联', '总商会'],
  },
];

/** Words that mean "all the parties (and the FIC)" rather than one of them. */
export const COLLECTIVE_PARTY_TERMS = ['各民主党派', '民主党派', '各党派', '八个民主党派'] as const;

export function partyDefinition(party: PartyName): PartyDefinition {
  const definition = PARTY_DEFINITIONS.find((candidate) => candidate.party === party);
  if (definition === undefined) throw new Error(`unknown party ${party}`);
  return definition;
}

/** Orders counterparts as PARTY_NAMES lists them. */
export function comparePartyNames(left: PartyName, right: PartyName): number {
  return PARTY_NAMES.indexOf(left) - PARTY_NAMES.indexOf(right);
}

const partyForms = PARTY_DEFINITIONS.flatMap((definition) => definition.forms.map((form) => ({ form, party: definition.party })))
  .sort((left, right) => right.form.length - left.form.length);

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const administrativeLevel = '(?:自治州|自治区|自治县|市|省|县|区|州|盟)';
/** 资阳市 / 市 / 四川省 before the party (common for the FIC: 市工商联). */
const placePrefix = `(?:[\\u4e00-\\u9fff]{0,6}?${administrativeLevel})?`;
/** 资阳市委会, 资阳市总支, 市委, 福建省委, 委员会 … after the party: a unit, never a bare place (九三学社市 is cut off). */
const localUnit = `(?:(?:[\\u4e00-\\u9fff]{0,6}?${administrativeLevel})?(?:委员会|委会|总支部委员会|总支部|总支|基层委员会|支部|工委|委))?`;
const counterpartPattern = new RegExp(
  `^(?<prefix>${placePrefix})(?<form>${partyForms.map(({ form }) => escape(form)).join('|')})(?<unit>${localUnit})$`,
);

export interface CounterpartMention {
  party: PartyName;
  /** As written, whitespace removed, e.g. 民盟资阳市委会. */
  name: string;
}

/**
 * Reads one list item as a counterpart: the whole item must be a party (or the FIC) with an
 * optional place before it and an optional local unit after it. Anything else is not a counterpart.
 */
export function recogniseCounterpart(item: string): CounterpartMention | undefined {
  const match = counterpartPattern.exec(item);
  const form = match?.groups?.form;
  if (match === null || form === undefined) return undefined;
  const entry = partyForms.find((candidate) => candidate.form === form);
  return entry === undefined ? undefined : { party: entry.party, name: item };
}

/** The parties (by canonical name) whose forms occur anywhere in `text`. */
export function partiesMentionedIn(text: string): PartyName[] {
  const found = new Set<PartyName>();
  for (const { form, party } of partyForms) if (text.includes(form)) found.add(party);
  return [...found].sort(comparePartyNames);
}

/** Whether `text` speaks of the parties collectively (民主党派, 各民主党派 …). */
export function mentionsPartiesCollectively(text: string): boolean {
  return COLLECTIVE_PARTY_TERMS.some((term) => text.includes(term));
}

const listSeparator = /[、，,；;]|(?<=[\u4e00-\u9fff])(?:和|及|以及)(?=[\u4e00-\u9fff])/;

/**
 * Splits the object of an arrangement (`民盟资阳市委会、九三学社资阳市委会`) into counterparts. Items
 * that are not counterparts are returned in `unread`, in order, for the caller to warn about.
 */
export function readCounterpartList(text: string): { counterparts: CounterpartMention[]; unread: string[] } {
  const counterparts: CounterpartMention[] = [];
  const unread: string[] = [];
  for (const item of text.split(listSeparator)) {
    if (item === '') continue;
    const mention = recogniseCounterpart(item);
    if (mention === undefined) unread.push(item);
    else counterparts.push(mention);
  }
  return { counterparts, unread };
}
