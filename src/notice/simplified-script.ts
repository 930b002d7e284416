import * as OpenCC from 'opencc-js/t2cn';

/**
 * Copies of a notice or a report in traditional characters, as mirror sites serve them
 * (`民革天津市委會與天津市司法局在對口聯系中…`), some with a pinyin reading after many characters
 * (`對口聯(lián)系`). The readers know simplified characters only, so the text is read in simplified
 * script, and what the parser reports (names, lines) is given back as the copy writes it.
 */

/** A pinyin reading a mirror puts after a character: `(lián)`, `（wèi）`. */
const pinyinReading = /(?<=[\u3400-\u9fff])[(（][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüêńňǹḿ]{1,8}[)）]/g;
/** Share of the Chinese characters that must change for a text to count as traditional (a name or two do not). */
const traditionalShare = 0.02;

const converters = [OpenCC.Converter({ from: 'hk', to: 'cn' }), OpenCC.Converter({ from: 'tw', to: 'cn' })];
const simplifiedOf = new Map<string, string>();

/** One character in simplified script; a character whose conversion is not one character stays as it is. */
function simplifiedCharacter(character: string): string {
  const known = simplifiedOf.get(character);
  if (known !== undefined) return known;
  let converted = character;
  for (const convert of converters) {
    const candidate = convert(character);
    if ([...candidate].length === 1 && candidate !== character) {
      converted = candidate;
      break;
    }
  }
  simplifiedOf.set(character, converted);
  return converted;
}

export interface SimplifiedText {
  /** The text to read: pinyin readings removed, traditional characters simplified, line breaks kept. */
  text: string;
  /** Whether the copy was in traditional script (then names are given back in it). */
  traditional: boolean;
  /** Writes a name read in `text` as the copy writes it (character for character). */
  asWritten(name: string): string;
}

/**
 * The text in simplified script. A text in simplified script is left as it is (only pinyin
 * readings are removed), so that a character both scripts share is never given back changed.
 */
export function toSimplifiedScript(original: string): SimplifiedText {
  const withoutReadings = original.replace(pinyinReading, '');
  const characters = [...withoutReadings];
  const simplified = characters.map(simplifiedCharacter);
  const chinese = characters.filter((character) => /[\u3400-\u9fff]/.test(character)).length;
  const changed = simplified.filter((character, index) => character !== characters[index]).length;
  if (chinese === 0 || changed / chinese < traditionalShare) {
    return { text: withoutReadings, traditional: false, asWritten: (name) => name };
  }
  // Back from simplified to the copy's character, the first one the copy used for it.
  const writtenAs = new Map<string, string>();
  for (const [index, character] of simplified.entries()) {
    const written = characters[index] ?? character;
    if (written !== character && !writtenAs.has(character)) writtenAs.set(character, written);
  }
  return {
    text: simplified.join(''),
    traditional: true,
    asWritten: (name) => [...name].map((character) => writtenAs.get(character) ?? character).join(''),
  };
}
