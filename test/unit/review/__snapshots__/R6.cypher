// R6, clause 三（二）: Departments engage party members as special supervisors
MATCH (jurisdiction:Jurisdiction {name: $jurisdiction})<-[:IN_JURISDICTION]-(department:Department)
WHERE EXISTS {
  MATCH (department)-[liaison:LIAISES_WITH {kind: 'FORMAL'}]->(:Counterpart)
  WHERE (liaison.validFrom IS NULL OR liaison.validFrom <= date($yearEnd)) AND (liaison.validTo IS NULL OR liaison.validTo >= date($yearStart))
}
WITH department, COLLECT {
  MATCH (holder)-[:HOLDS]->(role:Role {kind: 'SPECIAL_SUPERVISOR'})-[:AT]->(department)
  WHERE (role.validFrom IS NULL OR role.validFrom <= date($yearEnd)) AND (role.validTo IS NULL OR role.validTo >= date($yearStart))
  RETURN {kind: 'ROLE', key: role.key, date: role.validFrom,
    label: holder.name + ' ' + coalesce($roleTitles[role.kind], role.kind) + '（' + department.name
      + coalesce('，' + role.section, '') + '，' + coalesce(toString(role.validFrom), '…') + '—' + coalesce(toString(role.validTo), '') + '）',
    dataset: role.dataset, sourceSheet: role.sourceSheet, sourceRow: role.sourceRow, note: coalesce('of ' + head([(role)-[:OF_PARTY]->(party) | party.name]), 'party not recorded')} AS entry
  ORDER BY role.validFrom, role.key
} AS supervisors
RETURN department.name AS subject, [] AS missing, size(supervisors) = 0 AS shortfall,
       toString(size(supervisors)) + ' special supervisors engaged in ' + toString(toInteger($year)) AS detail,
       supervisors AS evidence
ORDER BY coalesce(department.sourceLine, 1000000), department.name
