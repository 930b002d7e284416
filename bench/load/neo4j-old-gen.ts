import type { Database } from '../../src/db/index.ts';

// Neo4j answers JMX through a procedure, so the heap is read over Bolt: it works for the embedded
// server and for any Neo4j whose user may call dbms.queryJmx (Aura may refuse: then null).
const OLD_GENERATION = `
CALL dbms.queryJmx('java.lang:type=MemoryPool,name=*') YIELD name, attributes
WHERE name CONTAINS 'Old Gen' OR name CONTAINS 'Tenured'
RETURN attributes.Usage.value.properties.used AS used`;

/** Megabytes of Neo4j's old generation in use now, or null when Neo4j does not report one. */
export async function neo4jOldGenMb(database: Database): Promise<number | null> {
  const rows = await database.read(OLD_GENERATION);
  const used = rows[0]?.used;
  if (used === undefined || used === null) return null;
  return Math.round(Number(used) / 1024 / 1024);
}
