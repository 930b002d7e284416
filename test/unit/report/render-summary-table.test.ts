import { describe, expect, it } from 'vitest';
import { displayWidth, renderSummaryTable } from '../../../src/report/index.ts';
import { sampleReview } from './sample-review.ts';

describe('the summary table the review command prints', () => {
  const table = renderSummaryTable(sampleReview().coverage);
  const lines = table.split('\n');

  it('has a title, a header, one line per rule and a total', () => {
    expect(lines[0]).toBe('Annual review of liaison work — 资阳市 2023 (as of 2023-12-31)');
    expect(lines[1]?.startsWith('Rule  Clause')).toBe(true);
    expect(lines).toHaveLength(13);
    expect(lines[12]).toBe('8 of 10 rules satisfied, 2 gaps');
  });

  it('aligns the columns on a terminal, counting Chinese characters as two columns wide', () => {
    const titleColumns = lines.slice(1, 12).map((line) => displayWidth(line.slice(0, line.search(/Title|Each|Every/))));
    expect(new Set(titleColumns).size).toBe(1);
    expect(lines.find((line) => line.startsWith('R5 '))).toMatch(/^R5\s+三（一）\s+NO\s+2\s+1\s+Each department/);
    expect(displayWidth('三（一）')).toBe(8);
  });
});
