// R5, clause 三（一）: Each department names a leader in charge, a responsible section and a liaison officer
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
  WITH * WHERE role:Role AND role.kind IN ['HEAD', 'LEADER_IN_CHARGE', 'LIAISON_OFFICER'] AND (role.validFrom IS NULL OR role.validFrom <= date($asOf)) AND (role.validTo IS NULL OR role.validTo >= date($asOf))
  MATCH (holder)-[:HOLDS]->(role)
  RETURN {kind: role.kind, section: trim(coalesce(role.section, '')),
          evidence: {kind: 'ROLE', key: role.key, date: role.validFrom,
    label: holder.name + ' ' + coalesce($roleTitles[role.kind], role.kind) + '（' + department.name
      + coalesce('，' + role.section, '') + '，' + coalesce(toString(role.validFrom), '…') + '—' + coalesce(toString(role.validTo), '') + '）',
    dataset: role.dataset, sourceSheet: role.sourceSheet, sourceRow: role.sourceRow, note: 'in force on ' + $asOf, noteZh: $asOf + '在任'}} AS entry
  ORDER BY role.kind, role.validFrom
} AS roles
WITH department, roles, [part IN [
       CASE WHEN none(role IN roles WHERE role.kind = 'LEADER_IN_CHARGE') THEN '分管领导' END,
       CASE WHEN none(role IN roles WHERE role.section <> '') THEN '责任科室' END,
       CASE WHEN none(role IN roles WHERE role.kind = 'LIAISON_OFFICER') THEN '联络人员' END
     ] WHERE part IS NOT NULL] AS missing
RETURN department.name AS subject, missing, size(missing) > 0 AS shortfall,
       CASE WHEN size(missing) = 0 THEN 'all named on ' + $asOf ELSE 'not named on ' + $asOf + ': ' + reduce(text = '', part IN missing | text + CASE WHEN text = '' THEN '' ELSE '、' END + part) END AS detail,
       CASE WHEN size(missing) = 0 THEN $asOf + '均已明确' ELSE $asOf + '未明确：' + reduce(text = '', part IN missing | text + CASE WHEN text = '' THEN '' ELSE '、' END + part) END AS detailZh,
       [role IN roles | role.evidence] AS evidence
ORDER BY coalesce(department.sourceLine, 1000000), department.name
