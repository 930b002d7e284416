import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, stat, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('ensureNeo4jInstalled', () => {
  it('names Maven and the NEO4J_URI way around it when mvn is not on PATH, and leaves no partial folder', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'liaison-installer-'));
    try {
      const libraryDir = join(folder, 'neo4j-lib');
      // A PATH with node alone (node's own folder may also hold mvn, e.g. /usr/bin).
      const bin = join(folder, 'bin');
      await mkdir(bin);
      await symlink(process.execPath, join(bin, 'node'));
      const output = execFileSync(join(bin, 'node'), ['--import', 'tsx', 'test/support/install-neo4j.ts', libraryDir], {
        encoding: 'utf8',
        env: { PATH: bin },
      });
      expect(output.trim()).toBe(
        'Maven (mvn) was not found on PATH: install Maven 3.8+ (e.g. `apt-get install maven`), or set NEO4J_URI to use an existing Neo4j.',
      );
      await expect(stat(libraryDir)).rejects.toThrow();
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
