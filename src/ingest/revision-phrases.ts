/**
 * Revisions a notice may state instead of (or besides) an arrangement: `…由<old>调整为<new>`,
 * `…，现调整为市审计局联系`, `…，改由…`, `不再…`. The parser states the new pair when the revision
 * names it in place, and never keeps a pair that a following phrase revises (it warns instead).
 */

/** `由<old>调整为` / `由<old>改为` inside an arrangement (the old side never names a verb of liaison). */
const replacedSide = /由(?:(?!联系|对口)[^，；。由])+?(?:调整|改|变更|更改|更换)为/g;

/** Words that open a phrase revising the statement before it. */
const revisionOpening = /^(?:现|后|已|并|均|拟|另)?(?:调整|改|变更|更改|更换)(?:为|由|到)|^改由|^(?:现|均|已|将)?不再|^(?:予以|现)?(?:取消|撤销|撤回|暂停|停止|终止)/;

/**
 * The clause with a replaced side removed, so that it reads as the arrangement now in force:
 * `市财政局对口联系单位由民革市委调整为民盟市委` → `市财政局对口联系单位民盟市委`,
 * `民革市委的对口联系部门由市财政局调整为市审计局` → `民革市委的对口联系部门市审计局`.
 */
export function withRevisionApplied(clause: string): string {
  return clause.replace(replacedSide, '');
}

/** Whether text (what follows a list, or the next clause) revises the statement before it. */
export function opensRevision(text: string): boolean {
  return revisionOpening.test(text.replace(/^[，、：；。]+/, ''));
}

/** The doubt recorded for an arrangement a following phrase revises. */
export const REVISED_DOUBT = 'a phrase after this arrangement revises it (调整为, 改由, 不再 …); kept no pair';
