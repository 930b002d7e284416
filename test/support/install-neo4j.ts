// Runs the Neo4j installer for the library folder argv[2] and prints its error message, if any:
// tests run it with a PATH that lacks Maven.
import { ensureNeo4jInstalled } from '../../src/neo4j/index.ts';

try {
  await ensureNeo4jInstalled(process.argv[2] ?? '');
  console.log('installed');
} catch (error) {
  console.log((error as Error).message);
}
