import type { CoverageReport } from '../review/index.ts';

/** The rules whose gap subjects are departments. */
export const DEPARTMENT_RULES = new Set(['R4', 'R5', 'R6', 'R8', 'R10']);

/** Departments that are the subject of at least one gap (highlighted in the matrix). */
export function departmentsWithGaps(report: CoverageReport): Set<string> {
  const departments = new Set<string>();
  for (const rule of report.rules) {
    if (!DEPARTMENT_RULES.has(rule.id)) continue;
    for (const gap of rule.gaps) departments.add(gap.subject);
  }
  return departments;
}
