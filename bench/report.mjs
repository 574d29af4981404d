// Formats one comparison as a few readable lines.

/**
 * @typedef {import('./measure.mjs').Stats} Stats
 * @typedef {import('./measure.mjs').Comparison} Comparison
 */

/** @param {number} ms @returns {string} */
const fmt = (ms) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));

/**
 * @param {string} label
 * @param {Stats} s
 * @returns {string}
 */
function statsLine(label, s) {
  return (
    `  ${label.padEnd(46)} median ${fmt(s.median).padStart(6)} ms` +
    `   IQR ${fmt(s.q1)}–${fmt(s.q3)}   min ${fmt(s.min)}   max ${fmt(s.max)}   (n=${s.runs})`
  );
}

/**
 * @param {{ title: string, caseLabel: string, baseLabel: string, target: number }} meta
 * @param {Comparison} c
 * @returns {string}
 */
export function formatComparison(meta, c) {
  const ok = c.ratio <= meta.target;
  return [
    meta.title,
    statsLine(meta.caseLabel, c.a),
    statsLine(meta.baseLabel, c.b),
    `  ratio ${c.ratio.toFixed(2)}×  (median of per-pair ratios, IQR ${c.pairedQ1.toFixed(2)}–${c.pairedQ3.toFixed(2)}; medians' ratio ${c.mediansRatio.toFixed(2)}×)` +
      `   target ≤ ${meta.target.toFixed(1)}×  ${ok ? '✓' : '✗'}`,
  ].join('\n');
}
