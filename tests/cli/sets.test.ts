import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli } from './run-cli.js';

interface WeightNode {
  id: string;
  kind: string;
  path: string[];
  local: number;
  global: number;
}

const sum = (xs: number[]): number => xs.reduce((s, x) => s + x, 0);

async function weightsJson(...args: string[]): Promise<WeightNode[]> {
  const run = await runCli(['weights', ...args, '--format', 'json']);
  expect(run.code).toBe(0);
  const doc = JSON.parse(run.stdout) as { criteriaSet: { id: string }; weights: WeightNode[] };
  return doc.weights;
}

describe('weights', () => {
  it('customer-service --format json lists every node; criteria global weights sum to 1', async () => {
    const run = await runCli(['weights', 'customer-service', '--format', 'json']);
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout) as { criteriaSet: { id: string }; weights: WeightNode[] };
    expect(doc.criteriaSet.id).toBe('customer-service');
    const nodes = doc.weights;
    const criteria = nodes.filter((n) => n.kind === 'criterion');
    const groups = nodes.filter((n) => n.kind !== 'criterion');
    expect(sum(criteria.map((n) => n.global))).toBeCloseTo(1, 12);
    // the same criteria as the ranking
    const rank = await runCli(['rank', 'examples/vendors', '--format', 'json']);
    const rankIds = (
      JSON.parse(rank.stdout) as { vendors: { criteria: { id: string }[] }[] }
    ).vendors[0]?.criteria.map((c) => c.id);
    expect(criteria.map((n) => n.id)).toEqual(rankIds);
    // the six included sets at the top, and their categories below
    const top = groups.filter((n) => n.path.length === 0);
    expect(top.map((n) => n.id)).toEqual([
      'pricing',
      'sla',
      'security',
      'governance',
      'capability',
      'cultural-fit',
    ]);
    expect(sum(top.map((n) => n.local))).toBeCloseTo(1, 12);
    expect(groups.some((n) => n.path.length === 1)).toBe(true);
    // global is the product of local weights on the path
    const byId = new Map(nodes.map((n) => [n.id, n]));
    for (const n of nodes) {
      const product = [...n.path, n.id].reduce((p, id) => p * (byId.get(id)?.local ?? NaN), 1);
      expect(n.global).toBeCloseTo(product, 12);
    }
    // siblings' local weights sum to 1
    const siblings = new Map<string, number>();
    for (const n of nodes) {
      const key = n.path.join('/');
      siblings.set(key, (siblings.get(key) ?? 0) + n.local);
    }
    for (const total of siblings.values()) expect(total).toBeCloseTo(1, 12);
  });

  it('defaults to the built-in customer-service set', async () => {
    const nodes = await weightsJson();
    expect(nodes.find((n) => n.id === 'sla')).toMatchObject({ local: 0.2, global: 0.2 });
  });

  it('--weights changes the tree', async () => {
    const nodes = await weightsJson('customer-service', '--weights', 'sla=0');
    expect(nodes.find((n) => n.id === 'sla')?.global).toBe(0);
    expect(nodes.find((n) => n.id === 'pricing')?.global).toBeCloseTo(30 / 80, 12);
  });

  it('the table shows names, ids and percentages', async () => {
    const run = await runCli(['weights', 'security']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/GDPR Art\. 28 processor agreement\s*│\s*security-gdpr-art28/);
    expect(run.stdout).toMatch(/Data protection and privacy law.*30\.0%.*30\.00%/);
  });

  it('an unknown set is exit 2', async () => {
    const run = await runCli(['weights', 'no-such-set']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('no-such-set');
    expect(run.stderr).not.toMatch(/^\s+at /m);
  });
});

describe('criteria list / show', () => {
  it('list shows every built-in set with its number of criteria', async () => {
    const run = await runCli(['criteria', 'list']);
    expect(run.code).toBe(0);
    for (const [id, count] of [
      ['capability', 14],
      ['cultural-fit', 8],
      ['customer-service', 83],
      ['governance', 23],
      ['pricing', 7],
      ['security', 13],
      ['sla', 18],
    ] as const)
      expect(run.stdout).toMatch(new RegExp(`│ ${id}\\s*│[^│]*│\\s*${count} │`));
  });

  it('list --format json', async () => {
    const run = await runCli(['criteria', 'list', '--format', 'json']);
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout) as { id: string; criteria: number }[];
    expect(doc.map((s) => s.id)).toEqual([
      'capability',
      'cultural-fit',
      'customer-service',
      'governance',
      'pricing',
      'security',
      'sla',
    ]);
    expect(doc.find((s) => s.id === 'customer-service')?.criteria).toBe(
      sum(doc.filter((s) => s.id !== 'customer-service').map((s) => s.criteria)),
    );
  });

  it('show security gives the tree with questions, answer forms and knock-outs', async () => {
    const run = await runCli(['criteria', 'show', 'security']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Security, payments and data protection');
    expect(run.stdout).toContain('GDPR Art. 28 processor agreement [security-gdpr-art28]');
    expect(run.stdout).toMatch(/\[security-gdpr-art28\].*knock-out: must be yes/);
    expect(run.stdout).toMatch(/\[security-breach-notice-hours\].*knock-out: must be at most 48 h/);
    expect(run.stdout).toContain(
      'Will you notify us of a personal-data breach without undue delay after becoming aware of it, and within at most how many hours? Our policy is 48 hours at most.',
    );
    expect(run.stdout).toContain('answer: true or false');
    expect(run.stdout).toMatch(/\[security-certification\].*evidence required/);
    // a rule across criteria is shown at its category, and at each criterion it tests
    expect(run.stdout).toContain(
      'knock-out rule "PCI DSS attestation when agents or the provider\'s systems handle card data": when security-pci-descoping is one of dtmf-masking-own-platform, provider-ivr, auto-pause, manual-pause, none: security-pci-aoc',
    );
    expect(run.stdout).toMatch(
      /\[security-pci-aoc\].*in knock-out rule "PCI DSS attestation when agents or the provider's systems handle card data": must be one of roc-aoc, saq-aoc-level2/,
    );
    // every one of the 13 criteria is listed
    expect(run.stdout.match(/^\s*• /gm)).toHaveLength(13);
  });

  it('show --format yaml prints the shipped file unchanged', async () => {
    const run = await runCli(['criteria', 'show', 'sla', '--format', 'yaml']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^id: sla$/m);
  });

  it('show with a misspelt id is exit 2 with a did-you-mean', async () => {
    const run = await runCli(['criteria', 'show', 'secrity']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('did you mean "security"?');
  });
});

describe('criteria show: the set named the way every command names it', () => {
  it('-c is the same as the argument', async () => {
    const positional = await runCli(['criteria', 'show', 'sla', '--format', 'json']);
    const option = await runCli(['criteria', 'show', '-c', 'sla', '--format', 'json']);
    expect(option.code).toBe(0);
    expect(option.stdout).toBe(positional.stdout);
  });

  it('--format yaml prints the file as written, and only a set that loads', async () => {
    const run = await runCli(['criteria', 'show', 'sla', '--format', 'yaml']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(readFileSync(`${repoRoot}/criteria/sla.yaml`, 'utf8'));
    const broken = await runCli(['criteria', 'show', 'README.md', '--format', 'yaml']);
    expect(broken.code).toBe(2);
    expect(broken.stdout).toBe('');
  });

  it('both is a usage error', async () => {
    const run = await runCli(['criteria', 'show', 'sla', '-c', 'security']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'error two criteria sets given: -c security and sla (conflicting-options) — name the set once, either with -c or as the first argument\n',
    );
  });

  it('neither: the project file’s set, else the built-in default, saying so', async () => {
    const outside = await runCli(['criteria', 'show', '--format', 'json']);
    expect(outside.code).toBe(0);
    expect(JSON.parse(outside.stdout)).toMatchObject({ id: 'customer-service' });
    expect(outside.stderr).toBe(
      'info no vendor-eval.config.yaml here: using the built-in criteria set customer-service (builtin-criteria) — choose another with -c\n',
    );
    const inProject = await runCli(['criteria', 'show', '--format', 'json'], {
      cwd: `${repoRoot}/docs/worked-example`,
    });
    expect(inProject.code).toBe(0);
    expect(JSON.parse(inProject.stdout)).toMatchObject({ id: 'demo' });
    expect(inProject.stderr).toBe('');
  });
});

describe('schema', () => {
  it.each([
    ['criteria', ['id', 'name', 'categories', 'criteria', 'include', 'method']],
    ['vendor', ['vendor', 'name', 'evaluator', 'profile', 'answers', 'pricing']],
    ['policy', ['criteria', 'vendors', 'policy']],
  ])('schema %s prints a JSON Schema with its properties', async (kind, props) => {
    const run = await runCli(['schema', kind]);
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout) as {
      $schema: string;
      type: string;
      properties: Record<string, unknown>;
    };
    expect(doc.$schema).toMatch(/json-schema\.org/);
    expect(doc.type).toBe('object');
    expect(Object.keys(doc.properties)).toEqual(expect.arrayContaining(props));
  });

  it('an unknown kind is exit 2 naming the choices', async () => {
    const run = await runCli(['schema', 'vendors']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/criteria, vendor, policy/);
  });
});
