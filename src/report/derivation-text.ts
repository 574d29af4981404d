import type { UtilityDerivation } from '../core/scoring/utility-derivation.js';
import { formatUtility } from './numbers.js';

/** A figure as written: whole numbers plain, others to at most four decimals. */
function figure(n: number, decimals?: number): string {
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
  p ? `(${figure(p[0])}, ${figure(p[1])})` : '';

/**
 * How a utility was derived, in words that follow it: `on the field's range 19.90–31.50 EUR/h,
 * minmax`, `between worst 60 and best 95`, `= (4 − 1)/(5 − 1)`. `unit` is the criterion's unit.
 */
export function derivationBasis(d: UtilityDerivation, unit?: string): string {
  const withUnit = (text: string): string => (unit ? `${text} ${unit}` : text);
  switch (d.formula) {
    case 'scale':
      return `= (${figure(d.value)} − ${figure(d.min)})/(${figure(d.max)} − ${figure(d.min)})`;
    case 'linear':
      if (d.clamped === 'worst')
        return `at or past worst ${figure(d.worst)} (best ${figure(d.best)})`;
      if (d.clamped === 'best')
        return `at or past best ${figure(d.best)} (worst ${figure(d.worst)})`;
      return `between worst ${figure(d.worst)} and best ${figure(d.best)}`;
    case 'points':
      if (d.place === 'below') return `at or before first point ${point(d.to)}`;
      if (d.place === 'above') return `at or past last point ${point(d.from)}`;
      return `between points ${point(d.from)} and ${point(d.to)}`;
    case 'minmax': {
      const places = decimalsOf([d.min, d.max, d.value]);
      if (d.min === d.max)
        return `as the whole field answered ${withUnit(figure(d.min, places))}, minmax`;
      const range = `${figure(d.min, places)}–${figure(d.max, places)}`;
      return `on the field's range ${withUnit(range)}, minmax${d.direction === 'lower' ? ', lower is better' : ''}`;
    }
    case 'ratio':
      return d.direction === 'higher'
        ? `= ${figure(d.value)} / field's highest ${figure(d.reference)}, ratio`
        : `= field's lowest ${figure(d.reference)} / ${figure(d.value)}, ratio`;
    case 'sum':
      return d.direction === 'higher'
        ? `= ${figure(d.value)} / field's sum ${figure(d.reference)}, sum`
        : `= (1/${figure(d.value)}) / field's Σ(1/x) ${figure(d.reference)}, sum`;
    case 'no-field':
      return 'as no vendor in the field answered: relative scoring has nothing to compare';
    case 'boolean':
      return '(yes 1, no 0)';
    case 'choice':
      return `= score ${figure(d.score)} / highest ${figure(d.highest)}`;
    case 'multi':
      return d.points > d.cap
        ? `= ${figure(d.points)} points / cap ${figure(d.cap)}, capped at 1`
        : `= ${figure(d.points)} points / cap ${figure(d.cap)}`;
    case 'mean':
      return `= mean of ${d.parts.length} evaluators' utilities (${d.parts.map((p) => formatUtility(p.utility)).join(', ')})`;
  }
}
