import { COLLECTIVE_PARTY_TERMS, partyDefinition } from '../../domain/index.ts';
import { partiesMentionedIn } from './counterpart-names.ts';

/**
 * A report names a party in full once, then its committee by place and level alone (`民盟青岚市委会
 * 召开全委会。青岚市委会主委…`, `农工党青岚市委…青岚市委的对口联系单位`). Where the paragraph so far names
 * exactly one party, such a bare committee is that party's: the party's short name is written before
 * it, so that the readers see a party's name. Only committees a Party committee cannot be: one
 * ending in 委会 (never 市委会议), or place + level + 委 exactly as written after the party earlier;
 * never the offices of a Party committee (市委书记, 市委统战部), nor one 中共 names.
 */

/**
 * A character after which a bare committee may start: punctuation, or a word before a name that no
 * place contains (和, 同, 安 … begin places: 民革和平区委会 is one name).
 */
const boundaryBefore = /[^\u4e00-\u9fff]|[了为将由对是赴向经据请]/;
const councilEnd = /[省市县区州]委会(?!议)/g;
const partyOffices = /^(?:书记|副书记|常委|统战|宣传|组织|政法|办公|秘书长|督查|巡察|全会|领导)/;
/** How long the place before a committee's level may be. */
const longestPlace = 6;

export interface Insertion {
  /** Where the short name was written, in the text with the insertions. */
  at: number;
  length: number;
}

const startsName = (text: string, at: number) => at === 0 || boundaryBefore.test(text[at - 1] ?? '');

/** Where the bare committee whose level is at `level` starts: its place reaches back to where a name may start. */
function committeeStart(text: string, level: number): number | undefined {
  for (let start = level; start >= Math.max(0, level - longestPlace); start -= 1) {
    if (!startsName(text, start)) continue;
    const place = text.slice(start, level);
    const named = partiesMentionedIn(place).length > 0 || COLLECTIVE_PARTY_TERMS.some((term) => place.includes(term)) || /党派/.test(place);
    return named ? undefined : start;
  }
  return undefined;
}

/** Committees named by place and level right after a party's form (`农工党青岚市委` → 青岚市委). */
function committeesAfterParty(text: string): Set<string> {
  const found = new Set<string>();
  for (const party of partiesMentionedIn(text)) {
    for (const form of partyDefinition(party).forms) {
      for (const match of text.matchAll(new RegExp(`${form}([\\u4e00-\\u9fff]{1,${longestPlace}}?[省市县区州]委)`, 'g'))) {
        if (match[1] !== undefined) found.add(match[1]);
      }
    }
  }
  return found;
}

/** Where bare committees start in `text`, with their length. */
function bareCommittees(text: string): Array<{ at: number; length: number }> {
  const found: Array<{ at: number; length: number }> = [];
  for (const match of text.matchAll(councilEnd)) {
    const start = committeeStart(text, match.index);
    if (start !== undefined) found.push({ at: start, length: match.index + match[0].length - start });
  }
  for (const committee of committeesAfterParty(text)) {
    for (let at = text.indexOf(committee); at >= 0; at = text.indexOf(committee, at + 1)) {
      if (startsName(text, at)) found.push({ at, length: committee.length });
    }
  }
  return found.sort((left, right) => left.at - right.at);
}

/** The bare committees of `text` with their party's short name written before them, and where. */
export function withBareCommitteesNamed(text: string): { text: string; insertions: Insertion[] } {
  const insertions: Insertion[] = [];
  let result = '';
  let copied = 0;
  for (const { at, length } of bareCommittees(text)) {
    if (at < copied) continue;
    const before = text.slice(0, at);
    const [party, ...others] = partiesMentionedIn(before);
    if (party === undefined || others.length > 0 || party === '工商联') continue;
    if (/中共$/.test(before) || partyOffices.test(text.slice(at + length))) continue;
    result += text.slice(copied, at);
    insertions.push({ at: result.length, length: party.length });
    result += party;
    copied = at;
  }
  return { text: result + text.slice(copied), insertions };
}

/** A position in the text with insertions, mapped back to the text without them. */
export function positionWithout(insertions: readonly Insertion[], position: number): number {
  let shift = 0;
  for (const insertion of insertions) if (insertion.at < position) shift += Math.min(insertion.length, position - insertion.at);
  return position - shift;
}
