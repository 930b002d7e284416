import { DEPARTMENT_ORDER, inForceOn, joined, LIAISON_DEPARTMENTS, reachedFrom, roleEvidence } from '../fragments.ts';
import type { CoverageRule } from './coverage-rule.ts';

/** R5, clause 三（一）: each department names a leader in charge, a responsible section and a liaison officer. */
export const R5: CoverageRule = {
  id: 'R5',
  clause: '三（一）',
  title: 'Each department names a leader in charge, a responsible section and a liaison officer',
  cypher: `${LIAISON_DEPARTMENTS}
WITH department, COLLECT {
  ${reachedFrom(
    'department',
    '(department)<-[:AT]-(role)',
    'role',
    `role:Role AND role.kind IN ['HEAD', 'LEADER_IN_CHARGE', 'LIAISON_OFFICER'] AND ${inForceOn('role', 'date($asOf)')}`,
  )}
  MATCH (holder)-[:HOLDS]->(role)
  RETURN {kind: role.kind, section: trim(coalesce(role.section, '')),
          evidence: ${roleEvidence('role', 'holder', 'department', "'in force on ' + $asOf", "$asOf + '在任'")}} AS entry
  ORDER BY role.kind, role.validFrom
} AS roles
WITH department, roles, [part IN [
       CASE WHEN none(role IN roles WHERE role.kind = 'LEADER_IN_CHARGE') THEN '分管领导' END,
       CASE WHEN none(role IN roles WHERE role.section <> '') THEN '责任科室' END,
       CASE WHEN none(role IN roles WHERE role.kind = 'LIAISON_OFFICER') THEN '联络人员' END
     ] WHERE part IS NOT NULL] AS missing
RETURN department.name AS subject, missing, size(missing) > 0 AS shortfall,
       CASE WHEN size(missing) = 0 THEN 'all named on ' + $asOf ELSE 'not named on ' + $asOf + ': ' + ${joined('missing')} END AS detail,
       CASE WHEN size(missing) = 0 THEN $asOf + '均已明确' ELSE $asOf + '未明确：' + ${joined('missing')} END AS detailZh,
       [role IN roles | role.evidence] AS evidence
ORDER BY ${DEPARTMENT_ORDER}`,
};
