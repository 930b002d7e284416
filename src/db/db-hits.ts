import type { ProfiledPlan } from 'neo4j-driver';

/** The database hits of one profiled plan, its operators' and their children's added up. */
export function planDbHits(plan: ProfiledPlan): number {
  return plan.dbHits + plan.children.reduce((total, child) => total + planDbHits(child), 0);
}

/**
 * What the statements run through a `Database.profiling` view cost Neo4j: database hits (Neo4j's
 * own measure of the storage a plan touched), in total and statement by statement. Timings on a shared
 * machine vary from run to run; database hits of the same plan over the same data do not, so cost
 * tests compare these.
 */
export class DbHits {
  total = 0;
  /** Each statement run, in order, with its hits. */
  readonly statements: Array<{ cypher: string; hits: number }> = [];

  add(cypher: string, hits: number): void {
    this.total += hits;
    this.statements.push({ cypher, hits });
  }
}

/**
 * The statement as a profiled one. `replan=force` plans it afresh from the graph's current
 * statistics, as Neo4j would once the graph has grown past its replanning threshold: a cached plan
 * made on a smaller graph would hide the plan the larger one gets.
 */
export function profiledStatement(cypher: string): string {
  return `CYPHER replan=force PROFILE ${cypher}`;
}
