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
 * The nodes reached from the bound `from` along `pattern`, bound as `variables` (the pattern's
 * variables, comma-separated), kept when `where` holds. The pattern is one relationship from `from`
 * to a bare node (no label, no property): given more, the planner may start from the middle (every
 * relationship of a type) and join back. Neo4j's planner, shown a label and an indexed property on
 * the far node, may start from that index instead, reading the matching nodes of every jurisdiction
 * and joining back: a cost that follows the whole graph. A CALL subquery is planned on its own,
 * without the filter that follows it, so from inside it the only way to the far node is from `from`.
 * The rows keep every variable in scope.
 */
export function reachedFrom(from: string, pattern: string, variables: string, where: string): string {
  return `CALL (${from}) {
    MATCH ${pattern}
    RETURN ${variables}
  }
  WITH * WHERE ${where}`;
}

/** The nodes of `label` recorded in the jurisdiction bound as `jurisdiction`, reached from it, kept when `where` holds. */
export function jurisdictionMembers(variable: string, label: string, where?: string): string {
  return reachedFrom(
    'jurisdiction',
    `(jurisdiction)<-[:IN_JURISDICTION]-(${variable})`,
    variable,
    `${variable}:${label}${where === undefined ? '' : ` AND ${where}`}`,
  );
}

/**
 * The activities of one kind of the jurisdiction bound as `jurisdiction` that also satisfy `where`,
 * reached from it (see `reachedFrom`): recorded in it, or organised by one of its bodies. Binds
 * `activity` and keeps `jurisdiction` in scope.
 */
export function jurisdictionActivities(activity: string, kind: string, where: string): string {
  return `CALL (jurisdiction) {
    MATCH (jurisdiction)<-[:IN_JURISDICTION]-(found)
    RETURN found
    UNION
    MATCH (jurisdiction)<-[:IN_JURISDICTION]-()-[:ORGANISED]->(found)
    RETURN found
  }
  WITH jurisdiction, found AS ${activity} WHERE ${activity}:Activity AND ${activity}.kind = '${kind}' AND ${where}`;
}

/** The year a document counts for: its issue date's year, else its `year`. */
export function issuedInYear(document: string): string {
  return `coalesce(${document}.issuedAt.year, ${document}.year) = $year`;
}

/** The liaison departments of J for the year: departments with a FORMAL liaison in force at any time in it. */
export const LIAISON_DEPARTMENTS = `
MATCH (jurisdiction:Jurisdiction {name: $jurisdiction})
${jurisdictionMembers(
  'department',
  'Department',
  `EXISTS {
    MATCH (department)-[liaison:LIAISES_WITH {kind: 'FORMAL'}]->(:Counterpart)
    WHERE ${inForceDuringYear('liaison')}
  }`,
)}`;

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

/** An evidence map for an activity (see `Evidence`): how the rule judged it in English (`note`) and in Chinese (`noteZh`). */
export function activityEvidence(activity: string, note: string, noteZh: string): string {
  return `{kind: 'ACTIVITY', key: ${activity}.key, date: ${activity}.date,
    label: toString(${activity}.date) + ' ' + coalesce($activityKinds[${activity}.kind], ${activity}.kind) + '：' + ${activity}.title,
    dataset: ${activity}.dataset, sourceSheet: ${activity}.sourceSheet, sourceRow: ${activity}.sourceRow, note: ${note}, noteZh: ${noteZh}}`;
}

/** An evidence map for a document. */
export function documentEvidence(document: string, note: string, noteZh: string): string {
  return `{kind: 'DOCUMENT', key: ${document}.number, date: ${document}.issuedAt,
    label: ${document}.number + coalesce(' ' + ${document}.title, ''),
    dataset: ${document}.dataset, sourceSheet: ${document}.sourceSheet, sourceRow: ${document}.sourceRow, note: ${note}, noteZh: ${noteZh}}`;
}

/** An evidence map for a role held by `holder` at `organisation`. */
export function roleEvidence(role: string, holder: string, organisation: string, note: string, noteZh: string): string {
  return `{kind: 'ROLE', key: ${role}.key, date: ${role}.validFrom,
    label: ${holder}.name + ' ' + coalesce($roleTitles[${role}.kind], ${role}.kind) + '（' + ${organisation}.name
      + coalesce('，' + ${role}.section, '') + '，' + coalesce(toString(${role}.validFrom), '…') + '—' + coalesce(toString(${role}.validTo), '') + '）',
    dataset: ${role}.dataset, sourceSheet: ${role}.sourceSheet, sourceRow: ${role}.sourceRow, note: ${note}, noteZh: ${noteZh}}`;
}

/** An evidence map for a liaison from `source` (a leader or department) to `counterpart`. */
export function liaisonEvidence(source: string, liaison: string, counterpart: string, note: string, noteZh: string): string {
  return `{kind: 'LIAISON', key: ${source}.name + ' → ' + ${counterpart}.name, date: ${liaison}.validFrom,
    label: ${source}.name + ' → ' + ${counterpart}.name + '（' + ${liaison}.kind + '，' + coalesce(toString(${liaison}.validFrom), '…') + '—' + coalesce(toString(${liaison}.validTo), '') + '）',
    dataset: ${liaison}.dataset, sourceSheet: ${liaison}.sourceSheet, sourceRow: ${liaison}.sourceRow,
    sourceDocument: ${liaison}.sourceDocument, sourceLine: ${liaison}.sourceLine, note: ${note}, noteZh: ${noteZh}}`;
}

/** `list` joined with `separator` (Cypher 5 has no string join without APOC). */
export function joined(list: string, separator = '、'): string {
  return `reduce(text = '', part IN ${list} | text + CASE WHEN text = '' THEN '' ELSE '${separator}' END + part)`;
}
