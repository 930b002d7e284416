import {
  counterpartOrder,
  DEPARTMENT_ORDER,
  documentEvidence,
  inForceOn,
  issuedInYear,
  joined,
  LIAISON_DEPARTMENTS,
  reachedFrom,
  liaisonEvidence,
} from '../fragments.ts';
import type { CoverageRule } from './coverage-rule.ts';

/** R3, clause 二（三）: each department sends its regulatory documents, important briefs and periodicals to its liaison counterparts. */
export const R3: CoverageRule = {
  id: 'R3',
  clause: '二（三）',
  title: "Each department's regulatory documents, briefs and periodicals go to its formal counterparts",
  cypher: `${LIAISON_DEPARTMENTS}
${reachedFrom(
  'department',
  '(department)-[:ISSUED]->(document)',
  'document',
  `document:Document AND document.kind IN ['REGULATORY', 'BRIEF', 'PERIODICAL'] AND ${issuedInYear('document')}`,
)}
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
       department.name + '送达其' + toString(size(formal)) + '个对口党派团体中的' + toString(size(formal) - size(missing)) + '个' AS detailZh,
       [${documentEvidence(
         'document',
         `'sent to ' + CASE WHEN size(recipients) = 0 THEN 'nobody' ELSE ${joined('[recipient IN recipients | recipient.name]')} END`,
         `CASE WHEN size(recipients) = 0 THEN '未抄送任何单位' ELSE '抄送' + ${joined('[recipient IN recipients | recipient.name]')} END`,
       )}]
       + [item IN formal | ${liaisonEvidence(
         'department',
         'item.liaison',
         'item.counterpart',
         "CASE WHEN item.counterpart.name IN missing THEN 'not sent' ELSE 'sent' END",
         "CASE WHEN item.counterpart.name IN missing THEN '未送达' ELSE '已送达' END",
       )}] AS evidence
ORDER BY ${DEPARTMENT_ORDER}, document.issuedAt, document.number`,
};
