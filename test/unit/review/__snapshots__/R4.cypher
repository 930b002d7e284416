// R4, clause 三（一）: Each department's head takes part in liaison activity at least once a year
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
    MATCH (department)<-[:AT]-(role)
    RETURN role
  }
  WITH * WHERE role:Role AND role.kind = 'HEAD' AND (role.validFrom IS NULL OR role.validFrom <= date($yearEnd)) AND (role.validTo IS NULL OR role.validTo >= date($yearStart))
  MATCH (holder)-[:HOLDS]->(role)
  RETURN {kind: 'ROLE', key: role.key, date: role.validFrom,
    label: holder.name + ' ' + coalesce($roleTitles[role.kind], role.kind) + '（' + department.name
      + coalesce('，' + role.section, '') + '，' + coalesce(toString(role.validFrom), '…') + '—' + coalesce(toString(role.validTo), '') + '）',
    dataset: role.dataset, sourceSheet: role.sourceSheet, sourceRow: role.sourceRow, note: 'head during the year', noteZh: '年内任主要负责人'} AS entry
  ORDER BY role.validFrom
} AS heads, COLLECT {
  CALL (department) {
    MATCH (department)<-[:AT]-(role)
    RETURN role
  }
  WITH * WHERE role:Role AND role.kind = 'HEAD'
  MATCH (holder)-[:HOLDS]->(role)
  CALL (holder) {
    MATCH (holder)-[:PARTICIPATED_IN]->(activity)
    RETURN activity
  }
  WITH * WHERE activity:Activity AND activity.date >= date($yearStart) AND activity.date <= date($yearEnd)
  WITH activity, holder, any(held IN collect(role) WHERE (held.validFrom IS NULL OR held.validFrom <= activity.date) AND (held.validTo IS NULL OR held.validTo >= activity.date)) AS headThatDay
  WITH activity, holder, headThatDay,
       [counterpart IN [(department)-[formal:LIAISES_WITH {kind: 'FORMAL'}]->(formalCounterpart:Counterpart) WHERE (formal.validFrom IS NULL OR formal.validFrom <= activity.date) AND (formal.validTo IS NULL OR formal.validTo >= activity.date) | formalCounterpart] WHERE (counterpart)-[:PARTICIPATED_IN]->(activity) | counterpart.name] AS present
  WITH activity, headThatDay AND size(present) > 0 AS counted, {kind: 'ACTIVITY', key: activity.key, date: activity.date,
    label: toString(activity.date) + ' ' + coalesce($activityKinds[activity.kind], activity.kind) + '：' + activity.title,
    dataset: activity.dataset, sourceSheet: activity.sourceSheet, sourceRow: activity.sourceRow, note: holder.name + CASE WHEN NOT headThatDay THEN ' took part but was not the head that day'
       WHEN size(present) = 0 THEN ' took part; none of the formal counterparts that day did'
       ELSE ' took part with ' + reduce(text = '', part IN present | text + CASE WHEN text = '' THEN '' ELSE '、' END + part) END, noteZh: holder.name + CASE WHEN NOT headThatDay THEN '参加，但当日不是主要负责人'
       WHEN size(present) = 0 THEN '参加；当日的对口党派团体均未参加'
       ELSE '与' + reduce(text = '', part IN present | text + CASE WHEN text = '' THEN '' ELSE '、' END + part) + '一同参加' END} AS evidence
  RETURN {counted: counted, evidence: evidence} AS entry
  ORDER BY activity.date, activity.key
} AS activities
WITH department, heads, activities, any(activity IN activities WHERE activity.counted) AS attended
RETURN department.name AS subject, [] AS missing, NOT attended AS shortfall,
       CASE WHEN size(heads) = 0 THEN 'no head recorded for ' + toString(toInteger($year))
            WHEN attended THEN 'the head took part in ' + toString(size([activity IN activities WHERE activity.counted])) + ' activities with formal counterparts'
            ELSE 'no head took part in an activity with a formal counterpart in ' + toString(toInteger($year)) END AS detail,
       CASE WHEN size(heads) = 0 THEN '未记录' + toString(toInteger($year)) + '年的主要负责人'
            WHEN attended THEN '主要负责人参加了' + toString(size([activity IN activities WHERE activity.counted])) + '次有对口党派团体参加的活动'
            ELSE toString(toInteger($year)) + '年主要负责人未参加有对口党派团体参加的活动' END AS detailZh,
       heads + [activity IN activities | activity.evidence] AS evidence
ORDER BY coalesce(department.sourceLine, 1000000), department.name
