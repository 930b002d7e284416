import { randomBytes } from 'node:crypto';
import type { Database } from '../../src/db/index.ts';

/**
 * A small, isolated jurisdiction for the records tests, written by Cypher the way the notice loader
 * writes 资阳市 (offices, departments with aliases, counterparts, leaders; no dataset): each test
 * file gets its own name, so parallel tests and the seeded 资阳市 are never touched.
 */
export function uniqueName(prefix: string): string {
  return `${prefix}${randomBytes(4).toString('hex')}`;
}

export async function createRecordsWorld(database: Database, jurisdiction: string): Promise<void> {
  await database.write(
    `MERGE (j:Jurisdiction {name: $jurisdiction}) SET j.aliases = []
     WITH j
     UNWIND $bodies AS body
     CALL (j, body) {
       WITH j, body WHERE body.label = 'Office'
       MERGE (node:Office {key: $jurisdiction + '/' + body.name})
       SET node.name = body.name, node.fullName = body.fullName, node.aliases = body.aliases
       MERGE (node)-[:IN_JURISDICTION]->(j)
     }
     CALL (j, body) {
       WITH j, body WHERE body.label = 'Department'
       MERGE (node:Department {key: $jurisdiction + '/' + body.name})
       SET node.name = body.name, node.fullName = body.fullName, node.aliases = body.aliases, node.sourceDocument = 'test'
       MERGE (node)-[:IN_JURISDICTION]->(j)
     }
     CALL (j, body) {
       WITH j, body WHERE body.label = 'Counterpart'
       MERGE (node:Counterpart {key: $jurisdiction + '/' + body.name})
       SET node.name = body.name, node.fullName = body.fullName, node.aliases = body.aliases,
           node.party = body.party, node.kind = body.kind, node.sourceDocument = 'test'
       MERGE (node)-[:IN_JURISDICTION]->(j)
     }
     CALL (j, body) {
       WITH j, body WHERE body.label = 'Leader'
       MERGE (node:Leader {key: $jurisdiction + '/' + body.name})
       SET node.name = body.name, node.aliases = body.aliases, node.sourceDocument = 'test'
       MERGE (node)-[:IN_JURISDICTION]->(j)
     }`,
    {
      jurisdiction,
      bodies: [
        { label: 'Office', name: '市政府', fullName: '资阳市人民政府', aliases: [] },
        { label: 'Office', name: '市政府办公室', fullName: '资阳市人民政府办公室', aliases: ['市政府办'] },
        { label: 'Office', name: '市委统战部', fullName: '中共资阳市委统一战线工作部', aliases: [] },
        { label: 'Department', name: '市发展改革委', fullName: '资阳市发展和改革委员会', aliases: ['市发改委'] },
        { label: 'Department', name: '市司法局', fullName: '资阳市司法局', aliases: [] },
        { label: 'Department', name: '市商务局', fullName: '资阳市商务局', aliases: [] },
        {
          label: 'Counterpart',
          name: '民盟资阳市委会',
          fullName: '中国民主同盟资阳市委员会',
          aliases: ['民盟'],
          party: '民盟',
          kind: 'PARTY',
        },
        {
          label: 'Counterpart',
          name: '九三学社资阳市委会',
          fullName: '九三学社资阳市委员会',
          aliases: ['九三学社'],
          party: '九三学社',
          kind: 'PARTY',
        },
        {
          label: 'Counterpart',
          name: '市工商联',
          fullName: '资阳市工商业联合会',
          aliases: ['工商联'],
          party: '工商联',
          kind: 'FEDERATION',
        },
        { label: 'Leader', name: '王善平', aliases: [] },
        { label: 'Leader', name: '李东', aliases: ['李  东'] },
        { label: 'Leader', name: '张宇星', aliases: [] },
      ],
    },
  );
}

/** Deletes the jurisdiction, everything in it, the roles of its people and the given datasets. */
export async function removeRecordsWorld(database: Database, jurisdiction: string, datasetPrefix: string): Promise<void> {
  await database.write(`MATCH (role:Role) WHERE role.key STARTS WITH $prefix DETACH DELETE role`, { prefix: `${jurisdiction}/` });
  await database.write(
    `MATCH (j:Jurisdiction {name: $jurisdiction})
     OPTIONAL MATCH (node)-[:IN_JURISDICTION]->(j)
     DETACH DELETE node, j`,
    { jurisdiction },
  );
  await database.write('MATCH (dataset:Dataset) WHERE dataset.name STARTS WITH $prefix DELETE dataset', { prefix: datasetPrefix });
}

/** Cypher rows as a sorted list of strings, for comparing graph states. */
export async function graphSnapshot(database: Database, jurisdiction: string): Promise<string[]> {
  const rows = await database.read(
    `MATCH (j:Jurisdiction {name: $jurisdiction})
     MATCH (node)-[:IN_JURISDICTION]->(j)
     OPTIONAL MATCH (node)-[link]-(other)
     RETURN head(labels(node)) + ' ' + coalesce(node.key, node.number) + ' ' + coalesce(type(link), '') + ' ' +
            coalesce(other.key, other.number, other.name, '') AS line`,
    { jurisdiction },
  );
  return rows.map((row) => String(row.line)).sort();
}
