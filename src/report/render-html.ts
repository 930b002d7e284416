import type { AnnualReview } from './annual-review.ts';
import type { Evidence, Gap, RuleResult } from '../review/index.ts';
import { departmentsWithGaps } from './departments-with-gaps.ts';
import { escapeXml } from './escape-markup.ts';
import { MATRIX_FONT_FAMILY, renderMatrixSvg } from './render-matrix-svg.ts';
import { rollupCell, rollupRows } from './render-rollup.ts';

const styles = `
:root { color-scheme: light; }
body { font-family: ${MATRIX_FONT_FAMILY}; margin: 2rem auto; max-width: 70rem; padding: 0 1.5rem; color: #1d1d1f; line-height: 1.5; }
h1 { font-size: 1.6rem; margin-bottom: 0.2rem; }
h2 { font-size: 1.25rem; border-bottom: 1px solid #d0d0d0; padding-bottom: 0.2rem; margin-top: 2rem; }
.meta { color: #555; margin-top: 0; }
table { border-collapse: collapse; width: 100%; margin: 0.6rem 0; font-size: 0.92rem; }
th, td { border: 1px solid #d0d0d0; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
th { background: #f3f5f7; }
.satisfied { color: #1e6b2e; font-weight: bold; }
.unsatisfied { color: #b3261e; font-weight: bold; }
.clause { color: #555; }
.evidence { margin: 0.2rem 0 0 0; padding-left: 1.1rem; font-size: 0.86rem; color: #333; }
.evidence .source { color: #666; }
.matrix-figure { overflow-x: auto; }
.matrix-cell:hover { stroke: #000; stroke-width: 2; }
@media print {
  body { margin: 0; max-width: none; }
  section.rule { break-inside: avoid-page; }
  details { display: block; }
  details > summary { display: none; }
}`;

function sourceOf(evidence: Evidence): string {
  const parts: string[] = [];
  if (evidence.dataset !== null) {
    const row = evidence.sourceRow === null ? '' : ` row ${evidence.sourceRow}`;
    parts.push(`${evidence.dataset}${evidence.sourceSheet === null ? '' : ` / ${evidence.sourceSheet}`}${row}`);
  }
  if (evidence.sourceDocument !== null) {
    parts.push(`${evidence.sourceDocument}${evidence.sourceLine === null ? '' : ` line ${evidence.sourceLine}`}`);
  }
  return parts.length === 0 ? 'no source recorded' : parts.join('; ');
}

function renderEvidence(evidence: Evidence[]): string {
  if (evidence.length === 0) return '<p class="evidence">No records were found.</p>';
  const items = evidence.map(
    (item) =>
      `<li data-kind="${item.kind}">${escapeXml(item.label)}${item.note === null ? '' : ` — ${escapeXml(item.note)}`} <span class="source">[${escapeXml(sourceOf(item))}]</span></li>`,
  );
  return `<ul class="evidence">\n${items.join('\n')}\n</ul>`;
}

function renderGap(gap: Gap): string {
  return `<tr class="gap">
<td>${escapeXml(gap.subject)}</td>
<td>${gap.missing.length === 0 ? '—' : escapeXml(gap.missing.join('、'))}</td>
<td>${escapeXml(gap.detail)}<details open><summary>Evidence (${gap.evidence.length})</summary>${renderEvidence(gap.evidence)}</details></td>
</tr>`;
}

function renderRule(rule: RuleResult): string {
  const status = rule.satisfied
    ? `<span class="satisfied">Satisfied</span> — ${rule.checked} checked, no gaps.`
    : `<span class="unsatisfied">Not satisfied</span> — ${rule.checked} checked, ${rule.gaps.length} ${rule.gaps.length === 1 ? 'gap' : 'gaps'}.`;
  const gaps =
    rule.gaps.length === 0
      ? ''
      : `<table class="gaps"><thead><tr><th>Subject</th><th>Missing</th><th>Detail and evidence</th></tr></thead><tbody>
${rule.gaps.map(renderGap).join('\n')}
</tbody></table>`;
  return `<section class="rule" id="rule-${rule.id}" data-rule="${rule.id}">
<h2>${rule.id} — ${escapeXml(rule.title)}</h2>
<p class="clause">Clause ${escapeXml(rule.clause)} of the notice</p>
<p>${status}</p>
${gaps}
</section>`;
}

/** The roll-up of the jurisdictions within the one reviewed; empty when there are none. */
function renderRollup(coverage: AnnualReview['coverage']): string {
  if (coverage.descendants.length === 0) return '';
  const rows = rollupRows(coverage);
  const ids = rows[0]?.rules.map((rule) => rule.id) ?? [];
  const body = rows.map(
    (row) =>
      `<tr><td style="padding-left:${0.5 + row.depth * 1.5}em">${escapeXml(row.jurisdiction)}</td><td>${escapeXml(row.parent ?? '')}</td>${row.rules
        .map((rule) => `<td class="${rule.satisfied ? 'satisfied' : 'unsatisfied'}">${rollupCell(rule)}</td>`)
        .join('')}</tr>`,
  );
  return `<section id="rollup">
<h2>Roll-up 下辖地区汇总</h2>
<p>${escapeXml(coverage.jurisdiction)} and the ${coverage.descendants.length} jurisdictions within it, each reviewed with its own offices: ✓ where a rule holds, else its number of gaps.</p>
<table class="summary"><thead><tr><th>Jurisdiction</th><th>Within</th>${ids.map((id) => `<th>${id}</th>`).join('')}</tr></thead><tbody>
${body.join('\n')}
</tbody></table>
</section>`;
}

function renderSummary(rules: RuleResult[]): string {
  const rows = rules.map(
    (rule) =>
      `<tr><td><a href="#rule-${rule.id}">${rule.id}</a></td><td>${escapeXml(rule.clause)}</td><td>${escapeXml(rule.title)}</td><td class="${rule.satisfied ? 'satisfied' : 'unsatisfied'}">${rule.satisfied ? 'yes' : 'no'}</td><td>${rule.checked}</td><td>${rule.gaps.length}</td></tr>`,
  );
  const satisfied = rules.filter((rule) => rule.satisfied).length;
  const gaps = rules.reduce((sum, rule) => sum + rule.gaps.length, 0);
  return `<section id="summary">
<h2>Summary 概要</h2>
<p>${satisfied} of ${rules.length} rules satisfied, ${gaps} ${gaps === 1 ? 'gap' : 'gaps'} in all.</p>
<table class="summary"><thead><tr><th>Rule</th><th>Clause</th><th>Title</th><th>Satisfied</th><th>Checked</th><th>Gaps</th></tr></thead><tbody>
${rows.join('\n')}
</tbody></table>
</section>`;
}

/**
 * The review as one self-contained HTML page: no script, no external stylesheet, font or image, so
 * it reads offline and prints. Summary, the liaison matrix as an inline SVG, then a section per rule.
 */
export function renderReviewHtml(review: AnnualReview): string {
  const { coverage, matrix } = review;
  const title = `对口联系年度审查 Annual review of liaison work — ${coverage.jurisdiction} ${coverage.year}`;
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeXml(title)}</title>
<style>${styles}
</style>
</head>
<body>
<header>
<h1>${escapeXml(title)}</h1>
<p class="meta">As of ${escapeXml(coverage.asOf)} · generated ${escapeXml(coverage.generatedAt)}</p>
</header>
${renderSummary(coverage.rules)}
${renderRollup(coverage)}
<section id="matrix">
<h2>Liaison matrix 对口联系矩阵 (as of ${escapeXml(matrix.asOf)})</h2>
<p>${matrix.departments.length} departments × ${matrix.counterparts.length} counterparts; departments with gaps are marked ⚠.</p>
<figure class="matrix-figure">
${renderMatrixSvg(matrix, departmentsWithGaps(coverage))}
</figure>
</section>
${coverage.rules.map(renderRule).join('\n')}
</body>
</html>
`;
}
