import { number, set, vendor } from '../builders.js';

/**
 * Chakraborty, Zavadskas & Antucheviciene (2015) Applications of WASPAS method as a
 * multi-criteria decision-making tool, Economic Computation and Economic Cybernetics Studies and
 * Research 49(1) 5–22, Example 2; as tested in scikit-criteria tests/agg/test_waspas.py
 * (test_WASPAS_chakraborty2015applications, atol 1e-4). The paper normalises min/x for the three
 * cost criteria and x/max for the benefit one, which is exactly `scoring: { relative: ratio }`.
 * Shared by the weighted-product (λ = 0) and WASPAS tests.
 */
const ratio = { kind: 'relative', relative: 'ratio' } as const;

/** The example's four criteria: production cost, fixture size, mould number, productivity. */
export const chakrabortySet = set([
  number('pc', { direction: 'lower', scoring: ratio, weight: 0.467 }),
  number('fs', { direction: 'lower', scoring: ratio, weight: 0.16 }),
  number('mn', { direction: 'lower', scoring: ratio, weight: 0.095 }),
  number('p', { direction: 'higher', scoring: ratio, weight: 0.278 }),
]);

const rows = [
  [581818, 54.49, 3, 5500],
  [595454, 49.73, 3, 4500],
  [586060, 51.24, 3, 5000],
  [522727, 45.71, 3, 5800],
  [561818, 52.66, 3, 5200],
  [543030, 74.46, 4, 5600],
  [522727, 75.42, 4, 5800],
  [486970, 62.62, 4, 5600],
  [509394, 65.87, 4, 6400],
  [513333, 70.67, 4, 6000],
];

/** The ten alternatives A1…A10 as vendors a1…a10. */
export const chakrabortyVendors = rows.map(([pc = 0, fs = 0, mn = 0, p = 0], i) =>
  vendor(`a${i + 1}`, { pc, fs, mn, p }),
);
