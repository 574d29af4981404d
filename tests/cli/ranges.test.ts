import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../helpers/temp.js';
import { runCli } from './run-cli.js';

/** A set with weight ranges and a vendor with range answers, as a user writes them. */
let dir = '';
beforeAll(() => {
  dir = makeTempDir('vendor-eval-ranges-');
  mkdirSync(join(dir, 'vendors'));
  writeFileSync(
    join(dir, 'set.yaml'),
    [
      'id: demo',
      'categories:',
      '  - id: service',
      '    weight: { min: 2, max: 4 }',
      '    criteria:',
      '      - { id: sla, type: number, unit: "%", min: 0, max: 100, scoring: { worst: 60, best: 90 }, weight: { min: 1, max: 3 } }',
      '      - { id: quality, type: scale, weight: 2 }',
      '  - id: cost',
      '    criteria:',
      '      - { id: price, type: scale }',
      '',
    ].join('\n'),
  );
  writeFileSync(
    join(dir, 'vendors', 'acme.yaml'),
    [
      'vendor: acme',
      'answers:',
      '  sla: { value: { min: 80, max: 85 }, evidence: "RFP p. 4" }',
      '  quality: { value: { low: 2, mode: 4, high: 5 } }',
      '  price: 3',
      '',
    ].join('\n'),
  );
});

const run = (args: string[]) => runCli([...args, '--no-color'], { cwd: dir, columns: 200 });

describe('weight ranges in the weight views', () => {
  it('weights: the range beside the node, the middle used', async () => {
    const { stdout, code } = await run(['weights', '-c', 'set.yaml']);
    expect(code).toBe(0);
    expect(stdout).toContain(
      '│ service (weight 2–4, 3 used) │ service │ category │  75.0% │ 75.00% │',
    );
    expect(stdout).toContain(
      '│   sla (weight 1–3, 2 used)   │ sla     │ number   │  50.0% │ 37.50% │',
    );
    expect(stdout).toContain(
      '│   quality                    │ quality │ scale    │  50.0% │ 37.50% │',
    );
  });

  it('weights --format json: an additive range key, only where one is written', async () => {
    const { stdout } = await run(['weights', '-c', 'set.yaml', '--format', 'json']);
    const doc = JSON.parse(stdout) as { weights: { id: string; range?: unknown }[] };
    expect(doc.weights.map((w) => [w.id, w.range])).toEqual([
      ['service', { min: 2, max: 4 }],
      ['sla', { min: 1, max: 3 }],
      ['quality', undefined],
      ['cost', undefined],
      ['price', undefined],
    ]);
  });

  it('a --weights override wins over the range, and the range is not shown', async () => {
    const { stdout } = await run(['weights', '-c', 'set.yaml', '--weights', 'sla=2']);
    expect(stdout).toContain('│   sla     ');
    expect(stdout).not.toContain('weight 1–3');
  });

  it('criteria show: the range after the weights', async () => {
    const { stdout } = await run(['criteria', 'show', 'set.yaml']);
    expect(stdout).toContain(
      'service [service] 75.0% local, 75.00% global (weight 2–4, 3 used)\n  • sla [sla] 50.0% local, 37.50% global (weight 1–3, 2 used)\n',
    );
  });
});

describe('criteria show --format json', () => {
  it('adds range to the nodes that have one', async () => {
    const { stdout } = await run(['criteria', 'show', 'set.yaml', '--format', 'json']);
    const doc = JSON.parse(stdout) as { nodes: { id: string; range?: unknown }[] };
    expect(doc.nodes.map((n) => [n.id, n.range])).toEqual([
      ['service', { min: 2, max: 4 }],
      ['sla', { min: 1, max: 3 }],
      ['quality', undefined],
      ['cost', undefined],
      ['price', undefined],
    ]);
  });
});

describe('answer ranges in explain', () => {
  it('states the range, its kind and the value scored', async () => {
    const { stdout, code } = await run([
      'explain',
      'acme',
      '-c',
      'set.yaml',
      'vendors',
      '--format',
      'markdown',
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain('| sla | 80–85 % (uniform; 82.5 used)<br>worst 60, best 90 | 0.75 |');
    expect(stdout).toContain('| quality | 2–5, most likely 4 (triangular; 3.67 used)<br>');
  });
});
