import type { CoverageReport, RuleResult } from '../review/index.ts';

/**
 * Version of the JSON report's shape (src/report/README.md, review-report.schema.json). Adding an
 * optional field keeps it; renaming, removing or retyping a field increments it.
 */
export const REVIEW_REPORT_FORMAT_VERSION = 1;

/** The JSON report: the data of `coverageReport`, with the version of its shape first. */
export interface ReviewReportJson {
  formatVersion: number;
  jurisdiction: string;
  year: number;
  asOf: string;
  generatedAt: string;
  rules: RuleResult[];
  /** Only when the review included the jurisdictions within this one. */
  descendants?: Array<{
    jurisdiction: string;
    parent: string;
    depth: number;
    rules: Array<{ id: string; satisfied: boolean; checked: number; gaps: number }>;
  }>;
}

/** The JSON report object, keys in the documented order. */
export function toReviewReportJson(report: CoverageReport): ReviewReportJson {
  return {
    formatVersion: REVIEW_REPORT_FORMAT_VERSION,
    jurisdiction: report.jurisdiction,
    year: report.year,
    asOf: report.asOf,
    generatedAt: report.generatedAt,
    rules: report.rules.map((rule) => ({
      id: rule.id,
      clause: rule.clause,
      title: rule.title,
      satisfied: rule.satisfied,
      checked: rule.checked,
      gaps: rule.gaps.map((gap) => ({
        subject: gap.subject,
        missing: gap.missing,
        detail: gap.detail,
        detailZh: gap.detailZh,
        evidence: gap.evidence,
      })),
    })),
    ...(report.descendants.length === 0
      ? {}
      : {
          descendants: report.descendants.map(({ parent, depth, report: descendant }) => ({
            jurisdiction: descendant.jurisdiction,
            parent,
            depth,
            rules: descendant.rules.map((rule) => ({
              id: rule.id,
              satisfied: rule.satisfied,
              checked: rule.checked,
              gaps: rule.gaps.length,
            })),
          })),
        }),
  };
}

/** The JSON report as text: two-space indented, Chinese written as is, ending with a newline. */
export function renderReviewJson(report: CoverageReport): string {
  return `${JSON.stringify(toReviewReportJson(report), null, 2)}\n`;
}
