import { readCounterpartList } from './counterpart-list.ts';

/**
 * Revisions a notice may state instead of (or besides) an arrangement: `…由<old>调整为<new>`,
 * `…对口联系<old>调整为对口联系<new>`, `…，现调整为市审计局联系`, `…，改由…`, `不再…`. The parser
 * states the new pair when the revision names it in place, and never keeps a pair that a following
 * phrase revises (it warns instead).
 */

/** The words that turn an old side into a new one: 调整为, 改为, 变更为, 更改为, 更换为. */
export const REVISED_TO = '(?:调整|改|变更|更改|更换)为';

/** `由<old>调整为` / `由<old>改为` inside an arrangement (the old side never names a verb of liaison). */
const replacedSide = new RegExp(`由(?:(?!联系|对口)[^，；。由])+?${REVISED_TO}`, 'g');

/**
 * `对口联系<old parties>调整为(对口联系)<new>`, `由原来对口联系<old>调整为对口联系<new>`,
 * `不再对口联系<old>，改为对口联系<new>`: the verb, the old side, the revision, maybe the verb again.
 */
const replacedObject = new RegExp(
  `(?:由原来?|原来?|不再)?(?<verb>(?:负责)?(?:对口)?联系)(?<old>[^，；。由的]+?)，?${REVISED_TO}(?:(?:负责)?(?:对口)?联系)?`,
  'g',
);

/** Words that open a phrase revising the statement before it. */
const revisionOpening =
  /^(?:现|后|已|并|均|拟|另)?(?:调整|改|变更|更改|更换)(?:为|由|到)|^改由|^(?:现|均|已|将)?不再|^(?:予以|现)?(?:取消|撤销|撤回|暂停|停止|终止)/;

/** Whether `text` is a list of counterparts and nothing else (the old side of a revision). */
function isCleanCounterpartList(text: string): boolean {
  const list = readCounterpartList(text);
  return list !== undefined && list.counterparts.length > 0 && list.unread.length === 0 && !list.cut && !list.etc && list.remainder === '';
}

/**
 * The clause with a replaced side removed, so that it reads as the arrangement now in force:
 * `市财政局对口联系单位由民革市委调整为民盟市委` → `市财政局对口联系单位为民盟市委`,
 * `民革市委的对口联系部门由市财政局调整为市审计局` → `民革市委的对口联系部门为市审计局`,
 * `市教育局对口联系民进市委调整为对口联系民盟市委` → `市教育局对口联系民盟市委`, the same after
 * `由原来` or `不再` (only when the old side is a clean list of counterparts).
 */
export function withRevisionApplied(clause: string): string {
  return clause
    .replace(replacedSide, '为')
    .replace(replacedObject, (whole: string, verb: string, old: string) => (isCleanCounterpartList(old) ? verb : whole));
}

/** Whether text (what follows a list, or the next clause) revises the statement before it. */
export function opensRevision(text: string): boolean {
  return revisionOpening.test(text.replace(/^[，、：；。]+/, ''));
}

/** The doubt recorded for an arrangement a following phrase revises. */
export const REVISED_DOUBT = 'a phrase after this arrangement revises it (调整为, 改由, 不再 …); kept no pair';
