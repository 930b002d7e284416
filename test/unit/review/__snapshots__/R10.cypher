// R10, clause 二（三）: Departments involve their counterparts in law-enforcement inspections, conduct reviews or consultations
MATCH (jurisdiction:Jurisdiction {name: $jurisdiction})
CALL (jurisdiction) {
    MATCH (jurisdiction)<-[:IN_JURISDICTION]-(department)
    RETURN department
  }
  WITH * WHERE department:Department AND EXISTS {
    MATCH (department)-[liaison:LIAISES_WITH {kind: 'FORMAL'}]->(:Counterpart)
    WHERE (liaison.validFrom IS NULL OR liaison.validFrom <= date($yearEnd)) AND (liaison.validTo IS NULL OR liaison.validTo >= date($yearStart))
  }
WITH department, COLLECT {
  CALL (department) {
    MATCH (department)-[:ORGANISED]->(activity)
    RETURN activity
  }
  WITH * WHERE activity:Activity AND activity.kind IN ['LAW_ENFORCEMENT_INSPECTION', 'CONDUCT_REVIEW', 'CONSULTATION'] AND activity.date >= date($yearStart) AND activity.date <= date($yearEnd)
  WITH activity, [counterpart IN [(department)-[formal:LIAISES_WITH {kind: 'FORMAL'}]->(formalCounterpart:Counterpart) WHERE (formal.validFrom IS NULL OR formal.validFrom <= activity.date) AND (formal.validTo IS NULL OR formal.validTo >= activity.date) | formalCounterpart]
                  WHERE (counterpart)-[:PARTICIPATED_IN]->(activity) | counterpart.name] AS present
  RETURN {counted: size(present) > 0, evidence: {kind: 'ACTIVITY', key: activity.key, date: activity.date,
    label: toString(activity.date) + ' ' + coalesce($activityKinds[activity.kind], activity.kind) + '：' + activity.title,
    dataset: activity.dataset, sourceSheet: activity.sourceSheet, sourceRow: activity.sourceRow, note: CASE WHEN size(present) > 0 THEN 'counted: with ' + reduce(text = '', part IN present | text + CASE WHEN text = '' THEN '' ELSE '、' END + part)
          ELSE 'not counted: none of its formal counterparts that day took part' END, noteZh: CASE WHEN size(present) > 0 THEN '计入：' + reduce(text = '', part IN present | text + CASE WHEN text = '' THEN '' ELSE '、' END + part) + '参加'
          ELSE '不计入：当日其对口党派团体均未参加' END}} AS entry
  ORDER BY activity.date, activity.key
} AS activities
WITH department, activities, size([activity IN activities WHERE activity.counted]) AS held
RETURN department.name AS subject, [] AS missing, held = 0 AS shortfall,
       toString(held) + ' inspections, reviews or consultations with formal counterparts in ' + toString(toInteger($year)) AS detail,
       toString(toInteger($year)) + '年邀请对口党派团体参加执法检查、行风评议或征求意见' + toString(held) + '次' AS detailZh,
       [activity IN activities | activity.evidence] AS evidence
ORDER BY coalesce(department.sourceLine, 1000000), department.name
