import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { childProcessEnvironment } from '../src/config/index.ts';
import { writeGeneratedActivityCsv } from './import-benchmark.ts';

const run = promisify(execFile);

export interface ImportMemoryRun {
  rows: number;
  seconds: number;
  /** Live heap before the import (driver, schema, code), after a full collection. */
  baselineHeapBytes: number;
  /** Most live heap during the import, sampled every 100 ms after a full collection. */
  peakHeapBytes: number;
  maxRssBytes: number;
}

export interface ImportMemorySectionResult {
  small: ImportMemoryRun;
  large: ImportMemoryRun;
  /** Growth of the live heap during the import, large ÷ small file. 1 is flat. */
  heapGrowthRatio: number;
  /** Extra live heap per extra row, in bytes. */
  bytesPerRow: number;
}

function growth(run: ImportMemoryRun): number {
  return Math.max(0, run.peakHeapBytes - run.baselineHeapBytes);
}

/**
 * Imports a generated CSV folder of `rows / 10` and one of `rows` activity rows, each in a child
 * process of its own (`import-memory-probe.ts`), and compares the most memory each held: flat
 * memory means the larger file needs about as much as the smaller one.
 */
export async function importMemorySection(projectRoot: string, rows: number): Promise<ImportMemorySectionResult> {
  const folder = await mkdtemp(join(tmpdir(), 'liaison-import-memory-'));
  try {
    const probe = async (count: number): Promise<ImportMemoryRun> => {
      const tag = `memory-${count}-${Date.now()}`;
      const records = join(folder, tag);
      await writeGeneratedActivityCsv(records, count, tag, '市政府办公室', ['民盟', '民革', '九三学社', '工商联']);
      const { stdout } = await run(
        process.execPath,
        ['--expose-gc', '--import', 'tsx', join(projectRoot, 'bench', 'import-memory-probe.ts'), records, `benchmark-${tag}`],
        { cwd: projectRoot, env: childProcessEnvironment({}), maxBuffer: 1 << 20 },
      );
      return JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as ImportMemoryRun;
    };
    const small = await probe(Math.max(1, Math.round(rows / 10)));
    const large = await probe(rows);
    return {
      small,
      large,
      heapGrowthRatio: Number((growth(large) / Math.max(growth(small), 1)).toFixed(2)),
      bytesPerRow: Math.round((growth(large) - growth(small)) / Math.max(large.rows - small.rows, 1)),
    };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

export function formatImportMemorySection(result: ImportMemorySectionResult): string {
  const megabytes = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MB`;
  const line = (run: ImportMemoryRun) =>
    `  ${String(run.rows).padStart(7)} rows  ${run.seconds.toFixed(2).padStart(6)} s  live heap ${megabytes(run.baselineHeapBytes)} → peak ${megabytes(run.peakHeapBytes)}  peak RSS ${megabytes(run.maxRssBytes)}`;
  return [
    'Records import memory (generated CSV folders streamed, each imported in a child process)',
    line(result.small),
    line(result.large),
    `  heap growth, ${result.large.rows} rows ÷ ${result.small.rows} rows: ${result.heapGrowthRatio}× (${result.bytesPerRow} bytes per extra row)`,
  ].join('\n');
}
