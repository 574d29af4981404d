import { describe, expect, it } from 'vitest';
import type { TreeNode } from '../../src/core/model/types.js';
import { loadCriteria } from '../../src/io/criteria-loader.js';
import { fixtures, lines } from './helpers.js';

/** `id (kind weight)` per node, indented by depth; included sets shown to their top level. */
function outline(node: TreeNode, depth = 0, maxDepth = 3): string[] {
  const label =
    node.kind === 'criterion'
      ? `${node.id} (${node.type} ${node.weight})`
      : `${node.id} (${node.source} ${node.weight})`;
  const children =
    node.kind === 'group' && depth < maxDepth
      ? node.children.flatMap((c) => outline(c, depth + 1, maxDepth))
      : [];
  return [`${'  '.repeat(depth)}${label}`, ...children];
}

describe('a valid criteria set', () => {
  const loaded = loadCriteria('valid-set.yaml', fixtures);
  const set = loaded.set;

  it('loads without a problem (its cost criterion is priced against the demand when ranked)', () => {
    expect(lines(loaded.issues)).toEqual([]);
    expect(set).toBeDefined();
  });

  it('keeps the set fields and defaults the method', () => {
    expect({ id: set?.id, name: set?.name, version: set?.version, method: set?.method }).toEqual({
      id: 'full-set',
      name: 'Every feature',
      version: 2,
      method: 'weighted-sum',
    });
    expect(set?.file).toBe('valid-set.yaml');
  });

  it('builds the tree: own categories and criteria, then the included built-in set', () => {
    if (!set) throw new Error('set not loaded');
    expect(outline(set.root, 0, 2)).toEqual([
      'full-set (set 1)',
      '  operations (category 3)',
      '    people (category 2)',
      '    technology (category 1)',
      '    location (choice 1)',
      '  soc2-type2 (boolean 1)',
      '  price (cost 2)',
      '  sla (set 1)',
      '    sla-voice (category 30)',
      '    sla-digital (category 20)',
      '    sla-outcomes (category 25)',
      '    sla-inclusion (category 10)',
      '    sla-remedies (category 15)',
    ]);
  });

  it('normalises every criterion type', () => {
    const own = set?.criteria.filter((c) => c.origin.file === 'valid-set.yaml') ?? [];
    expect(own.map((c) => [c.id, c.type, c.path.join('/')])).toEqual([
      ['attrition', 'number', 'operations/people'],
      ['training', 'scale', 'operations/people'],
      ['channels', 'multi', 'operations/technology'],
      ['location', 'choice', 'operations'],
      ['soc2-type2', 'boolean', ''],
      ['price', 'cost', ''],
    ]);
    const byId = new Map(own.map((c) => [c.id, c]));
    expect(byId.get('attrition')).toMatchObject({
      unit: '%',
      direction: 'lower',
      min: 0,
      max: 100,
      scoring: {
        kind: 'points',
        points: [
          [10, 1],
          [30, 0.5],
          [60, 0],
        ],
      },
    });
    const training = byId.get('training');
    expect(training).toMatchObject({ min: 0, max: 10 });
    expect(training?.type === 'scale' ? [...training.rubric] : []).toEqual([
      [0, 'none'],
      [10, 'certified'],
    ]);
    expect(byId.get('channels')).toMatchObject({
      cap: 3,
      must: { kind: 'includes', values: ['voice'] },
    });
    expect(byId.get('location')).toMatchObject({ must: { kind: 'oneOf', values: ['onshore'] } });
    expect(byId.get('soc2-type2')).toMatchObject({ must: { kind: 'true' }, evidence: 'required' });
    expect(byId.get('price')).toMatchObject({
      weight: 2,
      scoring: { kind: 'lowest-price' },
      must: { kind: 'max', max: 250000 },
    });
  });

  it('includes every criterion of the built-in set under its id', () => {
    const sla = loadCriteria('sla', fixtures).set;
    expect(sla).toBeDefined();
    const included = set?.criteria.filter((c) => c.path[0] === 'sla') ?? [];
    expect(included.map((c) => c.id)).toEqual(sla?.criteria.map((c) => c.id));
    expect(included.length).toBeGreaterThan(0);
  });
});
