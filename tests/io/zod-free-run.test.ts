// Issue 16: a run over valid files never calls zod. The vendor and project files are checked by
// the zod-free shape checks (proved equal to the schemas in tests/core/model/), method options
// come from each method's plain `defaults` (tests/core/methods/defaults.test.ts); zod is called
// only to word the problems of a file the checks refuse.
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { builtinMethods } from '../../src/core/methods/index.js';
import { configFileSchema } from '../../src/core/model/config-schema.js';
import { vendorFileSchema } from '../../src/core/model/vendor-schema.js';
import { repoRoot, runCli } from '../cli/run-cli.js';
import { tempDir, writeTree } from './helpers.js';

function spies() {
  return {
    vendor: vi.spyOn(vendorFileSchema, 'safeParse'),
    config: vi.spyOn(configFileSchema, 'safeParse'),
    options: builtinMethods.map((m) => vi.spyOn(m.options, 'safeParse')),
  };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a run over valid files', () => {
  it('rank of the example project, every method: zod is never called on its files', async () => {
    const spy = spies();
    const run = await runCli(['rank', '--all-methods'], { cwd: join(repoRoot, 'examples') });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(spy.vendor).not.toHaveBeenCalled();
    expect(spy.config).not.toHaveBeenCalled();
    for (const s of spy.options) expect(s).not.toHaveBeenCalled();
  });

  it('a file the checks refuse is still worded by zod, at its line', async () => {
    const spy = spies();
    const dir = tempDir();
    writeTree(dir, {
      'vendor-eval.config.yaml': 'criteria: customer-service\nvendors: vendors/\n',
      'vendors/acme.yaml': 'vendor: acme\nevaluator: ""\n',
    });
    const vendorRun = await runCli(['rank'], { cwd: dir });
    expect(vendorRun.code).toBe(2);
    expect(spy.vendor).toHaveBeenCalled();
    expect(vendorRun.stderr).toContain('vendors/acme.yaml:2:');
    writeTree(dir, {
      'vendor-eval.config.yaml': 'criteria: customer-service\npolicy:\n  minScore: 101\n',
    });
    const configRun = await runCli(['rank'], { cwd: dir });
    expect(configRun.code).toBe(2);
    expect(spy.config).toHaveBeenCalled();
    expect(configRun.stderr).toContain('vendor-eval.config.yaml:3:');
  });
});
