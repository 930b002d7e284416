import type { CoverageReport } from '../review/index.ts';

/** One line per rule: id, satisfied, checked, gaps, title — the summary the review command prints. */
export function renderSummaryTable(report: CoverageReport): string {
  const header = ['Rule', 'Clause', 'Satisfied', 'Checked', 'Gaps', 'Title'];
  const rows = report.rules.map((rule) => [
    rule.id,
    rule.clause,
    rule.satisfied ? 'yes' : 'NO',
    String(rule.checked),
    String(rule.gaps.length),
    rule.title,
  ]);
  const widths = header.map((title, column) => Math.max(displayWidth(title), ...rows.map((row) => displayWidth(row[column] ?? ''))));
  const line = (cells: string[]) =>
    cells.map((cell, column) => (column === cells.length - 1 ? cell : pad(cell, widths[column] ?? 0))).join('  ');
  const totalGaps = report.rules.reduce((sum, rule) => sum + rule.gaps.length, 0);
  return [
    `Annual review of liaison work — ${report.jurisdiction} ${report.year} (as of ${report.asOf})`,
    line(header),
    ...rows.map(line),
    `${report.rules.filter((rule) => rule.satisfied).length} of ${report.rules.length} rules satisfied, ${totalGaps} gaps`,
  ].join('\n');
}

/** Terminal width of text: CJK and full-width characters take two columns. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const character of text)
    width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(character) ? 2 : 1;
  return width;
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}
