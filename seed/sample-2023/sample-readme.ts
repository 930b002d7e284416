import type { RecordsTable } from '../../src/records/index.ts';
import { DEPARTMENT_DOCUMENTS, DEPARTMENTS, POLICY_DOCUMENTS, SAMPLE_DATASET, SAMPLE_YEAR } from './sample-design.ts';

export interface ExpectedGap {
  subject: string;
  missing: string[];
}

/** The gaps the review of 资阳市 for 2023 (as of 2023-12-31) must find with the notice and this sample loaded. */
export function expectedGaps(): Record<string, ExpectedGap[]> {
  const departmentGaps = (rule: 'R4' | 'R6' | 'R10') =>
    DEPARTMENTS.filter((design) => design.expected[rule]).map((design) => ({ subject: design.name, missing: [] }));
  const missingGaps = (rule: 'R5' | 'R8') =>
    DEPARTMENTS.filter((design) => design.expected[rule].length > 0).map((design) => ({
      subject: design.name,
      missing: [...design.expected[rule]],
    }));
  return {
    R1: [],
    R2: POLICY_DOCUMENTS.filter((item) => item.missing.length > 0).map((item) => ({ subject: item.number, missing: item.missing })),
    R3: DEPARTMENT_DOCUMENTS.filter((item) => item.missing.length > 0).map((item) => ({ subject: item.number, missing: item.missing })),
    R4: departmentGaps('R4'),
    R5: missingGaps('R5'),
    R6: departmentGaps('R6'),
    R7: [],
    R8: missingGaps('R8'),
    R9: [{ subject: '致公党资阳市支部', missing: ['领导', '部门'] }],
    R10: departmentGaps('R10'),
  };
}

function list(items: readonly string[]): string {
  return items.length === 0 ? '—' : items.join('、');
}

export function sampleReadme(table: RecordsTable): { readme: string; expected: Record<string, ExpectedGap[]> } {
  const expected = expectedGaps();
  const complying = (rule: 'R4' | 'R6' | 'R10') => DEPARTMENTS.filter((design) => !design.expected[rule]).map((design) => design.name);
  const complyingMissing = (rule: 'R5' | 'R8') =>
    DEPARTMENTS.filter((design) => design.expected[rule].length === 0).map((design) => design.name);
  const gapText = (rule: string) =>
    (expected[rule] ?? [])
      .map((gap) => (gap.missing.length === 0 ? gap.subject : `${gap.subject} (missing ${gap.missing.join('、')})`))
      .join('; ') || '—';
  const rows = [
    [
      'R1',
      `资阳市 in ${SAMPLE_YEAR}: 2 symposia count (样2023-02 chaired by 王善平, 市长; 样2023-05 chaired by 李东, 常务副市长); 样2023-04 does not (chaired by a 副市长, organised by a department)`,
      '资阳市 in 2022 (no symposium recorded)',
    ],
    [
      'R2',
      POLICY_DOCUMENTS.filter((item) => item.missing.length === 0)
        .map((item) => item.number)
        .join('、'),
      gapText('R2'),
    ],
    [
      'R3',
      DEPARTMENT_DOCUMENTS.filter((item) => item.missing.length === 0)
        .map((item) => item.number)
        .join('、'),
      gapText('R3'),
    ],
    [
      'R4',
      list(complying('R4')),
      `${gapText('R4')} — 市交通运输局: its head until 06-30 took part on 09-10, after leaving, and the head from 07-01 in nothing; 市商务局: its head took part only with 九三学社 (not a formal counterpart); 市经济合作外事局: no head recorded`,
    ],
    ['R5', list(complyingMissing('R5')), `${gapText('R5')} — 市农业农村局's liaison officer left on 2023-10-31`],
    ['R6', list(complying('R6')), `${gapText('R6')} — 市卫生健康委's supervisor served until 2022-12-31`],
    ['R7', `资阳市 in ${SAMPLE_YEAR}: 样2023-03 联席会议 on 2023-06-20`, '资阳市 in 2022 (no joint meeting recorded)'],
    [
      'R8',
      list(complyingMissing('R8')),
      `${gapText('R8')} — 市商务局's plan went to 市政府办公室 only; summaries for 2023 are issued in January 2024 with 所属年度 2023`,
    ],
    ['R9', 'the seven counterparts of the notice', `${gapText('R9')} — declared by this sample, no liaison`],
    [
      'R10',
      list(complying('R10')),
      `${gapText('R10')} — 市同城化发展局 held a 检查 (not a qualifying kind); 市文化广电旅游局 consulted 九三学社 only (not a formal counterpart)`,
    ],
  ];
  const readme = `# Sample year 2023 (fictional) — 资阳市 liaison work records

**Everything in this folder is invented for testing and demonstration.** The people, document numbers
(all starting with 样, "sample"), meetings and the leaders' titles are fictional; only the names of
the bodies and of the leaders come from the public notice 资府办函〔2022〕65号 in \`seed/\`.

- \`${SAMPLE_DATASET}.xlsx\` — the workbook (Chinese headers, dates as Excel date cells).
- \`csv/\` — its CSV twin (one UTF-8 file per sheet, Chinese headers).
- \`expected-gaps-2023.json\` — the gaps the annual review must report (below, as a table).
- \`generate.ts\` (with \`sample-design.ts\`, \`sample-readme.ts\`) writes all of these; edit the design, then run
  \`node --import tsx seed/sample-2023/generate.ts\`.

Load it with \`npm run seed -- --sample\` (or \`npm run import -- seed/sample-2023/${SAMPLE_DATASET}.xlsx\`);
it is the dataset \`${SAMPLE_DATASET}\`, removable with \`npm run import -- --remove ${SAMPLE_DATASET}\`. It is never
loaded by default. Contents: ${table.organisations.length} organisations, ${table.people.length} people rows,
${table.activities.length} activities, ${table.documents.length} documents.

It declares two bodies the notice does not name: the counterpart 致公党资阳市支部 (no liaison, so it
falls short of R9, and counts as a counterpart for R2) and the department 市数据局 (no formal liaison,
so it is not a liaison department and no department rule checks it).

## Designed cases (review of 资阳市, year ${SAMPLE_YEAR}, as of ${SAMPLE_YEAR}-12-31)

| rule | complies | falls short (subject, missing) |
|---|---|---|
${rows.map((row) => `| ${row.join(' | ')} |`).join('\n')}

## Exact expected gaps for ${SAMPLE_YEAR}

Subjects and \`missing\` exactly as the review reports them (same as \`expected-gaps-2023.json\`):

\`\`\`json
${JSON.stringify(expected, null, 2)}
\`\`\`

## Libraries

The records format is read with **exceljs** (its \`Workbook\` reader resolves sheet names reliably and
turns date-formatted cells into dates) and **csv-parse** (streaming, quoting, BOM);
written with exceljs's streaming \`WorkbookWriter\` and **csv-stringify**; rows are validated with **zod**
schemas whose messages are the ones users read. Well-kept libraries rather than hand-written parsers:
spreadsheets and CSV have many edge cases (shared strings, rich text, quoted newlines) they already handle.
`;
  return { readme, expected };
}
