/**
 * Independent reference computations for the queueing tests. They use the textbook definitions
 * directly — Poisson sums and the birth–death chain state by state, normalised with log-sum-exp —
 * and none of the production code's shortcuts (Erlang B recursion, incomplete gamma functions,
 * mode-centred sums). Slow but straightforward: fine for test sizes.
 */

/** ln k! for k = 0..n, by summing logarithms (no Γ function). */
function lnFactorials(n: number): number[] {
  const out = [0];
  for (let k = 1; k <= n; k++) out.push((out[k - 1] ?? 0) + Math.log(k));
  return out;
}

function logSumExp(values: number[]): number {
  const top = Math.max(...values);
  if (top === -Infinity) return -Infinity;
  let sum = 0;
  for (const v of values) sum += Math.exp(v - top);
  return top + Math.log(sum);
}

/** ln(A^k/k!) for k = 0..n. */
function lnPoissonTerms(n: number, traffic: number): number[] {
  const lnFact = lnFactorials(n);
  return lnFact.map((lf, k) => k * Math.log(traffic) - lf);
}

/** Erlang B from its definition, (A^N/N!) / Σ_{k≤N} A^k/k!, in log space. */
export function referenceErlangB(agents: number, traffic: number): number {
  const terms = lnPoissonTerms(agents, traffic);
  return Math.exp((terms[agents] ?? NaN) - logSumExp(terms));
}

/**
 * Erlang C from its defining formula (notes §4.1):
 * [A^N/N! · N/(N−A)] / [Σ_{k<N} A^k/k! + A^N/N! · N/(N−A)], in log space.
 */
export function referenceErlangC(agents: number, traffic: number): number {
  const terms = lnPoissonTerms(agents, traffic);
  const waiting = (terms[agents] ?? NaN) + Math.log(agents / (agents - traffic));
  return Math.exp(waiting - logSumExp([...terms.slice(0, agents), waiting]));
}

/** Erlang C service level 1 − C·e^(−(N−A)T/AHT) with the reference C. */
export function referenceServiceLevel(
  agents: number,
  traffic: number,
  aht: number,
  target: number,
): number {
  if (agents <= traffic) return 0;
  return 1 - referenceErlangC(agents, traffic) * Math.exp((-(agents - traffic) * target) / aht);
}

/** Stationary measures of the Erlang A chain, summed state by state. */
export interface ReferenceErlangA {
  waitProbability: number;
  abandonProbability: number;
  occupancy: number;
  /** Mean number waiting, E[Q]. */
  queueLength: number;
  /** Mean wait of answered callers, seconds. */
  answeredWaitSeconds: number;
}

/**
 * The M/M/N+M birth–death chain with `extra` queue states beyond N: birth rate λ, death rate
 * min(k, N)·μ + max(k − N, 0)·θ; probabilities normalised in log space. The answered callers' mean
 * wait comes from the Laplace transform of a caller's offered wait V (hypoexponential with rates
 * θ(x+i), i = 0..j, for j queued ahead): E[V·e^(−θV)] = L(θ)·Σ_i 1/(θ(x+i)+θ) with
 * L(θ) = Π_i θ(x+i)/(θ(x+i)+θ), since a caller with patience τ ~ Exp(θ) is answered iff V ≤ τ.
 */
export function referenceErlangA(
  agents: number,
  arrivalsPerSecond: number,
  aht: number,
  patience: number,
  extra: number,
): ReferenceErlangA {
  const mu = 1 / aht;
  const theta = 1 / patience;
  const lnP = [0];
  for (let k = 1; k <= agents + extra; k++) {
    const death = Math.min(k, agents) * mu + Math.max(k - agents, 0) * theta;
    lnP.push((lnP[k - 1] ?? 0) + Math.log(arrivalsPerSecond / death));
  }
  const lnZ = logSumExp(lnP);
  const p = lnP.map((v) => Math.exp(v - lnZ));
  let wait = 0;
  let queue = 0;
  let answeredWait = 0;
  const x = (agents * mu) / theta;
  for (let j = 0; j <= extra; j++) {
    const pj = p[agents + j] ?? 0;
    wait += pj;
    queue += j * pj;
    let transform = 1;
    let rateSum = 0;
    for (let i = 0; i <= j; i++) {
      const rate = theta * (x + i);
      transform *= rate / (rate + theta);
      rateSum += 1 / (rate + theta);
    }
    answeredWait += pj * transform * rateSum;
  }
  const abandonProbability = (theta * queue) / arrivalsPerSecond;
  return {
    waitProbability: wait,
    abandonProbability,
    occupancy: (arrivalsPerSecond * aht * (1 - abandonProbability)) / agents,
    queueLength: queue,
    answeredWaitSeconds: answeredWait / (1 - abandonProbability),
  };
}
