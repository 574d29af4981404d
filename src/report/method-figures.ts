import type { Ranking, VendorResult } from '../core/model/ranking.js';

/** Readable names of the method-specific figures in `details` (SPEC "Decision methods"). */
const labels: Readonly<Record<string, string>> = {
  dPlus: 'd⁺ (to ideal)',
  dMinus: 'd⁻ (to anti-ideal)',
  closeness: 'closeness',
  S: 'S (group utility)',
  R: 'R (individual regret)',
  Q: 'Q',
  phiPlus: 'φ⁺',
  phiMinus: 'φ⁻',
  phiNet: 'φnet',
};

/**
 * A vendor's method-specific figures on one line, e.g. `topsis: d⁺ (to ideal) 0.0240, …`;
 * undefined when the method reports none (weighted-sum, weighted-product).
 */
export function methodFiguresLine(ranking: Ranking, vendor: VendorResult): string | undefined {
  const entries = Object.entries(vendor.details ?? {});
  if (!entries.length) return undefined;
  return `${ranking.method}: ${entries.map(([k, v]) => `${labels[k] ?? k} ${v.toFixed(4)}`).join(', ')}`;
}

/** VIKOR's compromise set as a sentence, with whether `vendor` is in it; undefined for other methods. */
export function compromiseLine(ranking: Ranking, vendor?: VendorResult): string | undefined {
  const compromise = ranking.methodSummary?.compromise as
    { vendors?: unknown; acceptableAdvantage?: unknown; acceptableStability?: unknown } | undefined;
  if (!compromise || !Array.isArray(compromise.vendors)) return undefined;
  const ids = compromise.vendors.map(String);
  const names = new Map(ranking.vendors.map((v) => [v.id, v.name]));
  const yesNo = (x: unknown): string => (x === true ? 'yes' : 'no');
  const member =
    vendor === undefined
      ? ''
      : ids.includes(vendor.id)
        ? ' — this vendor is in it'
        : ' — this vendor is not in it';
  return `VIKOR compromise set: ${ids.map((id) => names.get(id) ?? id).join(', ') || 'none'} (acceptable advantage: ${yesNo(compromise.acceptableAdvantage)}, acceptable stability: ${yesNo(compromise.acceptableStability)})${member}`;
}
