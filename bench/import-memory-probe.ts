import { ConfigError, loadConfig } from '../src/config/index.ts';
import { Database } from '../src/db/index.ts';
import { removeDataset, importRecordsFromPath } from '../src/records/index.ts';

/**
 * A child process of `npm run bench`: imports one records file or folder as a throw-away dataset
 * and prints, as JSON on stdout, how long it took and the most memory it held: the live heap
 * (sampled after a full garbage collection, so run with `--expose-gc`) and the peak resident set.
 * The dataset is removed afterwards. Usage: import-memory-probe.ts PATH DATASET
 */
async function main(argv: string[]): Promise<number> {
  const [path, dataset] = argv;
  if (path === undefined || dataset === undefined) {
    process.stderr.write('usage: import-memory-probe.ts PATH DATASET\n');
    return 2;
  }
  const collect = (globalThis as { gc?: () => void }).gc;
  if (collect === undefined) {
    process.stderr.write('import-memory-probe: run node with --expose-gc\n');
    return 2;
  }
  let database: Database | undefined;
  try {
    database = await Database.open(loadConfig());
    collect();
    const baselineHeapBytes = process.memoryUsage().heapUsed;
    let peakHeapBytes = baselineHeapBytes;
    const sampler = setInterval(() => {
      collect();
      peakHeapBytes = Math.max(peakHeapBytes, process.memoryUsage().heapUsed);
    }, 100);
    const started = performance.now();
    const result = await importRecordsFromPath(database, path, { dataset });
    const seconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    await removeDataset(database, dataset);
    if (result.errors.length > 0) throw new Error(`the records did not validate: ${result.errors[0]?.message}`);
    const maxRssBytes = process.resourceUsage().maxRSS * 1024;
    process.stdout.write(`${JSON.stringify({ rows: result.rowCount, seconds, baselineHeapBytes, peakHeapBytes, maxRssBytes })}\n`);
    return 0;
  } catch (error) {
    const message = error instanceof ConfigError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error);
    process.stderr.write(`import-memory-probe failed: ${message}\n`);
    return 1;
  } finally {
    await database?.close();
  }
}

process.exitCode = await main(process.argv.slice(2));
