import { DEPARTMENT_ORDER, inForceDuringYear, LIAISON_DEPARTMENTS, reachedFrom, roleEvidence } from '../fragments.ts';
import type { CoverageRule } from './coverage-rule.ts';

/** R6, clause 三（二）: departments engage party members as special supervisors. */
export const R6: CoverageRule = {
  id: 'R6',
  clause: '三（二）',
  title: 'Departments engage party members as special supervisors',
  cypher: `${LIAISON_DEPARTMENTS}
WITH department, COLLECT {
  ${reachedFrom(
    'department',
    '(department)<-[:AT]-(role)',
    'role',
    `role:Role AND role.kind = 'SPECIAL_SUPERVISOR' AND ${inForceDuringYear('role')}`,
  )}
  MATCH (holder)-[:HOLDS]->(role)
  RETURN ${roleEvidence(
    'role',
    'holder',
    'department',
    "coalesce('of ' + head([(role)-[:OF_PARTY]->(party) | party.name]), 'party not recorded')",
    "coalesce('所属：' + head([(role)-[:OF_PARTY]->(party) | party.name]), '未记录所属党派团体')",
  )} AS entry
  ORDER BY role.validFrom, role.key
} AS supervisors
RETURN department.name AS subject, [] AS missing, size(supervisors) = 0 AS shortfall,
       toString(size(supervisors)) + ' special supervisors engaged in ' + toString(toInteger($year)) AS detail,
       toString(toInteger($year)) + '年聘请特约人员' + toString(size(supervisors)) + '名' AS detailZh,
       supervisors AS evidence
ORDER BY ${DEPARTMENT_ORDER}`,
};
