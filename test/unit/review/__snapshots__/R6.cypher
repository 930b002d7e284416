// R6, clause 三（二）: Departments engage party members as special supervisors
MATCH (jurisdiction:Jurisdiction {name: $jurisdiction})
CALL (jurisdiction) {
    MATCH (jurisdiction)<-[:IN_JURISDICTION]-(department)
    RETURN department
  }
  WITH * WHERE department:Department AND EXISTS {
    MATCH (department)-[liaison:LIAISES_WITH {kind: 'FORMAL'}]->(:Counterpart)
    WHERE (liaison.validFrom IS NULL OR liaison.validFrom <= date($yearEnd)) AND (liaison.validTo IS NULL OR liaison.validTo >= date($yearStart))
  }
WITH department, COLLECT {
  CALL (department) {
    MATCH (department)<-[:AT]-(role)
    RETURN role
  }
  WITH * WHERE role:Role AND role.kind = 'SPECIAL_SUPERVISOR' AND (role.validFrom IS NULL OR role.validFrom <= date($yearEnd)) AND (role.validTo IS NULL OR role.validTo >= date($yearStart))
  MATCH (holder)-[:HOLDS]->(role)
  RETURN {kind: 'ROLE', key: role.key, date: role.validFrom,
    label: holder.name + ' ' + coalesce($roleTitles[role.kind], role.kind) + '（' + department.name
      + coalesce('，' + role.section, '') + '，' + coalesce(toString(role.validFrom), '…') + '—' + coalesce(toString(role.validTo), '') + '）',
    dataset: role.dataset, sourceSheet: role.sourceSheet, sourceRow: role.sourceRow, note: coalesce('of ' + head([(role)-[:OF_PARTY]->(party) | party.name]), 'party not recorded'), noteZh: coalesce('所属：' + head([(role)-[:OF_PARTY]->(party) | party.name]), '未记录所属党派团体')} AS entry
  ORDER BY role.validFrom, role.key
} AS supervisors
RETURN department.name AS subject, [] AS missing, size(supervisors) = 0 AS shortfall,
       toString(size(supervisors)) + ' special supervisors engaged in ' + toString(toInteger($year)) AS detail,
       toString(toInteger($year)) + '年聘请特约人员' + toString(size(supervisors)) + '名' AS detailZh,
       supervisors AS evidence
ORDER BY coalesce(department.sourceLine, 1000000), department.name
