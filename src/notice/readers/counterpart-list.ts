import { isCollectivePartyItem, recogniseCounterpart, recogniseCutCounterpart, type RecognisedCounterpart } from './counterpart-names.ts';
import type { CounterpartMention } from '../model.ts';

/** What the object of an arrangement names: counterparts, or all of them at once. */
export interface CounterpartList {
  counterparts: CounterpartMention[];
  /** The list speaks of all the counterparts (各民主党派, 普遍联系, 共同联系单位). */
  collective: boolean;
  /** The collective words name only the parties (各民主党派), so the FIC is included only if named too. */
  partiesOnly: boolean;
  /** Items that are neither a counterpart nor a known cut-off name, in order. */
  unread: string[];
  /** The list ends unfinished: an ellipsis, a trailing separator or a name cut off. */
  cut: boolean;
  /** The list ends with 等 (…and others). */
  etc: boolean;
  /** Text after the list once a comma closes it (another clause, or a comment). */
  remainder: string;
}

/** Words that make a list collective when they open it: 普遍联系各民主党派, 共同联系单位（…）. */
const collectiveOpening = /^(?:保持)?(?:普遍|全面)(?:对口)?联系|^(?:为|作为)?共同联系单位[：]?/;
/** What may follow the last counterpart of a list: 等, 等民主党派, 对口联系, 保持普遍联系, （共同联系单位）. */
const itemEnding =
  /^(?<core>.*?)(?<etc>等(?:(?:各|八个)?(?:民主)?党派(?:组织)?|单位|组织)?)?(?<trailer>(?:(?:保持|建立)?(?:经常性?|密切|日常)?(?<general>普遍|全面)?(?:的)?(?:对口)?联系(?:工作|关系)?)|(?:的)?(?:相关|有关)?工作|（共同联系单位）|(?:为|作为)共同联系单位)?$/;
const separators = /以及|、|，|和|及/g;
const ellipsis = /(?:…|\.{3}|。{3}|⋯).*$/;
/** A duty phrase after the counterparts: `…市工商联的日常联系和综合协调`, `…的联系协调工作` (up to a comma or the end). */
const dutyPhrase = /的(?:日常|经常性?|密切|具体)?(?:联系|沟通|联络|协调|综合|统筹|服务|和|、)+(?:工作)?(?=$|，)/;

interface Item {
  text: string;
  separatorBefore: string;
  start: number;
}

/**
 * Whether the 和 (or 及) at `index` begins a place's name rather than joining two items: the item
 * after it is no counterpart, but it reads as one with the party before it (`民革和平区委会`,
 * `民盟和田市委`).
 */
function beginsPlaceName(text: string, start: number, index: number): boolean {
  const rest = text.slice(index + 1);
  const next = rest.search(separators);
  const after = next < 0 ? rest : rest.slice(0, next);
  const before = text.slice(start, index);
  return after !== '' && recogniseCounterpart(after) === undefined && recogniseCounterpart(`${before}${text[index]}${after}`) !== undefined;
}

function splitItems(text: string): Item[] {
  const items: Item[] = [];
  let start = 0;
  let separatorBefore = '';
  for (const match of text.matchAll(separators)) {
    if (match.index < start || (/^[和及]$/.test(match[0]) && beginsPlaceName(text, start, match.index))) continue;
    items.push({ text: text.slice(start, match.index), separatorBefore, start });
    separatorBefore = match[0];
    start = match.index + match[0].length;
  }
  items.push({ text: text.slice(start), separatorBefore, start });
  return items;
}

/** `民盟、民进省委` → 民盟省委, 民进省委: bare party names before the last named organisation take its unit. */
function distributeSharedSuffix(recognised: RecognisedCounterpart[]): CounterpartMention[] {
  const last = recognised.at(-1);
  return recognised.map(({ party, name, prefix, unit }) => {
    const shares = last !== undefined && last.unit !== '' && unit === '' && prefix === '' && party !== '工商联' && name.length <= 4;
    return { party, name: shares ? `${name}${last.unit}` : name };
  });
}

/**
 * Reads the object of an arrangement (`民盟资阳市委会、九三学社资阳市委会`, `各民主党派和市工商联`,
 * `民革、致公党和台盟省委`) from compact text with full-width punctuation. Returns undefined when the
 * text does not start with a counterpart (then it is no arrangement). A comma after a complete item
 * closes the list; the rest is returned as `remainder`.
 */
export function readCounterpartList(input: string): CounterpartList | undefined {
  const cut = ellipsis.test(input);
  let text = input.replace(ellipsis, '').replace(dutyPhrase, '');
  const result: CounterpartList = { counterparts: [], collective: false, partiesOnly: false, unread: [], cut, etc: false, remainder: '' };
  const opening = collectiveOpening.exec(text);
  if (opening !== null) {
    result.collective = true;
    text = text.slice(opening[0].length).replace(/^（(.*)）$/, '$1');
    if (text === '') return result;
  }
  const recognised: RecognisedCounterpart[] = [];
  let namedParties = false;
  const items = splitItems(text);
  for (const [index, item] of items.entries()) {
    const isLast = index === items.length - 1;
    if (item.text === '') {
      if (isLast && index > 0) result.cut = true;
      if (index === 0 && !(isLast && cut)) return undefined;
      continue;
    }
    const groups = itemEnding.exec(item.text)?.groups ?? {};
    const core = groups.core ?? item.text;
    const closes = groups.etc !== undefined || groups.trailer !== undefined;
    const counterpart = recogniseCounterpart(core);
    if (counterpart !== undefined || isCollectivePartyItem(core)) {
      if (counterpart !== undefined) recognised.push(counterpart);
      else {
        result.collective = true;
        namedParties = true;
      }
      if (groups.general !== undefined) result.collective = true;
      if (groups.etc !== undefined) result.etc = true;
      if (closes) {
        result.remainder = text.slice(item.start + item.text.length).replace(/^，/, '');
        break;
      }
      continue;
    }
    if (index === 0 && !(isLast && cut)) return undefined;
    if (item.separatorBefore === '，') {
      result.remainder = text.slice(item.start);
      break;
    }
    const cutOff = isLast ? recogniseCutCounterpart(item.text, cut) : undefined;
    if (isLast) result.cut = true;
    if (cutOff !== undefined) result.counterparts.push(cutOff);
    else result.unread.push(item.text);
  }
  result.counterparts = [...distributeSharedSuffix(recognised), ...result.counterparts];
  result.partiesOnly = namedParties;
  return result;
}
