import { describe, expect, it } from 'vitest';
import { renderReviewHtml } from '../../../src/report/index.ts';
import { sampleReview } from './sample-review.ts';

describe('the HTML report', () => {
  const html = renderReviewHtml(sampleReview());

  it('is one self-contained page: no script, no external stylesheet, font, image or link to fetch', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).not.toMatch(/<script|<link|<img|@import|url\(|src=/i);
    expect(html).not.toMatch(/https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
  });

  it('asks for a CJK font stack ending in sans-serif so that Chinese renders', () => {
    expect(html).toContain("font-family: 'Noto Sans CJK SC',");
    expect(html).toMatch(/'Noto Sans CJK SC'[^;]*sans-serif;/);
    expect(html).toContain('<html lang="zh-CN">');
  });

  it('has a summary row and a section per rule with its clause', () => {
    expect(html.match(/<tr><td><a href="#rule-R\d+">/g)).toHaveLength(10);
    expect(html.match(/<section class="rule" id="rule-R\d+"/g)).toHaveLength(10);
    expect(html).toContain('<p class="clause">Clause 三（一） of the notice</p>');
    expect(html).toContain('8 of 10 rules satisfied, 2 gaps in all.');
  });

  it('shows each gap with what is missing and its evidence with dataset and row or document line', () => {
    expect(html).toContain('<td>责任科室、联络人员</td>');
    expect(html).toContain(
      '张三 分管领导（市发展改革委，2023-01-01—） — in force on 2023-12-31 <span class="source">[sample-2023 / people row 14]</span>',
    );
    expect(html).toContain('[资府办函〔2022〕65号 line 95]');
  });

  it('draws the matrix as inline SVG with one cell per department × counterpart and highlights departments with gaps', () => {
    expect(html.match(/<rect class="matrix-cell"/g)).toHaveLength(6);
    expect(html).toContain('data-kind="FORMAL"');
    expect(html).toContain('data-kind="WORKING_CONTACT"');
    expect(html).toContain('data-kind="NONE"');
    expect(html).toMatch(/<text class="matrix-department has-gap" data-department="市发展改革委"/);
    expect(html).toMatch(/<text class="matrix-department" data-department="市&lt;测试&gt;局"/);
  });

  it('escapes names so that markup in the data stays text', () => {
    expect(html).not.toContain('市<测试>局');
    expect(html).toContain('市&lt;测试&gt;局');
  });
});
