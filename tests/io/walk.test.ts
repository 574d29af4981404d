import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadCriteria } from '../../src/io/criteria-loader.js';
import { loadVendors } from '../../src/io/vendor-loader.js';
import { findYamlFiles } from '../../src/io/walk.js';
import { fixtures, lines, tempDir, writeTree } from './helpers.js';

let root: string;
beforeEach(() => {
  root = tempDir();
  writeTree(root, {
    'vendors/alpha.yaml': 'vendor: alpha\nanswers: { quality: 4 }\n',
    'vendors/nested/deeper/beta.yml': 'vendor: beta\nanswers: { quality: 3 }\n',
    'vendors/nested/GAMMA.YAML': 'vendor: gamma\nanswers: { quality: 2 }\n',
    'vendors/notes.txt': 'not yaml\n',
    'vendors/.hidden/delta.yaml': 'vendor: delta\n',
    'shared/omega.yaml': 'vendor: omega\nanswers: { quality: 5 }\n',
  });
});

const displays = (found: ReturnType<typeof findYamlFiles>): string[] =>
  found.files.map((f) => f.display);

describe('findYamlFiles', () => {
  it('finds *.yaml and *.yml recursively, sorted, skipping other and hidden files', () => {
    const found = findYamlFiles(['vendors'], root);
    expect(displays(found)).toEqual([
      'vendors/alpha.yaml',
      'vendors/nested/GAMMA.YAML',
      'vendors/nested/deeper/beta.yml',
    ]);
    expect(found.files.every((f) => !f.explicit)).toBe(true);
    expect(found.issues).toEqual([]);
    expect(found.notFound).toEqual([]);
  });

  it('counts a file once when it is named twice, and marks it as named', () => {
    const found = findYamlFiles(['vendors', 'vendors/alpha.yaml', './vendors/alpha.yaml'], root);
    expect(displays(found)).toEqual([
      'vendors/alpha.yaml',
      'vendors/nested/GAMMA.YAML',
      'vendors/nested/deeper/beta.yml',
    ]);
    expect(found.files[0]?.explicit).toBe(true);
  });

  it('counts a file once when a symlink points at it', () => {
    fs.symlinkSync('alpha.yaml', path.join(root, 'vendors/zz-alias.yaml'));
    expect(displays(findYamlFiles(['vendors'], root))).toEqual([
      'vendors/alpha.yaml',
      'vendors/nested/GAMMA.YAML',
      'vendors/nested/deeper/beta.yml',
    ]);
  });

  it('follows a symlinked folder once', () => {
    fs.symlinkSync('../shared', path.join(root, 'vendors/linked'));
    fs.symlinkSync('../shared', path.join(root, 'vendors/linked-again'));
    const found = findYamlFiles(['vendors'], root);
    expect(displays(found)).toEqual([
      'vendors/alpha.yaml',
      'vendors/linked/omega.yaml',
      'vendors/nested/GAMMA.YAML',
      'vendors/nested/deeper/beta.yml',
    ]);
    expect(found.issues).toEqual([]);
  });

  it('ends a folder symlink loop after one pass', () => {
    fs.symlinkSync('..', path.join(root, 'vendors/nested/up'));
    const found = findYamlFiles(['vendors'], root);
    expect(displays(found)).toEqual([
      'vendors/alpha.yaml',
      'vendors/nested/GAMMA.YAML',
      'vendors/nested/deeper/beta.yml',
    ]);
    expect(found.issues).toEqual([]);
  });

  it('reports a file symlink loop as an error naming each link', () => {
    fs.symlinkSync('loop-b.yaml', path.join(root, 'vendors/loop-a.yaml'));
    fs.symlinkSync('loop-a.yaml', path.join(root, 'vendors/loop-b.yaml'));
    const found = findYamlFiles(['vendors'], root);
    expect(lines(found.issues)).toEqual([
      'vendors/loop-a.yaml:1:1 error cannot read it: a symbolic link loop (file-unreadable)',
      'vendors/loop-b.yaml:1:1 error cannot read it: a symbolic link loop (file-unreadable)',
    ]);
    expect(displays(found)).toEqual([
      'vendors/alpha.yaml',
      'vendors/nested/GAMMA.YAML',
      'vendors/nested/deeper/beta.yml',
    ]);
  });

  it('reports a broken symlink as an error naming it', () => {
    fs.symlinkSync('gone.yaml', path.join(root, 'vendors/broken.yaml'));
    expect(lines(findYamlFiles(['vendors'], root).issues)).toEqual([
      'vendors/broken.yaml:1:1 error cannot read it: a broken symbolic link (file-unreadable)',
    ]);
  });

  it('returns paths that do not exist separately, for a usage error', () => {
    const found = findYamlFiles(['vendors/alpha.yaml', 'nowhere', 'vendors/missing.yaml'], root);
    expect(found.notFound).toEqual(['nowhere', 'vendors/missing.yaml']);
    expect(displays(found)).toEqual(['vendors/alpha.yaml']);
    expect(found.files[0]?.explicit).toBe(true);
  });
});

describe('loading vendors from a folder', () => {
  it('skips files of another kind found in a folder, but reads named ones as vendors', () => {
    const set = loadCriteria('vendor-set.yaml', fixtures).set;
    if (!set) throw new Error('vendor-set.yaml does not load');
    writeTree(root, {
      'mixed/vendor.yaml': 'vendor: alpha\nanswers: { quality: 4 }\n',
      'mixed/criteria.yaml': 'id: other\ncriteria: [{ id: x, type: boolean }]\n',
    });
    const walked = loadVendors(findYamlFiles(['mixed'], root).files, set);
    expect(walked.issues).toEqual([]);
    expect(walked.vendors.map((v) => v.id)).toEqual(['alpha']);

    const named = loadVendors(findYamlFiles(['mixed/criteria.yaml'], root).files, set);
    expect(lines(named.issues)).toEqual([
      'mixed/criteria.yaml:1:1 error this is a criteria set, not a vendor file (wrong-file-kind) — did you mean "-c mixed/criteria.yaml"?',
    ]);
  });
});
