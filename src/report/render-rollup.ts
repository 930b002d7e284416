import type { CoverageReport, DescendantCoverage } from '../review/index.ts';

/** One row of a roll-up: a jurisdiction, how deep it lies, and per rule whether it holds and its gaps. */
export interface RollupRow {
  jurisdiction: string;
  parent: string | null;
  depth: number;
  rules: Array<{ id: string; satisfied: boolean; gaps: number }>;
}

/** The reviewed jurisdiction first, then every jurisdiction within it, in tree order. */
export function rollupRows(coverage: CoverageReport): RollupRow[] {
  const row = (report: CoverageReport, parent: string | null, depth: number): RollupRow => ({
    jurisdiction: report.jurisdiction,
    parent,
    depth,
    rules: report.rules.map((rule) => ({ id: rule.id, satisfied: rule.satisfied, gaps: rule.gaps.length })),
  });
  return [row(coverage, null, 0), ...coverage.descendants.map((item: DescendantCoverage) => row(item.report, item.parent, item.depth))];
}

/** A cell: ✓ when the rule holds, else its number of gaps. */
export function rollupCell(rule: { satisfied: boolean; gaps: number }): string {
  return rule.satisfied ? '✓' : String(rule.gaps);
}
