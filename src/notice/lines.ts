import type { NoticeLine } from './model.ts';
/** One line of a notice: its 1-based number, its text trimmed, and a compact form for matching. */

const fullWidthDigits = /[０-９]/g;
const listNumbering =
  /^(?:\d{1,3}[.．、]|[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、.．]|\d{1,3}[）)]|[\u2460-\u2473\u2776-\u277f])/;
const endPunctuation = /[；;。.，,、：:]+$/;
/** A page number a PDF leaves in the text: `—1—`, `- 2 -`, `第3页`, `3`. */
const pageNumber = /^(?:[-—–－~～]+\s*\d{1,3}\s*[-—–－~～]+|第\s*\d{1,3}\s*页(?:\s*[，,]?\s*共\s*\d{1,3}\s*页)?|\d{1,3})$/;

/** Labels of a web page's frame around the notice: navigation, source, share and print links. */
const webPageLabel =
  /^(?:[【[]?(?:上一篇|下一篇|上一条|下一条|相关(?:链接|阅读|新闻|文章|文件)|推荐阅读|热点(?:新闻|文章)|来源|信息来源|发布(?:时间|日期|机构)|浏览(?:次数)?|阅读(?:次数|量)|点击(?:数|量|率)|分享(?:到)?|打印(?:本页)?|关闭(?:窗口)?|责任编辑|编辑|字号|字体)[】\]]?(?:[：:]|$))/;

/** Whether a line is the frame of a web page (上一篇：…, 来源：…, 分享到：…), never part of the notice's text. */
export function isWebPageNoise(text: string): boolean {
  return webPageLabel.test(compactText(text));
}

/** Removes every kind of whitespace (a PDF or web copy pads names: `李  东` → `李东`) and normalises digits. */
export function compactText(text: string): string {
  return text
    .replace(/[\s\u3000\u00a0\u200b\ufeff]+/g, '')
    .replace(fullWidthDigits, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0));
}

/** Whether a line is only a page number of the PDF the text came from. */
export function isPageNumber(text: string): boolean {
  return pageNumber.test(text.trim());
}

/** Splits a notice into lines numbered from 1 as an editor shows them (`cat -n`). */
export function readNoticeLines(text: string): NoticeLine[] {
  const withoutByteOrderMark = text.startsWith('\ufeff') ? text.slice(1) : text;
  return withoutByteOrderMark.split(/\r\n|\r|\n/).map((raw, index) => {
    const compact = compactText(raw).replace(listNumbering, '').replace(endPunctuation, '');
    return { number: index + 1, text: raw.trim(), compact };
  });
}
