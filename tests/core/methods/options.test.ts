import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  builtinMethods,
  optionNames,
  resolveMethodOptions,
  validateMethodOptions,
} from '../../../src/core/methods/index.js';
import { topsis } from '../../../src/core/methods/topsis.js';
import { vikor } from '../../../src/core/methods/vikor.js';
import { loadCriteria } from '../../../src/io/criteria-loader.js';
import { lines, tempDir, writeTree } from '../../io/helpers.js';

/** Loads one criteria file written from `text` and returns its issues as the lines a user reads. */
function load(text: string): { loaded: boolean; lines: string[] } {
  const dir = tempDir();
  writeTree(dir, { 'criteria/s.yaml': text });
  const result = loadCriteria('criteria/s.yaml', dir);
  return { loaded: result.set !== undefined, lines: lines(result.issues) };
}

const criteria = 'criteria:\n  - { id: speed, type: number }\n  - { id: quality, type: scale }\n';

describe('methodOptions are checked against the set’s method, at their line', () => {
  it('an unknown option under topsis is an error at its key, with did-you-mean', () => {
    const r = load(`id: s\nmethod: topsis\nmethodOptions:\n  normalisation: minmax\n${criteria}`);
    expect(r.loaded).toBe(false);
    expect(r.lines).toEqual([
      'criteria/s.yaml:4:3 error unknown TOPSIS option "normalisation" (invalid-method-option) — did you mean "normalization"?',
    ]);
  });

  it('a topsis normalization that is not offered says what is, with did-you-mean', () => {
    const r = load(`id: s\nmethod: topsis\nmethodOptions:\n  normalization: min-max\n${criteria}`);
    expect(r.lines).toEqual([
      'criteria/s.yaml:4:18 error TOPSIS option normalization must be one of vector, minmax, max, sum (default vector); found "min-max" (invalid-method-option) — did you mean "minmax"?',
    ]);
  });

  it('v out of range under vikor is an error at the value', () => {
    const r = load(`id: s\nmethod: vikor\nmethodOptions: { v: 2 }\n${criteria}`);
    expect(r.loaded).toBe(false);
    expect(r.lines).toEqual([
      'criteria/s.yaml:3:21 error VIKOR option v must be a number from 0 to 1 (weight of group utility S against regret R; default 0.5); found 2 (invalid-method-option)',
    ]);
  });

  it('an option far from any the method accepts lists them', () => {
    const r = load(`id: s\nmethod: vikor\nmethodOptions:\n  v: 0.3\n  lambda: 0.5\n${criteria}`);
    expect(r.lines).toEqual([
      'criteria/s.yaml:5:3 error unknown VIKOR option "lambda" (invalid-method-option) — vikor accepts: v',
    ]);
  });

  it('options under a method without any (weighted-sum by default) are errors', () => {
    const r = load(`id: s\nmethodOptions:\n  v: 0.3\n${criteria}`);
    expect(r.lines).toEqual([
      'criteria/s.yaml:3:3 error unknown Weighted sum option "v" (invalid-method-option) — weighted-sum takes no options',
    ]);
  });

  it('valid options load without issues', () => {
    for (const text of [
      `id: s\nmethod: topsis\nmethodOptions: { normalization: sum }\n${criteria}`,
      `id: s\nmethod: vikor\nmethodOptions: { v: 0 }\n${criteria}`,
      `id: s\nmethod: promethee2\nmethodOptions: {}\n${criteria}`,
    ]) {
      expect(load(text)).toEqual({ loaded: true, lines: [] });
    }
  });

  it('waspas is a method, a misspelt one is unknown', () => {
    expect(
      load(`id: s\nmethod: waspas\nmethodOptions: { lambda: 0.3 }\n${criteria}`).lines,
    ).toEqual([]);
    expect(load(`id: s\nmethod: waspass\n${criteria}`).lines).toEqual([
      'criteria/s.yaml:2:9 error unknown decision method "waspass" (unknown-method) — did you mean "waspas"?',
    ]);
  });
});

describe('preference functions are checked at their line (validatePreference)', () => {
  const set = (pref: string) =>
    `id: s\nmethod: promethee2\ncriteria:\n  - id: speed\n    type: number\n    preference: ${pref}\n  - { id: quality, type: scale }\n`;

  it('q > p is an error at q', () => {
    expect(load(set('{ function: linear, q: 5, p: 3 }')).lines).toEqual([
      'criteria/s.yaml:6:40 error criterion "speed", preference function "linear": the indifference threshold q (5) is larger than the preference threshold p (3); q must be ≤ p (invalid-preference)',
    ]);
  });

  it('a missing threshold is an error at the preference, and no unused-threshold warning', () => {
    expect(load(set('{ function: v-shape, q: 1 }')).lines).toEqual([
      'criteria/s.yaml:6:17 error criterion "speed", preference function "v-shape": missing p (strict preference threshold) (invalid-preference)',
    ]);
  });

  it('a valid function with an extra threshold only warns, naming what it uses', () => {
    expect(load(set('{ function: gaussian, s: 2, p: 1 }'))).toEqual({
      loaded: true,
      lines: [
        'criteria/s.yaml:6:48 warning the gaussian preference function ignores p (unused-threshold) — gaussian uses s; remove p or choose a function that uses it',
      ],
    });
  });
});

describe('validateMethodOptions', () => {
  it('places issues by path under basePath, in the given file', () => {
    expect(
      validateMethodOptions('topsis', { normalisation: 'max' }, 'p.yaml', ['sets', 0, 'opts']),
    ).toEqual([
      {
        severity: 'error',
        rule: 'invalid-method-option',
        message: 'unknown TOPSIS option "normalisation"',
        hint: 'did you mean "normalization"?',
        file: 'p.yaml',
        path: ['sets', 0, 'opts', 'normalisation'],
        atKey: true,
      },
    ]);
  });

  it('a wrong type says what is allowed', () => {
    expect(validateMethodOptions('vikor', { v: 'half' }, 's.yaml')).toEqual([
      {
        severity: 'error',
        rule: 'invalid-method-option',
        message:
          'VIKOR option v must be a number from 0 to 1 (weight of group utility S against regret R; default 0.5); found "half"',
        file: 's.yaml',
        path: ['methodOptions', 'v'],
      },
    ]);
  });

  it('nothing to say for absent options, valid ones or an unknown method', () => {
    expect(validateMethodOptions('topsis', undefined, 's.yaml')).toEqual([]);
    expect(validateMethodOptions('topsis', { normalization: 'minmax' }, 's.yaml')).toEqual([]);
    expect(validateMethodOptions('nosuch', { x: 1 }, 's.yaml')).toEqual([]);
  });
});

describe('resolveMethodOptions', () => {
  it('parses the set’s own options with defaults filled', () => {
    expect(resolveMethodOptions(topsis, { method: 'topsis', methodOptions: {} })).toEqual({
      normalization: 'vector',
    });
    expect(
      resolveMethodOptions(topsis, { method: 'topsis', methodOptions: { normalization: 'sum' } }),
    ).toEqual({ normalization: 'sum' });
    expect(resolveMethodOptions(vikor, { method: 'vikor', methodOptions: { v: 0.25 } })).toEqual({
      v: 0.25,
    });
  });

  it('gives another method its defaults', () => {
    expect(resolveMethodOptions(vikor, { method: 'topsis', methodOptions: { v: 0.1 } })).toEqual({
      v: 0.5,
    });
  });

  it('never throws: options that do not parse give the defaults', () => {
    expect(resolveMethodOptions(vikor, { method: 'vikor', methodOptions: { v: 7 } })).toEqual({
      v: 0.5,
    });
  });

  it('every method parses {} to its defaults, and its options describe what they allow', () => {
    for (const method of builtinMethods) {
      expect(() => method.options.parse({})).not.toThrow();
      for (const key of optionNames(method)) {
        // a ZodObject's shape is loosely typed (any): every option schema is a zod schema
        const schema = method.options.shape[key] as z.ZodType | undefined;
        expect(schema?.meta()?.description).toMatch(/default/);
      }
    }
  });
});
