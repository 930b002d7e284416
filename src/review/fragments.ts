/**
 * Pieces of Cypher the rules share, so that each rule reads as one query. Every fragment expects the
 * parameters of `scopeParameters` ($jurisdiction, $yearStart, $yearEnd, $asOf, …) and, for labels,
 * $roleTitles and $activityKinds (Chinese names of the enumerations).
 */

/** A role or liaison `variable` is in force on `day` (a Cypher date expression); open ends count as in force. */
export function inForceOn(variable: string, day: string): string {
  return `(${variable}.validFrom IS NULL OR ${variable}.validFrom <= ${day}) AND (${variable}.validTo IS NULL OR ${variable}.validTo >= ${day})`;
}

/** A role or liaison `variable` is in force on some day of the review year. */
export function inForceDuringYear(variable: string): string {
  return `(${variable}.validFrom IS NULL OR ${variable}.validFrom <= date($yearEnd)) AND (${variable}.validTo IS NULL OR ${variable}.validTo >= date($yearStart))`;
}

/** A date expression falls in the review year. */
export function inYear(day: string): string {
  return `${day} >= date($yearStart) AND ${day} <= date($yearEnd)`;
}

/**
 * The activities of one kind of the jurisdiction bound as `jurisdiction`, reached from it, so that
 * their cost follows the jurisdiction and not the whole graph: recorded in it, or organised by one
 * of its bodies. Binds `activity` and keeps `jurisdiction` in scope; a WHERE may follow.
 */
export function jurisdictionActivities(activity: string, kind: string): string {
  return `CALL (jurisdiction) {
    MATCH (jurisdiction)<-[:IN_JURISDICTION]-(found:Activity {kind: '${kind}'})
    RETURN found
    UNION
    MATCH (jurisdiction)<-[:IN_JURISDICTION]-()-[:ORGANISED]->(found:Activity {kind: '${kind}'})
    RETURN found
  }
  WITH jurisdiction, found AS ${activity}`;
}

/** The year a document counts for: its issue date's year, else its `year`. */
export function issuedInYear(document: string): string {
  return `coalesce(${document}.issuedAt.year, ${document}.year) = $year`;
}

/** The liaison departments of J for the year: departments with a FORMAL liaison in force at any time in it. */
export const LIAISON_DEPARTMENTS = `
MATCH (jurisdiction:Jurisdiction {name: $jurisdiction})<-[:IN_JURISDICTION]-(department:Department)
WHERE EXISTS {
  MATCH (department)-[liaison:LIAISES_WITH {kind: 'FORMAL'}]->(:Counterpart)
  WHERE ${inForceDuringYear('liaison')}
}`;

/** Counterparts (the variable `counterpart` unless told) in the customary party order, then by name. */
export function counterpartOrder(counterpart = 'counterpart'): string {
  return `coalesce(head([index IN range(0, size($partyOrder) - 1) WHERE $partyOrder[index] = ${counterpart}.party]), 100), ${counterpart}.name`;
}

/** Departments in the notice's order, then the ones records added, by name. */
export const DEPARTMENT_ORDER = 'coalesce(department.sourceLine, 1000000), department.name';

/** The department's formal counterparts on `day`, as a list of Counterpart nodes. */
export function formalCounterpartsOn(department: string, day: string): string {
  return `[(${department})-[formal:LIAISES_WITH {kind: 'FORMAL'}]->(formalCounterpart:Counterpart) WHERE ${inForceOn('formal', day)} | formalCounterpart]`;
}

/** An evidence map for an activity (see `Evidence`). */
export function activityEvidence(activity: string, note: string): string {
  return `{kind: 'ACTIVITY', key: ${activity}.key, date: ${activity}.date,
    label: toString(${activity}.date) + ' ' + coalesce($activityKinds[${activity}.kind], ${activity}.kind) + '：' + ${activity}.title,
    dataset: ${activity}.dataset, sourceSheet: ${activity}.sourceSheet, sourceRow: ${activity}.sourceRow, note: ${note}}`;
}

/** An evidence map for a document. */
export function documentEvidence(document: string, note: string): string {
  return `{kind: 'DOCUMENT', key: ${document}.number, date: ${document}.issuedAt,
    label: ${document}.number + coalesce(' ' + ${document}.title, ''),
    dataset: ${document}.dataset, sourceSheet: ${document}.sourceSheet, sourceRow: ${document}.sourceRow, note: ${note}}`;
}

/** An evidence map for a role held by `holder` at `organisation`. */
export function roleEvidence(role: string, holder: string, organisation: string, note: string): string {
  return `{kind: 'ROLE', key: ${role}.key, date: ${role}.validFrom,
    label: ${holder}.name + ' ' + coalesce($roleTitles[${role}.kind], ${role}.kind) + '（' + ${organisation}.name
      + coalesce('，' + ${role}.section, '') + '，' + coalesce(toString(${role}.validFrom), '…') + '—' + coalesce(toString(${role}.validTo), '') + '）',
    dataset: ${role}.dataset, sourceSheet: ${role}.sourceSheet, sourceRow: ${role}.sourceRow, note: ${note}}`;
}

/** An evidence map for a liaison from `source` (a leader or department) to `counterpart`. */
export function liaisonEvidence(source: string, liaison: string, counterpart: string, note: string): string {
  return `{kind: 'LIAISON', key: ${source}.name + ' → ' + ${counterpart}.name, date: ${liaison}.validFrom,
    label: ${source}.name + ' → ' + ${counterpart}.name + '（' + ${liaison}.kind + '，' + coalesce(toString(${liaison}.validFrom), '…') + '—' + coalesce(toString(${liaison}.validTo), '') + '）',
    dataset: ${liaison}.dataset, sourceSheet: ${liaison}.sourceSheet, sourceRow: ${liaison}.sourceRow,
    sourceDocument: ${liaison}.sourceDocument, sourceLine: ${liaison}.sourceLine, note: ${note}}`;
}

/** `list` joined with `separator` (Cypher 5 has no string join without APOC). */
export function joined(list: string, separator = '、'): string {
  return `reduce(text = '', part IN ${list} | text + CASE WHEN text = '' THEN '' ELSE '${separator}' END + part)`;
}
