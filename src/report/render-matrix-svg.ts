import type { LiaisonMatrix, LiaisonMatrixCell } from '../questions/index.ts';
import { escapeXml } from './escape-markup.ts';

/** How each liaison kind is drawn: fill colour, the mark printed in the cell, and the legend text. */
export const LIAISON_KIND_STYLES = {
  FORMAL: { fill: '#1f6f8b', mark: '●', markColour: '#ffffff', legend: '对口联系 FORMAL' },
  GENERAL: { fill: '#99c1de', mark: '◆', markColour: '#10324a', legend: '普遍联系 GENERAL' },
  WORKING_CONTACT: { fill: '#e8f1d8', mark: '○', markColour: '#3d5a1e', legend: '工作联系 WORKING_CONTACT' },
} as const;

const noLiaisonFill = '#ffffff';
const gapFill = '#fde2e1';
const gapText = '#b3261e';

export const MATRIX_FONT_FAMILY = "'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

const cellSize = 30;
const characterWidth = 15;
const legendHeight = 40;
const legendGapText = '⚠ 有缺口的部门 department with gaps';

/** Approximate width of text at `fontSize`: CJK characters are square, others about half as wide. */
function textWidth(text: string, fontSize: number): number {
  let width = 0;
  for (const character of text) width += /[\u2e80-\u9fff\uff00-\uffef\u26a0]/u.test(character) ? fontSize : fontSize * 0.6;
  return width;
}

function describeCell(cell: LiaisonMatrixCell): string {
  if (cell.kind === null) return `${cell.department} × ${cell.counterpart}：无对口联系 (none)`;
  const period = `${cell.validFrom ?? '…'}—${cell.validTo ?? ''}`;
  const source = cell.sourceDocument === null ? '' : `，${cell.sourceDocument}${cell.sourceLine === null ? '' : ` 第${cell.sourceLine}行`}`;
  return `${cell.department} × ${cell.counterpart}：${cell.kind}（${period}${source}）`;
}

/**
 * The liaison matrix as an inline SVG picture: one row per department, one column per counterpart,
 * one `rect.matrix-cell` per pair (marked by liaison kind, with a tooltip), departments with gaps
 * highlighted. Text is real text (selectable, printable), in a CJK font stack.
 */
export function renderMatrixSvg(matrix: LiaisonMatrix, departmentsWithGaps: ReadonlySet<string>): string {
  const longestDepartment = Math.max(4, ...matrix.departments.map((name) => name.length + (departmentsWithGaps.has(name) ? 2 : 0)));
  const labelWidth = longestDepartment * characterWidth + 16;
  const longestCounterpart = Math.max(2, ...matrix.counterparts.map((name) => textWidth(name, 14)));
  const headerHeight = Math.ceil(longestCounterpart * Math.sin((50 * Math.PI) / 180)) + 24;
  const legendWidth =
    Object.values(LIAISON_KIND_STYLES).reduce((sum, style) => sum + 42 + textWidth(style.legend, 12), 8) + textWidth(legendGapText, 12) + 8;
  const gridWidth =
    labelWidth + Math.max(1, matrix.counterparts.length) * cellSize + Math.ceil(longestCounterpart * Math.cos((50 * Math.PI) / 180));
  const width = Math.ceil(Math.max(gridWidth, legendWidth));
  const height = headerHeight + Math.max(1, matrix.departments.length) * cellSize + legendHeight + 10;
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" class="liaison-matrix" role="img" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(MATRIX_FONT_FAMILY)}" font-size="14">`,
    `<title>对口联系矩阵 Liaison matrix — ${escapeXml(matrix.jurisdiction)}, ${escapeXml(matrix.asOf)}</title>`,
  );
  matrix.counterparts.forEach((counterpart, column) => {
    const x = labelWidth + column * cellSize + cellSize / 2;
    parts.push(
      `<text class="matrix-counterpart" x="${x}" y="${headerHeight - 8}" transform="rotate(-50 ${x} ${headerHeight - 8})">${escapeXml(counterpart)}</text>`,
    );
  });
  matrix.departments.forEach((department, row) => {
    const y = headerHeight + row * cellSize;
    const hasGap = departmentsWithGaps.has(department);
    if (hasGap) {
      parts.push(`<rect class="matrix-gap-band" x="0" y="${y}" width="${labelWidth - 4}" height="${cellSize}" fill="${gapFill}"/>`);
    }
    parts.push(
      `<text class="matrix-department${hasGap ? ' has-gap' : ''}" data-department="${escapeXml(department)}" x="${labelWidth - 8}" y="${y + cellSize / 2 + 5}" text-anchor="end"${hasGap ? ` fill="${gapText}" font-weight="bold"` : ''}>${hasGap ? '⚠ ' : ''}${escapeXml(department)}</text>`,
    );
  });
  matrix.cells.forEach((cell) => {
    const row = matrix.departments.indexOf(cell.department);
    const column = matrix.counterparts.indexOf(cell.counterpart);
    const x = labelWidth + column * cellSize;
    const y = headerHeight + row * cellSize;
    const style = cell.kind === null ? undefined : LIAISON_KIND_STYLES[cell.kind];
    parts.push(
      `<rect class="matrix-cell" data-department="${escapeXml(cell.department)}" data-counterpart="${escapeXml(cell.counterpart)}" data-kind="${cell.kind ?? 'NONE'}" x="${x}" y="${y}" width="${cellSize}" height="${cellSize}" fill="${style?.fill ?? noLiaisonFill}" stroke="#8a8a8a" stroke-width="0.5"><title>${escapeXml(describeCell(cell))}</title></rect>`,
    );
    if (style !== undefined) {
      parts.push(
        `<text class="matrix-mark" x="${x + cellSize / 2}" y="${y + cellSize / 2 + 5}" text-anchor="middle" fill="${style.markColour}" pointer-events="none">${style.mark}</text>`,
      );
    }
  });
  const legendY = headerHeight + Math.max(1, matrix.departments.length) * cellSize + 28;
  let legendX = 8;
  for (const style of Object.values(LIAISON_KIND_STYLES)) {
    parts.push(
      `<rect x="${legendX}" y="${legendY - 14}" width="18" height="18" fill="${style.fill}" stroke="#8a8a8a" stroke-width="0.5"/>`,
      `<text x="${legendX + 9}" y="${legendY}" text-anchor="middle" fill="${style.markColour}" font-size="12">${style.mark}</text>`,
      `<text x="${legendX + 24}" y="${legendY}" font-size="12">${escapeXml(style.legend)}</text>`,
    );
    legendX += 42 + textWidth(style.legend, 12);
  }
  parts.push(`<text x="${legendX}" y="${legendY}" font-size="12" fill="${gapText}">${legendGapText}</text>`);
  parts.push('</svg>');
  return parts.join('\n');
}
