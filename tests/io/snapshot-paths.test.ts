// The look at a project file's text that spares the YAML parser when no path of it can read
// differently in a snapshot: it must never say "nothing to map" of a file whose mapping changes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mapPaths, mayMapPaths, snapshotPath } from '../../src/io/snapshot-paths.js';
import { repoRoot } from '../cli/run-cli.js';

const places = { root: '/tmp/snapshot', repository: '/home/me/repo' };
const configDir = '/tmp/snapshot/project';

describe('snapshotPath', () => {
  it('reads the snapshot for a path that leaves the repository and comes back in by its name (found in review)', () => {
    // from /home/me/repo/project, `../../repo/vendors/` is the repository's vendors/; from the
    // snapshot's folder it would be /tmp/repo/vendors/, some other folder
    expect(snapshotPath('../../repo/vendors/', configDir, places)).toBe('/tmp/snapshot/vendors');
    expect(snapshotPath('../vendors/', configDir, places)).toBeUndefined();
    expect(snapshotPath('vendors/', configDir, places)).toBeUndefined();
    expect(snapshotPath('../../shared/set.yaml', configDir, places)).toBe(
      '/home/me/shared/set.yaml',
    );
    expect(snapshotPath('/home/me/repo/v/', configDir, places)).toBe('/tmp/snapshot/v');
    expect(snapshotPath('/elsewhere/v/', configDir, places)).toBeUndefined();
  });
});

describe('mayMapPaths', () => {
  it('is false for the project file `init` writes: nothing to parse', () => {
    const text = readFileSync(join(repoRoot, 'templates/init/vendor-eval.config.yaml'), 'utf8');
    expect(mayMapPaths(text, false)).toBe(false);
    expect(mapPaths(text, configDir, places)).toBe(text);
  });

  it('is true for a path that may change, and for what may hide one', () => {
    for (const text of [
      'vendors: /home/me/repo/vendors/',
      'criteria: ../shared/set.yaml',
      'vendors: [a/, /abs/]',
      "vendors: '/abs'",
      'vendors: "\\x2fabs"',
      'vendors: "\\/abs"',
      'vendors:\n  - |\n    /abs',
      'vendors: a/b/../../..',
      // a comment's address costs a parse, and changes nothing
      '# see https://example.com\nvendors: vendors/',
    ])
      expect(mayMapPaths(text, false), text).toBe(true);
    expect(mapPaths('vendors: /home/me/repo/v/', configDir, places)).toBe(
      'vendors: "/tmp/snapshot/v"',
    );
  });

  it('is false for relative paths inside the repository', () => {
    for (const text of ['vendors: vendors/', 'criteria: ./sets/a.yaml\nvendors:\n  - a/\n  - b/'])
      expect(mayMapPaths(text, false), text).toBe(false);
  });

  it('on Windows every file is parsed (drive letters, drive-relative paths)', () => {
    expect(mayMapPaths('vendors: vendors/', true)).toBe(true);
  });

  it.skipIf(process.platform === 'win32')(
    'a text it lets pass is one the mapping leaves as it is',
    () => {
      const pieces = [
        'criteria',
        'vendors',
        'method',
        ': ',
        ':',
        ' ',
        '\n',
        '\n  ',
        '\n  - ',
        '- ',
        '/',
        '.',
        '..',
        '~',
        'a',
        'b/',
        'home',
        'me',
        'repo',
        '"',
        "'",
        '[',
        ']',
        '{',
        '}',
        ', ',
        '# ',
        '&x ',
        '*x',
        '!!str ',
        '|\n  ',
        '>\n  ',
        '\\',
        'x2f',
        'u002e',
        '-',
        '_',
        '? ',
        '\t',
        '\r',
        'é',
        '%',
        '@',
      ];
      const text = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((p) => p.join(''));
      // shaped like a project file: the keys, then a value or a list of values, each plain,
      // quoted, double-quoted (escapes), in a flow list or a block scalar
      const path = fc
        .tuple(
          fc.constantFrom('', '/', '/home/me/repo', '/home/me/repo/', '/home/me/', '../', './'),
          fc.array(fc.constantFrom('/', '.', '..', 'a', 'b/', 'repo', '-', '_', '~'), {
            maxLength: 5,
          }),
        )
        .map(([start, p]) => start + p.join(''));
      const value = fc
        .tuple(path, fc.constantFrom('plain', 'single', 'double', 'escaped', 'flow', 'block'))
        .map(([p, style]) => {
          if (style === 'single') return `'${p}'`;
          if (style === 'double') return JSON.stringify(p);
          if (style === 'escaped') return `"${p.replace(/\//g, '\\x2f').replace(/\./g, '\\x2e')}"`;
          if (style === 'flow') return `[${p}, ${p}]`;
          return style === 'block' ? `|\n    ${p}\n` : p;
        });
      const shaped = fc
        .tuple(value, fc.array(value, { maxLength: 3 }), fc.boolean())
        .map(([criteria, vendors, list]) =>
          list
            ? `criteria: ${criteria}\nvendors:\n${vendors.map((v) => `  - ${v}\n`).join('')}`
            : `criteria: ${criteria}\nvendors: ${vendors[0] ?? ''}\n`,
        );
      fc.assert(
        fc.property(fc.oneof(text, shaped), (t) => {
          if (!mayMapPaths(t, false)) expect(mapPaths(t, configDir, places)).toBe(t);
        }),
        { seed: 20261207, numRuns: 4000 },
      );
    },
  );
});
