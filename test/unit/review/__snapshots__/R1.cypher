// R1, clause 二（一）: The city holds 1–2 symposia a year with the parties, chaired by the mayor or executive vice mayor
MATCH (jurisdiction:Jurisdiction {name: $jurisdiction})
WITH jurisdiction, COLLECT {
  CALL (jurisdiction) {
    MATCH (jurisdiction)<-[:IN_JURISDICTION]-(found)
    RETURN found
    UNION
    MATCH (jurisdiction)<-[:IN_JURISDICTION]-()-[:ORGANISED]->(found)
    RETURN found
  }
  WITH jurisdiction, found AS symposium WHERE symposium:Activity AND symposium.kind = 'SYMPOSIUM' AND symposium.date >= date($yearStart) AND symposium.date <= date($yearEnd)
  WITH symposium,
       [(organiser)-[:ORGANISED]->(symposium) WHERE (organiser)-[:IN_JURISDICTION]->(jurisdiction) | organiser.name] AS organisers,
       COUNT { (:Counterpart)-[:PARTICIPATED_IN]->(symposium) } AS counterparts,
       [(chair:Leader)-[:CHAIRED]->(symposium) | {name: chair.name, title: head(
          [(chair)-[:HOLDS]->(title:Role) WHERE title.kind IN ['MAYOR', 'EXECUTIVE_VICE_MAYOR', 'VICE_MAYOR']
             AND (title.validFrom IS NULL OR title.validFrom <= symposium.date) AND (title.validTo IS NULL OR title.validTo >= symposium.date) | title.kind])}] AS chairs
  WITH symposium, chairs, [reason IN [
         CASE WHEN none(name IN organisers WHERE name IN $governmentOffices) THEN 'not organised by ' + $governmentOffices[0] + ' or ' + $governmentOffices[1] END,
         CASE WHEN counterparts = 0 THEN 'no party or FIC took part' END,
         CASE WHEN none(chair IN chairs WHERE chair.title IN ['MAYOR', 'EXECUTIVE_VICE_MAYOR'])
              THEN 'not chaired by the mayor or executive vice mayor that day' END
       ] WHERE reason IS NOT NULL] AS reasons, [reason IN [
         CASE WHEN none(name IN organisers WHERE name IN $governmentOffices) THEN '不是' + $governmentOffices[0] + '或' + $governmentOffices[1] + '组织的' END,
         CASE WHEN counterparts = 0 THEN '无党派团体参加' END,
         CASE WHEN none(chair IN chairs WHERE chair.title IN ['MAYOR', 'EXECUTIVE_VICE_MAYOR'])
              THEN '当日主持人不是市长或常务副市长' END
       ] WHERE reason IS NOT NULL] AS reasonsZh
  WITH symposium, size(reasons) = 0 AS counted, reasons, reasonsZh,
       reduce(text = '', part IN [chair IN chairs | chair.name + '（' + coalesce($roleTitles[chair.title], 'no title recorded') + '）'] | text + CASE WHEN text = '' THEN '' ELSE '、' END + part) AS chairedBy
  RETURN {counted: counted, evidence: {kind: 'ACTIVITY', key: symposium.key, date: symposium.date,
    label: toString(symposium.date) + ' ' + coalesce($activityKinds[symposium.kind], symposium.kind) + '：' + symposium.title,
    dataset: symposium.dataset, sourceSheet: symposium.sourceSheet, sourceRow: symposium.sourceRow, note: CASE WHEN counted THEN 'counted' ELSE 'not counted: ' + reduce(text = '', part IN reasons | text + CASE WHEN text = '' THEN '' ELSE '; ' END + part) END
       + CASE WHEN chairedBy = '' THEN '; no chair recorded' ELSE '; chaired by ' + chairedBy END, noteZh: CASE WHEN counted THEN '计入' ELSE '不计入：' + reduce(text = '', part IN reasonsZh | text + CASE WHEN text = '' THEN '' ELSE '；' END + part) END
       + CASE WHEN chairedBy = '' THEN '；未记录主持人' ELSE '；主持人：' + chairedBy END}} AS entry
  ORDER BY symposium.date, symposium.key
} AS symposia
WITH jurisdiction, symposia, size([symposium IN symposia WHERE symposium.counted]) AS held
RETURN jurisdiction.name AS subject, [] AS missing, NOT (held >= 1 AND held <= 2) AS shortfall,
       toString(held) + ' qualifying symposia in ' + toString(toInteger($year)) + ' (1–2 required)' AS detail,
       toString(toInteger($year)) + '年召开符合条件的座谈会' + toString(held) + '次（应为1–2次）' AS detailZh,
       [symposium IN symposia | symposium.evidence] AS evidence
