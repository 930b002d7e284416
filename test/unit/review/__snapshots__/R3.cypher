// R3, clause 二（三）: Each department's regulatory documents, briefs and periodicals go to its formal counterparts
MATCH (jurisdiction:Jurisdiction {name: $jurisdiction})
CALL (jurisdiction) {
    MATCH (jurisdiction)<-[:IN_JURISDICTION]-(department)
    RETURN department
  }
  WITH * WHERE department:Department AND EXISTS {
    MATCH (department)-[liaison:LIAISES_WITH {kind: 'FORMAL'}]->(:Counterpart)
    WHERE (liaison.validFrom IS NULL OR liaison.validFrom <= date($yearEnd)) AND (liaison.validTo IS NULL OR liaison.validTo >= date($yearStart))
  }
CALL (department) {
    MATCH (department)-[:ISSUED]->(document)
    RETURN document
  }
  WITH * WHERE document:Document AND document.kind IN ['REGULATORY', 'BRIEF', 'PERIODICAL'] AND coalesce(document.issuedAt.year, document.year) = $year
WITH department, document, coalesce(document.issuedAt, date($asOf)) AS issued
WITH department, document, [(document)-[:SENT_TO]->(recipient) | recipient] AS recipients, COLLECT {
  MATCH (department)-[liaison:LIAISES_WITH {kind: 'FORMAL'}]->(counterpart:Counterpart)
  WHERE (liaison.validFrom IS NULL OR liaison.validFrom <= issued) AND (liaison.validTo IS NULL OR liaison.validTo >= issued)
  RETURN {liaison: liaison, counterpart: counterpart} AS formal
  ORDER BY coalesce(head([index IN range(0, size($partyOrder) - 1) WHERE $partyOrder[index] = counterpart.party]), 100), counterpart.name
} AS formal
WITH department, document, recipients, formal,
     [item IN formal WHERE NOT item.counterpart IN recipients | item.counterpart.name] AS missing
RETURN document.number AS subject, missing, size(missing) > 0 AS shortfall,
       department.name + ' sent it to ' + toString(size(formal) - size(missing)) + ' of its ' + toString(size(formal)) + ' formal counterparts' AS detail,
       department.name + '送达其' + toString(size(formal)) + '个对口党派团体中的' + toString(size(formal) - size(missing)) + '个' AS detailZh,
       [{kind: 'DOCUMENT', key: document.number, date: document.issuedAt,
    label: document.number + coalesce(' ' + document.title, ''),
    dataset: document.dataset, sourceSheet: document.sourceSheet, sourceRow: document.sourceRow, note: 'sent to ' + CASE WHEN size(recipients) = 0 THEN 'nobody' ELSE reduce(text = '', part IN [recipient IN recipients | recipient.name] | text + CASE WHEN text = '' THEN '' ELSE '、' END + part) END, noteZh: CASE WHEN size(recipients) = 0 THEN '未抄送任何单位' ELSE '抄送' + reduce(text = '', part IN [recipient IN recipients | recipient.name] | text + CASE WHEN text = '' THEN '' ELSE '、' END + part) END}]
       + [item IN formal | {kind: 'LIAISON', key: department.name + ' → ' + item.counterpart.name, date: item.liaison.validFrom,
    label: department.name + ' → ' + item.counterpart.name + '（' + item.liaison.kind + '，' + coalesce(toString(item.liaison.validFrom), '…') + '—' + coalesce(toString(item.liaison.validTo), '') + '）',
    dataset: item.liaison.dataset, sourceSheet: item.liaison.sourceSheet, sourceRow: item.liaison.sourceRow,
    sourceDocument: item.liaison.sourceDocument, sourceLine: item.liaison.sourceLine, note: CASE WHEN item.counterpart.name IN missing THEN 'not sent' ELSE 'sent' END, noteZh: CASE WHEN item.counterpart.name IN missing THEN '未送达' ELSE '已送达' END}] AS evidence
ORDER BY coalesce(department.sourceLine, 1000000), department.name, document.issuedAt, document.number
