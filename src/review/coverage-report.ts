import type { Database, Row, Transaction } from '../db/index.ts';
import { COVERAGE_RULES, type CoverageRule } from './rules/index.ts';
import { resolveReviewScope, scopeParameters, type ReviewScopeInput } from './scope.ts';
import type { CoverageReport, DescendantCoverage, Evidence, EvidenceKind, Gap, ReviewScope, RuleResult } from './model.ts';
import { ACTIVITY_KINDS, chineseTerms, officesOf, PARTY_NAMES, roleTitlesOf } from '../domain/index.ts';

function textOrNull(value: unknown): string | null {
  return value === null || value === undefined ? null : String(value);
}

function numberOrNull(value: unknown): number | null {
  return typeof value === 'number' ? value : null;
}

/** Normalises one evidence map of a rule query into an `Evidence` (every key present). */
export function toEvidence(value: unknown): Evidence {
  const map = (value ?? {}) as Record<string, unknown>;
  return {
    kind: String(map.kind) as EvidenceKind,
    key: String(map.key ?? ''),
    label: String(map.label ?? map.key ?? ''),
    date: textOrNull(map.date),
    dataset: textOrNull(map.dataset),
    sourceSheet: textOrNull(map.sourceSheet),
    sourceRow: numberOrNull(map.sourceRow),
    sourceDocument: textOrNull(map.sourceDocument),
    sourceLine: numberOrNull(map.sourceLine),
    note: textOrNull(map.note),
    noteZh: textOrNull(map.noteZh),
  };
}

/** A rule's title for a jurisdiction: the offices it names are the jurisdiction's own. */
export function ruleTitle(rule: CoverageRule, jurisdiction: string): string {
  return typeof rule.title === 'string' ? rule.title : rule.title(officesOf(jurisdiction));
}

/** Turns the rows of a rule query (one per subject checked) into the rule's result. */
export function toRuleResult(rule: CoverageRule, rows: Row[], jurisdiction: string): RuleResult {
  const gaps: Gap[] = rows
    .filter((row) => row.shortfall === true)
    .map((row) => ({
      subject: String(row.subject),
      missing: Array.isArray(row.missing) ? row.missing.map(String) : [],
      detail: String(row.detail ?? ''),
      detailZh: String(row.detailZh ?? ''),
      evidence: Array.isArray(row.evidence) ? row.evidence.map(toEvidence) : [],
    }));
  return {
    id: rule.id,
    clause: rule.clause,
    title: ruleTitle(rule, jurisdiction),
    satisfied: gaps.length === 0,
    checked: rows.length,
    gaps,
  };
}

/** The parameters of the rule queries for a scope. */
export function ruleParameters(scope: ReviewScope): Record<string, unknown> {
  return {
    ...scopeParameters(scope),
    roleTitles: roleTitlesOf(scope.jurisdiction),
    activityKinds: chineseTerms(ACTIVITY_KINDS),
    partyOrder: PARTY_NAMES,
  };
}

/**
 * Runs every rule for a resolved scope: ten queries, none per subject, all seeing one committed
 * state of the graph (an import committing meanwhile is seen whole or not at all).
 */
export async function runCoverageRules(
  database: Database,
  scope: ReviewScope,
  rules: readonly CoverageRule[] = COVERAGE_RULES,
): Promise<RuleResult[]> {
  return database.readConsistent((transaction) => readCoverageRules(transaction, scope, rules));
}

/** Runs every rule inside a read the caller holds, so that other questions can share its committed state. */
export async function readCoverageRules(
  transaction: Transaction,
  scope: ReviewScope,
  rules: readonly CoverageRule[] = COVERAGE_RULES,
): Promise<RuleResult[]> {
  const parameters = ruleParameters(scope);
  const results: RuleResult[] = [];
  for (const rule of rules) results.push(toRuleResult(rule, await transaction.run(rule.cypher, parameters), scope.jurisdiction));
  return results;
}

/**
 * The coverage report of a jurisdiction (default 资阳市, by name, full name or alias) for a year, as of
 * a date (default 31 December, or today if earlier).
 */
export async function coverageReport(database: Database, input: ReviewScopeInput, now: Date = new Date()): Promise<CoverageReport> {
  const scope = await resolveReviewScope(database, input, now);
  const rules = await runCoverageRules(database, scope);
  const report: CoverageReport = { ...scope, generatedAt: now.toISOString(), rules, descendants: [] };
  if (input.includeDescendants !== true) return report;
  return { ...report, descendants: await reviewDescendants(database, scope, now) };
}

/**
 * The review of every jurisdiction within the scope's, in tree order. Each is reviewed on its own,
 * from its own node, with its own offices: the roll-up costs what the jurisdictions it returns cost,
 * and never reads a jurisdiction it does not return.
 */
export async function reviewDescendants(database: Database, scope: ReviewScope, now: Date = new Date()): Promise<DescendantCoverage[]> {
  const descendants: DescendantCoverage[] = [];
  for (const { name, parent, depth } of await descendantJurisdictions(database, scope.jurisdiction)) {
    descendants.push({
      parent,
      depth,
      report: await coverageReport(database, { year: scope.year, jurisdiction: name, asOf: scope.asOf }, now),
    });
  }
  return descendants;
}

/** The jurisdictions within `jurisdiction` (PART_OF, at any depth), in tree order: each followed by those within it. */
export async function descendantJurisdictions(
  database: Database,
  jurisdiction: string,
): Promise<Array<{ name: string; parent: string; depth: number }>> {
  const rows = await database.read(
    `MATCH (root:Jurisdiction {name: $jurisdiction})
     MATCH path = (root)<-[:PART_OF*1..8]-(child:Jurisdiction)
     WITH child, min(length(path)) AS depth
     RETURN child.name AS name, head([(child)-[:PART_OF]->(parent:Jurisdiction) | parent.name]) AS parent, depth
     ORDER BY depth, parent, name`,
    { jurisdiction },
  );
  const children = new Map<string, Array<{ name: string; parent: string; depth: number }>>();
  for (const row of rows) {
    const entry = { name: String(row.name), parent: String(row.parent), depth: Number(row.depth) };
    children.set(entry.parent, [...(children.get(entry.parent) ?? []), entry]);
  }
  const ordered: Array<{ name: string; parent: string; depth: number }> = [];
  const visit = (name: string) => {
    for (const child of children.get(name) ?? []) {
      ordered.push(child);
      visit(child.name);
    }
  };
  visit(jurisdiction);
  return ordered;
}
