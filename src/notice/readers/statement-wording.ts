/**
 * One wording for what notices write in many ways, so that the statement readers need to know only
 * one: half-width punctuation becomes full-width, and the verbs of liaison (`挂钩联系`, `挂钩`,
 * `联络`) become `对口联系` / `对口` / `联系`. Every replacement keeps the length of the text, so
 * positions read in the normalised text are positions in the original (compact) text.
 */

/** List markers: `1.` `1、` `1）` `（一）` `一、` `①` `❶` `第一条`, after an optional bullet. */
export const LIST_NUMBERING =
  /^[●◆■□▪•·※]*(?:(?:第[一二三四五六七八九十]{1,3}[条项]|\d{1,3}(?:[.．、]|（?）)|[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、.．]|[\u2460-\u2473\u2776-\u277f]))?/;

/** Full-width punctuation for the half-width forms PDFs and web pages mix in. */
export function normalisePunctuation(text: string): string {
  return text.replaceAll(',', '，').replaceAll(';', '；').replaceAll(':', '：').replaceAll('(', '（').replaceAll(')', '）');
}

/**
 * The verbs of liaison in one form: `挂钩联系`, `对接联系` → `对口联系`, `挂钩` or `挂联` before a name → `对口`, `联络` →
 * `联系` (not the nouns 联络员, 联络人, 联络处 …, which are roles, never a liaison).
 */
export function normaliseContactVerbs(text: string): string {
  return text
    .replaceAll('挂钩联系', '对口联系')
    .replaceAll('对接联系', '对口联系')
    .replace(/挂(?:钩|联)(?=[\u4e00-\u9fff])/g, '对口')
    .replace(/联络(?![员人处站点组])/g, '联系');
}

/** Punctuation and verbs of liaison normalised (length kept). */
export function normaliseWording(text: string): string {
  return normaliseContactVerbs(normalisePunctuation(text));
}
