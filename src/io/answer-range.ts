import type { Issue } from '../core/issues.js';
import type { AnswerRange, Criterion } from '../core/model/types.js';
import { checkValue } from './vendor-rules.js';

type Path = (string | number)[];

/** The keys of the two range forms an answer's `value` may take. */
const uniformKeys = ['min', 'max'] as const;
const triangularKeys = ['low', 'mode', 'high'] as const;

/** Whether a written `value` is a mapping, i.e. meant as a range. */
export function isRangeValue(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Reads an answer's `value` written as a range: `{min, max}` (uniform) or `{low, mode, high}`
 * (triangular), for `number` and `scale` criteria only. Each bound must be a value the criterion
 * accepts (inside its bounds; a whole number of the scale), and the bounds in order. The value
 * every command but `sensitivity` uses is the range's mean: (min + max)/2, or
 * (low + mode + high)/3 (docs/decisions.md). `path` is the `value` key's.
 */
export function readAnswerRange(
  c: Criterion,
  value: Record<string, unknown>,
  path: Path,
  file: string,
): ReadRange {
  const bad = (message: string, hint?: string, at: Path = path): ReadRange => ({
    issues: [{ severity: 'error', rule: 'invalid-answer-range', message, hint, file, path: at }],
  });
  const keys = Object.keys(value);
  const form = sameKeys(keys, uniformKeys)
    ? 'uniform'
    : sameKeys(keys, triangularKeys)
      ? 'triangular'
      : undefined;
  if (!form) {
    return bad(
      `the answer to "${c.id}" is a mapping with ${keys.length ? keys.map((k) => `"${k}"`).join(', ') : 'no keys'}; a range is { min, max } or { low, mode, high }`,
      'write { min: 80, max: 85 } for "somewhere between", or { low: 80, mode: 83, high: 85 } for "most likely 83"',
    );
  }
  if (c.type !== 'number' && c.type !== 'scale') {
    return bad(
      `"${c.id}" is a ${c.type} criterion: only number and scale answers can be ranges`,
      'write the one answer the evidence supports',
    );
  }
  const issues = (form === 'uniform' ? uniformKeys : triangularKeys).flatMap((k) =>
    checkValue(c, value[k], [...path, k], file),
  );
  if (issues.length) return { issues };
  const n = (k: string): number => value[k] as number;
  if (form === 'uniform') {
    if (n('min') > n('max')) {
      return bad(
        `the range for "${c.id}" runs from ${n('min')} down to ${n('max')}: min is above max`,
        `write { min: ${n('max')}, max: ${n('min')} }`,
      );
    }
    return {
      range: { kind: 'uniform', min: n('min'), max: n('max') },
      value: (n('min') + n('max')) / 2,
      issues: [],
    };
  }
  if (!(n('low') <= n('mode') && n('mode') <= n('high'))) {
    return bad(
      `the range for "${c.id}" must have low ≤ mode ≤ high, found low ${n('low')}, mode ${n('mode')}, high ${n('high')}`,
      'the mode is the most likely value, between the lowest and the highest',
    );
  }
  return {
    range: { kind: 'triangular', low: n('low'), mode: n('mode'), high: n('high') },
    value: (n('low') + n('mode') + n('high')) / 3,
    issues: [],
  };
}

/** A range read: its form and mean, or the problems that stop it being used. */
export type ReadRange =
  { range: AnswerRange; value: number; issues: [] } | { range?: undefined; issues: Issue[] };

function sameKeys(keys: readonly string[], wanted: readonly string[]): boolean {
  return keys.length === wanted.length && wanted.every((k) => keys.includes(k));
}
