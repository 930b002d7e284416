import {
  activityEvidence,
  DEPARTMENT_ORDER,
  formalCounterpartsOn,
  inForceDuringYear,
  inForceOn,
  inYear,
  joined,
  LIAISON_DEPARTMENTS,
  reachedFrom,
  roleEvidence,
} from '../fragments.ts';
import type { CoverageRule } from './coverage-rule.ts';

/** R4, clause 三（一）: the head of each department takes part in liaison activity at least once a year. */
export const R4: CoverageRule = {
  id: 'R4',
  clause: '三（一）',
  title: "Each department's head takes part in liaison activity at least once a year",
  cypher: `${LIAISON_DEPARTMENTS}
WITH department, COLLECT {
  ${reachedFrom('department', '(department)<-[:AT]-(role)', 'role', `role:Role AND role.kind = 'HEAD' AND ${inForceDuringYear('role')}`)}
  MATCH (holder)-[:HOLDS]->(role)
  RETURN ${roleEvidence('role', 'holder', 'department', "'head during the year'", "'年内任主要负责人'")} AS entry
  ORDER BY role.validFrom
} AS heads, COLLECT {
  ${reachedFrom('department', '(department)<-[:AT]-(role)', 'role', "role:Role AND role.kind = 'HEAD'")}
  MATCH (holder)-[:HOLDS]->(role)
  ${reachedFrom('holder', '(holder)-[:PARTICIPATED_IN]->(activity)', 'activity', `activity:Activity AND ${inYear('activity.date')}`)}
  WITH activity, holder, any(held IN collect(role) WHERE ${inForceOn('held', 'activity.date')}) AS headThatDay
  WITH activity, holder, headThatDay,
       [counterpart IN ${formalCounterpartsOn('department', 'activity.date')} WHERE (counterpart)-[:PARTICIPATED_IN]->(activity) | counterpart.name] AS present
  WITH activity, headThatDay AND size(present) > 0 AS counted, ${activityEvidence(
    'activity',
    `holder.name + CASE WHEN NOT headThatDay THEN ' took part but was not the head that day'
       WHEN size(present) = 0 THEN ' took part; none of the formal counterparts that day did'
       ELSE ' took part with ' + ${joined('present')} END`,
    `holder.name + CASE WHEN NOT headThatDay THEN '参加，但当日不是主要负责人'
       WHEN size(present) = 0 THEN '参加；当日的对口党派团体均未参加'
       ELSE '与' + ${joined('present')} + '一同参加' END`,
  )} AS evidence
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
ORDER BY ${DEPARTMENT_ORDER}`,
};
