import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { findConfigFile, loadConfigFile } from '../../src/io/config.js';
import { detectKind } from '../../src/io/detect-kind.js';
import { loadProject, readProjectConfig, resolveInputs } from '../../src/io/project.js';
import { lines, tempDir, writeTree } from './helpers.js';

describe('detectKind', () => {
  it.each([
    {
      name: 'the project file by its name',
      data: {},
      file: 'vendor-eval.config.yaml',
      kind: 'config',
    },
    {
      name: 'the project file in a folder',
      data: {},
      file: 'a/b/vendor-eval.config.yml',
      kind: 'config',
    },
    { name: 'a policy', data: { policy: { minScore: 60 } }, file: 'p.yaml', kind: 'config' },
    { name: 'a vendors list', data: { vendors: 'vendors/' }, file: 'p.yaml', kind: 'config' },
    { name: 'a criteria reference', data: { criteria: 'sla' }, file: 'p.yaml', kind: 'config' },
    { name: 'categories', data: { id: 'x', categories: [] }, file: 'x.yaml', kind: 'criteria' },
    { name: 'a criteria list', data: { id: 'x', criteria: [] }, file: 'x.yaml', kind: 'criteria' },
    { name: 'includes only', data: { id: 'x', include: [] }, file: 'x.yaml', kind: 'criteria' },
    { name: 'answers', data: { answers: {} }, file: 'acme.yaml', kind: 'vendor' },
    { name: 'a vendor id', data: { vendor: 'acme' }, file: 'acme.yaml', kind: 'vendor' },
    {
      name: 'pricing',
      data: { pricing: { model: 'per-hour' } },
      file: 'acme.yaml',
      kind: 'vendor',
    },
    { name: 'an evaluator', data: { evaluator: 'a.lee' }, file: 'acme.yaml', kind: 'vendor' },
    { name: 'a list', data: [1, 2], file: 'list.yaml', kind: 'unknown' },
    { name: 'a scalar', data: 'text', file: 'text.yaml', kind: 'unknown' },
    { name: 'null', data: null, file: 'null.yaml', kind: 'unknown' },
    { name: 'an unrelated mapping', data: { hello: 'world' }, file: 'other.yaml', kind: 'unknown' },
  ])('tells $name → $kind', ({ data, file, kind }) => {
    expect(detectKind(data, file)).toBe(kind);
  });
});

describe('the project file', () => {
  let root: string;
  let deep: string;
  beforeEach(() => {
    root = tempDir();
    deep = path.join(root, 'evaluations', 'round-2');
    writeTree(root, {
      'vendor-eval.config.yaml':
        'criteria: criteria/set.yaml\nvendors: vendors/\npolicy:\n  minScore: 60\n',
      'criteria/set.yaml': 'id: project-set\ncriteria:\n  - { id: quality, type: scale }\n',
      'vendors/acme.yaml': 'answers:\n  quality: 4\n',
      'evaluations/round-2/.keep': '',
    });
  });

  it('is found in a parent folder', () => {
    expect(findConfigFile(deep)).toBe(path.join(root, 'vendor-eval.config.yaml'));
    expect(findConfigFile(root)).toBe(path.join(root, 'vendor-eval.config.yaml'));
  });

  it('is read with its policy, paths relative to its own folder', () => {
    const config = readProjectConfig(deep).value;
    expect(config?.dir).toBe(root);
    expect(config?.issues).toEqual([]);
    expect(config?.input).toEqual({
      criteria: 'criteria/set.yaml',
      vendors: 'vendors/',
      policy: { minScore: 60 },
    });
  });

  it('supplies the criteria and vendors a command was not given', () => {
    const resolved = resolveInputs({ cwd: deep, paths: [], vendors: 'required', command: 'rank' });
    expect(resolved.value?.criteria).toEqual({
      ref: 'criteria/set.yaml',
      file: path.join(root, 'criteria/set.yaml'),
      origin: 'config',
    });
    expect(resolved.value?.vendorPaths).toEqual([path.join(root, 'vendors')]);
    expect(resolved.value?.notes).toEqual([]);
  });

  it('yields to explicit arguments', () => {
    writeTree(deep, { 'mine.yaml': 'answers: {}\n' });
    const resolved = resolveInputs({
      cwd: deep,
      criteria: 'sla',
      paths: ['mine.yaml'],
      vendors: 'required',
      command: 'rank',
    });
    expect(resolved.value?.criteria).toMatchObject({ ref: 'sla', origin: 'option' });
    expect(resolved.value?.vendorPaths).toEqual(['mine.yaml']);
  });

  it('loads the whole project from a sub-folder', () => {
    const project = loadProject({ cwd: deep, paths: [], example: 'vendor-eval rank' }).value;
    expect(project?.set.id).toBe('project-set');
    expect(project?.vendors.map((v) => [v.id, v.answers.get('quality')?.[0]?.value])).toEqual([
      ['acme', 4],
    ]);
    expect(project?.warnings).toEqual([]);
  });

  it('reports a misspelt policy key at the key, with "did you mean"', () => {
    writeTree(root, { 'vendor-eval.config.yaml': 'criteria: sla\npolicy:\n  minScroe: 60\n' });
    const config = loadConfigFile(path.join(root, 'vendor-eval.config.yaml'), root);
    expect(config.input).toBeUndefined();
    expect(lines(config.issues)).toEqual([
      'vendor-eval.config.yaml:3:3 error unknown key "minScroe" in policy (unknown-key) — did you mean "minScore"?',
    ]);
    const read = readProjectConfig(deep);
    expect(read.ok).toBe(false);
    expect(lines(read.issues)).toEqual([
      '../../vendor-eval.config.yaml:3:3 error unknown key "minScroe" in policy (unknown-key) — did you mean "minScore"?',
    ]);
  });
});

describe('without a project file', () => {
  it('defaults to the built-in customer-service set', () => {
    const cwd = tempDir();
    writeTree(cwd, { 'v.yaml': 'answers: {}\n' });
    const resolved = resolveInputs({
      cwd,
      paths: ['v.yaml'],
      vendors: 'required',
      command: 'rank',
    });
    expect(resolved.value?.criteria).toMatchObject({
      ref: 'customer-service',
      origin: 'default',
    });
    expect(resolved.value?.vendorPaths).toEqual(['v.yaml']);
    expect(lines(resolved.value?.notes ?? [])).toEqual([
      'info no vendor-eval.config.yaml here: using the built-in criteria set customer-service (builtin-criteria) — choose another with -c',
    ]);
  });

  it('says how to name vendors when none are given', () => {
    const resolved = resolveInputs({
      cwd: '/',
      paths: [],
      vendors: 'required',
      command: 'rank',
      example: 'vendor-eval rank vendors/',
    });
    expect(resolved.ok).toBe(false);
    expect(lines(resolved.issues)).toEqual([
      'error no vendor files given (no-vendors-given) — name files or folders, e.g. "vendor-eval rank vendors/", or set `vendors:` in vendor-eval.config.yaml',
    ]);
  });
});
