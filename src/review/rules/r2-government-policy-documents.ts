import { counterpartOrder, documentEvidence, issuedInYear, joined, jurisdictionMembers, reachedFrom } from '../fragments.ts';
import type { CoverageRule } from './coverage-rule.ts';

/** R2, clause 二（三）: policy documents of the government and its office are copied to every party and the FIC. */
export const R2: CoverageRule = {
  id: 'R2',
  clause: '二（三）',
  title: (offices) => `Policy documents of ${offices.government} and ${offices.generalOffice} go to every party and the FIC`,
  cypher: `
MATCH (jurisdiction:Jurisdiction {name: $jurisdiction})
${jurisdictionMembers('office', 'Office', 'office.name IN $governmentOffices')}
${reachedFrom('office', '(office)-[:ISSUED]->(document)', 'document', `document:Document AND document.kind = 'POLICY' AND ${issuedInYear('document')}`)}
WITH DISTINCT jurisdiction, document
WITH document, COLLECT {
  ${jurisdictionMembers('counterpart', 'Counterpart')}
  RETURN counterpart ORDER BY ${counterpartOrder()}
} AS counterparts, [(document)-[:SENT_TO]->(recipient) | recipient.name] AS recipients
WITH document, counterparts, recipients,
     [counterpart IN counterparts WHERE NOT (document)-[:SENT_TO]->(counterpart) | counterpart.name] AS missing
RETURN document.number AS subject, missing, size(missing) > 0 AS shortfall,
       'reached ' + toString(size(counterparts) - size(missing)) + ' of ' + toString(size(counterparts)) + ' counterparts' AS detail,
       '送达' + toString(size(counterparts)) + '个党派团体中的' + toString(size(counterparts) - size(missing)) + '个' AS detailZh,
       [${documentEvidence(
         'document',
         `'sent to ' + CASE WHEN size(recipients) = 0 THEN 'nobody' ELSE ${joined('recipients')} END`,
         `CASE WHEN size(recipients) = 0 THEN '未抄送任何单位' ELSE '抄送' + ${joined('recipients')} END`,
       )}] AS evidence
ORDER BY document.issuedAt, document.number`,
};
