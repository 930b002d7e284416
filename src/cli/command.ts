import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ConfigError, loadConfig, type Config } from '../config/index.ts';
import { Database, ensureSchema } from '../db/index.ts';
import { ErrorCode, isLiaisonError } from '../errors/index.ts';

/** Exit codes shared by the commands: 0 done, 1 failure, 2 the user's error (arguments, names, files). */
export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_INVALID = 2;

/** Errors that are the user's to fix (bad arguments, unknown names, unreadable or invalid files): exit 2. */
const USER_ERROR_CODES: ReadonlySet<string> = new Set([ErrorCode.BAD_USER_INPUT, ErrorCode.NOT_FOUND, ErrorCode.INVALID_INPUT_FILE]);

/** A mistake in a command's arguments: printed with the usage, exit 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** node:util's parseArgs, strict, with its complaints turned into UsageErrors. */
export function parseFlags<O extends Options>(argv: string[], options: O, allowPositionals = false) {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** What a command's work is given: the configuration, and the database opened on first use. */
export interface CommandContext {
  readonly config: Config;
  /** Config → Database.open → ensureSchema, once; closed when the command ends. */
  database(): Promise<Database>;
}

export interface CommandDefinition<Arguments> {
  /** As in `npm run <name>`, and the prefix of every message. */
  name: string;
  usage: string;
  /** Turns the arguments into what `run` needs; throws UsageError on a mistake. `--help` never reaches it. */
  parse(argv: string[]): Arguments;
  /** Does the work and returns the exit code. */
  run(parsed: Arguments, context: CommandContext): Promise<number>;
}

/** The exit code and the message of an error that ended a command. */
export function describeFailure(name: string, error: unknown): { code: number; message: string } {
  if (error instanceof UsageError) return { code: EXIT_INVALID, message: `${name}: ${error.message}` };
  if (error instanceof ConfigError) return { code: EXIT_FAILURE, message: `${name} failed: ${error.message}` };
  if (isLiaisonError(error))
    return { code: USER_ERROR_CODES.has(error.code) ? EXIT_INVALID : EXIT_FAILURE, message: `${name}: ${error.message}` };
  return { code: EXIT_FAILURE, message: `${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}` };
}

/**
 * Runs a command: `--help` prints the usage; otherwise arguments → work → exit code, with the
 * database opened only if the work asks for it and closed at the end whatever happens. Every
 * command maps the same error to the same exit code (see `describeFailure`).
 */
export async function runCommand<Arguments>(
  definition: CommandDefinition<Arguments>,
  argv: string[] = process.argv.slice(2),
): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${definition.usage}\n`);
    return EXIT_OK;
  }
  let database: Promise<Database> | undefined;
  try {
    const parsed = definition.parse(argv);
    let config: Config | undefined;
    const context: CommandContext = {
      get config() {
        config ??= loadConfig();
        return config;
      },
      database() {
        database ??= (async () => {
          const opened = await Database.open(context.config);
          try {
            await ensureSchema(opened);
          } catch (error) {
            await opened.close();
            throw error;
          }
          return opened;
        })();
        return database;
      },
    };
    return await definition.run(parsed, context);
  } catch (error) {
    const failure = describeFailure(definition.name, error);
    process.stderr.write(`${failure.message}\n${error instanceof UsageError ? `${definition.usage}\n` : ''}`);
    return failure.code;
  } finally {
    if (database !== undefined) await (await database.catch(() => undefined))?.close();
  }
}

/** `process.exitCode = await runCommand(...)`, for a command's module. */
export async function main<Arguments>(definition: CommandDefinition<Arguments>): Promise<void> {
  process.exitCode = await runCommand(definition);
}
