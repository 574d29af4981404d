import type { Issue } from '../issues.js';
import type { CriteriaSet, NumberCriterion } from '../model/types.js';
import { referenceStats, type VendorEvaluation } from './evaluate.js';

/** A figure as written: whole numbers plain, others with `decimals` (default: as few as needed). */
function figure(n: number, decimals?: number): string {
  if (decimals !== undefined) return n.toFixed(decimals);
  return Number.isInteger(n) ? String(n) : String(Number(n.toFixed(4)));
}

/** Decimals that show every one of `values` as written (at most four). */
function decimalsOf(values: readonly number[]): number {
  let most = 0;
  for (const v of values) {
    const text = figure(v);
    const dot = text.indexOf('.');
    if (dot >= 0) most = Math.max(most, text.length - dot - 1);
  }
  return most;
}

/**
 * Anchors proposed from the field's answers: rounded outward to the answers' order of magnitude
 * (19.90–20.00 → 10–30), never past the criterion's `min`/`max`, never below 0 for answers that
 * are all at least 0. A starting point for the buyer, who knows the market better.
 */
export function anchorsFromAnswers(
  c: Pick<NumberCriterion, 'direction' | 'min' | 'max'>,
  lo: number,
  hi: number,
): { worst: number; best: number } {
  const magnitude = Math.max(Math.abs(lo), Math.abs(hi));
  const step = magnitude > 0 ? 10 ** Math.floor(Math.log10(magnitude)) : 1;
  let low = Math.floor(lo / step) * step;
  let high = Math.ceil(hi / step) * step;
  if (low === lo) low -= step;
  if (high === hi) high += step;
  if (lo >= 0) low = Math.max(0, low);
  if (c.min !== undefined) low = Math.max(c.min, low);
  if (c.max !== undefined) high = Math.min(c.max, high);
  // float noise from the step (0.1 × 3) must not reach the suggestion
  low = Number(low.toPrecision(12));
  high = Number(high.toPrecision(12));
  return c.direction === 'higher' ? { worst: low, best: high } : { worst: high, best: low };
}

const keepMinmax = 'or write scoring: { relative: minmax } to keep min–max on purpose';

/**
 * `number-without-anchors`: every `number` criterion with no `scoring`, which is scored min–max
 * over the field, so the closest answers can decide its whole weight. With the vendors'
 * evaluations, the message names the range min–max will use and the anchors it proposes come
 * from the answers; without, from the criterion's `min`/`max` when both are set. Issues carry
 * the criterion's file and key path.
 */
export function anchorWarnings(
  set: CriteriaSet,
  evaluations?: readonly VendorEvaluation[],
): Issue[] {
  const issues: Issue[] = [];
  const eligible = evaluations?.map((e) => e.eligible) ?? [];
  set.criteria.forEach((c, j) => {
    if (c.type !== 'number' || c.scoring.kind !== 'relative' || !c.scoring.defaulted) return;
    const at = { file: c.origin.file, path: c.origin.path };
    const unit = c.unit ? ` ${c.unit}` : '';
    const stats = evaluations
      ? referenceStats(
          evaluations.map((e) => e.criteria[j]?.value ?? null),
          eligible,
        )
      : undefined;
    const values = (evaluations ?? [])
      .map((e) => e.criteria[j]?.value)
      .filter((v): v is number => typeof v === 'number');
    if (stats && stats.count > 0) {
      const places = decimalsOf(values);
      const { worst, best } = anchorsFromAnswers(c, stats.min, stats.max);
      const range =
        stats.min === stats.max
          ? `all ${figure(stats.min, places)}${unit} here: every vendor scores 1 until one answers differently`
          : `${figure(stats.min, places)}–${figure(stats.max, places)}${unit} here: a gap of ${figure(stats.max - stats.min, places)}${unit} decides 100% of this criterion's weight`;
      issues.push({
        severity: 'warning',
        rule: 'number-without-anchors',
        message: `"${c.id}" has no scoring, so it is scored min–max over the vendors' answers, ${range}`,
        hint: `give it fixed anchors, e.g. scoring: { worst: ${figure(worst)}, best: ${figure(best)} } (the answers rounded outward), ${keepMinmax}`,
        ...at,
      });
      return;
    }
    const fromBounds =
      c.min !== undefined && c.max !== undefined
        ? c.direction === 'higher'
          ? `e.g. scoring: { worst: ${figure(c.min)}, best: ${figure(c.max)} } (its min and max)`
          : `e.g. scoring: { worst: ${figure(c.max)}, best: ${figure(c.min)} } (its min and max)`
        : 'scoring: { worst: <answer worth 0>, best: <answer worth 1> }';
    issues.push({
      severity: 'warning',
      rule: 'number-without-anchors',
      message: `"${c.id}" has no scoring, so it is scored min–max over the field's range: the lowest and highest answers among the eligible vendors score 0 and 1, however close they are`,
      hint: `give it fixed anchors, ${fromBounds}, ${keepMinmax}`,
      ...at,
    });
  });
  return issues;
}
