import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main.js';
import type { CliContext } from '../../src/cli/context.js';
import { makeTempDir as makeTemp } from '../helpers/temp.js';

/** The repository root (holds criteria/ and examples/). */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Whether the CLI is built (`npm run build`): tests of the built binary run only then, so that
 * `npx vitest run` works before a build. `npm test` always builds first, and
 * tests/e2e/built.test.ts fails there if this ever stops finding the build (a renamed entry
 * would otherwise skip those tests without a word).
 */
export const isBuilt = existsSync(join(repoRoot, 'dist', 'cli.cjs'));

/** What a run of the built binary printed, and its exit code (-1 when killed). */
export interface BuiltRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the built binary (`bin/vendor-eval.js`) as a user would: no stdin, no terminal. Variables
 * of this process whose names match `unset` are removed first (colour and debug settings always),
 * then `env` is added.
 */
export function runBuilt(
  args: readonly string[],
  options: { cwd?: string; env?: Record<string, string>; unset?: RegExp } = {},
): BuiltRun {
  const base = { ...process.env };
  const unset = options.unset ?? /^(NO_COLOR|FORCE_COLOR|VENDOR_EVAL_DEBUG)$/;
  for (const key of Object.keys(base)) if (unset.test(key)) delete base[key];
  const result = spawnSync(process.execPath, [join(repoRoot, 'bin', 'vendor-eval.js'), ...args], {
    cwd: options.cwd ?? repoRoot,
    env: { ...base, ...options.env },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 30_000,
  });
  if (result.error) throw result.error;
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** The shipped example vendors. */
export const examplesDir = join(repoRoot, 'examples', 'vendors');

/** What one in-process run of the CLI produced. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** The parts of the fake world a test may change. */
export interface RunOptions {
  cwd?: string;
  env?: Record<string, string | undefined>;
  stdoutIsTTY?: boolean;
  stderrIsTTY?: boolean;
  /** Terminal width, as a terminal reports it. */
  columns?: number;
}

/**
 * Runs `main` with a fake context: output captured as strings, no terminal, an empty environment
 * and the repository root as the working folder unless the test says otherwise.
 */
export async function runCli(args: readonly string[], options: RunOptions = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const ctx: CliContext = {
    cwd: options.cwd ?? repoRoot,
    env: options.env ?? {},
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    stdoutIsTTY: options.stdoutIsTTY ?? false,
    stderrIsTTY: options.stderrIsTTY ?? false,
    columns: options.columns,
  };
  const code = await main(args, ctx);
  return { code, stdout, stderr };
}

/** A fresh empty folder (no project file above it), removed after the file's tests. */
export function makeTempDir(prefix = 'vendor-eval-cli-'): string {
  return makeTemp(prefix);
}

/** Matches any ANSI escape sequence. */
// eslint-disable-next-line no-control-regex -- the point is to find the ESC control character
export const ansi = /\u001b\[/;
