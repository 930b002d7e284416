import { activityEvidence, jurisdictionActivities, inYear } from '../fragments.ts';
import type { CoverageRule } from './coverage-rule.ts';

/** R7, clause 三（二）: a joint-meeting mechanism for liaison work exists and meets. */
export const R7: CoverageRule = {
  id: 'R7',
  clause: '三（二）',
  title: 'A joint meeting on liaison work exists and meets',
  cypher: `
MATCH (jurisdiction:Jurisdiction {name: $jurisdiction})
WITH jurisdiction, COLLECT {
  ${jurisdictionActivities('meeting', 'JOINT_MEETING', inYear('meeting.date'))}
  RETURN ${activityEvidence('meeting', "'counted'", "'计入'")} AS entry
  ORDER BY meeting.date, meeting.key
} AS meetings
RETURN jurisdiction.name AS subject, [] AS missing, size(meetings) = 0 AS shortfall,
       toString(size(meetings)) + ' joint meetings in ' + toString(toInteger($year)) AS detail,
       toString(toInteger($year)) + '年召开联席会议' + toString(size(meetings)) + '次' AS detailZh, meetings AS evidence`,
};
