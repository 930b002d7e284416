import { counterpartOrder, inForceOn, jurisdictionMembers, liaisonEvidence, reachedFrom } from '../fragments.ts';
import type { CoverageRule } from './coverage-rule.ts';

/** R9, clause 二: every counterpart has a liaison leader and a liaison department. */
export const R9: CoverageRule = {
  id: 'R9',
  clause: '二',
  title: 'Every counterpart has a liaison leader and a liaison department',
  cypher: `
MATCH (jurisdiction:Jurisdiction {name: $jurisdiction})
${jurisdictionMembers('counterpart', 'Counterpart')}
WITH jurisdiction, counterpart, COLLECT {
  ${reachedFrom(
    'counterpart',
    '(counterpart)<-[liaison:LIAISES_WITH]-(source)',
    'liaison, source',
    `liaison.kind = 'FORMAL' AND (source:Leader OR source:Department) AND (source)-[:IN_JURISDICTION]->(jurisdiction)
      AND ${inForceOn('liaison', 'date($asOf)')}`,
  )}
  RETURN {fromLeader: source:Leader, evidence: ${liaisonEvidence('source', 'liaison', 'counterpart', "'in force on ' + $asOf", "$asOf + '有效'")}} AS entry
  ORDER BY source:Department, coalesce(source.sourceLine, 1000000), source.name
} AS liaisons
WITH counterpart, liaisons, [part IN [
       CASE WHEN none(liaison IN liaisons WHERE liaison.fromLeader) THEN '领导' END,
       CASE WHEN none(liaison IN liaisons WHERE NOT liaison.fromLeader) THEN '部门' END
     ] WHERE part IS NOT NULL] AS missing
RETURN counterpart.name AS subject, missing, size(missing) > 0 AS shortfall,
       toString(size([liaison IN liaisons WHERE liaison.fromLeader])) + ' liaison leaders and '
         + toString(size([liaison IN liaisons WHERE NOT liaison.fromLeader])) + ' liaison departments on ' + $asOf AS detail,
       $asOf + '有联系领导' + toString(size([liaison IN liaisons WHERE liaison.fromLeader])) + '名、联系部门'
         + toString(size([liaison IN liaisons WHERE NOT liaison.fromLeader])) + '个' AS detailZh,
       [liaison IN liaisons | liaison.evidence] AS evidence
ORDER BY ${counterpartOrder()}`,
};
