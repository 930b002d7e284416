import { readCounterpartList } from './counterpart-list.ts';
import { readDepartments, readLeader, readLeaders } from './subject-names.ts';
import type { Assignment, CounterpartMention } from '../model.ts';

/**
 * Arrangements written per counterpart, as a heading and labelled fields:
 * `（二）民建雁汀区委。对口联系部门：区发改委、区财政局。联系领导：常务副区长许志恒。`, or the
 * heading on a line of its own and each field on a line after it. The heading (a clause that is only
 * the names of counterparts) is in force for the fields that follow it, until a clause that is
 * neither a heading nor a field.
 */

/** `对口联系部门：`, `联系单位为`, `联系领导：`, `联系市领导：`, `联系区政府领导：`, `对口联系的部门是` … */
const fieldLabel =
  /^(?:对口)?联系(?:的)?(?:(?<departments>部门|单位)|(?<leaders>(?:[省市县区州盟旗](?:政府)?|政府)?领导))(?:为|是)?：?(?=[\u4e00-\u9fff])/;

/** A clause that is only counterparts' names (`民建雁汀区委`, `民盟、民进市委`): a heading, or undefined. */
export function readPartyHeading(clause: string): CounterpartMention[] | undefined {
  const list = readCounterpartList(clause);
  if (list === undefined || list.counterparts.length === 0 || list.collective) return undefined;
  if (list.unread.length > 0 || list.cut || list.etc || list.remainder !== '') return undefined;
  return list.counterparts;
}

/** Whether a clause opens with a field label (then it belongs to the heading before it). */
export function isLabelledField(clause: string): boolean {
  return fieldLabel.test(clause);
}

/**
 * Reads a labelled field under `heading`: its departments or leaders toward the heading's
 * counterparts. Undefined when the clause is no field, or its value does not read in full (nothing
 * is guessed: `联系领导：待定` gives nothing).
 */
export function readLabelledField(clause: string, heading: readonly CounterpartMention[], start: number): Assignment | undefined {
  const match = fieldLabel.exec(clause);
  if (match === null) return undefined;
  const value = clause.slice(match[0].length).replace(/等$/, '');
  const base = { counterparts: [...heading], general: false, includesFederation: false, unread: [], cut: false, etc: false, start };
  if (match.groups?.departments !== undefined) {
    const departments = readDepartments(value);
    return departments === undefined ? undefined : { ...base, fromKind: 'department', from: departments };
  }
  const single = readLeader(value);
  const leaders = single === undefined ? readLeaders(value) : [single];
  return leaders === undefined ? undefined : { ...base, fromKind: 'leader', from: leaders };
}

/**
 * Clauses with a heading and its first field joined by a colon (`民盟某市委：联系市领导为…`) split in
 * two; each part keeps its length, the colon counting as the separator between them.
 */
export function splitHeadingClauses(clauses: readonly string[]): string[] {
  return clauses.flatMap((clause) => {
    const colon = clause.indexOf('：');
    const heading = clause.slice(0, colon);
    const field = clause.slice(colon + 1);
    return colon > 0 && isLabelledField(field) && readPartyHeading(heading) !== undefined ? [heading, field] : [clause];
  });
}
