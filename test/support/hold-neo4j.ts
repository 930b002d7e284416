// Starts the embedded Neo4j in the data folder given as argv[2] on port argv[3] (with the password
// argv[4] when given), prints
// {"pid","uri"} as one JSON line, then waits forever: tests kill this process to check that the
// JVM does not outlive it.
import { loadConfig } from '../../src/config/index.ts';
import { startOrAttachNeo4j } from '../../src/neo4j/index.ts';

const [dataDir, port, password] = process.argv.slice(2);
const config = loadConfig({
  NEO4J_DATA_DIR: dataDir,
  NEO4J_BOLT_PORT: port,
  NEO4J_PASSWORD: password,
  NEO4J_HEAP_SIZE: '512m',
  NEO4J_PAGE_CACHE_SIZE: '128m',
});
const handle = await startOrAttachNeo4j(config.neo4j);
console.log(JSON.stringify({ pid: handle.pid, uri: handle.uri }));
setInterval(() => undefined, 60_000);
