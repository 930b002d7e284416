import { compactText } from './lines.ts';
import type { DocumentReference, NoticeDocument, NoticeLine } from './model.ts';

export type MetadataField = 'number' | 'title' | 'issuer' | 'issued';

export interface NoticeMetadata {
  document: NoticeDocument;
  supersedes: DocumentReference[];
  /** What the text does not say (the caller warns unless it is given otherwise). */
  missing: MetadataField[];
}

const open = '[〔\\[［【(（„「⁅]';
const close = '[〕\\]］】)）‟」⁆]';
const numberPattern = `(?<agency>[\\u4e00-\\u9fff]{1,12}?)${open}(?<year>(?:19|20)\\d{2})${close}第?(?<serial>\\d{1,4})号`;
const numberAnywhere = new RegExp(numberPattern, 'g');
const numberAlone = new RegExp(`^${numberPattern}$`);
const repealVerbs = /同时废止|予以废止|废止|不再执行|停止执行/;
const documentTypes = /(?:通知|意见|办法|方案|规定|决定|通报|安排|批复|函|报告|细则|规则|制度|纪要)$/;
const issuerOfTitle = /^(?<issuer>.+?)关于(?<rest>.+)$/;
const jurisdictionOfIssuer = /^(?<jurisdiction>.+?(?:自治区|自治州|自治县|省|市|县|区|州|盟))(?:人民政府|政府|委员会|办公室|办公厅)/;

function formatNumber(groups: Record<string, string | undefined>): string {
  return `${groups.agency ?? ''}〔${groups.year ?? ''}〕${groups.serial ?? ''}号`;
}

const chineseDigits: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 十一 → 11, 二十三 → 23, 2 → 2. */
function readSmallNumber(text: string): number | undefined {
  if (/^\d{1,2}$/.test(text)) return Number(text);
  const match = /^(?<tens>[一二三]?)十(?<ones>[一二三四五六七八九]?)$|^(?<single>[一二三四五六七八九])$/.exec(text);
  if (match?.groups === undefined) return undefined;
  const { tens, ones, single } = match.groups;
  if (single !== undefined) return chineseDigits[single];
  return (tens === '' || tens === undefined ? 1 : (chineseDigits[tens] ?? 0)) * 10 + (ones ? (chineseDigits[ones] ?? 0) : 0);
}

/** A line that is only a date, `2022年11月2日` or `二〇二二年十一月二日`, as YYYY-MM-DD. */
export function readDateLine(compact: string): string | undefined {
  const match =
    /^(?<year>\d{4}|[〇零一二三四五六七八九]{4})年(?<month>[\d一二三四五六七八九十]{1,3})月(?<day>[\d一二三四五六七八九十]{1,3})日$/.exec(
      compact,
    );
  if (match?.groups === undefined) return undefined;
  const yearText = match.groups.year ?? '';
  const year = /^\d+$/.test(yearText) ? Number(yearText) : Number([...yearText].map((digit) => chineseDigits[digit]).join(''));
  const month = readSmallNumber(match.groups.month ?? '');
  const day = readSmallNumber(match.groups.day ?? '');
  if (month === undefined || day === undefined || month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function splitIssuer(fullTitle: string): { issuer: string | null; title: string } {
  const match = issuerOfTitle.exec(fullTitle);
  const issuer = match?.groups?.issuer;
  const rest = match?.groups?.rest;
  return issuer !== undefined && rest !== undefined ? { issuer, title: `关于${rest}` } : { issuer: null, title: fullTitle };
}

/** Characters a title is made of (no `>` of a breadcrumb, no `：` of an addressee line). */
const titleCharacters = /^[\u4e00-\u9fff《》〈〉“”"、，（）()—\-\d]+$/;
/** A letterhead line: the authority followed by 文件 (`某市人民政府办公室文件`). */
const letterhead = /^[\u4e00-\u9fff]{2,30}(?:人民政府|政府|办公室|办公厅|委员会|局|厅|部|委)文件$/;
/** A web mirror's banner above the copy (`法搜网--中国法律信息搜索网`): a site's name, never a title's start. */
const siteBanner = /^[\u4e00-\u9fffA-Za-z\-—–|｜·]{2,40}(?:网|网站)$/;
const authorityEnding = /(?:人民政府办公室|人民政府办公厅|人民政府|政府办公室|政府办公厅|办公室|办公厅|委员会)$/;

/**
 * A title block: a few short lines joined until the text ends with a document type (…的通知);
 * it stops at the addressee line (…：) or a paragraph.
 */
function readTitleBlock(lines: readonly NoticeLine[], start: number, needsAbout: boolean): { issuer: string | null; title: string | null } {
  let joined = '';
  for (const line of lines.slice(start, start + 8)) {
    if (line.compact === '') continue;
    const text = compactText(line.text);
    if (/[：:]$/.test(text) || text.length > 60) break;
    // The letterhead (`某县人民政府办公室文件`) above the title block is not part of the title or its issuer.
    if (joined === '' && (letterhead.test(text) || siteBanner.test(text))) continue;
    joined += text;
    if (!titleCharacters.test(joined)) break;
    if (documentTypes.test(joined) && joined.length >= 6 && (!needsAbout || joined.includes('关于'))) return splitIssuer(joined);
  }
  return { issuer: null, title: null };
}

/** The first title block (with 关于) in the head of the text, wherever the 文号 is. */
function findTitleBlock(lines: readonly NoticeLine[]): { issuer: string | null; title: string | null } {
  for (let start = 0; start < Math.min(lines.length, 20); start += 1) {
    const block = readTitleBlock(lines, start, true);
    if (block.title !== null) return block;
  }
  return { issuer: null, title: null };
}

const timeWords = /(?:近日|日前|近期|今天|今日|昨天|昨日|目前|正式|已经|已|于\d{1,2}月\d{1,2}日)+$/;

/** The text of each paragraph (lines up to a blank line) with whitespace removed: a quoted title may wrap. */
function paragraphs(lines: readonly NoticeLine[]): string[] {
  const texts: string[] = [];
  let current = '';
  for (const line of lines) {
    const compact = compactText(line.text);
    if (compact === '') {
      if (current !== '') texts.push(current);
      current = '';
    } else current += compact;
  }
  if (current !== '') texts.push(current);
  return texts;
}

/**
 * A report that quotes the notice: `远山市人民政府办公室印发《关于…的通知》`, also wrapped over several
 * lines of a narrow column; never a title the same sentence repeals (`《…》（…号）同时废止`).
 */
function findQuotedTitle(lines: readonly NoticeLine[]): { issuer: string | null; title: string | null } {
  for (const text of paragraphs(lines)) {
    for (const match of text.matchAll(/(?<before>[^《》]*?)《(?<quoted>[^《》]*关于[^《》]+)》/g)) {
      const quoted = match.groups?.quoted;
      if (quoted === undefined || !documentTypes.test(quoted)) continue;
      const sentenceAfter = /^[^。；]*/.exec(text.slice(match.index + match[0].length))?.[0] ?? '';
      if (repealVerbs.test(sentenceAfter)) continue;
      const split = splitIssuer(quoted);
      if (split.issuer !== null) return split;
      // `朔棠市人民政府办公室近日印发《…》`: the authority, without the verb and the words of time before it.
      const before = (match.groups?.before ?? '').replace(/(?:印发|发布|下发|出台|制定)了?$/, '').replace(timeWords, '');
      const issuer = /[^，。：；、）)]*$/.exec(before)?.[0] ?? '';
      return { issuer: authorityEnding.test(issuer) ? issuer : null, title: split.title };
    }
  }
  return { issuer: null, title: null };
}

/**
 * A report that names the notice without quotes, as what is carried out
 * (`为深入贯彻某市关于建立…对口联系制度的通知精神`): the title up to its document type; the place
 * before it is no issuer.
 */
const unquotedTitle =
  /(?:贯彻|落实|根据|按照|依据)(?:落实)?[^，。；、《》]{0,20}?(?<title>关于[^，。；《》“”]{4,80}?(?:通知|意见|办法|制度|方案|规定))的?(?:精神|要求)/;

function findUnquotedTitle(lines: readonly NoticeLine[]): { issuer: string | null; title: string | null } {
  for (const text of paragraphs(lines)) {
    const title = unquotedTitle.exec(text)?.groups?.title;
    if (title !== undefined) return { issuer: null, title };
  }
  return { issuer: null, title: null };
}

/** Repealed documents: `《title》（number）…同时废止`, or bare numbers on a repealing line. */
function readRepeals(lines: readonly NoticeLine[], ownNumber: string | null): DocumentReference[] {
  const references: DocumentReference[] = [];
  for (const line of lines) {
    const compact = compactText(line.text);
    if (!repealVerbs.test(compact)) continue;
    for (const match of compact.matchAll(numberAnywhere)) {
      const number = formatNumber(match.groups ?? {});
      if (number === ownNumber || references.some((reference) => reference.number === number)) continue;
      const before = compact.slice(0, match.index);
      const quoted = /《(?<title>[^《》]+)》[（(]?$/.exec(before)?.groups?.title;
      const { issuer, title } = quoted === undefined ? { issuer: null, title: null } : splitIssuer(quoted);
      references.push({ number, title, issuer, line: line.number });
    }
  }
  return references;
}

/** Reads the document number, title, issuer, date, jurisdiction and repealed documents of a notice. */
export function parseNoticeMetadata(lines: readonly NoticeLine[]): NoticeMetadata {
  const numberLineIndex = lines.findIndex((line) => numberAlone.test(line.compact));
  let number: string | null = null;
  let titleBlock: { issuer: string | null; title: string | null } = { issuer: null, title: null };
  if (numberLineIndex >= 0) {
    const groups = numberAlone.exec(lines[numberLineIndex]?.compact ?? '')?.groups ?? {};
    number = formatNumber(groups);
    titleBlock = readTitleBlock(lines, numberLineIndex + 1, false);
  } else {
    const firstUnrepealed = lines.find((line) => !repealVerbs.test(line.compact) && new RegExp(numberPattern).test(line.compact));
    const groups = firstUnrepealed === undefined ? undefined : new RegExp(numberPattern).exec(firstUnrepealed.compact)?.groups;
    if (groups !== undefined) number = formatNumber(groups);
  }
  if (titleBlock.title === null) titleBlock = findTitleBlock(lines);
  if (titleBlock.title === null) titleBlock = findQuotedTitle(lines);
  if (titleBlock.title === null) titleBlock = findUnquotedTitle(lines);

  const dateLineIndex = lines.findIndex((line) => readDateLine(line.compact) !== undefined);
  const dateLine = lines[dateLineIndex];
  const issued = dateLine === undefined ? null : (readDateLine(dateLine.compact) ?? null);

  let issuer = titleBlock.issuer;
  if (issuer === null && dateLineIndex > 0) {
    const signature = lines
      .slice(0, dateLineIndex)
      .reverse()
      .find((line) => line.compact !== '');
    if (signature !== undefined && signature.compact.length <= 30) issuer = signature.compact;
  }
  const jurisdiction = issuer === null ? null : (jurisdictionOfIssuer.exec(issuer)?.groups?.jurisdiction ?? null);

  const document: NoticeDocument = { number, title: titleBlock.title, issuer, issued, jurisdiction };
  const missing = (['number', 'title', 'issuer', 'issued'] as const).filter((field) => document[field] === null);
  return { document, supersedes: readRepeals(lines, number), missing };
}
