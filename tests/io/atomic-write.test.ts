import {
  chmodSync,
  linkSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  statSync,
  symlinkSync,
  utimesSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/io/atomic-write.js';
import { runCli } from '../cli/run-cli.js';
import { writeFiles } from '../helpers/git.js';
import { makeTempDir } from '../helpers/temp.js';

const modeOf = (path: string) => statSync(path).mode & 0o777;

describe('writeFileAtomic', () => {
  it('replaces the content and leaves no temporary file', () => {
    const dir = makeTempDir();
    writeFiles(dir, { 'out.json': 'old' });
    writeFileAtomic(join(dir, 'out.json'), 'new');
    expect(readFileSync(join(dir, 'out.json'), 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['out.json']);
  });

  it.each([0o640, 0o600, 0o755])('keeps the permission bits %o of the file it replaces', (mode) => {
    const dir = makeTempDir();
    const file = join(dir, 'vendor.yaml');
    writeFiles(dir, { 'vendor.yaml': 'vendor: a\n' });
    chmodSync(file, mode);
    writeFileAtomic(file, 'vendor: b\n');
    expect(modeOf(file)).toBe(mode);
    expect(readFileSync(file, 'utf8')).toBe('vendor: b\n');
  });

  it('writes through a symbolic link: the link stays, its target gets the content', () => {
    const dir = makeTempDir();
    mkdirSync(join(dir, 'real'));
    writeFiles(dir, { 'real/report.md': 'old' });
    chmodSync(join(dir, 'real/report.md'), 0o640);
    symlinkSync('real/report.md', join(dir, 'report.md'));
    writeFileAtomic(join(dir, 'report.md'), 'new');
    expect(lstatSync(join(dir, 'report.md')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, 'report.md'))).toBe('real/report.md');
    expect(readFileSync(join(dir, 'real/report.md'), 'utf8')).toBe('new');
    expect(modeOf(join(dir, 'real/report.md'))).toBe(0o640);
    // the temporary file was made beside the target, so the rename never crossed a device
    expect(readdirSync(join(dir, 'real'))).toEqual(['report.md']);
    expect(readdirSync(dir).sort()).toEqual(['real', 'report.md']);
  });

  it('follows a chain of links, and a dangling link creates its target', () => {
    const dir = makeTempDir();
    symlinkSync('b', join(dir, 'a'));
    symlinkSync('c', join(dir, 'b'));
    writeFileAtomic(join(dir, 'a'), 'made');
    expect(lstatSync(join(dir, 'a')).isSymbolicLink()).toBe(true);
    expect(lstatSync(join(dir, 'b')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'c'), 'utf8')).toBe('made');
  });

  it('a link loop is ELOOP and writes nothing', () => {
    const dir = makeTempDir();
    symlinkSync('y', join(dir, 'x'));
    symlinkSync('x', join(dir, 'y'));
    expect(() => writeFileAtomic(join(dir, 'x'), 'never')).toThrow(
      expect.objectContaining({ code: 'ELOOP' }) as Error,
    );
    expect(readdirSync(dir).sort()).toEqual(['x', 'y']);
  });

  it('a failed write leaves the old file and no temporary file', () => {
    const dir = makeTempDir();
    mkdirSync(join(dir, 'out.json'));
    expect(() => writeFileAtomic(join(dir, 'out.json'), 'x')).toThrow();
    expect(readdirSync(dir)).toEqual(['out.json']);
    expect(statSync(join(dir, 'out.json')).isDirectory()).toBe(true);
  });

  it('with sweepStale, removes its own stale temporaries, and only those', () => {
    const dir = makeTempDir();
    const old = new Date(Date.now() - 60 * 60 * 1000);
    writeFiles(dir, {
      'out.json': 'old',
      '.out.json.abc123.tmp': 'killed an hour ago',
      '.out.json.young1.tmp': 'a run writing right now',
      '.other.json.abc123.tmp': 'another target’s',
      '.out.json.notes.txt': 'not a temporary name',
    });
    for (const name of ['.out.json.abc123.tmp', '.other.json.abc123.tmp', '.out.json.notes.txt'])
      utimesSync(join(dir, name), old, old);
    writeFileAtomic(join(dir, 'out.json'), 'new');
    expect(readdirSync(dir)).toContain('.out.json.abc123.tmp'); // off by default (caches)
    writeFileAtomic(join(dir, 'out.json'), 'newer', { sweepStale: true });
    expect(readdirSync(dir).sort()).toEqual([
      '.other.json.abc123.tmp',
      '.out.json.notes.txt',
      '.out.json.young1.tmp',
      'out.json',
    ]);
  });
});

describe('writeFileAtomic with text in pieces', () => {
  it('writes the pieces joined, as UTF-8, a piece larger than its buffer among them', () => {
    const dir = makeTempDir();
    const pieces = ['{"a": "é😀', 'x'.repeat(400_000), '\ud800"', '', '}\n'];
    writeFileAtomic(join(dir, 'out.json'), { pieces: () => pieces });
    expect(readFileSync(join(dir, 'out.json'))).toEqual(Buffer.from(pieces.join(''), 'utf8'));
    expect(readdirSync(dir)).toEqual(['out.json']);
  });

  it('keeps the mode of the file it replaces, through a symbolic link', () => {
    const dir = makeTempDir();
    writeFiles(dir, { 'real.json': 'old' });
    chmodSync(join(dir, 'real.json'), 0o640);
    symlinkSync('real.json', join(dir, 'out.json'));
    writeFileAtomic(join(dir, 'out.json'), { pieces: () => ['n', 'ew'] });
    expect(lstatSync(join(dir, 'out.json')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'real.json'), 'utf8')).toBe('new');
    expect(modeOf(join(dir, 'real.json'))).toBe(0o640);
  });

  it('a failure while the pieces are made leaves the old file and no temporary file', () => {
    const dir = makeTempDir();
    writeFiles(dir, { 'out.json': 'old' });
    function* failing(): Generator<string> {
      yield 'half of it';
      throw new Error('render failed');
    }
    expect(() => writeFileAtomic(join(dir, 'out.json'), { pieces: failing })).toThrow(
      'render failed',
    );
    expect(readFileSync(join(dir, 'out.json'), 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['out.json']);
  });
});

describe('-o through the runner', () => {
  it('rank -o a link to a 0640 file: the link stays, the file keeps its mode, exit 0', async () => {
    const dir = makeTempDir();
    mkdirSync(join(dir, 'reports'));
    writeFiles(dir, { 'reports/ranking.json': '{}' });
    chmodSync(join(dir, 'reports/ranking.json'), 0o640);
    symlinkSync('reports/ranking.json', join(dir, 'latest.json'));
    const r = await runCli(
      ['rank', join('examples', 'vendors'), '--format', 'json', '-o', join(dir, 'latest.json')],
      {},
    );
    expect(r.code).toBe(0);
    expect(lstatSync(join(dir, 'latest.json')).isSymbolicLink()).toBe(true);
    const doc = JSON.parse(readFileSync(join(dir, 'reports/ranking.json'), 'utf8')) as {
      vendors: unknown[];
    };
    expect(doc.vendors).toHaveLength(6);
    expect(modeOf(join(dir, 'reports/ranking.json'))).toBe(0o640);
  });

  it('rank -o a link loop: one line, exit 2, nothing written', async () => {
    const dir = makeTempDir();
    symlinkSync('y.json', join(dir, 'x.json'));
    symlinkSync('x.json', join(dir, 'y.json'));
    const r = await runCli(['rank', 'examples/vendors', '-o', join(dir, 'x.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot write .*x\.json: its symbolic links form a loop/);
    expect(readdirSync(dir).sort()).toEqual(['x.json', 'y.json']);
  });

  it.each(['symbolic', 'hard'] as const)(
    'rank -o a %s link to an input vendor file: overwrites-input, exit 2, the vendor file unchanged',
    async (kind) => {
      const dir = makeTempDir();
      writeFiles(dir, {
        'set.yaml': 'id: s\ncriteria:\n  - { id: q, type: scale }\n',
        'vendors/a.yaml': 'vendor: a\nanswers: { q: 3 }\n',
      });
      if (kind === 'symbolic') symlinkSync('vendors/a.yaml', join(dir, 'out.json'));
      else linkSync(join(dir, 'vendors/a.yaml'), join(dir, 'out.json'));
      const r = await runCli(
        ['rank', '-c', 'set.yaml', 'vendors', '--format', 'json', '-o', 'out.json'],
        {
          cwd: dir,
        },
      );
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/-o out\.json would overwrite an input file/);
      expect(readFileSync(join(dir, 'vendors/a.yaml'), 'utf8')).toBe(
        'vendor: a\nanswers: { q: 3 }\n',
      );
    },
  );
});
