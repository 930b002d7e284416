import { ConfigError, loadConfig, type Config } from '../config/index.ts';
import { Database, ensureSchema } from '../db/index.ts';
import { ErrorCode, isLiaisonError } from '../errors/index.ts';

/** Exit codes shared by the commands: 0 done, 1 failure, 2 the user's error (arguments, names, files). */
export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_INVALID = 2;

/** Errors that are the user's to fix (bad arguments, unknown names, unreadable or invalid files): exit 2. */
const USER_ERROR_CODES: ReadonlySet<string> = new Set([ErrorCode.BAD_USER_INPUT, ErrorCode.NOT_FOUND, ErrorCode.INVALID_INPUT_FILE]);

/**
 * loadConfig → Database.open → ensureSchema → work → close, with the error turned into a message
 * on stderr and an exit code (2 for the user's errors, 1 for failures).
 */
export async function runWithDatabase(command: string, work: (database: Database, config: Config) => Promise<number>): Promise<number> {
  let database: Database | undefined;
  try {
    const config = loadConfig();
    database = await Database.open(config);
    await ensureSchema(database);
    return await work(database, config);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${command} failed: ${error.message}\n`);
      return EXIT_FAILURE;
    }
    if (isLiaisonError(error)) {
      process.stderr.write(`${command}: ${error.message}\n`);
      return USER_ERROR_CODES.has(error.code) ? EXIT_INVALID : EXIT_FAILURE;
    }
    process.stderr.write(`${command} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return EXIT_FAILURE;
  } finally {
    await database?.close();
  }
}
