import {
  activityEvidence,
  DEPARTMENT_ORDER,
  formalCounterpartsOn,
  inYear,
  joined,
  LIAISON_DEPARTMENTS,
  reachedFrom,
} from '../fragments.ts';
import type { CoverageRule } from './coverage-rule.ts';

/** R10, clause 二（三）: departments consult their counterparts on law-based administration and conduct, and invite them to inspections and reviews. */
export const R10: CoverageRule = {
  id: 'R10',
  clause: '二（三）',
  title: 'Departments involve their counterparts in law-enforcement inspections, conduct reviews or consultations',
  cypher: `${LIAISON_DEPARTMENTS}
WITH department, COLLECT {
  ${reachedFrom(
    'department',
    '(department)-[:ORGANISED]->(activity)',
    'activity',
    `activity:Activity AND activity.kind IN ['LAW_ENFORCEMENT_INSPECTION', 'CONDUCT_REVIEW', 'CONSULTATION'] AND ${inYear('activity.date')}`,
  )}
  WITH activity, [counterpart IN ${formalCounterpartsOn('department', 'activity.date')}
                  WHERE (counterpart)-[:PARTICIPATED_IN]->(activity) | counterpart.name] AS present
  RETURN {counted: size(present) > 0, evidence: ${activityEvidence(
    'activity',
    `CASE WHEN size(present) > 0 THEN 'counted: with ' + ${joined('present')}
          ELSE 'not counted: none of its formal counterparts that day took part' END`,
    `CASE WHEN size(present) > 0 THEN '计入：' + ${joined('present')} + '参加'
          ELSE '不计入：当日其对口党派团体均未参加' END`,
  )}} AS entry
  ORDER BY activity.date, activity.key
} AS activities
WITH department, activities, size([activity IN activities WHERE activity.counted]) AS held
RETURN department.name AS subject, [] AS missing, held = 0 AS shortfall,
       toString(held) + ' inspections, reviews or consultations with formal counterparts in ' + toString(toInteger($year)) AS detail,
       toString(toInteger($year)) + '年邀请对口党派团体参加执法检查、行风评议或征求意见' + toString(held) + '次' AS detailZh,
       [activity IN activities | activity.evidence] AS evidence
ORDER BY ${DEPARTMENT_ORDER}`,
};
