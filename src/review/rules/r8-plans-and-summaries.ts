import { DEPARTMENT_ORDER, documentEvidence, joined, LIAISON_DEPARTMENTS, reachedFrom } from '../fragments.ts';
import type { CoverageRule } from './coverage-rule.ts';

/** R8, clause 三（三）: each liaison department reports its work plan and annual summary to the government office and the united-front department. */
export const R8: CoverageRule = {
  id: 'R8',
  clause: '三（三）',
  title: (offices) => `Each department reports its work plan and annual summary to ${offices.generalOffice} and ${offices.unitedFront}`,
  cypher: `${LIAISON_DEPARTMENTS}
WITH jurisdiction, department, COLLECT {
  ${reachedFrom(
    'department',
    '(department)-[:ISSUED]->(document)',
    'document',
    "document:Document AND document.kind IN ['WORK_PLAN', 'ANNUAL_SUMMARY'] AND coalesce(document.year, document.issuedAt.year) = $year",
  )}
  WITH document, [(document)-[:SENT_TO]->(recipient:Office) WHERE (recipient)-[:IN_JURISDICTION]->(jurisdiction) | recipient.name] AS sentTo
  WITH document, [office IN $reportOffices WHERE NOT office IN sentTo] AS notSentTo
  RETURN {kind: document.kind, complete: size(notSentTo) = 0, evidence: ${documentEvidence(
    'document',
    `CASE WHEN size(notSentTo) = 0 THEN 'sent to both' ELSE 'not sent to ' + ${joined('notSentTo')} END`,
    `CASE WHEN size(notSentTo) = 0 THEN '已报送两个部门' ELSE '未报送' + ${joined('notSentTo')} END`,
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
       CASE WHEN size(missing) = 0 THEN '均已报送两个部门'
            ELSE toString(toInteger($year)) + '年未向两个部门报送：' + ${joined('missing')} END AS detailZh,
       [report IN reports | report.evidence] AS evidence
ORDER BY ${DEPARTMENT_ORDER}`,
};
