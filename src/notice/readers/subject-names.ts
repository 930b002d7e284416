import { isCollectivePartyItem, mentionsPartiesCollectively, recogniseCounterpart } from './counterpart-names.ts';
import type { LiaisonSourceKind } from '../model.ts';

/** Who an arrangement is about: one leader, or departments (several may share a line). */
export interface Subjects {
  fromKind: LiaisonSourceKind;
  names: string[];
}

/** Titles written before a leader's name: 市长, 常务副市长, 副省长, 市政府秘书长, 市政府党组成员 … */
const government = '(?:自治[州县]|[省市县区州](?:人民)?政府|行署)';
const coreTitle = `(?:${government}?(?:党组成员)?(?:常务)?副?(?:(?:[省市县区州旗盟]|秘书|县区)长|专员)|${government}?党组成员)`;
/** Offices written before the government title (`市委常委、常务副市长`, `市政府党组副书记、副市长`). */
const officeBeforeTitle = '(?:(?:[省市县区州]委常委|(?:[省市县区州]政府)?党组(?:副书记|书记|成员)|[省市县区州]委委员)、?)';
/** An office held with the title, written after it (`副市长、市公安局局长`). */
const officeAfterTitle = '(?:、[省市县区州][\\u4e00-\\u9fff]{1,12}?(?:局长|厅长|主任|部长))';
const leaderTitle = `(?:${officeBeforeTitle}{0,2}${coreTitle}${officeAfterTitle}?)`;
const leaderPattern = new RegExp(`^(?<title>${leaderTitle})?(?<name>[\\u4e00-\\u9fff·]{2,4}?)(?<comrade>同志)?$`);
/** The name before a deputy's title (`王某副市长`, `李某常务副县长`): only 副 titles, never a bare 市长 after a place. */
const nameFirstPattern = /^(?<name>[\u4e00-\u9fff·]{2,4}?)(?:常务)?副(?:[省市县区州旗盟]长|专员)(?:同志)?$/;
/** Characters no personal name in a notice contains (they mark a body, a role or a phrase). */
const notInPersonalNames = /[局厅办部委会室院党派门位导关责管系口联各等要的与及府市省县区]/;
/** How department names end (局, 委, 办, 中心 …). */
const departmentEnding = /(?:局|委|办|厅|院|中心|馆|所|站|部|署|处|队|会|社|联|协|室|政府|公司|集团|行|台|团|园|校|街道)$/;
/** Department names are Chinese characters (parentheses allowed), no digits, no punctuation. */
const plainName = /^[\u4e00-\u9fff（）]{3,24}$/;
/** Generic or descriptive words that a department's own name never has. */
const notADepartment =
  /^各|^(?:原|前)(?=[省市县区州])|^(?:取消|撤销|暂停|停止|终止|不再|增加|新增|增设|调整|变更|确定|明确|建立)|有关|相关|关于|联系|负责|对口|等|要|的|[为把将向被让使了着过们这那其]|加强|进一步|形势|改进|贯彻|落实|部门$|单位$|领导$|机构$|成员$|[局委办厅部室]与|副[省市县区州旗盟]长|常务副|专员|同志/;
/**
 * The level prefix a list of departments shares: 市, 省, 县, 市委, 资阳市 …, and the prefixes of a
 * prefecture (地区, 地委, 行署 = 行政公署).
 */
const prefectureLevel = '(?:地区|地委|行署|行政公署)';
const levelPrefix = new RegExp(`^(?:${prefectureLevel}|[\\u4e00-\\u9fff]{0,8}?[省市县区州盟旗]委?)`);
/**
 * Whether a name starts with its level or place (市…, 资阳市…), and not with a word such as 市场 or 市政
 * (市政务服务局 is 市 + 政务服务局, 市政协文史委 is 市 + 政协文史委).
 */
const startsWithLevel = new RegExp(
  `^(?!市场|市政(?!府|务|协)|市容|区域|县域)(?:${prefectureLevel}|[省市县区州盟旗]|[\\u4e00-\\u9fff]{2,8}?(?:自治州|自治区|自治县|[省市县区州盟旗]))`,
);

/**
 * A preposition or adverb before the subject of a statement (`由常务副市长…同志联系…`, `请市财政局…`,
 * `改由市审计局…`, `现由…`, `调整为由…`), or the verb of a revision that adds a pair (`增加市大数据局与…`,
 * `新增由…`), or what says a department is new (`新组建的市医疗保障局`): not part of the name.
 */
const leadingPreposition =
  /^(?:(?:增加|新增|增设)?(?:(?:现|拟|改|另|仍|确定|明确|(?:调整|改|变更|更改)为|分别)?由|请|经由)|增加|新增|增设|(?:新|重新)(?:组建|成立|设立|设置)的)(?=[\u4e00-\u9fff])/;

/** `如新增…`, `例如市…`: an example introduced before the subject (never the 如 of a place such as 如皋市). */
const exampleWord = /^(?:例如|比如|如)(?=新增|增加|增设|由|[省市县区])/;

/** The subject text without a leading preposition (`由市财政局` → 市财政局). */
export function withoutLeadingPreposition(text: string): string {
  return text.replace(exampleWord, '').replace(leadingPreposition, '');
}

/** Removes asides in parentheses (`（分管教育工作）`) that are not part of a department's name. */
function withoutAsides(text: string): string {
  return text.replace(/（[^（）]*(?:工作|分管|负责|兼)[^（）]*）/g, '');
}

const titleAside = new RegExp(`（${leaderTitle}）`);

/** A leader as written: `市长周立新同志`, `李东同志`, `常务副市长陈佳`, `周立新（市长）` → the personal name. */
export function readLeader(text: string): string | undefined {
  const titled = titleAside.test(text);
  const plain = text.replace(/（[^（）]*）/g, '');
  const nameFirst = nameFirstPattern.exec(plain)?.groups?.name;
  if (nameFirst !== undefined) return notInPersonalNames.test(nameFirst) || /[州旗盟署]|常务|自治/.test(nameFirst) ? undefined : nameFirst;
  const groups = leaderPattern.exec(plain)?.groups;
  const name = groups?.name;
  if (name === undefined || (groups?.title === undefined && groups?.comrade === undefined && !titled)) return undefined;
  // `长周平同志` after a line ending in `常务副市`: the end of a title wrapped onto the line, not a name.
  if (groups?.title === undefined && name.startsWith('长')) return undefined;
  return notInPersonalNames.test(name) ? undefined : name;
}

/** A personal name written bare in a list of leaders (`副县长林帆、陈其远同志` → 陈其远 shares the title). */
const bareName = /^[\u4e00-\u9fff·]{2,4}$/;

const startsWithTitle = new RegExp(`^${leaderTitle}`);

/**
 * Several leaders in one list (`副县长林帆、陈其远同志`, `副区长周琳、副区长唐远`): the first is a
 * leader with a title (which the others share), every other item a leader or a bare personal name.
 */
export function readLeaders(text: string): string[] | undefined {
  const items = text.split(/[、，]|和|及/);
  if (items.length < 2 || !startsWithTitle.test(items[0] ?? '')) return undefined;
  const names: string[] = [];
  for (const item of items) {
    const name = readLeader(item) ?? (bareName.test(item) && !notInPersonalNames.test(item) ? item : undefined);
    if (name === undefined) return undefined;
    names.push(name);
  }
  return new Set(names).size === names.length ? names : undefined;
}

/** `县发展和改革局县政府办公室`: two department names run together (lines joined), not one name. */
function isTwoNamesRunTogether(name: string): boolean {
  for (let split = 3; split <= name.length - 3; split += 1) {
    const left = name.slice(0, split);
    const right = name.slice(split);
    if (/(?:局|委|办|厅|部|室|中心)$/.test(left) && /^[省市县区州]/.test(right) && departmentEnding.test(right) && plainName.test(right))
      return true;
  }
  return false;
}

function looksLikeDepartment(name: string): boolean {
  return (
    plainName.test(name) &&
    !isTwoNamesRunTogether(name) &&
    departmentEnding.test(name.replace(/（[^（）]*）$/, '')) &&
    !notADepartment.test(name) &&
    recogniseCounterpart(name) === undefined &&
    !isCollectivePartyItem(name) &&
    !mentionsPartiesCollectively(name)
  );
}

/** Whether a text starts with a level or place as a department's name does (a list of them can start here). */
export function startsLikeDepartment(text: string): boolean {
  return startsWithLevel.test(text);
}

/**
 * `A和B` (or `A与B`, `A及B`) is two departments only when both sides are department names
 * (市自然资源和规划局 is one).
 */
function splitOnConjunctions(name: string): string[] {
  for (const match of name.matchAll(/以及|和|及|与/g)) {
    const left = name.slice(0, match.index);
    const right = name.slice(match.index + match[0].length);
    if (departmentEnding.test(left) && looksLikeDepartment(left)) {
      const rest = splitOnConjunctions(right);
      if (rest.every((part) => looksLikeDepartment(part) || !startsWithLevel.test(part))) return [left, ...rest];
    }
  }
  return [name];
}

/**
 * Reads a list of departments (`市公安局、司法局和民政局`): every item must look like a department;
 * the first must carry its level (市, 省, 县 …), which later items that drop it get back
 * (→ 市公安局, 市司法局, 市民政局).
 */
export function readDepartments(text: string): string[] | undefined {
  const items = withoutAsides(text)
    .split(/[、，]/)
    .flatMap(splitOnConjunctions);
  const first = items[0];
  if (first === undefined || !startsWithLevel.test(first)) return undefined;
  const prefix = levelPrefix.exec(first)?.[0] ?? '';
  const names: string[] = [];
  for (const item of items) {
    // A later item that drops the prefix is judged with it: `台办`, `侨办` are names once `市` is back.
    const name = startsWithLevel.test(item) ? item : `${prefix}${item}`;
    if (!looksLikeDepartment(name) || notADepartment.test(item)) return undefined;
    names.push(name);
  }
  return names;
}

/** Whether `item` starts with a whole department's name (its level given back from `prefix` if dropped). */
function startsWithWholeName(item: string, prefix: string): boolean {
  for (let length = 2; length < item.length; length += 1) {
    const start = item.slice(0, length);
    if (departmentEnding.test(start) && looksLikeDepartment(startsWithLevel.test(start) ? start : `${prefix}${start}`)) return true;
  }
  return false;
}

/**
 * A list cut off inside its last item, as a copy that stops mid-line leaves it (`市工商局、市质量技术`):
 * the names written in full, or undefined. Only a short last item that ends like no department counts.
 */
export function readDepartmentsCutOff(text: string): string[] | undefined {
  const items = text.split('、');
  const cutItem = items.pop() ?? '';
  if (items.length === 0 || cutItem === '' || cutItem.length > 8 || departmentEnding.test(cutItem) || /等|和|及/.test(cutItem))
    return undefined;
  // `市商务局派员参加`: a whole name the sentence goes on after, not a name cut off.
  if (startsWithWholeName(cutItem, levelPrefix.exec(items[0] ?? '')?.[0] ?? '')) return undefined;
  return readDepartments(items.join('、'));
}

/** `等部门`, `等4家单位`, `6个部门` after a list of departments that are the subject (`市财政局、市审计局等部门对口联系民建市委`). */
export const unitsCounted = /(?:等(?:[0-9一二三四五六七八九十两]{1,3}[家个])?|[0-9一二三四五六七八九十两]{1,3}[家个])(?:部门|单位)$/;

/** The subject of an arrangement: a leader, or a list of departments. */
export function readSubjects(written: string): Subjects | undefined {
  const text = withoutLeadingPreposition(written);
  const leader = readLeader(text);
  if (leader !== undefined) return { fromKind: 'leader', names: [leader] };
  const leaders = readLeaders(text);
  if (leaders !== undefined) return { fromKind: 'leader', names: leaders };
  const departments = readDepartments(text) ?? (unitsCounted.test(text) ? readDepartments(text.replace(unitsCounted, '')) : undefined);
  return departments === undefined ? undefined : { fromKind: 'department', names: departments };
}
