/**
 * The counterparts of liaison: the eight democratic parties and the Federation of Industry and
 * Commerce, by canonical short name (in their customary order), with the national names and the
 * forms documents write them in.
 */
export const PARTY_NAMES = ['民革', '民盟', '民建', '民进', '农工党', '致公党', '九三学社', '台盟', '工商联'] as const;

export type PartyName = (typeof PARTY_NAMES)[number];

export type CounterpartCategory = 'party' | 'federation';

export interface PartyDefinition {
  party: PartyName;
  category: CounterpartCategory;
  /** The national organisation's full name, e.g. 中国民主同盟. */
  nationalName: string;
  /**
   * Every way a document writes the party itself, longest first when matched. Real notices also drop
   * the party's last word (`九三市委`, `农工、致公市委`), so the stems are forms too.
   */
  forms: readonly string[];
}

export const PARTY_DEFINITIONS: readonly PartyDefinition[] = [
  { party: '民革', category: 'party', nationalName: '中国国民党革命委员会', forms: ['中国国民党革命委员会', '民革'] },
  { party: '民盟', category: 'party', nationalName: '中国民主同盟', forms: ['中国民主同盟', '民盟'] },
  { party: '民建', category: 'party', nationalName: '中国民主建国会', forms: ['中国民主建国会', '民建'] },
  { party: '民进', category: 'party', nationalName: '中国民主促进会', forms: ['中国民主促进会', '民进'] },
  { party: '农工党', category: 'party', nationalName: '中国农工民主党', forms: ['中国农工民主党', '农工民主党', '农工党', '农工'] },
  { party: '致公党', category: 'party', nationalName: '中国致公党', forms: ['中国致公党', '致公党', '致公'] },
  { party: '九三学社', category: 'party', nationalName: '九三学社', forms: ['九三学社', '九三'] },
  { party: '台盟', category: 'party', nationalName: '台湾民主自治同盟', forms: ['台湾民主自治同盟', '台盟'] },
  {
    party: '工商联',
    category: 'federation',
    nationalName: '中华全国工商业联合会',
    forms: ['中华全国工商业联合会', '工商业联合会', '工商联合会', '工商联', '总商会'],
  },
];

/** Words that mean "all the parties" rather than one of them. */
export const COLLECTIVE_PARTY_TERMS = ['各民主党派', '民主党派', '各党派', '八个民主党派', '全部党派', '所有党派'] as const;

export function partyDefinition(party: PartyName): PartyDefinition {
  const definition = PARTY_DEFINITIONS.find((candidate) => candidate.party === party);
  if (definition === undefined) throw new Error(`unknown party ${party}`);
  return definition;
}

/** Orders counterparts as PARTY_NAMES lists them. */
export function comparePartyNames(left: PartyName, right: PartyName): number {
  return PARTY_NAMES.indexOf(left) - PARTY_NAMES.indexOf(right);
}

/** The party whose short name one of `names` contains (民盟资阳市委会 → 民盟), if any. */
export function partyContainedIn(names: readonly string[]): PartyName | undefined {
  return PARTY_NAMES.find((party) => names.some((name) => name.includes(party)));
}
