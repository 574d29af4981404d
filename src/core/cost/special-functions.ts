/**
 * The few special functions the queueing formulas need, in log space so that they stay finite
 * for the large arguments of big contact centres (hundreds of agents, patience in hours).
 * Accuracy target: about 1e-13 relative, ample for staffing decisions.
 */

const halfLog2Pi = 0.5 * Math.log(2 * Math.PI);

/** ln Γ(z) for z > 0: Stirling's series from z ≥ 10, the recurrence Γ(z+1) = z·Γ(z) below. */
export function lnGamma(z: number): number {
  let shift = 0;
  let w = z;
  while (w < 10) {
    shift += Math.log(w);
    w += 1;
  }
  const inv = 1 / w;
  const inv2 = inv * inv;
  // Stirling's terms up to 1/(156·w¹³); the first one left out is below 3e-17 at w ≥ 10
  let series = 1 / 156;
  for (const c of [-691 / 360360, 1 / 1188, -1 / 1680, 1 / 1260, -1 / 360, 1 / 12])
    series = c + inv2 * series;
  return (w - 0.5) * Math.log(w) - w + halfLog2Pi + inv * series - shift;
}

/** ψ(z) = d/dz ln Γ(z) for z > 0: the asymptotic series from z ≥ 10, ψ(z) = ψ(z+1) − 1/z below. */
export function digamma(z: number): number {
  let shift = 0;
  let w = z;
  while (w < 10) {
    shift += 1 / w;
    w += 1;
  }
  const inv2 = 1 / (w * w);
  // terms up to 1/(12·w¹⁴); the first one left out is below 1e-16 at w ≥ 10
  let series = -1 / 12;
  for (const c of [691 / 32760, -1 / 132, 1 / 240, -1 / 252, 1 / 120, -1 / 12])
    series = c + inv2 * series;
  return Math.log(w) - 0.5 / w + inv2 * series - shift;
}

/** Relative size of the last term at which a series of positive terms stops. */
const tiny = 1e-17;

/**
 * ln G(a, z) for a > 0, z ≥ 0, where G(a, z) = Σ_{n≥0} zⁿ / ((a+1)(a+2)…(a+n)) — the series of the
 * lower incomplete gamma function: γ(a, z) = zᵃ·e^(−z)·G(a, z)/a, so G = e^z·z^(−a)·Γ(a+1)·P(a, z)
 * with P the regularised γ.
 *
 * For z < a + 1 the terms fall from the first one, so the sum is taken as it stands (positive terms,
 * no cancellation). Beyond, the terms first grow (G is then huge), so the value comes from
 * P = 1 − Q with Q by the Lentz continued fraction, which converges fast there
 * (Numerical Recipes §6.2).
 */
export function lnIncompleteGammaSeries(a: number, z: number): number {
  if (z === 0) return 0;
  if (z < a + 1) {
    let term = 1;
    let sum = 1;
    for (let n = 1; term > tiny * sum; n++) {
      term *= z / (a + n);
      sum += term;
    }
    return Math.log(sum);
  }
  const lnQ = -z + a * Math.log(z) - lnGamma(a) + Math.log(upperGammaFraction(a, z));
  return z - a * Math.log(z) + lnGamma(a + 1) + Math.log1p(-Math.exp(lnQ));
}

/** The continued fraction of Q(a, z)·e^z·z^(−a)·Γ(a), evaluated by the modified Lentz method. */
function upperGammaFraction(a: number, z: number): number {
  const floor = 1e-300;
  let b = z + 1 - a;
  let c = 1 / floor;
  let d = 1 / b;
  let h = d;
  for (let i = 1; ; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < floor) d = floor;
    c = b + an / c;
    if (Math.abs(c) < floor) c = floor;
    d = 1 / d;
    const step = d * c;
    h *= step;
    if (Math.abs(step - 1) < 1e-16 || i > 10_000_000) return h;
  }
}
