import { describe, it, expect } from 'vitest';
import { resolveMethod } from '../../src/core/scoring/resolve-method.js';
import { validateWeightOverrides } from '../../src/core/scoring/weight-overrides.js';
import {
  localWeights,
  nominalWeights,
  normalise,
  rocWeights,
} from '../../src/core/scoring/weights.js';
import { boolean, group, set, weightsOf } from './builders.js';

const globalOf = (w: Map<string, { global: number }>, id: string): number => {
  const n = w.get(id);
  if (!n) throw new Error(`no weight for ${id}`);
  return n.global;
};

describe('direct weighting', () => {
  it.each([
    [
      [25, 50, 25],
      [0.25, 0.5, 0.25],
    ],
    [
      [1, 1, 1, 1],
      [0.25, 0.25, 0.25, 0.25],
    ],
    [
      [3, 1],
      [0.75, 0.25],
    ],
    [
      [0, 2, 6],
      [0, 0.25, 0.75],
    ],
    [[7], [1]],
  ])('raw %j → %j', (raw, expected) => {
    const s = set(raw.map((w, i) => boolean(`c${i}`, { weight: w })));
    const w = weightsOf(s.root);
    raw.forEach((_, i) => {
      const node = w.get(`c${i}`);
      expect(node?.local).toBeCloseTo(expected[i] ?? NaN, 12);
      expect(node?.global).toBeCloseTo(expected[i] ?? NaN, 12);
    });
  });

  it('normalise leaves all-zero siblings at zero (validation reports that case)', () => {
    expect(normalise([0, 0])).toEqual([0, 0]);
    expect(normalise([2, 2])).toEqual([0.5, 0.5]);
  });
});

describe('global weight = product of the normalised weights on the path', () => {
  // root: security (2), ops (1), sla (an included set, 1)
  //   security: certs (3), screening (1);  certs: a (1), b (3)
  //   ops: d;  sla: sla-x (1), sla-y (4)
  const tree = () =>
    set([
      group(
        'security',
        [
          group('certs', [boolean('a', { weight: 1 }), boolean('b', { weight: 3 })], {
            weight: 3,
          }),
          boolean('screening', { weight: 1 }),
        ],
        { weight: 2 },
      ),
      group('ops', [boolean('d')], { weight: 1 }),
      group('sla', [boolean('sla-x', { weight: 1 }), boolean('sla-y', { weight: 4 })], {
        weight: 1,
        source: 'set',
      }),
    ]);

  it.each([
    ['security', 0.5, 0.5],
    ['certs', 0.75, 0.375],
    ['a', 0.25, 0.09375],
    ['b', 0.75, 0.28125],
    ['screening', 0.25, 0.125],
    ['ops', 0.25, 0.25],
    ['d', 1, 0.25],
    ['sla', 0.25, 0.25],
    ['sla-x', 0.2, 0.05],
    ['sla-y', 0.8, 0.2],
  ])('%s: local %d, global %d', (id, local, global) => {
    const w = weightsOf(tree().root);
    expect(w.get(id)?.local).toBeCloseTo(local, 12);
    expect(globalOf(w, id)).toBeCloseTo(global, 12);
  });

  it('records kind and path, and the criteria sum to 1', () => {
    const s = tree();
    const w = weightsOf(s.root);
    expect(w.get('a')).toMatchObject({ kind: 'criterion', path: ['security', 'certs'] });
    expect(w.get('certs')).toMatchObject({ kind: 'group', path: ['security'] });
    const total = s.criteria.reduce((sum, c) => sum + globalOf(w, c.id), 0);
    expect(total).toBeCloseTo(1, 12);
  });

  it('--weights overrides replace raw weights before normalising, for criteria and groups', () => {
    const s = tree();
    const w = weightsOf(
      s.root,
      new Map([
        ['a', 3], // a and b now equal inside certs
        ['ops', 2], // root: security 2, ops 2, sla 1
      ]),
    );
    expect(w.get('a')?.local).toBeCloseTo(0.5, 12);
    expect(w.get('b')?.local).toBeCloseTo(0.5, 12);
    expect(globalOf(w, 'ops')).toBeCloseTo(0.4, 12);
    expect(globalOf(w, 'security')).toBeCloseTo(0.4, 12);
    expect(globalOf(w, 'a')).toBeCloseTo(0.4 * 0.75 * 0.5, 12);
    expect(globalOf(w, 'sla-y')).toBeCloseTo(0.2 * 0.8, 12);
    // The input tree is not changed by an override.
    expect(weightsOf(s.root).get('a')?.local).toBeCloseTo(0.25, 12);
  });
});

describe('rank-order centroid (ROC) weights', () => {
  // Published table: Barron, F. H. & Barrett, B. E. (1996), "Decision quality using ranked
  // attribute weights", Management Science 42(11), 1515–1523 (ROC weights, 4 decimals).
  it.each([
    [2, [0.75, 0.25]],
    [3, [0.6111, 0.2778, 0.1111]],
    [4, [0.5208, 0.2708, 0.1458, 0.0625]],
    [5, [0.4567, 0.2567, 0.1567, 0.09, 0.04]],
  ])('n = %i matches Barron & Barrett (1996): %j', (n, table) => {
    const w = rocWeights(n);
    expect(w).toHaveLength(n);
    w.forEach((wk, k) => expect(wk).toBeCloseTo(table[k] ?? NaN, 4));
  });

  it('n = 1 gives the single item all the weight', () => {
    expect(rocWeights(1)).toEqual([1]);
  });

  it('a roc group takes weights from its order, not from child order or raw weights', () => {
    const s = set([boolean('a', { weight: 9 }), boolean('b'), boolean('c')], {
      weighting: { method: 'roc', order: ['c', 'a', 'b'] },
    });
    const w = weightsOf(s.root);
    expect(globalOf(w, 'c')).toBeCloseTo(11 / 18, 12);
    expect(globalOf(w, 'a')).toBeCloseTo(5 / 18, 12);
    expect(globalOf(w, 'b')).toBeCloseTo(2 / 18, 12);
  });

  it('a nested roc group multiplies by its parent weight', () => {
    const s = set([
      group('g', [boolean('x'), boolean('y')], {
        weight: 1,
        weighting: { method: 'roc', order: ['y', 'x'] },
      }),
      boolean('z', { weight: 1 }),
    ]);
    const w = weightsOf(s.root);
    expect(globalOf(w, 'y')).toBeCloseTo(0.375, 12);
    expect(globalOf(w, 'x')).toBeCloseTo(0.125, 12);
    expect(globalOf(w, 'z')).toBeCloseTo(0.5, 12);
  });
});

describe('swing weighting: points normalised', () => {
  it.each([
    [{ a: 100, b: 50, c: 50 }, [0.5, 0.25, 0.25]],
    [{ a: 100, b: 60, c: 20 }, [100 / 180, 60 / 180, 20 / 180]],
    [{ a: 40, b: 100, c: 0 }, [40 / 140, 100 / 140, 0]],
  ])('%j → %j', (points, expected) => {
    const g = group('g', [boolean('a', { weight: 5 }), boolean('b'), boolean('c')], {
      weighting: { method: 'swing', points },
    });
    const local = localWeights(g, new Map());
    local.forEach((w, i) => expect(w).toBeCloseTo(expected[i] ?? NaN, 12));
  });

  it('a child without points gets weight 0', () => {
    const g = group('g', [boolean('a'), boolean('b')], {
      weighting: { method: 'swing', points: { a: 100 } },
    });
    expect(localWeights(g, new Map())).toEqual([1, 0]);
  });
});

describe('validateWeightOverrides (--weights)', () => {
  const s = set([
    group('security', [boolean('soc2'), boolean('pci')], { weight: 3 }),
    group('service', [boolean('aht'), boolean('fcr')], { weighting: { method: 'entropy' } }),
    boolean('culture'),
  ]);

  it('accepts overrides of directly weighted nodes, and none at all', () => {
    expect(
      validateWeightOverrides(
        s,
        new Map([
          ['security', 1],
          ['pci', 4],
        ]),
      ),
    ).toEqual([]);
    expect(validateWeightOverrides(s, undefined)).toEqual([]);
  });

  it('a misspelt id is an issue with a did-you-mean', () => {
    expect(validateWeightOverrides(s, new Map([['secrity', 1]]))).toEqual([
      {
        severity: 'error',
        rule: 'invalid-weight-override',
        message:
          '--weights names "secrity", which is not a category, included set or criterion of "test-set"',
        hint: 'did you mean "security"?',
      },
    ]);
  });

  it.each([-1, NaN, Infinity])('a weight of %s (from a caller, not the CLI) is an issue', (w) => {
    expect(validateWeightOverrides(s, new Map([['security', w]]))).toEqual([
      {
        severity: 'error',
        rule: 'invalid-weight-override',
        message: `--weights gives "security" the weight ${w}`,
        hint: 'a weight is a number of 0 or more',
      },
    ]);
  });

  it('an unknown id far from any says which top-level ids exist', () => {
    const [issue] = validateWeightOverrides(s, new Map([['nosuch', 1]]));
    expect(issue?.hint).toBe(
      'top-level ids: security, service, culture (see "vendor-eval weights" for all)',
    );
  });

  it('a node whose parent derives its weights, and a group left at 0, are issues; each one reported', () => {
    const issues = validateWeightOverrides(
      s,
      new Map([
        ['aht', 5],
        ['soc2', 0],
        ['pci', 0],
      ]),
    );
    expect(issues.map((i) => [i.rule, i.message])).toEqual([
      [
        'invalid-weight-override',
        '--weights cannot set "aht": its parent "service" derives weights by entropy',
      ],
      ['invalid-weight-override', '--weights leaves every child of "security" at weight 0'],
    ]);
  });
});

describe('nominalWeights (criteria show, no vendors)', () => {
  it('gives entropy/CRITIC children equal shares and leaves other groups as written', () => {
    const s = set([
      group('service', [boolean('aht'), boolean('fcr', { weight: 9 })], {
        weight: 3,
        weighting: { method: 'critic' },
      }),
      boolean('culture'),
    ]);
    const w = nominalWeights(s.root);
    expect(w.get('service')?.global).toBeCloseTo(0.75, 12);
    expect(w.get('aht')?.local).toBeCloseTo(0.5, 12);
    expect(w.get('fcr')?.local).toBeCloseTo(0.5, 12);
    expect(s.root.children[0]).toMatchObject({ weighting: { method: 'critic' } });
  });
});

describe('resolveMethod', () => {
  it('finds a method by id', () => {
    expect(resolveMethod('topsis')).toMatchObject({ ok: true, value: { id: 'topsis' } });
  });

  it('an unknown name is an unknown-method-name issue with a did-you-mean', () => {
    expect(resolveMethod('topsys')).toEqual({
      ok: false,
      issues: [
        {
          severity: 'error',
          rule: 'unknown-method-name',
          message: 'unknown decision method "topsys"',
          hint: 'did you mean "topsis"?',
        },
      ],
    });
  });
});
