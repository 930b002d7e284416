import { readStatement, type Assignment } from '../../src/notice/index.ts';

/** An assignment as `kind:from/from→counterpart/counterpart` (or →GENERAL, +FIC when the FIC is included). */
export function describeAssignment(assignment: Assignment): string {
  const to = assignment.general
    ? `GENERAL${assignment.includesFederation ? '+FIC' : ''}`
    : assignment.counterparts.map((counterpart) => counterpart.name).join('/');
  return `${assignment.fromKind}:${assignment.from.join('/')}→${to}`;
}

/** The assignments one statement reads as, described for comparison in tests. */
export function readAssignments(text: string): string[] {
  return readStatement(text).assignments.map(describeAssignment);
}
