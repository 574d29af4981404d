import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfigFile } from '../../src/io/config.js';
import { loadCriteria } from '../../src/io/criteria-loader.js';
import { loadProject } from '../../src/io/project.js';
import { loadVendors } from '../../src/io/vendor-loader.js';
import { findYamlFiles } from '../../src/io/walk.js';
import { fixtures, tempDir, writeTree } from './helpers.js';

interface Snapshot {
  bytes: Buffer;
  mtimeMs: number;
  size: number;
}

function snapshot(files: readonly string[]): Map<string, Snapshot> {
  return new Map(
    files.map((file) => {
      const stat = fs.statSync(file);
      return [file, { bytes: fs.readFileSync(file), mtimeMs: stat.mtimeMs, size: stat.size }];
    }),
  );
}

function listTree(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .map((d) => path.join(d.parentPath, d.name))
    .sort();
}

describe('loaders never write to the user’s files', () => {
  it('leaves criteria and vendor fixtures byte-for-byte and mtime unchanged', () => {
    const files = [
      'valid-set.yaml',
      'vendor-set.yaml',
      'criteria/unknown-key.yaml',
      'criteria/cycle-a.yaml',
      'criteria/cycle-b.yaml',
      'vendors/different-evaluators/northwind-a.yaml',
      'vendors/different-evaluators/northwind-b.yaml',
      'vendors/boolean-yes.yaml',
    ].map((f) => path.join(fixtures, f));
    const before = snapshot(files);
    const tree = listTree(fixtures);

    const set = loadCriteria('vendor-set.yaml', fixtures).set;
    expect(set).toBeDefined();
    expect(loadCriteria('valid-set.yaml', fixtures).set).toBeDefined();
    expect(loadCriteria('criteria/unknown-key.yaml', fixtures).issues).toHaveLength(1);
    expect(loadCriteria('criteria/cycle-a.yaml', fixtures).issues).toHaveLength(1);
    if (!set) return;
    const found = findYamlFiles(
      ['vendors/different-evaluators', 'vendors/boolean-yes.yaml'],
      fixtures,
    );
    const loaded = loadVendors(found.files, set);
    expect(loaded.vendors.map((v) => v.id)).toEqual(['northwind-cx', 'boolean-yes']);

    expect(snapshot(files)).toEqual(before);
    expect(listTree(fixtures)).toEqual(tree);
  });

  it('leaves a project (config, set, vendors) unchanged, even a vendor with an unanswered criterion', () => {
    const root = tempDir();
    writeTree(root, {
      'vendor-eval.config.yaml': '# project\ncriteria: set.yaml\nvendors: vendors\n',
      'set.yaml':
        'id: project-set\ncriteria:\n  - { id: quality, type: scale }\n  - { id: speed, type: scale }\n',
      'vendors/acme.yaml': '# answers so far\nanswers:\n  quality: 4\n  speed: ~\n',
    });
    const files = listTree(root).filter((f) => f.endsWith('.yaml'));
    const before = snapshot(files);
    const project = loadProject({ cwd: root, paths: [], example: 'vendor-eval rank' });
    expect(project.value?.vendors.map((v) => v.id)).toEqual(['acme']);
    expect(loadConfigFile(path.join(root, 'vendor-eval.config.yaml'), root).issues).toEqual([]);
    expect(snapshot(files)).toEqual(before);
    expect(listTree(root).filter((f) => f.endsWith('.yaml'))).toEqual(files);
  });
});
