import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { measureStoreBytes, sizeNeo4jMemory } from '../../../src/neo4j/memory-sizing.ts';

const GIB = 1024 ** 3;
const MIB = 1024 ** 2;

describe('the embedded Neo4j’s memory, unless the environment fixes it', () => {
  it('starts the heap at 512 MB and lets it grow to a quarter of the machine', () => {
    expect(sizeNeo4jMemory({ totalMemoryBytes: 24 * GIB, storeBytes: 5 * MIB })).toMatchObject({
      initialHeap: '512m',
      maxHeap: '6144m',
    });
  });

  it('keeps the heap between 1 GB and 8 GB whatever the machine', () => {
    expect(sizeNeo4jMemory({ totalMemoryBytes: 2 * GIB, storeBytes: 0 }).maxHeap).toBe('1024m');
    expect(sizeNeo4jMemory({ totalMemoryBytes: 256 * GIB, storeBytes: 0 }).maxHeap).toBe('8192m');
  });

  it('sizes the page cache from the store with room to grow, at most a quarter of the machine', () => {
    expect(sizeNeo4jMemory({ totalMemoryBytes: 24 * GIB, storeBytes: 0 }).pageCache).toBe('256m');
    expect(sizeNeo4jMemory({ totalMemoryBytes: 24 * GIB, storeBytes: 1 * GIB }).pageCache).toBe('1792m');
    expect(sizeNeo4jMemory({ totalMemoryBytes: 8 * GIB, storeBytes: 10 * GIB }).pageCache).toBe('2048m');
  });

  it('takes NEO4J_HEAP_SIZE as a fixed heap and NEO4J_PAGE_CACHE_SIZE as it is, and says where each figure came from', () => {
    const memory = sizeNeo4jMemory({ totalMemoryBytes: 24 * GIB, storeBytes: 0, heapSize: '4g', pageCacheSize: '2g' });
    expect(memory).toMatchObject({ initialHeap: '4g', maxHeap: '4g', pageCache: '2g' });
    expect(memory.explanation).toBe('heap 4g (NEO4J_HEAP_SIZE), page cache 2g (NEO4J_PAGE_CACHE_SIZE)');
    expect(sizeNeo4jMemory({ totalMemoryBytes: 24 * GIB, storeBytes: 3 * MIB }).explanation).toBe(
      'heap 512m growing to 6144m (from 24.0 GB of memory), page cache 260m (from a 3 MB store)',
    );
  });
});

describe('the store’s size', () => {
  it('adds up the files under data/databases, and is 0 for a data folder without a store', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'store-size-'));
    try {
      expect(await measureStoreBytes(folder)).toBe(0);
      await mkdir(join(folder, 'data', 'databases', 'neo4j'), { recursive: true });
      await writeFile(join(folder, 'data', 'databases', 'neo4j', 'neostore'), Buffer.alloc(1000));
      await writeFile(join(folder, 'data', 'databases', 'store_lock'), Buffer.alloc(24));
      expect(await measureStoreBytes(folder)).toBe(1024);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
