import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeCodeCache } from '../../src/cli/code-cache.js';
import { makeTempDir } from '../helpers/temp.js';
import { isBuilt, repoRoot } from '../cli/run-cli.js';

/**
 * The bundles of dist/ a run of the built CLI loads, as its code cache records them (one entry
 * per bundle compiled; dist/boot.cjs, which installs the cache, is the only one not listed).
 */
function bundlesLoaded(args: readonly string[]): string[] {
  const cacheDir = makeTempDir();
  const env: NodeJS.ProcessEnv = { ...process.env, VENDOR_EVAL_CACHE_DIR: cacheDir };
  delete env.VENDOR_EVAL_NO_CACHE;
  delete env.VENDOR_EVAL_DEBUG;
  const result = spawnSync(process.execPath, [join(repoRoot, 'bin', 'vendor-eval.js'), ...args], {
    cwd: repoRoot,
    env,
    stdio: 'ignore',
    timeout: 30_000,
  });
  expect(result.status).toBe(0);
  const dir = join(cacheDir, 'code');
  const [file] = readdirSync(dir);
  return [...decodeCodeCache(readFileSync(join(dir, file!))).keys()].sort();
}

/**
 * Node's own modules a run of `node …argv` in `cwd` loads (`process.moduleLoadList` at exit,
 * written by a preloaded script), beyond those of `node -e 0`; its standard output and error
 * go to `/dev/null` or to pipes (`stdio`).
 */
function nodeModulesOf(
  argv: readonly string[],
  cwd: string,
  stdio: 'ignore' | 'pipe' = 'ignore',
): string[] {
  const dir = makeTempDir();
  const preload = join(dir, 'preload.cjs');
  const list = join(dir, 'modules.json');
  writeFileSync(
    preload,
    `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(list)}, JSON.stringify(process.moduleLoadList)));`,
  );
  const env: NodeJS.ProcessEnv = { ...process.env, VENDOR_EVAL_CACHE_DIR: join(dir, 'cache') };
  delete env.VENDOR_EVAL_DEBUG;
  const run = (args: readonly string[]) => {
    const result = spawnSync(process.execPath, ['-r', preload, ...args], {
      cwd,
      env,
      stdio: ['ignore', stdio, stdio],
      timeout: 30_000,
    });
    expect(result.status).toBe(0);
    return JSON.parse(readFileSync(list, 'utf8')) as string[];
  };
  const bare = new Set(run(['-e', '0']));
  return run(argv).filter((m) => !bare.has(m));
}

/** {@link nodeModulesOf} a run of the built CLI. */
function nodeModulesLoaded(
  args: readonly string[],
  cwd: string,
  stdio: 'ignore' | 'pipe' = 'ignore',
): string[] {
  return nodeModulesOf([join(repoRoot, 'bin', 'vendor-eval.js'), ...args], cwd, stdio);
}

// npm test builds before it runs the tests; a bare `vitest run` without a build skips this
describe.runIf(isBuilt)('startup (the built CLI)', () => {
  it('--help loads the program alone: no command, format, chalk, zod, yaml or cli-table3', () => {
    // cli-errors.cjs: the error classes, one bundle that every bundle shares (instanceof)
    expect(bundlesLoaded(['--help'])).toEqual(['cli-errors.cjs', 'cli.cjs']);
  });

  it('rank loads its own bundle and the packages it uses (so the check above looks at real names), and nothing it does not use', () => {
    const loaded = bundlesLoaded(['rank', 'examples/vendors']);
    for (const bundle of ['cli-run-rank.cjs', 'ui-rank-table.cjs', 'pkg-cli-table3.cjs'])
      expect(loaded).toContain(bundle);
    // no colour (stdout is not a terminal): chalk stays unloaded
    expect(loaded).not.toContain('pkg-chalk.cjs');
    // the prompts load only when `score` or `weigh` runs
    expect(loaded.filter((b) => b.includes('inquirer'))).toEqual([]);
    // valid files, shipped ones parsed at build time: no schema, no zod, no YAML parser
    // (docs/performance.md, "Loaded on first use")
    expect(loaded.filter((b) => /zod|yaml|schema/.test(b))).toEqual([]);
  });

  it('chalk loads when the run colours its output (`--color`), and only then', () => {
    expect(bundlesLoaded(['rank', 'examples/vendors', '--color'])).toContain('pkg-chalk.cjs');
  });

  it('check runs git only with --base: without it, node:child_process is not loaded', () => {
    const project = join(makeTempDir(), 'project');
    const init = spawnSync(process.execPath, [
      join(repoRoot, 'bin', 'vendor-eval.js'),
      'init',
      project,
    ]);
    expect(init.status).toBe(0);
    const loaded = nodeModulesLoaded(['check'], project);
    expect(loaded.length).toBeGreaterThan(0); // the list is real: the run loads modules of its own
    expect(loaded.filter((m) => m.includes('child_process'))).toEqual([]);
  });

  it('output read by another program (pipes) is written to the descriptors: no socket, no net', () => {
    const loaded = nodeModulesLoaded(['rank', 'examples/vendors'], repoRoot, 'pipe');
    expect(loaded.length).toBeGreaterThan(0);
    expect(loaded.filter((m) => /\b(net|pipe_wrap|tty)$/.test(m))).toEqual([]);
    // Node's own stream on a pipe loads them: the check looks at real names
    const streamed = nodeModulesOf(['-e', 'process.stdout.write("")'], repoRoot, 'pipe');
    expect(streamed).toContain('NativeModule net');
  });
});
