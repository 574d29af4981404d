import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { editFile } from '../helpers/edit.js';
import { makeTempDir } from '../helpers/temp.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const bin = join(root, 'bin', 'vendor-eval.js');

/** Runs the built binary like a user would: no stdin, no terminal, no colour settings. */
function run(
  args: readonly string[],
  cwd = root,
): { code: number; stdout: string; stderr: string } {
  const env = { ...process.env };
  for (const key of ['NO_COLOR', 'FORCE_COLOR', 'VENDOR_EVAL_DEBUG']) delete env[key];
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 20_000,
  });
  if (result.error) throw result.error;
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

const exampleNames = [
  'Harbourline Customer Care',
  'Kestrel Contact Solutions',
  'Loop & Tell Social Care',
  'Meridian Shore BPO',
  'Puente Contact Partners',
  'Tala Global Services',
];

describe('the built binary', () => {
  it('rank examples/vendors prints every example vendor’s name, exit 0', () => {
    const r = run(['rank', 'examples/vendors']);
    expect(r.code).toBe(0);
    for (const name of exampleNames) expect(r.stdout).toContain(name);
    expect(r.stdout).not.toMatch(/\u001b\[/); // eslint-disable-line no-control-regex -- ESC
  });

  it('rank --format json is valid JSON with the six vendors in rank order', () => {
    const r = run(['rank', 'examples/vendors', '--format', 'json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as {
      tool: { name: string; version: string };
      vendors: { id: string; rank: number | null }[];
    };
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      version: string;
    };
    expect(doc.tool).toEqual({ name: 'vendor-eval', version: pkg.version });
    expect(doc.vendors.map((v) => v.rank)).toEqual([1, 2, 3, null, null, null]);
  });

  it('a bad vendor file: one `file:line:column error message (rule)` line per problem, exit 2', () => {
    const dir = makeTempDir('vendor-eval-e2e-');
    const file = join(dir, 'bad-vendor.yaml');
    const text = [
      'vendor: bad-vendor',
      'name: Bad Vendor',
      'answers:',
      '  sla-voice-service-level: 150',
      '  sla-chat-first-respons: 20',
      '  security-gdpr-art28: maybe',
      '',
    ].join('\n');
    writeFileSync(file, text);
    const r = run(['rank', 'bad-vendor.yaml'], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).not.toContain('    at ');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    const shape = /^bad-vendor\.yaml:(\d+):(\d+) error (.+) \(([a-z0-9-]+)\)(?: — .+)?$/;
    for (const line of lines) expect(line).toMatch(shape);
    expect(lines.map((l) => shape.exec(l)?.slice(1, 3).join(':'))).toEqual(['4:28', '5:3', '6:24']);
    expect(lines.map((l) => shape.exec(l)?.[4])).toEqual([
      'out-of-range',
      'unknown-criterion',
      'invalid-type',
    ]);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  it('--help lists the commands with examples, exit 0', () => {
    const r = run(['--help']);
    expect(r.code).toBe(0);
    for (const cmd of ['rank', 'explain', 'validate', 'weights', 'criteria', 'schema'])
      expect(r.stdout).toMatch(new RegExp(`^  ${cmd}\\b`, 'm'));
    expect(r.stdout).toContain('Examples:');
    expect(r.stdout).toMatch(/\$ vendor-eval rank examples\/vendors/);
    expect(r.stdout).toMatch(/\$ vendor-eval validate /);
  });

  it('an unknown option is exit 2 with a message and no stack trace', () => {
    const r = run(['rank', '--frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown option '--frobnicate'");
    expect(r.stderr).not.toContain('    at ');
  });

  it('a reader that closes the pipe early (| head) ends the run quietly', () => {
    const r = spawnSync(
      'sh',
      ['-c', `"${process.execPath}" "${bin}" rank examples/vendors --format json | head -n 1`],
      { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 20_000 },
    );
    expect(r.stdout).toBe('{\n');
    expect(r.stderr).not.toContain('EPIPE');
    expect(r.stderr).not.toContain('    at ');
  });

  it.skipIf(process.platform === 'win32')(
    'a failed check piped into a reader that stops early still exits 1 (CI with pipefail)',
    () => {
      const dir = join(makeTempDir(), 'project');
      expect(spawnSync(process.execPath, [bin, 'init', dir]).status).toBe(0);
      editFile(join(dir, 'vendor-eval.config.yaml'), 'minScore: 60', 'minScore: 99');
      // `true` reads nothing: the run's writes meet a closed pipe (EPIPE) before it ends
      for (const format of ['stylish', 'json']) {
        const r = spawnSync(
          'bash',
          [
            '-c',
            `"${process.execPath}" "${bin}" check -f ${format} | true; echo "exit \${PIPESTATUS[0]}"`,
          ],
          { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 20_000 },
        );
        expect(r.stdout.trim(), format).toBe('exit 1');
        expect(r.stderr).not.toContain('    at ');
      }
    },
  );
});
