// R2, clause 二（三）: Policy documents of 市政府 and 市政府办公室 go to every party and the FIC
MATCH (jurisdiction:Jurisdiction {name: $jurisdiction})
CALL (jurisdiction) {
    MATCH (jurisdiction)<-[:IN_JURISDICTION]-(office)
    RETURN office
  }
  WITH * WHERE office:Office AND office.name IN $governmentOffices
CALL (office) {
    MATCH (office)-[:ISSUED]->(document)
    RETURN document
  }
  WITH * WHERE document:Document AND document.kind = 'POLICY' AND coalesce(document.issuedAt.year, document.year) = $year
WITH DISTINCT jurisdiction, document
WITH document, COLLECT {
  CALL (jurisdiction) {
    MATCH (jurisdiction)<-[:IN_JURISDICTION]-(counterpart)
    RETURN counterpart
  }
  WITH * WHERE counterpart:Counterpart
  RETURN counterpart ORDER BY coalesce(head([index IN range(0, size($partyOrder) - 1) WHERE $partyOrder[index] = counterpart.party]), 100), counterpart.name
} AS counterparts, [(document)-[:SENT_TO]->(recipient) | recipient.name] AS recipients
WITH document, counterparts, recipients,
     [counterpart IN counterparts WHERE NOT (document)-[:SENT_TO]->(counterpart) | counterpart.name] AS missing
RETURN document.number AS subject, missing, size(missing) > 0 AS shortfall,
       'reached ' + toString(size(counterparts) - size(missing)) + ' of ' + toString(size(counterparts)) + ' counterparts' AS detail,
       '送达' + toString(size(counterparts)) + '个党派团体中的' + toString(size(counterparts) - size(missing)) + '个' AS detailZh,
       [{kind: 'DOCUMENT', key: document.number, date: document.issuedAt,
    label: document.number + coalesce(' ' + document.title, ''),
    dataset: document.dataset, sourceSheet: document.sourceSheet, sourceRow: document.sourceRow, note: 'sent to ' + CASE WHEN size(recipients) = 0 THEN 'nobody' ELSE reduce(text = '', part IN recipients | text + CASE WHEN text = '' THEN '' ELSE '、' END + part) END, noteZh: CASE WHEN size(recipients) = 0 THEN '未抄送任何单位' ELSE '抄送' + reduce(text = '', part IN recipients | text + CASE WHEN text = '' THEN '' ELSE '、' END + part) END}] AS evidence
ORDER BY document.issuedAt, document.number
