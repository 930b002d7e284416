/**
 * The same questions as R1–R10, written the way an analyst types them into the Neo4j browser: plain
 * MATCH / OPTIONAL MATCH and aggregation, gap subjects and `missing` only, no evidence and no
 * details. The benchmark runs them beside the review's queries, and checks that both find the same
 * gaps (an independent formulation of every rule). The offices are told by what their names end
 * with (…政府, …政府办公室, …委统战部), not by the names of one level, so a county is checked too.
 */
const valid = (variable: string, day: string) =>
  `coalesce(${variable}.validFrom, ${day}) <= ${day} AND coalesce(${variable}.validTo, ${day}) >= ${day}`;

const liaisonDepartments = `
MATCH (jurisdiction:Jurisdiction {name: $jurisdiction})<-[:IN_JURISDICTION]-(department:Department)-[liaison:LIAISES_WITH {kind: 'FORMAL'}]->(:Counterpart)
WHERE coalesce(liaison.validFrom, date($yearEnd)) <= date($yearEnd) AND coalesce(liaison.validTo, date($yearStart)) >= date($yearStart)
WITH DISTINCT jurisdiction, department`;

export const HAND_WRITTEN_RULES: Record<string, string> = {
  R1: `
MATCH (jurisdiction:Jurisdiction {name: $jurisdiction})
OPTIONAL MATCH (jurisdiction)<-[:IN_JURISDICTION]-(office:Office)-[:ORGANISED]->(symposium:Activity {kind: 'SYMPOSIUM'})<-[:CHAIRED]-(:Leader)-[:HOLDS]->(title:Role)
WHERE (office.name ENDS WITH '政府' OR office.name ENDS WITH '政府办公室') AND symposium.date.year = $year AND title.kind IN ['MAYOR', 'EXECUTIVE_VICE_MAYOR']
  AND ${valid('title', 'symposium.date')} AND EXISTS { (:Counterpart)-[:PARTICIPATED_IN]->(symposium) }
WITH jurisdiction, count(DISTINCT symposium) AS held
WHERE held < 1 OR held > 2
RETURN jurisdiction.name AS subject, [] AS missing`,
  R2: `
MATCH (jurisdiction:Jurisdiction {name: $jurisdiction})<-[:IN_JURISDICTION]-(office:Office)-[:ISSUED]->(document:Document {kind: 'POLICY'})
WHERE (office.name ENDS WITH '政府' OR office.name ENDS WITH '政府办公室') AND coalesce(document.issuedAt.year, document.year) = $year
MATCH (jurisdiction)<-[:IN_JURISDICTION]-(counterpart:Counterpart)
WHERE NOT (document)-[:SENT_TO]->(counterpart)
RETURN document.number AS subject, collect(DISTINCT counterpart.name) AS missing`,
  R3: `
MATCH (jurisdiction:Jurisdiction {name: $jurisdiction})<-[:IN_JURISDICTION]-(department:Department)-[:ISSUED]->(document:Document)
WHERE document.kind IN ['REGULATORY', 'BRIEF', 'PERIODICAL'] AND coalesce(document.issuedAt.year, document.year) = $year
WITH department, document, coalesce(document.issuedAt, date($asOf)) AS day
MATCH (department)-[liaison:LIAISES_WITH {kind: 'FORMAL'}]->(counterpart:Counterpart)
WHERE ${valid('liaison', 'day')} AND NOT (document)-[:SENT_TO]->(counterpart)
RETURN document.number AS subject, collect(DISTINCT counterpart.name) AS missing`,
  R4: `${liaisonDepartments}
OPTIONAL MATCH (department)<-[:AT]-(role:Role {kind: 'HEAD'})<-[:HOLDS]-()-[:PARTICIPATED_IN]->(activity:Activity)<-[:PARTICIPATED_IN]-(:Counterpart)<-[liaison:LIAISES_WITH {kind: 'FORMAL'}]-(department)
WHERE activity.date.year = $year AND ${valid('role', 'activity.date')} AND ${valid('liaison', 'activity.date')}
WITH department, count(activity) AS attended
WHERE attended = 0
RETURN department.name AS subject, [] AS missing`,
  R5: `${liaisonDepartments}
OPTIONAL MATCH (department)<-[:AT]-(role:Role)
WHERE role.kind IN ['HEAD', 'LEADER_IN_CHARGE', 'LIAISON_OFFICER'] AND ${valid('role', 'date($asOf)')}
WITH department, collect(role.kind) AS kinds, collect(CASE WHEN trim(coalesce(role.section, '')) <> '' THEN role.section END) AS sections
WITH department, CASE WHEN 'LEADER_IN_CHARGE' IN kinds THEN [] ELSE ['分管领导'] END
        + CASE WHEN size(sections) > 0 THEN [] ELSE ['责任科室'] END
        + CASE WHEN 'LIAISON_OFFICER' IN kinds THEN [] ELSE ['联络人员'] END AS missing
WHERE size(missing) > 0
RETURN department.name AS subject, missing`,
  R6: `${liaisonDepartments}
OPTIONAL MATCH (department)<-[:AT]-(role:Role {kind: 'SPECIAL_SUPERVISOR'})
WHERE coalesce(role.validFrom, date($yearEnd)) <= date($yearEnd) AND coalesce(role.validTo, date($yearStart)) >= date($yearStart)
WITH department, count(role) AS supervisors
WHERE supervisors = 0
RETURN department.name AS subject, [] AS missing`,
  R7: `
MATCH (jurisdiction:Jurisdiction {name: $jurisdiction})
OPTIONAL MATCH (activity:Activity {kind: 'JOINT_MEETING'})
WHERE activity.date.year = $year AND ((activity)-[:IN_JURISDICTION]->(jurisdiction) OR (activity)<-[:ORGANISED]-()-[:IN_JURISDICTION]->(jurisdiction))
WITH jurisdiction, count(activity) AS meetings
WHERE meetings = 0
RETURN jurisdiction.name AS subject, [] AS missing`,
  R8: `${liaisonDepartments}
OPTIONAL MATCH (department)-[:ISSUED]->(document:Document)
WHERE document.kind IN ['WORK_PLAN', 'ANNUAL_SUMMARY'] AND coalesce(document.year, document.issuedAt.year) = $year
  AND EXISTS { (document)-[:SENT_TO]->(office:Office)-[:IN_JURISDICTION]->(jurisdiction) WHERE office.name ENDS WITH '政府办公室' }
  AND EXISTS { (document)-[:SENT_TO]->(office:Office)-[:IN_JURISDICTION]->(jurisdiction) WHERE office.name ENDS WITH '委统战部' }
WITH department, collect(document.kind) AS kinds
WITH department, CASE WHEN 'WORK_PLAN' IN kinds THEN [] ELSE ['工作计划'] END
        + CASE WHEN 'ANNUAL_SUMMARY' IN kinds THEN [] ELSE ['年度工作总结'] END AS missing
WHERE size(missing) > 0
RETURN department.name AS subject, missing`,
  R9: `
MATCH (jurisdiction:Jurisdiction {name: $jurisdiction})<-[:IN_JURISDICTION]-(counterpart:Counterpart)
OPTIONAL MATCH (jurisdiction)<-[:IN_JURISDICTION]-(source)-[liaison:LIAISES_WITH {kind: 'FORMAL'}]->(counterpart)
WHERE ${valid('liaison', 'date($asOf)')}
WITH counterpart, collect(CASE WHEN source:Leader THEN 'Leader' WHEN source:Department THEN 'Department' END) AS sources
WITH counterpart, CASE WHEN 'Leader' IN sources THEN [] ELSE ['领导'] END + CASE WHEN 'Department' IN sources THEN [] ELSE ['部门'] END AS missing
WHERE size(missing) > 0
RETURN counterpart.name AS subject, missing`,
  R10: `${liaisonDepartments}
OPTIONAL MATCH (department)-[:ORGANISED]->(activity:Activity)<-[:PARTICIPATED_IN]-(:Counterpart)<-[liaison:LIAISES_WITH {kind: 'FORMAL'}]-(department)
WHERE activity.kind IN ['LAW_ENFORCEMENT_INSPECTION', 'CONDUCT_REVIEW', 'CONSULTATION'] AND activity.date.year = $year AND ${valid('liaison', 'activity.date')}
WITH department, count(activity) AS held
WHERE held = 0
RETURN department.name AS subject, [] AS missing`,
};
