// `npm run neo4j:install`: resolves the embedded Neo4j and APOC jars from Maven Central (cached).
import { loadConfig } from '../config/index.ts';
import { ensureNeo4jInstalled } from '../neo4j/index.ts';

try {
  const config = loadConfig();
  const installation = await ensureNeo4jInstalled(config.neo4j.libraryDir, (line) => console.log(line));
  console.log(`Neo4j jars ready in ${installation.libDir}`);
} catch (error) {
  console.error(`neo4j:install: ${(error as Error).message}`);
  process.exit(1);
}
