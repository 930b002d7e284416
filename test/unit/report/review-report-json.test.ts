import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REVIEW_REPORT_FORMAT_VERSION, renderReviewJson } from '../../../src/report/index.ts';
import { sampleReview } from './sample-review.ts';

const schema = JSON.parse(readFileSync(join(import.meta.dirname, '../../../src/report/review-report.schema.json'), 'utf8')) as {
  properties: Record<string, unknown>;
  $defs: Record<string, { properties: Record<string, unknown> }>;
};

function keysOf(definition: { properties: Record<string, unknown> }): string[] {
  return Object.keys(definition.properties);
}

describe('the JSON report', () => {
  const report = JSON.parse(renderReviewJson(sampleReview().coverage)) as Record<string, unknown> & {
    rules: Array<Record<string, unknown> & { gaps: Array<Record<string, unknown> & { evidence: Array<Record<string, unknown>> }> }>;
  };

  it('has exactly the documented top-level keys, in order, with its format version first', () => {
    expect(Object.keys(report)).toEqual(['formatVersion', 'jurisdiction', 'year', 'asOf', 'generatedAt', 'rules']);
    // `descendants`, the one optional key, comes last and only with --include-descendants.
    expect([...Object.keys(report), 'descendants']).toEqual(Object.keys(schema.properties));
    expect(report.formatVersion).toBe(REVIEW_REPORT_FORMAT_VERSION);
    expect(report).toMatchObject({ jurisdiction: '资阳市', year: 2023, asOf: '2023-12-31', generatedAt: '2024-01-05T08:00:00.000Z' });
  });

  it('gives every rule, gap and piece of evidence exactly the keys the JSON schema documents', () => {
    expect(report.rules).toHaveLength(10);
    for (const rule of report.rules) {
      expect(Object.keys(rule)).toEqual(keysOf(schema.$defs.rule!));
      for (const gap of rule.gaps) {
        expect(Object.keys(gap)).toEqual(keysOf(schema.$defs.gap!));
        for (const item of gap.evidence) expect(Object.keys(item).sort()).toEqual(keysOf(schema.$defs.evidence!).sort());
      }
    }
  });

  it('keeps the data of the coverage report: gaps with subject, missing and evidence', () => {
    const r5 = report.rules.find((rule) => rule.id === 'R5');
    expect(r5).toMatchObject({ clause: '三（一）', satisfied: false, checked: 2 });
    expect(r5?.gaps[0]).toMatchObject({ subject: '市发展改革委', missing: ['责任科室', '联络人员'] });
    expect(r5?.gaps[0]?.evidence[0]).toMatchObject({ dataset: 'sample-2023', sourceRow: 14 });
  });

  it('writes Chinese as is, not as escapes', () => {
    expect(renderReviewJson(sampleReview().coverage)).toContain('"jurisdiction": "资阳市"');
  });

  it('adds a roll-up row per jurisdiction within, with the keys the schema documents, when descendants were reviewed', () => {
    const root = sampleReview().coverage;
    const county = { ...root, jurisdiction: '雁江区', descendants: [] };
    const withDescendants = JSON.parse(renderReviewJson({ ...root, descendants: [{ parent: '资阳市', depth: 1, report: county }] })) as {
      descendants: Array<Record<string, unknown> & { rules: Array<Record<string, unknown>> }>;
    };
    const items = (
      schema.properties.descendants as { items: { properties: Record<string, { items?: { properties: Record<string, unknown> } }> } }
    ).items;
    expect(withDescendants.descendants).toHaveLength(1);
    expect(Object.keys(withDescendants.descendants[0] ?? {})).toEqual(Object.keys(items.properties));
    expect(withDescendants.descendants[0]).toMatchObject({ jurisdiction: '雁江区', parent: '资阳市', depth: 1 });
    const ruleKeys = Object.keys(items.properties.rules?.items?.properties ?? {});
    for (const rule of withDescendants.descendants[0]?.rules ?? []) expect(Object.keys(rule)).toEqual(ruleKeys);
    expect(withDescendants.descendants[0]?.rules.map((rule) => rule.gaps)).toEqual(root.rules.map((rule) => rule.gaps.length));
  });
});
