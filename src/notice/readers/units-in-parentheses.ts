import { partiesMentionedIn } from './counterpart-names.ts';
import { counterpartsIn } from './prose-names.ts';
import { readDepartments } from './subject-names.ts';
import type { Assignment } from '../model.ts';

/**
 * A report's paragraph about one party that lists its liaison units in parentheses after a counted
 * label, the party named elsewhere in the paragraph (`…召开了农工党某市委与有关单位的对口联系恳谈会。
 * 到会的有某市委的6个对口联系单位（卫生局、教育局、环保局）`). The units are names as written: a
 * report often drops their level. Only a paragraph that names exactly one counterpart (quoted titles
 * left out) says whose units they are.
 */

const unitsInParentheses =
  /(?:的)?(?:[0-9一二三四五六七八九十两]{1,3}[个家])?(?:[省市县区州]直|[省市县区州](?:人民)?政府)?(?:对口联系|对口)(?:单位|部门)（(?<items>[^（）]{2,120})）/g;
/** How one unit's name ends (局, 委, 办, 厅, 中心 …), and what a name is made of. */
const unitName = /^[\u4e00-\u9fff]{2,15}$/;
const unitEnding = /(?:局|委|办|厅|院|中心|馆|所|站|部|署|处|队|会|社|室|政府|公司|集团|街道)$/;

/** The units named in the parentheses, as written (their level given back when the first has one). */
function unitNames(items: string): string[] | undefined {
  const listed = readDepartments(items);
  if (listed !== undefined) return listed;
  const names = items.split('、');
  const plain = names.every((name) => unitName.test(name) && unitEnding.test(name) && partiesMentionedIn(name).length === 0);
  return plain ? names : undefined;
}

/** The liaison units a paragraph lists in parentheses, toward the one counterpart it names. */
export function readUnitsInParentheses(text: string): Assignment[] {
  const unquoted = text.replace(/《[^《》]*》/g, (title) => '　'.repeat(title.length));
  const named = partiesMentionedIn(unquoted);
  const [mention] = counterpartsIn(unquoted);
  if (named.length !== 1 || mention === undefined) return [];
  const assignments: Assignment[] = [];
  for (const match of unquoted.matchAll(unitsInParentheses)) {
    const items = match.groups?.items ?? '';
    const names = unitNames(items);
    if (names === undefined) continue;
    assignments.push({
      fromKind: 'department',
      from: names,
      counterparts: [mention.mention],
      general: false,
      includesFederation: false,
      unread: [],
      cut: false,
      etc: false,
      start: match.index + match[0].length - items.length - 1,
    });
  }
  return assignments;
}
