// R8, clause 三（三）: Each department reports its work plan and annual summary to 市政府办公室 and 市委统战部
MATCH (jurisdiction:Jurisdiction {name: $jurisdiction})
CALL (jurisdiction) {
    MATCH (jurisdiction)<-[:IN_JURISDICTION]-(department)
    RETURN department
  }
  WITH * WHERE department:Department AND EXISTS {
    MATCH (department)-[liaison:LIAISES_WITH {kind: 'FORMAL'}]->(:Counterpart)
    WHERE (liaison.validFrom IS NULL OR liaison.validFrom <= date($yearEnd)) AND (liaison.validTo IS NULL OR liaison.validTo >= date($yearStart))
  }
WITH jurisdiction, department, COLLECT {
  CALL (department) {
    MATCH (department)-[:ISSUED]->(document)
    RETURN document
  }
  WITH * WHERE document:Document AND document.kind IN ['WORK_PLAN', 'ANNUAL_SUMMARY'] AND coalesce(document.year, document.issuedAt.year) = $year
  WITH document, [(document)-[:SENT_TO]->(recipient:Office) WHERE (recipient)-[:IN_JURISDICTION]->(jurisdiction) | recipient.name] AS sentTo
  WITH document, [office IN $reportOffices WHERE NOT office IN sentTo] AS notSentTo
  RETURN {kind: document.kind, complete: size(notSentTo) = 0, evidence: {kind: 'DOCUMENT', key: document.number, date: document.issuedAt,
    label: document.number + coalesce(' ' + document.title, ''),
    dataset: document.dataset, sourceSheet: document.sourceSheet, sourceRow: document.sourceRow, note: CASE WHEN size(notSentTo) = 0 THEN 'sent to both' ELSE 'not sent to ' + reduce(text = '', part IN notSentTo | text + CASE WHEN text = '' THEN '' ELSE '、' END + part) END, noteZh: CASE WHEN size(notSentTo) = 0 THEN '已报送两个部门' ELSE '未报送' + reduce(text = '', part IN notSentTo | text + CASE WHEN text = '' THEN '' ELSE '、' END + part) END}} AS entry
  ORDER BY document.issuedAt, document.number
} AS reports
WITH department, reports, [part IN [
       CASE WHEN none(report IN reports WHERE report.kind = 'WORK_PLAN' AND report.complete) THEN '工作计划' END,
       CASE WHEN none(report IN reports WHERE report.kind = 'ANNUAL_SUMMARY' AND report.complete) THEN '年度工作总结' END
     ] WHERE part IS NOT NULL] AS missing
RETURN department.name AS subject, missing, size(missing) > 0 AS shortfall,
       CASE WHEN size(missing) = 0 THEN 'both reported to both offices'
            ELSE 'not reported to both offices for ' + toString(toInteger($year)) + ': ' + reduce(text = '', part IN missing | text + CASE WHEN text = '' THEN '' ELSE '、' END + part) END AS detail,
       CASE WHEN size(missing) = 0 THEN '均已报送两个部门'
            ELSE toString(toInteger($year)) + '年未向两个部门报送：' + reduce(text = '', part IN missing | text + CASE WHEN text = '' THEN '' ELSE '、' END + part) END AS detailZh,
       [report IN reports | report.evidence] AS evidence
ORDER BY coalesce(department.sourceLine, 1000000), department.name
