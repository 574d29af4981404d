import type { VendorResult } from '../core/model/ranking.js';

import type { AnswerValue } from '../core/model/types.js';

/** A 0–100 score for reading: one decimal. */
export function formatScore(score: number): string {
  return score.toFixed(1);
}

/** A category's 0–100 score for a table cell; `—` when it is not scored (null). */
export function categoryText(score: number | null | undefined): string {
  return score === null || score === undefined ? '—' : formatScore(score);
}

/** A weight (fraction) as a percentage for reading: `12.5%`. */
export function formatPercent(fraction: number, digits = 1): string {
  return `${(fraction * 100).toFixed(digits)}%`;
}

/** A utility in [0, 1] for reading: two decimals. */
export function formatUtility(u: number): string {
  return u.toFixed(2);
}

/** An answer value for reading: yes/no, lists joined, numbers trimmed, unanswered as a dash. */
export function formatAnswer(value: AnswerValue | null | undefined, unit?: string): string {
  if (value === null || value === undefined) return '—';
  if (value === true) return 'yes';
  if (value === false) return 'no';
  if (Array.isArray(value))
    return value.length ? value.map((v) => formatAnswer(v)).join(', ') : 'none';
  if (typeof value === 'number') {
    const text = Number.isInteger(value) ? String(value) : String(Number(value.toFixed(2)));
    return unit ? `${text} ${unit}` : text;
  }
  return value;
}

/** A vendor's place for a header: `rank 2 of 5` or `ineligible`. */
export function placeText(v: Pick<VendorResult, 'rank'>, eligibleCount: number): string {
  return v.rank === null ? 'ineligible' : `rank ${v.rank} of ${eligibleCount}`;
}

/** A criteria set's id and version for a title: `customer-service v1`, or just the id. */
export function setLabel(set: { id: string; version?: number | string | undefined }): string {
  return set.version !== undefined ? `${set.id} v${set.version}` : set.id;
}

/** A number at `d` decimals, reading -0.0 as 0.0. */
function fixed(x: number, d: number): string {
  return (x + 0).toFixed(d).replace(/^-(0\.0*)$/, '$1');
}

/**
 * The fewest decimals (1 to 6) at which two scores and their difference read consistently: the
 * rounded difference equals the difference of the rounded scores (72.54 and 70.99 are printed
 * 72.54, 70.99 and 1.55, never 72.5, 71.0 and "leads by 1.6"), and scores that do not tie (SPEC:
 * within 10⁻⁹ of the higher) never read the same (50.03 vs 50.00, not 50.0 and 50.0).
 */
export function consistentDecimals(a: number, b: number): number {
  const tie = Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
  for (let d = 1; d < 6; d++) {
    const ofRounded = Number(a.toFixed(d)) - Number(b.toFixed(d));
    if (fixed(ofRounded, d) !== fixed(a - b, d)) continue;
    if (!tie && Number(fixed(a - b, d)) === 0) continue;
    return d;
  }
  return 6;
}

/**
 * The fewest decimals (1 to 6) at which vendors of different rank never print the same score
 * (a table with ranks 1 and 2 both at 50.0 contradicts itself): at least one; more only when two
 * vendors of adjacent ranks would read the same.
 */
export function rankDecimals(vendors: readonly { rank: number | null; score: number }[]): number {
  const ranked = vendors.filter((v) => v.rank !== null);
  for (let d = 1; d < 6; d++) {
    const clash = ranked.some((v, i) =>
      ranked.some(
        (w, k) => k > i && w.rank !== v.rank && v.score.toFixed(d) === w.score.toFixed(d),
      ),
    );
    if (!clash) return d;
  }
  return 6;
}

/** A count with its noun: `3 vendors`, `1 vendor`, `1 criterion`, `2 criteria`. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
