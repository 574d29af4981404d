import type { WeightOverride } from '../core/model/ranking.js';
import { csvComment } from './csv.js';
import { formatPercent } from './numbers.js';

/**
 * The sentence every text format puts under its title when `--weights` was given, so a report
 * made with ad-hoc weights cannot pass for the set's own: each override with the set's value,
 * and the overridden nodes' effective global weights. Undefined without overrides.
 * `weights overridden: pricing 40 (was 20) — effective weights: pricing 33.3% — not the set's own weighting`
 */
export function overridesLine(overrides: readonly WeightOverride[]): string | undefined {
  if (!overrides.length) return undefined;
  const given = overrides.map((o) => `${o.id} ${o.weight} (was ${setText(o)})`).join(', ');
  return `weights overridden: ${given} — effective weights: ${effectiveWeights(overrides)} — not the set's own weighting`;
}

/** The sentence as a bold Markdown paragraph, with its blank line (none without overrides). */
export function overridesParagraph(overrides: readonly WeightOverride[]): string[] {
  const line = overridesLine(overrides);
  return line ? [`**${line[0]?.toUpperCase()}${line.slice(1)}.**`, ''] : [];
}

/**
 * The CSV comment line before the header when `--weights` was given (undefined without):
 * `# weights overridden: pricing=40 (was 20); effective weights: pricing 33.3%; not the set's own weighting`.
 */
export function overridesCsvComment(overrides: readonly WeightOverride[]): string | undefined {
  if (!overrides.length) return undefined;
  const given = overrides.map((o) => `${o.id}=${o.weight} (was ${setText(o)})`).join(', ');
  return csvComment(
    `weights overridden: ${given}; effective weights: ${effectiveWeights(overrides)}; not the set's own weighting`,
  );
}

/** `weightOverrides` in every JSON document: the raw values given, by id (`{}` without). */
export function overridesToJson(overrides: readonly WeightOverride[]): Record<string, number> {
  return Object.fromEntries(overrides.map((o) => [o.id, o.weight]));
}

function effectiveWeights(overrides: readonly WeightOverride[]): string {
  return overrides.map((o) => `${o.id} ${formatPercent(o.global, 1)}`).join(', ');
}

/** The set's own weight of an overridden node: its range (`2–4`) when it gives one, so a range replaced by a point is not read as a weight left as it was. */
function setText(o: WeightOverride): string {
  return o.setRange ? `${o.setRange.min}–${o.setRange.max}` : String(o.setWeight);
}
