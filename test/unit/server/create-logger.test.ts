import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createLogger, logFormatFor } from '../../../src/server/index.ts';

function capture(isTTY: boolean) {
  const lines: string[] = [];
  return { lines, destination: { isTTY, write: (line: string) => lines.push(line) } };
}

describe('createLogger', () => {
  it('writes one JSON object per line when stdout is not a terminal', () => {
    const { lines, destination } = capture(false);
    createLogger({ logLevel: 'info', logFormat: undefined }, 'test', destination).info({ port: 4000 }, 'listening');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] ?? '')).toMatchObject({ level: 30, name: 'test', port: 4000, msg: 'listening' });
  });

  it('writes readable lines (level, message, then the fields) on a terminal', () => {
    const { lines, destination } = capture(true);
    createLogger({ logLevel: 'info', logFormat: undefined }, 'test', destination).warn({ port: 4000 }, 'listening');
    const text = stripVTControlCharacters(lines.join(''));
    expect(text).toMatch(/^\[\d\d:\d\d:\d\d\.\d{3}\] WARN: listening\n {4}port: 4000\n$/);
  });

  it('lets LOG_FORMAT force either format whatever stdout is', () => {
    expect(logFormatFor({ logFormat: 'json' }, { isTTY: true, write: () => true })).toBe('json');
    expect(logFormatFor({ logFormat: 'pretty' }, { isTTY: false, write: () => true })).toBe('pretty');
    const { lines, destination } = capture(false);
    createLogger({ logLevel: 'info', logFormat: 'pretty' }, 'test', destination).info('ready');
    expect(lines.join('')).toContain('INFO: ready');
    expect(lines.join('')).not.toContain('\u001b[');
  });

  it('drops messages below the configured level', () => {
    const { lines, destination } = capture(false);
    createLogger({ logLevel: 'warn', logFormat: 'json' }, 'test', destination).info('quiet');
    expect(lines).toEqual([]);
  });
});
