import { describe, expect, it } from 'vitest';
import type { CliContext } from '../../src/cli/context.js';
import { buildProgram, commandMakers, commandsFor } from '../../src/cli/program.js';

/**
 * What commander does with `argv` on a program built with only the commands `commandsFor` picks
 * (`partial`) or with every command: what it writes, the error it ends with, and which command's
 * action it runs (the action is recorded, not run).
 */
async function outcome(argv: readonly string[], partial: boolean) {
  const out: string[] = [];
  const err: string[] = [];
  const ctx: CliContext = {
    cwd: process.cwd(),
    env: {},
    stdout: { write: (s: string) => out.push(s) },
    stderr: { write: (s: string) => err.push(s) },
    stdoutIsTTY: false,
    stderrIsTTY: false,
    columns: 100,
  };
  const ran: string[] = [];
  const program = buildProgram(
    ctx,
    (command) => {
      const named = command as unknown as { name: () => string };
      ran.push(`${named.name()} ${JSON.stringify(command.optsWithGlobals())}`);
      return Promise.resolve();
    },
    partial ? argv : undefined,
  );
  let error: unknown;
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (e) {
    const { code, exitCode, message } = e as { code?: string; exitCode?: number; message: string };
    error = { code, exitCode, message };
  }
  return { out: out.join(''), err: err.join(''), error, ran };
}

const names = Object.keys(commandMakers);

describe('building only the command a run names', () => {
  it('the table of commands is the program: the same names, in the help order', async () => {
    const { out } = await outcome(['--help'], false);
    const listed = [...out.matchAll(/^ {2}([a-z]+)\b/gm)].map((m) => m[1]);
    expect(listed.filter((n) => n !== 'help')).toEqual(names);
  });

  it('picks one command only after the program flags, else every command', () => {
    expect(commandsFor(['rank', 'examples/vendors'])).toEqual([commandMakers.rank]);
    expect(commandsFor(['--no-cache', '-q', 'check', '--base', 'main'])).toEqual([
      commandMakers.check,
    ]);
    for (const argv of [[], ['--help'], ['--help', 'rank'], ['help', 'rank'], ['rnak'], ['-V']])
      expect(commandsFor(argv)).toHaveLength(names.length);
    expect(commandsFor(['--nosuch', 'rank'])).toHaveLength(names.length);
    expect(commandsFor(['constructor'])).toHaveLength(names.length);
  });

  it.each(names)(
    '%s: the same help, errors and action as with every command built',
    async (name) => {
      for (const argv of [
        [name, '--help'],
        [name, '--nosuch-option'],
        ['--no-cache', name, '-h'],
        [name, 'a', 'b', 'c', 'd', 'e'],
        [name],
      ]) {
        const partial = await outcome(argv, true);
        expect(partial, argv.join(' ')).toStrictEqual(await outcome(argv, false));
      }
    },
  );
});
