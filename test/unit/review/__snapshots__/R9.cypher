// R9, clause 二: Every counterpart has a liaison leader and a liaison department
MATCH (jurisdiction:Jurisdiction {name: $jurisdiction})
CALL (jurisdiction) {
    MATCH (jurisdiction)<-[:IN_JURISDICTION]-(counterpart)
    RETURN counterpart
  }
  WITH * WHERE counterpart:Counterpart
WITH jurisdiction, counterpart, COLLECT {
  CALL (counterpart) {
    MATCH (counterpart)<-[liaison:LIAISES_WITH]-(source)
    RETURN liaison, source
  }
  WITH * WHERE liaison.kind = 'FORMAL' AND (source:Leader OR source:Department) AND (source)-[:IN_JURISDICTION]->(jurisdiction)
      AND (liaison.validFrom IS NULL OR liaison.validFrom <= date($asOf)) AND (liaison.validTo IS NULL OR liaison.validTo >= date($asOf))
  RETURN {fromLeader: source:Leader, evidence: {kind: 'LIAISON', key: source.name + ' → ' + counterpart.name, date: liaison.validFrom,
    label: source.name + ' → ' + counterpart.name + '（' + liaison.kind + '，' + coalesce(toString(liaison.validFrom), '…') + '—' + coalesce(toString(liaison.validTo), '') + '）',
    dataset: liaison.dataset, sourceSheet: liaison.sourceSheet, sourceRow: liaison.sourceRow,
    sourceDocument: liaison.sourceDocument, sourceLine: liaison.sourceLine, note: 'in force on ' + $asOf, noteZh: $asOf + '有效'}} AS entry
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
ORDER BY coalesce(head([index IN range(0, size($partyOrder) - 1) WHERE $partyOrder[index] = counterpart.party]), 100), counterpart.name
