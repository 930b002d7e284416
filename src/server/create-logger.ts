import { pino, type Logger } from 'pino';
import { prettyFactory } from 'pino-pretty';
import type { Config } from '../config/index.ts';

export type { Logger } from 'pino';

/** Where log lines go: stdout, and whether it is a person's terminal (decides the default format). */
export interface LogDestination {
  write(line: string): unknown;
  isTTY?: boolean;
}

/** The format in effect: LOG_FORMAT when set, else readable lines on a terminal and JSON lines otherwise. */
export function logFormatFor(config: Partial<Pick<Config, 'logFormat'>>, destination: LogDestination): 'json' | 'pretty' {
  return config.logFormat ?? (destination.isTTY === true ? 'pretty' : 'json');
}

/**
 * The process's pino logger at the configured level: one JSON object per line for a log collector,
 * or pino-pretty's readable lines (time, level, message, then the fields) for a person.
 */
export function createLogger(
  config: Pick<Config, 'logLevel'> & Partial<Pick<Config, 'logFormat'>>,
  name = 'liaison-graph',
  destination: LogDestination = process.stdout,
): Logger {
  const options = { name, level: config.logLevel };
  if (logFormatFor(config, destination) === 'json') return pino(options, destination);
  // Formatted synchronously in this thread (no transport worker): a start-up failure logged just
  // before the process exits is still printed.
  const prettify = prettyFactory({ colorize: destination.isTTY === true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname,name' });
  return pino(options, { write: (line: string) => destination.write(prettify(line)) });
}
