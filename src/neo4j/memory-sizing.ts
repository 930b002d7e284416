import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** The memory the embedded JVM is started with, as JVM/Neo4j size strings (`512m`, `6g`). */
export interface Neo4jMemory {
  /** -Xms: what the JVM takes at start. */
  initialHeap: string;
  /** -Xmx: the most it may grow to; a transaction may use 70% of it. */
  maxHeap: string;
  /** server.memory.pagecache.size. */
  pageCache: string;
  /** One line saying where the figures come from, for the start log. */
  explanation: string;
}

export interface MemoryInputs {
  /** The machine's memory (os.totalmem()). */
  totalMemoryBytes: number;
  /** The size of the store files the page cache holds (0 for a new data folder). */
  storeBytes: number;
  /** NEO4J_HEAP_SIZE when set: the heap, fixed (initial = maximum). */
  heapSize?: string | undefined;
  /** NEO4J_PAGE_CACHE_SIZE when set. */
  pageCacheSize?: string | undefined;
}

const MIB = 1024 * 1024;
const GIB = 1024 * MIB;
/** A small graph needs little heap; the JVM starts with this and grows only when the work needs more. */
const INITIAL_HEAP = 512 * MIB;
const MIN_HEAP = 1 * GIB;
const MAX_HEAP = 8 * GIB;
const MIN_PAGE_CACHE = 256 * MIB;

const clamp = (value: number, low: number, high: number) => Math.min(Math.max(value, low), Math.max(low, high));

/** `1.5 GiB` → `1536m`: whole mebibytes, the unit the JVM and Neo4j both read. */
function megabytes(bytes: number): string {
  return `${Math.floor(bytes / MIB)}m`;
}

/**
 * Sizes the embedded server from the machine and the store, unless the environment says otherwise:
 * - heap: starts at 512 MB and may grow to a quarter of the machine's memory (between 1 GB and 8 GB),
 *   so a laptop serving one city pays for what it uses, while a large import may still take gigabytes;
 * - page cache: the store one and a half times over plus 256 MB (room to grow after start), at most
 *   a quarter of the machine's memory.
 * NEO4J_HEAP_SIZE fixes the heap (initial = maximum, as Neo4j advises for a dedicated server) and
 * NEO4J_PAGE_CACHE_SIZE the page cache.
 */
export function sizeNeo4jMemory(inputs: MemoryInputs): Neo4jMemory {
  const quarter = inputs.totalMemoryBytes / 4;
  const maxHeap = inputs.heapSize ?? megabytes(clamp(quarter, MIN_HEAP, MAX_HEAP));
  const initialHeap = inputs.heapSize ?? megabytes(INITIAL_HEAP);
  const pageCache = inputs.pageCacheSize ?? megabytes(clamp(inputs.storeBytes * 1.5 + MIN_PAGE_CACHE, MIN_PAGE_CACHE, quarter));
  const heapSource = inputs.heapSize === undefined ? `from ${(inputs.totalMemoryBytes / GIB).toFixed(1)} GB of memory` : 'NEO4J_HEAP_SIZE';
  const cacheSource =
    inputs.pageCacheSize === undefined ? `from a ${Math.ceil(inputs.storeBytes / MIB)} MB store` : 'NEO4J_PAGE_CACHE_SIZE';
  return {
    initialHeap,
    maxHeap,
    pageCache,
    explanation: `heap ${initialHeap === maxHeap ? maxHeap : `${initialHeap} growing to ${maxHeap}`} (${heapSource}), page cache ${pageCache} (${cacheSource})`,
  };
}

/** The bytes of the store files under a data folder (`data/databases`), 0 when there are none yet. */
export async function measureStoreBytes(dataDir: string): Promise<number> {
  const root = join(dataDir, 'data', 'databases');
  let entries: string[];
  try {
    entries = await readdir(root, { recursive: true });
  } catch {
    return 0;
  }
  let total = 0;
  for (const entry of entries) {
    const info = await stat(join(root, entry)).catch(() => undefined);
    if (info?.isFile()) total += info.size;
  }
  return total;
}
