import type { AnnualReview } from './annual-review.ts';
import type { Evidence, RuleResult } from '../review/index.ts';
import { departmentsWithGaps } from './departments-with-gaps.ts';
import { escapeMarkdownCell } from './escape-markup.ts';
import { LIAISON_KIND_STYLES } from './render-matrix-svg.ts';
import { rollupCell, rollupRows } from './render-rollup.ts';

function sourceOf(evidence: Evidence): string {
  const parts: string[] = [];
  if (evidence.dataset !== null) {
    parts.push(
      `${evidence.dataset}${evidence.sourceSheet === null ? '' : ` / ${evidence.sourceSheet}`}${evidence.sourceRow === null ? '' : ` row ${evidence.sourceRow}`}`,
    );
  }
  if (evidence.sourceDocument !== null)
    parts.push(`${evidence.sourceDocument}${evidence.sourceLine === null ? '' : ` line ${evidence.sourceLine}`}`);
  return parts.length === 0 ? 'no source recorded' : parts.join('; ');
}

function renderRule(rule: RuleResult): string[] {
  const lines = [
    `## ${rule.id} — ${rule.title}`,
    '',
    `Clause ${rule.clause} of the notice. ${rule.satisfied ? '**Satisfied**' : '**Not satisfied**'}: ${rule.checked} checked, ${rule.gaps.length} ${rule.gaps.length === 1 ? 'gap' : 'gaps'}.`,
    '',
  ];
  for (const gap of rule.gaps) {
    const missing = gap.missing.length === 0 ? '' : ` — missing: ${gap.missing.join('、')}`;
    lines.push(`### ${gap.subject}${missing}`, '', gap.detail, '');
    if (gap.evidence.length === 0) lines.push('- No records were found.');
    for (const item of gap.evidence) {
      lines.push(`- ${item.label}${item.note === null ? '' : ` — ${item.note}`} [${sourceOf(item)}]`);
    }
    lines.push('');
  }
  return lines;
}

/** The roll-up of the jurisdictions within the one reviewed (none: no section). */
function renderRollup(coverage: AnnualReview['coverage']): string[] {
  if (coverage.descendants.length === 0) return [];
  const rows = rollupRows(coverage);
  const ids = rows[0]?.rules.map((rule) => rule.id) ?? [];
  return [
    '## Roll-up 下辖地区汇总',
    '',
    `${coverage.jurisdiction} and the ${coverage.descendants.length} jurisdictions within it, each reviewed with its own offices: ✓ where a rule holds, else its number of gaps.`,
    '',
    `| Jurisdiction | Within | ${ids.join(' | ')} |`,
    `|---|---|${ids.map(() => '---:').join('|')}|`,
    ...rows.map(
      (row) =>
        `| ${'\u3000'.repeat(row.depth)}${escapeMarkdownCell(row.jurisdiction)} | ${row.parent === null ? '' : escapeMarkdownCell(row.parent)} | ${row.rules.map(rollupCell).join(' | ')} |`,
    ),
    '',
  ];
}

/** The same content as the HTML report, as Markdown for pasting into a written review. */
export function renderReviewMarkdown(review: AnnualReview): string {
  const { coverage, matrix } = review;
  const withGaps = departmentsWithGaps(coverage);
  const satisfied = coverage.rules.filter((rule) => rule.satisfied).length;
  const gaps = coverage.rules.reduce((sum, rule) => sum + rule.gaps.length, 0);
  const lines = [
    `# 对口联系年度审查 Annual review of liaison work — ${coverage.jurisdiction} ${coverage.year}`,
    '',
    `As of ${coverage.asOf} · generated ${coverage.generatedAt}`,
    '',
    '## Summary 概要',
    '',
    `${satisfied} of ${coverage.rules.length} rules satisfied, ${gaps} ${gaps === 1 ? 'gap' : 'gaps'} in all.`,
    '',
    '| Rule | Clause | Title | Satisfied | Checked | Gaps |',
    '|---|---|---|---|---:|---:|',
    ...coverage.rules.map(
      (rule) =>
        `| ${rule.id} | ${rule.clause} | ${escapeMarkdownCell(rule.title)} | ${rule.satisfied ? 'yes' : '**no**'} | ${rule.checked} | ${rule.gaps.length} |`,
    ),
    '',
    ...renderRollup(coverage),
    `## Liaison matrix 对口联系矩阵 (as of ${matrix.asOf})`,
    '',
    `${Object.values(LIAISON_KIND_STYLES)
      .map((style) => `${style.mark} ${style.legend}`)
      .join(' · ')} · ⚠ department with gaps`,
    '',
    `| 部门 | ${matrix.counterparts.map(escapeMarkdownCell).join(' | ')} |`,
    `|---|${matrix.counterparts.map(() => ':---:').join('|')}|`,
  ];
  for (const department of matrix.departments) {
    const marks = matrix.counterparts.map((counterpart) => {
      const cell = matrix.cells.find((candidate) => candidate.department === department && candidate.counterpart === counterpart);
      return cell?.kind === null || cell?.kind === undefined ? ' ' : LIAISON_KIND_STYLES[cell.kind].mark;
    });
    lines.push(`| ${withGaps.has(department) ? '⚠ ' : ''}${escapeMarkdownCell(department)} | ${marks.join(' | ')} |`);
  }
  lines.push('');
  for (const rule of coverage.rules) lines.push(...renderRule(rule));
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}
