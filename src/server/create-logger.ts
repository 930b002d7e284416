import { pino, type Logger } from 'pino';
import type { Config } from '../config/index.ts';

export type { Logger } from 'pino';

/** The process's pino logger (JSON lines on stdout) at the configured level. */
export function createLogger(config: Pick<Config, 'logLevel'>, name = 'liaison-graph'): Logger {
  return pino({ name, level: config.logLevel });
}
