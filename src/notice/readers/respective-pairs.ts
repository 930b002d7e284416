import type { Assignment } from '../model.ts';

/** The doubt recorded when `分别` pairs lists of different lengths. */
export const RESPECTIVELY_DOUBT = '分别 (respectively) pairs lists of different lengths; kept no pair';

/**
 * `A、B分别联系甲、乙`: with `分别` the first subject pairs with the first counterpart, the second with
 * the second, never across. Lists of the same length are paired one to one; lists of different
 * lengths (both longer than one) say nothing certain, so the assignment keeps no pair and is warned
 * about. A single subject or a single counterpart pairs with every item of the other list.
 */
export function pairRespectively(assignment: Assignment): Assignment[] {
  const { from, counterparts } = assignment;
  if (assignment.general || assignment.doubt !== undefined || from.length < 2 || counterparts.length < 2) return [assignment];
  if (from.length !== counterparts.length || assignment.cut || assignment.unread.length > 0 || assignment.etc) {
    return [{ ...assignment, counterparts: [], etc: false, doubt: RESPECTIVELY_DOUBT }];
  }
  return from.map((name, index) => ({ ...assignment, from: [name], counterparts: counterparts.slice(index, index + 1) }));
}
