import {
  DEPARTMENT_ORDER,
  counterpartOrder,
  LIAISON_DEPARTMENTS,
  activityEvidence,
  documentEvidence,
  formalCounterpartsOn,
  inForceDuringYear,
  inForceOn,
  inJurisdiction,
  inYear,
  issuedInYear,
  liaisonEvidence,
  roleEvidence,
} from '../fragments.ts';
import type { RuleId } from '../model.ts';

/**
 * The coverage rules R1–R10 of the annual review (DESIGN.md, issue 5), each one Cypher query.
 *
 * Every query takes the parameters of `scopeParameters` and returns ONE ROW PER SUBJECT CHECKED with
 * the columns `subject`, `missing` (list of strings), `shortfall` (true: a gap), `detail` and
 * `evidence` (a list of maps with the keys of `Evidence`). `checked` is the number of rows, the gaps
 * the rows whose `shortfall` is true. Departments are J's *liaison departments* (a FORMAL liaison in
 * force at any time in the year); counterparts are J's parties and FIC; "formal counterparts" of a
 * department are those its FORMAL liaisons point to on the day in question.
 */
export interface CoverageRule {
  id: RuleId;
  clause: string;
  title: string;
  cypher: string;
}

/** `list` joined with `separator` (Cypher 5 has no string join without APOC). */
function joined(list: string, separator = '、'): string {
  return `reduce(text = '', part IN ${list} | text + CASE WHEN text = '' THEN '' ELSE '${separator}' END + part)`;
}

const R1: CoverageRule = {
  id: 'R1',
  clause: '二（一）',
  title: 'The city holds 1–2 symposia a year with the parties, chaired by the mayor or executive vice mayor',
  cypher: `
MATCH (jurisdiction:Jurisdiction {name: $jurisdiction})
WITH jurisdiction, COLLECT {
  MATCH (symposium:Activity {kind: 'SYMPOSIUM'})
  WHERE ${inYear('symposium.date')} AND ${inJurisdiction('symposium')}
  WITH symposium,
       [(organiser)-[:ORGANISED]->(symposium) WHERE (organiser)-[:IN_JURISDICTION]->(jurisdiction) | organiser.name] AS organisers,
       COUNT { (:Counterpart)-[:PARTICIPATED_IN]->(symposium) } AS counterparts,
       [(chair:Leader)-[:CHAIRED]->(symposium) | {name: chair.name, title: head(
          [(chair)-[:HOLDS]->(title:Role) WHERE title.kind IN ['MAYOR', 'EXECUTIVE_VICE_MAYOR', 'VICE_MAYOR']
             AND ${inForceOn('title', 'symposium.date')} | title.kind])}] AS chairs
  WITH symposium, chairs, [reason IN [
         CASE WHEN none(name IN organisers WHERE name IN $governmentOffices) THEN 'not organised by 市政府 or 市政府办公室' END,
         CASE WHEN counterparts = 0 THEN 'no party or FIC took part' END,
         CASE WHEN none(chair IN chairs WHERE chair.title IN ['MAYOR', 'EXECUTIVE_VICE_MAYOR'])
              THEN 'not chaired by the mayor or executive vice mayor that day' END
       ] WHERE reason IS NOT NULL] AS reasons
  WITH symposium, size(reasons) = 0 AS counted, reasons,
       ${joined("[chair IN chairs | chair.name + '（' + coalesce($roleTitles[chair.title], 'no title recorded') + '）']")} AS chairedBy
  RETURN {counted: counted, evidence: ${activityEvidence(
    'symposium',
    `CASE WHEN counted THEN 'counted' ELSE 'not counted: ' + ${joined('reasons', '; ')} END
       + CASE WHEN chairedBy = '' THEN '; no chair recorded' ELSE '; chaired by ' + chairedBy END`,
  )}} AS entry
  ORDER BY symposium.date, symposium.key
} AS symposia
WITH jurisdiction, symposia, size([symposium IN symposia WHERE symposium.counted]) AS held
RETURN jurisdiction.name AS subject, [] AS missing, NOT (held >= 1 AND held <= 2) AS shortfall,
       toString(held) + ' qualifying symposia in ' + toString(toInteger($year)) + ' (1–2 required)' AS detail,
       [symposium IN symposia | symposium.evidence] AS evidence`,
};

const R2: CoverageRule = {
  id: 'R2',
  clause: '二（三）',
  title: 'Policy documents of 市政府 and 市政府办公室 go to every party and the FIC',
  cypher: `
MATCH (jurisdiction:Jurisdiction {name: $jurisdiction})<-[:IN_JURISDICTION]-(office:Office)-[:ISSUED]->(document:Document {kind: 'POLICY'})
WHERE office.name IN $governmentOffices AND ${issuedInYear('document')}
WITH DISTINCT jurisdiction, document
WITH document, COLLECT {
  MATCH (jurisdiction)<-[:IN_JURISDICTION]-(counterpart:Counterpart)
  RETURN counterpart ORDER BY ${counterpartOrder()}
} AS counterparts, [(document)-[:SENT_TO]->(recipient) | recipient.name] AS recipients
WITH document, counterparts, recipients,
     [counterpart IN counterparts WHERE NOT (document)-[:SENT_TO]->(counterpart) | counterpart.name] AS missing
RETURN document.number AS subject, missing, size(missing) > 0 AS shortfall,
       'reached ' + toString(size(counterparts) - size(missing)) + ' of ' + toString(size(counterparts)) + ' counterparts' AS detail,
       [${documentEvidence('document', `'sent to ' + CASE WHEN size(recipients) = 0 THEN 'nobody' ELSE ${joined('recipients')} END`)}] AS evidence
ORDER BY document.issuedAt, document.number`,
};

const R3: CoverageRule = {
  id: 'R3',
  clause: '二（三）',
  title: "Each department's regulatory documents, briefs and periodicals go to its formal counterparts",
  cypher: `${LIAISON_DEPARTMENTS}
MATCH (department)-[:ISSUED]->(document:Document)
WHERE document.kind IN ['REGULATORY', 'BRIEF', 'PERIODICAL'] AND ${issuedInYear('document')}
WITH department, document, coalesce(document.issuedAt, date($asOf)) AS issued
WITH department, document, [(document)-[:SENT_TO]->(recipient) | recipient] AS recipients, COLLECT {
  MATCH (department)-[liaison:LIAISES_WITH {kind: 'FORMAL'}]->(counterpart:Counterpart)
  WHERE ${inForceOn('liaison', 'issued')}
  RETURN {liaison: liaison, counterpart: counterpart} AS formal
  ORDER BY ${counterpartOrder()}
} AS formal
WITH department, document, recipients, formal,
     [item IN formal WHERE NOT item.counterpart IN recipients | item.counterpart.name] AS missing
RETURN document.number AS subject, missing, size(missing) > 0 AS shortfall,
       department.name + ' sent it to ' + toString(size(formal) - size(missing)) + ' of its ' + toString(size(formal)) + ' formal counterparts' AS detail,
       [${documentEvidence('document', `'sent to ' + CASE WHEN size(recipients) = 0 THEN 'nobody' ELSE ${joined('[recipient IN recipients | recipient.name]')} END`)}]
       + [item IN formal | ${liaisonEvidence('department', 'item.liaison', 'item.counterpart', "CASE WHEN item.counterpart.name IN missing THEN 'not sent' ELSE 'sent' END")}] AS evidence
ORDER BY ${DEPARTMENT_ORDER}, document.issuedAt, document.number`,
};

const R4: CoverageRule = {
  id: 'R4',
  clause: '三（一）',
  title: "Each department's head takes part in liaison activity at least once a year",
  cypher: `${LIAISON_DEPARTMENTS}
WITH department, COLLECT {
  MATCH (holder)-[:HOLDS]->(role:Role {kind: 'HEAD'})-[:AT]->(department)
  WHERE ${inForceDuringYear('role')}
  RETURN ${roleEvidence('role', 'holder', 'department', "'head during the year'")} AS entry
  ORDER BY role.validFrom
} AS heads, COLLECT {
  MATCH (holder)-[:HOLDS]->(role:Role {kind: 'HEAD'})-[:AT]->(department), (holder)-[:PARTICIPATED_IN]->(activity:Activity)
  WHERE ${inYear('activity.date')}
  WITH activity, holder, any(held IN collect(role) WHERE ${inForceOn('held', 'activity.date')}) AS headThatDay
  WITH activity, holder, headThatDay,
       [counterpart IN ${formalCounterpartsOn('department', 'activity.date')} WHERE (counterpart)-[:PARTICIPATED_IN]->(activity) | counterpart.name] AS present
  WITH activity, headThatDay AND size(present) > 0 AS counted, ${activityEvidence(
    'activity',
    `holder.name + CASE WHEN NOT headThatDay THEN ' took part but was not the head that day'
       WHEN size(present) = 0 THEN ' took part; none of the formal counterparts that day did'
       ELSE ' took part with ' + ${joined('present')} END`,
  )} AS evidence
  RETURN {counted: counted, evidence: evidence} AS entry
  ORDER BY activity.date, activity.key
} AS activities
WITH department, heads, activities, any(activity IN activities WHERE activity.counted) AS attended
RETURN department.name AS subject, [] AS missing, NOT attended AS shortfall,
       CASE WHEN size(heads) = 0 THEN 'no head recorded for ' + toString(toInteger($year))
            WHEN attended THEN 'the head took part in ' + toString(size([activity IN activities WHERE activity.counted])) + ' activities with formal counterparts'
            ELSE 'no head took part in an activity with a formal counterpart in ' + toString(toInteger($year)) END AS detail,
       heads + [activity IN activities | activity.evidence] AS evidence
ORDER BY ${DEPARTMENT_ORDER}`,
};

const R5: CoverageRule = {
  id: 'R5',
  clause: '三（一）',
  title: 'Each department names a leader in charge, a responsible section and a liaison officer',
  cypher: `${LIAISON_DEPARTMENTS}
WITH department, COLLECT {
  MATCH (holder)-[:HOLDS]->(role:Role)-[:AT]->(department)
  WHERE role.kind IN ['HEAD', 'LEADER_IN_CHARGE', 'LIAISON_OFFICER'] AND ${inForceOn('role', 'date($asOf)')}
  RETURN {kind: role.kind, section: trim(coalesce(role.section, '')),
          evidence: ${roleEvidence('role', 'holder', 'department', "'in force on ' + $asOf")}} AS entry
  ORDER BY role.kind, role.validFrom
} AS roles
WITH department, roles, [part IN [
       CASE WHEN none(role IN roles WHERE role.kind = 'LEADER_IN_CHARGE') THEN '分管领导' END,
       CASE WHEN none(role IN roles WHERE role.section <> '') THEN '责任科室' END,
       CASE WHEN none(role IN roles WHERE role.kind = 'LIAISON_OFFICER') THEN '联络人员' END
     ] WHERE part IS NOT NULL] AS missing
RETURN department.name AS subject, missing, size(missing) > 0 AS shortfall,
       CASE WHEN size(missing) = 0 THEN 'all named on ' + $asOf ELSE 'not named on ' + $asOf + ': ' + ${joined('missing')} END AS detail,
       [role IN roles | role.evidence] AS evidence
ORDER BY ${DEPARTMENT_ORDER}`,
};

const R6: CoverageRule = {
  id: 'R6',
  clause: '三（二）',
  title: 'Departments engage party members as special supervisors',
  cypher: `${LIAISON_DEPARTMENTS}
WITH department, COLLECT {
  MATCH (holder)-[:HOLDS]->(role:Role {kind: 'SPECIAL_SUPERVISOR'})-[:AT]->(department)
  WHERE ${inForceDuringYear('role')}
  RETURN ${roleEvidence('role', 'holder', 'department', "coalesce('of ' + head([(role)-[:OF_PARTY]->(party) | party.name]), 'party not recorded')")} AS entry
  ORDER BY role.validFrom, role.key
} AS supervisors
RETURN department.name AS subject, [] AS missing, size(supervisors) = 0 AS shortfall,
       toString(size(supervisors)) + ' special supervisors engaged in ' + toString(toInteger($year)) AS detail,
       supervisors AS evidence
ORDER BY ${DEPARTMENT_ORDER}`,
};

const R7: CoverageRule = {
  id: 'R7',
  clause: '三（二）',
  title: 'A joint meeting on liaison work exists and meets',
  cypher: `
MATCH (jurisdiction:Jurisdiction {name: $jurisdiction})
WITH jurisdiction, COLLECT {
  MATCH (meeting:Activity {kind: 'JOINT_MEETING'})
  WHERE ${inYear('meeting.date')} AND ${inJurisdiction('meeting')}
  RETURN ${activityEvidence('meeting', "'counted'")} AS entry
  ORDER BY meeting.date, meeting.key
} AS meetings
RETURN jurisdiction.name AS subject, [] AS missing, size(meetings) = 0 AS shortfall,
       toString(size(meetings)) + ' joint meetings in ' + toString(toInteger($year)) AS detail, meetings AS evidence`,
};

const R8: CoverageRule = {
  id: 'R8',
  clause: '三（三）',
  title: 'Each department reports its work plan and annual summary to 市政府办公室 and 市委统战部',
  cypher: `${LIAISON_DEPARTMENTS}
WITH jurisdiction, department, COLLECT {
  MATCH (department)-[:ISSUED]->(document:Document)
  WHERE document.kind IN ['WORK_PLAN', 'ANNUAL_SUMMARY'] AND coalesce(document.year, document.issuedAt.year) = $year
  WITH document, [office IN $reportOffices
         WHERE NOT EXISTS { (document)-[:SENT_TO]->(:Office {name: office})-[:IN_JURISDICTION]->(jurisdiction) }] AS notSentTo
  RETURN {kind: document.kind, complete: size(notSentTo) = 0, evidence: ${documentEvidence(
    'document',
    `CASE WHEN size(notSentTo) = 0 THEN 'sent to both' ELSE 'not sent to ' + ${joined('notSentTo')} END`,
  )}} AS entry
  ORDER BY document.issuedAt, document.number
} AS reports
WITH department, reports, [part IN [
       CASE WHEN none(report IN reports WHERE report.kind = 'WORK_PLAN' AND report.complete) THEN '工作计划' END,
       CASE WHEN none(report IN reports WHERE report.kind = 'ANNUAL_SUMMARY' AND report.complete) THEN '年度工作总结' END
     ] WHERE part IS NOT NULL] AS missing
RETURN department.name AS subject, missing, size(missing) > 0 AS shortfall,
       CASE WHEN size(missing) = 0 THEN 'both reported to both offices'
            ELSE 'not reported to both offices for ' + toString(toInteger($year)) + ': ' + ${joined('missing')} END AS detail,
       [report IN reports | report.evidence] AS evidence
ORDER BY ${DEPARTMENT_ORDER}`,
};

const R9: CoverageRule = {
  id: 'R9',
  clause: '二',
  title: 'Every counterpart has a liaison leader and a liaison department',
  cypher: `
MATCH (jurisdiction:Jurisdiction {name: $jurisdiction})<-[:IN_JURISDICTION]-(counterpart:Counterpart)
WITH jurisdiction, counterpart, COLLECT {
  MATCH (source)-[liaison:LIAISES_WITH {kind: 'FORMAL'}]->(counterpart)
  WHERE (source:Leader OR source:Department) AND (source)-[:IN_JURISDICTION]->(jurisdiction)
    AND ${inForceOn('liaison', 'date($asOf)')}
  RETURN {fromLeader: source:Leader, evidence: ${liaisonEvidence('source', 'liaison', 'counterpart', "'in force on ' + $asOf")}} AS entry
  ORDER BY source:Department, coalesce(source.sourceLine, 1000000), source.name
} AS liaisons
WITH counterpart, liaisons, [part IN [
       CASE WHEN none(liaison IN liaisons WHERE liaison.fromLeader) THEN '领导' END,
       CASE WHEN none(liaison IN liaisons WHERE NOT liaison.fromLeader) THEN '部门' END
     ] WHERE part IS NOT NULL] AS missing
RETURN counterpart.name AS subject, missing, size(missing) > 0 AS shortfall,
       toString(size([liaison IN liaisons WHERE liaison.fromLeader])) + ' liaison leaders and '
         + toString(size([liaison IN liaisons WHERE NOT liaison.fromLeader])) + ' liaison departments on ' + $asOf AS detail,
       [liaison IN liaisons | liaison.evidence] AS evidence
ORDER BY ${counterpartOrder()}`,
};

const R10: CoverageRule = {
  id: 'R10',
  clause: '二（三）',
  title: 'Departments involve their counterparts in law-enforcement inspections, conduct reviews or consultations',
  cypher: `${LIAISON_DEPARTMENTS}
WITH department, COLLECT {
  MATCH (department)-[:ORGANISED]->(activity:Activity)
  WHERE activity.kind IN ['LAW_ENFORCEMENT_INSPECTION', 'CONDUCT_REVIEW', 'CONSULTATION'] AND ${inYear('activity.date')}
  WITH activity, [counterpart IN ${formalCounterpartsOn('department', 'activity.date')}
                  WHERE (counterpart)-[:PARTICIPATED_IN]->(activity) | counterpart.name] AS present
  RETURN {counted: size(present) > 0, evidence: ${activityEvidence(
    'activity',
    `CASE WHEN size(present) > 0 THEN 'counted: with ' + ${joined('present')}
          ELSE 'not counted: none of its formal counterparts that day took part' END`,
  )}} AS entry
  ORDER BY activity.date, activity.key
} AS activities
WITH department, activities, size([activity IN activities WHERE activity.counted]) AS held
RETURN department.name AS subject, [] AS missing, held = 0 AS shortfall,
       toString(held) + ' inspections, reviews or consultations with formal counterparts in ' + toString(toInteger($year)) AS detail,
       [activity IN activities | activity.evidence] AS evidence
ORDER BY ${DEPARTMENT_ORDER}`,
};

/** The rules in order. */
export const COVERAGE_RULES: readonly CoverageRule[] = [R1, R2, R3, R4, R5, R6, R7, R8, R9, R10];
