import { afterEach, describe, expect, it, vi } from 'vitest';
import { describeFailure, EXIT_FAILURE, EXIT_INVALID, EXIT_OK, parseFlags, runCommand, UsageError } from '../../../src/cli/command.ts';
import { ConfigError } from '../../../src/config/index.ts';
import { ErrorCode, LiaisonError } from '../../../src/errors/index.ts';

/** What a command wrote to stdout and stderr while `work` ran. */
async function captured(work: () => Promise<number>): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    stderr += String(chunk);
    return true;
  });
  const code = await work();
  vi.restoreAllMocks();
  return { code, stdout, stderr };
}

afterEach(() => vi.restoreAllMocks());

describe('the command helper', () => {
  const definition = {
    name: 'demo',
    usage: 'usage: npm run demo -- --out FILE',
    parse(argv: string[]) {
      const { values } = parseFlags(argv, { out: { type: 'string' } });
      if (values.out === undefined) throw new UsageError('--out FILE is required');
      return { out: values.out };
    },
    run: async ({ out }: { out: string }) => {
      if (out === 'missing') throw new LiaisonError(ErrorCode.INVALID_INPUT_FILE, 'cannot read missing');
      if (out === 'broken') throw new LiaisonError(ErrorCode.DATABASE_UNAVAILABLE, 'Neo4j is not available');
      process.stdout.write(`wrote ${out}\n`);
      return EXIT_OK;
    },
  };

  it('prints the usage for --help and exits 0 without running the work', async () => {
    expect(await captured(() => runCommand(definition, ['--help']))).toEqual({
      code: 0,
      stdout: 'usage: npm run demo -- --out FILE\n',
      stderr: '',
    });
  });

  it('runs the work with the parsed arguments, opening no database it was not asked for', async () => {
    expect(await captured(() => runCommand(definition, ['--out', 'a.json']))).toEqual({ code: 0, stdout: 'wrote a.json\n', stderr: '' });
  });

  it('exits 2 with the mistake and the usage for a missing or unknown flag', async () => {
    const missing = await captured(() => runCommand(definition, []));
    expect(missing).toEqual({ code: 2, stdout: '', stderr: 'demo: --out FILE is required\nusage: npm run demo -- --out FILE\n' });
    const unknown = await captured(() => runCommand(definition, ['--colour']));
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("'--colour'");
  });

  it('exits 2 for the user’s errors and 1 for failures, the same for every command', async () => {
    expect(await captured(() => runCommand(definition, ['--out', 'missing']))).toMatchObject({
      code: 2,
      stderr: 'demo: cannot read missing\n',
    });
    expect(await captured(() => runCommand(definition, ['--out', 'broken']))).toMatchObject({
      code: 1,
      stderr: 'demo: Neo4j is not available\n',
    });
  });

  it('maps each kind of error to one exit code', () => {
    expect(describeFailure('x', new UsageError('bad')).code).toBe(EXIT_INVALID);
    for (const code of [ErrorCode.BAD_USER_INPUT, ErrorCode.NOT_FOUND, ErrorCode.INVALID_INPUT_FILE]) {
      expect(describeFailure('x', new LiaisonError(code, 'm')).code).toBe(EXIT_INVALID);
    }
    expect(describeFailure('x', new LiaisonError(ErrorCode.DATABASE_UNAVAILABLE, 'm')).code).toBe(EXIT_FAILURE);
    expect(describeFailure('x', new ConfigError('PORT: expected a number')).code).toBe(EXIT_FAILURE);
    expect(describeFailure('x', new Error('boom'))).toMatchObject({
      code: EXIT_FAILURE,
      message: expect.stringContaining('x failed: Error: boom'),
    });
  });
});
