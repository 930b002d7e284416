/** The annual review: rules R1–R10 (one file each, with the clause of the notice it checks), their scope and shared Cypher fragments. */
export {
  coverageReport,
  descendantJurisdictions,
  reviewDescendants,
  readCoverageRules,
  ruleParameters,
  ruleTitle,
  runCoverageRules,
} from './coverage-report.ts';
export {
  counterpartOrder,
  DEPARTMENT_ORDER,
  inForceDuringYear,
  inForceOn,
  inYear,
  issuedInYear,
  jurisdictionMembers,
  reachedFrom,
} from './fragments.ts';
export type { CoverageReport, DescendantCoverage, Evidence, Gap, ReviewScope, RuleResult } from './model.ts';
export { resolveJurisdiction, resolveName, type NamedLabel, type ResolvedName } from './name-resolution.ts';
export { COVERAGE_RULES } from './rules/index.ts';
export { defaultAsOf, isIsoDate, resolveReviewScope, scopeParameters, validDate, validYear, type ReviewScopeInput } from './scope.ts';
