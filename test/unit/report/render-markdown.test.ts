import { describe, expect, it } from 'vitest';
import { renderReviewMarkdown } from '../../../src/report/index.ts';
import { sampleReview } from './sample-review.ts';

describe('the Markdown report', () => {
  const markdown = renderReviewMarkdown(sampleReview());
  const lines = markdown.split('\n');

  it('starts with the title, the date and a summary table of the ten rules', () => {
    expect(lines[0]).toBe('# 对口联系年度审查 Annual review of liaison work — 资阳市 2023');
    expect(markdown).toContain('8 of 10 rules satisfied, 2 gaps in all.');
    expect(lines.filter((line) => /^\| R\d+ \|/.test(line))).toHaveLength(10);
    expect(markdown).toContain(
      '| R5 | 三（一） | Each department names a leader in charge, a responsible section and a liaison officer | **no** | 2 | 1 |',
    );
  });

  it('draws the matrix as a table with a mark per liaison kind and the departments with gaps flagged', () => {
    expect(markdown).toContain('| 部门 | 民盟资阳市委会 | 九三学社资阳市委会 | 市工商联 |');
    expect(markdown).toContain('| ⚠ 市发展改革委 | ● | ● |   |');
    expect(markdown).toContain('| 市\\<测试\\>局 | ○ |   | ◆ |');
  });

  it('lists each gap under its rule with what is missing and the evidence with its source', () => {
    expect(markdown).toContain('## R5 — Each department names a leader in charge, a responsible section and a liaison officer');
    expect(markdown).toContain('### 市发展改革委 — missing: 责任科室、联络人员');
    expect(markdown).toContain('- 张三 分管领导（市发展改革委，2023-01-01—） — in force on 2023-12-31 [sample-2023 / people row 14]');
    expect(markdown).toContain('- 市市场监管局 → 市工商联（FORMAL，2022-11-02—） — in force on 2023-12-31 [资府办函〔2022〕65号 line 95]');
    expect(markdown.endsWith('\n')).toBe(true);
    expect(markdown).not.toMatch(/\n{3,}/);
  });
});
