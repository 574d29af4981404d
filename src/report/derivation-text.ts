import type { UtilityDerivation } from '../core/scoring/utility-derivation.js';
import { groupedNumber } from '../core/number-text.js';
import { formatUtility } from './numbers.js';

/**
 * A figure as written: whole numbers plain, others to at most four decimals; from 10,000 up
 * with thousands separators (a contract cost of 12,600,000 is read, not counted), except inside
 * a `(x, y)` point, where a comma would split the pair.
 */
function figure(n: number, decimals?: number): string {
  const places = decimals ?? (Number.isInteger(n) ? 0 : decimalsOf([n]));
  return Math.abs(n) >= 10_000 ? groupedNumber(n, places) : plainFigure(n, decimals);
}

function plainFigure(n: number, decimals?: number): string {
  if (decimals !== undefined) return n.toFixed(decimals);
  return Number.isInteger(n) ? String(n) : String(Number(n.toFixed(4)));
}

/** Decimals that show every one of `values` as written (at most four). */
function decimalsOf(values: readonly number[]): number {
  let most = 0;
  for (const v of values) {
    const text = String(Number(v.toFixed(4)));
    const dot = text.indexOf('.');
    if (dot >= 0) most = Math.max(most, text.length - dot - 1);
  }
  return most;
}

const point = (p: [number, number] | null): string =>
  p ? `(${plainFigure(p[0])}, ${plainFigure(p[1])})` : '';

/**
 * How a utility was derived, in few words (a line under the answer): `on the field's range
 * 19.90–31.50 EUR/h, minmax`, `worst 60, best 95`, `on (30, 1)–(60, 0.5)`, `(4 − 1)/(5 − 1)`,
 * `score 4 of max 5`; '' for a boolean (yes 1, no 0). `unit` is the criterion's unit.
 */
export function derivationBasis(d: UtilityDerivation, unit?: string): string {
  const withUnit = (text: string): string => (unit ? `${text} ${unit}` : text);
  switch (d.formula) {
    case 'scale':
      return `(${figure(d.value)} − ${figure(d.min)})/(${figure(d.max)} − ${figure(d.min)})`;
    case 'linear':
      if (d.clamped === 'worst') return `at/past worst ${figure(d.worst)} (best ${figure(d.best)})`;
      if (d.clamped === 'best') return `at/past best ${figure(d.best)} (worst ${figure(d.worst)})`;
      return `worst ${figure(d.worst)}, best ${figure(d.best)}`;
    case 'points':
      if (d.place === 'below') return `flat up to ${point(d.to)}`;
      if (d.place === 'above') return `flat from ${point(d.from)}`;
      return `on ${point(d.from)}–${point(d.to)}`;
    case 'minmax': {
      const places = decimalsOf([d.min, d.max, d.value]);
      if (d.min === d.max) return `whole field at ${withUnit(figure(d.min, places))}, minmax`;
      return `on the field's range ${withUnit(`${figure(d.min, places)}–${figure(d.max, places)}`)}, minmax`;
    }
    case 'ratio':
      return d.direction === 'higher'
        ? `${figure(d.value)} / field's highest ${figure(d.reference)}, ratio`
        : `field's lowest ${figure(d.reference)} / ${figure(d.value)}, ratio`;
    case 'sum':
      return d.direction === 'higher'
        ? `${figure(d.value)} / field's sum ${figure(d.reference)}, sum`
        : `(1/${figure(d.value)}) / field's Σ(1/x) ${figure(d.reference)}, sum`;
    case 'no-field':
      return 'no answer in the field to compare with';
    case 'boolean':
      // yes 1, no 0: the answer says it all, and a line per boolean would only lengthen tables
      return '';
    case 'choice':
      return `score ${figure(d.score)} of max ${figure(d.highest)}`;
    case 'multi':
      return `${figure(d.points)} of cap ${figure(d.cap)} points${d.points > d.cap ? ', capped' : ''}`;
    case 'pairwise': {
      const cr = `CR ${d.cr.toFixed(3)}${d.cr > 0.1 ? ' > 0.1' : ''}`;
      return d.synthesis === 'ideal'
        ? `eigenvector ${figure(d.entry)} / largest ${figure(d.largest)}; ${cr}`
        : `eigenvector entry of ${d.compared} vendors; ${cr}`;
    }
    case 'mean':
      return `mean of ${d.parts.length} evaluators (${d.parts.map((p) => formatUtility(p.utility)).join(', ')})`;
  }
}
