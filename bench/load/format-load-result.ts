import type { LoadResult, MemorySample } from './run-load.ts';

export interface MemoryGrowth {
  /** Median RSS of the first minute after warm-up (the first 10 s), and of the last minute. */
  apiFirstMb: number;
  apiLastMb: number;
  apiRatio: number;
  neo4jFirstMb: number | null;
  neo4jLastMb: number | null;
  neo4jRatio: number | null;
  /** The same for Neo4j's old generation in use (what the heap kept), when Neo4j reported it. */
  neo4jOldGenFirstMb: number | null;
  neo4jOldGenLastMb: number | null;
  neo4jOldGenRatio: number | null;
}

const WARM_UP_SECONDS = 10;

function median(values: number[]): number {
  const sorted = [...values].sort((left, right) => left - right);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/**
 * Whether memory stays flat: the median RSS of the first minute after warm-up against the last
 * minute's (for a run shorter than two minutes, its first and last halves after warm-up).
 */
export function memoryGrowth(samples: MemorySample[]): MemoryGrowth | null {
  const warm = samples.filter((sample) => sample.second > WARM_UP_SECONDS);
  if (warm.length < 2) return null;
  const window = Math.min(60, Math.floor(warm.length / 2));
  const first = warm.slice(0, window);
  const last = warm.slice(-window);
  const apiFirstMb = median(first.map((sample) => sample.apiRssMb));
  const apiLastMb = median(last.map((sample) => sample.apiRssMb));
  const medianOf = (window: MemorySample[], value: (sample: MemorySample) => number | null) => {
    const known = window.flatMap((sample) => {
      const measured = value(sample);
      return measured === null ? [] : [measured];
    });
    return known.length === 0 ? null : median(known);
  };
  const neo4jFirstMb = medianOf(first, (sample) => sample.neo4jRssMb);
  const neo4jLastMb = medianOf(last, (sample) => sample.neo4jRssMb);
  const neo4jOldGenFirstMb = medianOf(first, (sample) => sample.neo4jOldGenMb ?? null);
  const neo4jOldGenLastMb = medianOf(last, (sample) => sample.neo4jOldGenMb ?? null);
  return {
    apiFirstMb,
    apiLastMb,
    apiRatio: apiLastMb / apiFirstMb,
    neo4jFirstMb,
    neo4jLastMb,
    neo4jRatio: neo4jFirstMb === null || neo4jLastMb === null ? null : neo4jLastMb / neo4jFirstMb,
    neo4jOldGenFirstMb,
    neo4jOldGenLastMb,
    neo4jOldGenRatio:
      neo4jOldGenFirstMb === null || neo4jOldGenLastMb === null || neo4jOldGenFirstMb === 0 ? null : neo4jOldGenLastMb / neo4jOldGenFirstMb,
  };
}

const milliseconds = (value: number) => `${value.toFixed(1)} ms`;

/** The result as the terminal shows it: one row per kind, then errors and memory. */
export function formatLoadResult(result: LoadResult): string {
  const header = ['kind', 'requests', 'req/s', 'p50', 'p95', 'p99', 'max', 'errors'];
  const rows = result.kinds.map((kind) => [
    kind.kind,
    String(kind.requests),
    kind.perSecond.toFixed(1),
    milliseconds(kind.p50),
    milliseconds(kind.p95),
    milliseconds(kind.p99),
    milliseconds(kind.max),
    String(Object.values(kind.errors).reduce((sum, count) => sum + count, 0)),
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => [...(row[column] ?? '')].length)));
  const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ');
  const lines = [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)];
  lines.push(
    '',
    `all: ${result.requests} requests in ${result.seconds} s, ${result.perSecond.toFixed(1)} req/s (asked: ${result.rate}/s over ${result.connections} connections)`,
  );
  const errors = Object.entries(result.errors);
  lines.push(errors.length === 0 ? 'errors: none' : `errors: ${errors.map(([code, count]) => `${code} × ${count}`).join(', ')}`);
  const growth = memoryGrowth(result.memory);
  if (growth === null) {
    lines.push('memory: too short a run to compare (more than 12 s needed)');
  } else {
    lines.push(
      `memory (RSS, median): the API (npm start, a process of its own) ${growth.apiFirstMb} → ${growth.apiLastMb} MB (${growth.apiRatio.toFixed(2)}×)` +
        (growth.neo4jFirstMb === null
          ? '; Neo4j not local, not sampled'
          : `; Neo4j ${growth.neo4jFirstMb} → ${growth.neo4jLastMb} MB (${growth.neo4jRatio?.toFixed(2)}×)`),
    );
    if (growth.neo4jOldGenFirstMb !== null)
      lines.push(
        `Neo4j heap kept (old generation in use, median): ${growth.neo4jOldGenFirstMb} → ${growth.neo4jOldGenLastMb} MB (${growth.neo4jOldGenRatio?.toFixed(2) ?? '?'}×)`,
      );
  }
  return lines.join('\n');
}
