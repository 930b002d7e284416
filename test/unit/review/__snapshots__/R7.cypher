// R7, clause 三（二）: A joint meeting on liaison work exists and meets
MATCH (jurisdiction:Jurisdiction {name: $jurisdiction})
WITH jurisdiction, COLLECT {
  CALL (jurisdiction) {
    MATCH (jurisdiction)<-[:IN_JURISDICTION]-(found)
    RETURN found
    UNION
    MATCH (jurisdiction)<-[:IN_JURISDICTION]-()-[:ORGANISED]->(found)
    RETURN found
  }
  WITH jurisdiction, found AS meeting WHERE meeting:Activity AND meeting.kind = 'JOINT_MEETING' AND meeting.date >= date($yearStart) AND meeting.date <= date($yearEnd)
  RETURN {kind: 'ACTIVITY', key: meeting.key, date: meeting.date,
    label: toString(meeting.date) + ' ' + coalesce($activityKinds[meeting.kind], meeting.kind) + '：' + meeting.title,
    dataset: meeting.dataset, sourceSheet: meeting.sourceSheet, sourceRow: meeting.sourceRow, note: 'counted', noteZh: '计入'} AS entry
  ORDER BY meeting.date, meeting.key
} AS meetings
RETURN jurisdiction.name AS subject, [] AS missing, size(meetings) = 0 AS shortfall,
       toString(size(meetings)) + ' joint meetings in ' + toString(toInteger($year)) AS detail,
       toString(toInteger($year)) + '年召开联席会议' + toString(size(meetings)) + '次' AS detailZh, meetings AS evidence
