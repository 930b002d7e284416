import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.ts';
import { Database, ensureSchema } from '../../src/db/index.ts';
import { AUDIT_ENTRY_LABEL, commandLineActor } from '../../src/db/index.ts';
import { serialiseBackup, backupGraph, readBackup, restoreGraph } from '../../src/backup/index.ts';
import { importRecordsFromPath } from '../../src/records/index.ts';
import { loadSeed } from '../../src/notice/index.ts';
import { searchByName } from '../../src/graphql/search-resolver.ts';
import { filteredSearch, hitSet } from '../support/filtered-search.ts';
import { findFreePort } from '../../src/neo4j/index.ts';
import { writeFile } from 'node:fs/promises';

// Restore needs an empty database: this file starts its own embedded Neo4j in a temporary folder.
let folder: string;
let database: Database;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'records-backup-'));
  const boltPort = await findFreePort();
  database = await Database.open(
    loadConfig({
      NEO4J_URI: undefined,
      NEO4J_DATA_DIR: join(folder, 'neo4j'),
      NEO4J_BOLT_PORT: String(boltPort),
      NEO4J_HEAP_SIZE: '512m',
      NEO4J_PAGE_CACHE_SIZE: '128m',
      LOG_LEVEL: 'silent',
    }),
  );
  await ensureSchema(database);
}, 180_000);

afterAll(async () => {
  await database?.close();
  await rm(folder, { recursive: true, force: true });
});

describe('backup and restore', () => {
  it('gives byte-identical facts for backup → restore → backup, provenance and types included, and keeps the audit trail', async () => {
    await loadSeed(database, loadConfig().projectRoot);
    const sample = join(loadConfig().projectRoot, 'seed', 'sample-2023', 'sample-2023.xlsx');
    const imported = await importRecordsFromPath(database, sample, { dataset: 'sample-2023' });
    expect(imported.errors).toEqual([]);
    const first = serialiseBackup(await backupGraph(database, { auditTrail: false }));
    const full = await backupGraph(database);
    const path = join(folder, 'backup.json');
    await writeFile(path, serialiseBackup(full), 'utf8');
    const entryIds = async () =>
      (await database.read(`MATCH (entry:${AUDIT_ENTRY_LABEL}) RETURN entry.id AS id, entry.operation AS operation`)).map(
        (row) => `${row.operation} ${row.id}`,
      );
    const logged = await entryIds();
    expect(logged.some((entry) => entry.startsWith('import '))).toBe(true);
    expect(full.nodes.filter((node) => node.labels.includes(AUDIT_ENTRY_LABEL))).toHaveLength(logged.length);

    await expect(restoreGraph(database, await readBackup(path))).rejects.toThrow(/the database is not empty \(\d+ nodes\)/);
    const restored = await restoreGraph(database, await readBackup(path), { replace: true });
    expect(restored.nodes).toBeGreaterThan(150);
    const second = serialiseBackup(await backupGraph(database, { auditTrail: false }));
    expect(second).toBe(first);
    // The log is append-only: the entries before the restore stay (once each), the restore adds its own.
    const after = await entryIds();
    expect(after.filter((entry) => !logged.includes(entry)).map((entry) => entry.split(' ')[0])).toEqual(['restore']);
    expect(after).toEqual(expect.arrayContaining(logged));
    const [restore] = await database.read(
      `MATCH (entry:${AUDIT_ENTRY_LABEL} {operation: 'restore'}) RETURN entry.actor AS actor, entry.nodesCreated AS created, entry.nodesDeleted AS deleted`,
    );
    expect(restore).toEqual({
      actor: commandLineActor().id,
      created: restored.nodes - logged.length,
      deleted: restored.nodes - logged.length,
    });

    const [role] = await database.read(
      `MATCH (role:Role) WHERE role.dataset = 'sample-2023' RETURN valueType(role.validFrom) AS date, valueType(role.sourceRow) AS row LIMIT 1`,
    );
    expect(role).toEqual({ date: 'DATE NOT NULL', row: 'INTEGER NOT NULL' });
    expect(JSON.parse(await readFile(path, 'utf8'))).toMatchObject({ format: 'liaison-graph-backup', version: 1 });
  });

  it('answers a search within a jurisdiction the same after restoring a backup without scope tokens, and on a graph without them', async () => {
    const questions = ['民盟', '发改委', '财政', '市政府', '李东', '资阳'];
    // Each state of the index is asked both ways: scores follow the index's statistics, which every write changes.
    const ask = async () => {
      const answers = await Promise.all(questions.map((text) => searchByName(database, text, { jurisdiction: '资阳市', limit: 100 })));
      const filtered = await Promise.all(questions.map((text) => filteredSearch(database, text, '资阳市', 100)));
      expect(answers).toEqual(filtered);
      // Across states only the hits must agree: near-equal scores may swap places.
      return answers.map(hitSet);
    };
    const tokenless = async () =>
      Number(
        (
          await database.read(
            `MATCH (jurisdiction:Jurisdiction {name: '资阳市'})
             RETURN COUNT { (jurisdiction)<-[:IN_JURISDICTION]-(node) WHERE NOT node:Activity AND node.searchScopes IS NULL } +
                    CASE WHEN jurisdiction.searchToken IS NULL THEN 1 ELSE 0 END AS missing`,
          )
        )[0]?.missing,
      );
    const answers = await ask();
    expect(answers.flat().length).toBeGreaterThan(20);
    expect(await tokenless()).toBe(0);

    // A backup an earlier version wrote holds no scope tokens: the restore derives them.
    const backup = await backupGraph(database, { auditTrail: false });
    const older = {
      ...backup,
      nodes: backup.nodes.map((node) => ({
        ...node,
        properties: node.properties.filter(([name]) => name !== 'searchScopes' && name !== 'searchToken'),
      })),
    };
    await restoreGraph(database, older, { replace: true });
    expect(await tokenless()).toBe(0);
    expect(await ask()).toEqual(answers);

    // A graph an earlier version wrote: searched through the filter alone until ensureSchema gives it tokens.
    await database.write('MATCH (node) REMOVE node.searchScopes, node.searchToken');
    expect(await tokenless()).toBeGreaterThan(0);
    expect(await ask()).toEqual(answers);
    await ensureSchema(database);
    expect(await tokenless()).toBe(0);
    expect(await ask()).toEqual(answers);
  });
});
