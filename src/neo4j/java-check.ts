import { ErrorCode, LiaisonError } from '../errors/index.ts';
import { runCommand } from './neo4j-installer.ts';

export const MINIMUM_JAVA_VERSION = 17;

/** Reads the major version from `java -version` output (`openjdk version "17.0.15"`, `"1.8.0_392"`). */
export function parseJavaMajorVersion(output: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(output);
  if (match === null) return undefined;
  const first = Number(match[1]);
  return first === 1 && match[2] !== undefined ? Number(match[2]) : first;
}

/** Fails with a message naming the fix when `java` is missing or older than 17. */
export async function checkJava(javaCommand = 'java'): Promise<number> {
  const result = await runCommand(javaCommand, ['-version']);
  if (result.missing) {
    throw new LiaisonError(
      ErrorCode.NEO4J_LAUNCH_FAILED,
      `Java was not found (${javaCommand}): install a JDK ${MINIMUM_JAVA_VERSION}+ (e.g. \`apt-get install openjdk-17-jre-headless\`), or set NEO4J_URI to use an existing Neo4j.`,
    );
  }
  const major = parseJavaMajorVersion(result.output);
  if (major === undefined || major < MINIMUM_JAVA_VERSION) {
    throw new LiaisonError(
      ErrorCode.NEO4J_LAUNCH_FAILED,
      `Java ${MINIMUM_JAVA_VERSION} or newer is needed to run Neo4j ${'5.26'}, found ${major ?? 'an unknown version'}: install a newer JDK or put it first on PATH (or set JAVA_HOME).`,
    );
  }
  return major;
}
