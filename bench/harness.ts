/**
 * A small benchmark harness: named sections of cases, each case one question asked two ways
 * (through the GraphQL API and in raw Cypher), timed side by side in the same run.
 */

/** One way of asking a question: runs it once and returns how many items the answer holds. */
export type Measured = () => Promise<number>;

export interface BenchmarkCase {
  name: string;
  /** The question through the GraphQL API. */
  graphql: Measured;
  /** The same question in raw Cypher through the driver (via `Database`). */
  cypher: Measured;
}

/** A group of cases; later issues add sections (ingestion, review, scale) to the list in bench.ts. */
export interface BenchmarkSection {
  name: string;
  cases: BenchmarkCase[];
}

export interface Timing {
  median: number;
  p95: number;
}

export interface CaseResult {
  section: string;
  name: string;
  iterations: number;
  /** Items in each answer (checked equal: both sides answer the same question). */
  graphqlItems: number;
  cypherItems: number;
  graphql: Timing;
  cypher: Timing;
  /** GraphQL over Cypher: how many times slower the API is. */
  medianRatio: number;
  p95Ratio: number;
}

export interface BenchmarkOptions {
  warmup: number;
  iterations: number;
}

/** The q-quantile (0..1) of sorted values, nearest rank. */
export function quantile(sortedValues: readonly number[], q: number): number {
  if (sortedValues.length === 0) return Number.NaN;
  const rank = Math.min(sortedValues.length - 1, Math.max(0, Math.ceil(q * sortedValues.length) - 1));
  return sortedValues[rank] ?? Number.NaN;
}

export function summarise(milliseconds: readonly number[]): Timing {
  const sorted = [...milliseconds].sort((left, right) => left - right);
  return { median: quantile(sorted, 0.5), p95: quantile(sorted, 0.95) };
}

async function time(measured: Measured): Promise<number> {
  const started = performance.now();
  await measured();
  return performance.now() - started;
}

/**
 * Runs one case: warm-up, then `iterations` rounds alternating the two sides (so that both see the
 * same machine load), and the statistics of each.
 */
export async function runCase(section: string, benchmark: BenchmarkCase, options: BenchmarkOptions): Promise<CaseResult> {
  const graphqlItems = await benchmark.graphql();
  const cypherItems = await benchmark.cypher();
  for (let round = 0; round < options.warmup; round += 1) {
    await benchmark.graphql();
    await benchmark.cypher();
  }
  const graphqlTimes: number[] = [];
  const cypherTimes: number[] = [];
  for (let round = 0; round < options.iterations; round += 1) {
    graphqlTimes.push(await time(benchmark.graphql));
    cypherTimes.push(await time(benchmark.cypher));
  }
  const graphql = summarise(graphqlTimes);
  const cypher = summarise(cypherTimes);
  return {
    section,
    name: benchmark.name,
    iterations: options.iterations,
    graphqlItems,
    cypherItems,
    graphql,
    cypher,
    medianRatio: graphql.median / cypher.median,
    p95Ratio: graphql.p95 / cypher.p95,
  };
}

export async function runSections(sections: readonly BenchmarkSection[], options: BenchmarkOptions): Promise<CaseResult[]> {
  const results: CaseResult[] = [];
  for (const section of sections) {
    for (const benchmark of section.cases) results.push(await runCase(section.name, benchmark, options));
  }
  return results;
}

/** Columns a string takes in a terminal: CJK characters take two. */
function displayWidth(text: string): number {
  return [...text].reduce((sum, character) => sum + (/[\u3000-\u9fff\uff00-\uffef]/.test(character) ? 2 : 1), 0);
}

function pad(text: string, width: number, alignRight: boolean): string {
  const padding = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return alignRight ? padding + text : text + padding;
}

/** The results as a plain-text table, one row per case. */
export function formatTable(results: readonly CaseResult[]): string {
  const header = [
    'section',
    'question',
    'items',
    'GraphQL median',
    'GraphQL p95',
    'Cypher median',
    'Cypher p95',
    'ratio median',
    'ratio p95',
  ];
  const milliseconds = (value: number) => `${value.toFixed(2)} ms`;
  const rows = results.map((result) => [
    result.section,
    result.name,
    result.graphqlItems === result.cypherItems ? String(result.graphqlItems) : `${result.graphqlItems}≠${result.cypherItems}`,
    milliseconds(result.graphql.median),
    milliseconds(result.graphql.p95),
    milliseconds(result.cypher.median),
    milliseconds(result.cypher.p95),
    `${result.medianRatio.toFixed(2)}×`,
    `${result.p95Ratio.toFixed(2)}×`,
  ]);
  const widths = header.map((title, column) => Math.max(displayWidth(title), ...rows.map((row) => displayWidth(row[column] ?? ''))));
  const line = (cells: string[]) => cells.map((cell, column) => pad(cell, widths[column] ?? 0, column >= 2)).join('  ');
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}
