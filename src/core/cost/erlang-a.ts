/**
 * Erlang A (M/M/N+M; Garnett, Mandelbaum & Reiman 2002; Mandelbaum & Zeltyn 2005): Erlang C plus
 * callers who hang up. Each waiting caller's patience is exponential with mean `patienceSeconds`;
 * a caller whose wait would exceed it leaves unanswered. Abandonment keeps the queue finite for any
 * N ≥ 1, so N may be at or below the traffic A.
 *
 * The chain. With λ arrivals/s, μ = 1/AHT, θ = 1/patience, x = N·μ/θ and y = λ/θ, the stationary
 * probabilities are π_k ∝ A^k/k! up to N (Erlang B's states) and π_(N+j) = π_N·w_j beyond, with
 * w_j = Π_{k=1..j} y/(x+k). Everything is a sum over w_j, taken here from its largest term outwards
 * (ratios only, normalised in log space): no factorials, no overflow at any size, and only the
 * terms that matter are visited — about 10·√y, plus min(40/(1 − A/N), 10·√x) when N > A: a few
 * thousand for any realistic centre; the count grows only for a queue within a hair of saturation
 * with a patience of years. When N ≤ A (a long queue) the totals Σ w_j and the hang-up share come
 * from the incomplete-gamma closed form below instead (Σ_j w_j = G(x, y)), and the sums are walked
 * only for the answered callers' mean wait. The join to the first N states uses Erlang B's
 * recursion: Σ_{k<N} π_k = π_N·(1−B)/B.
 *
 * The waiting times. An arrival that finds j callers queued is answered after j+1 "moves up",
 * at rates θ(x+j), …, θ(x), unless its own patience runs out first. Summed over j with the weights
 * w_j, the waiting-time tails have closed forms in the lower incomplete gamma function (derived
 * from the order-statistics form of that pure-death process; same family as Mandelbaum & Zeltyn's
 * formulas): with q = e^(−θT) and G(a, z) = Σ_n zⁿ/((a+1)…(a+n)),
 *   P(W > T)                  = π_N · q^(x+1) · e^(y(1−q)) · G(x, y·q)
 *   P(answered after T)       = π_N · x/(x+1) · q^(x+1) · e^(y(1−q)) · G(x+1, y·q)
 * where W is the time a caller actually spends waiting (until answered or until hanging up). The
 * closed form is used rather than a truncated sum because the per-state waiting-time laws are
 * incomplete beta functions: summing them state by state would cost far more and lose accuracy.
 */
import { requireCount, requireNonNegative, requirePositive } from './arguments.js';
import {
  erlangB,
  erlangCMeasures,
  searchStaffing,
  type QueueMeasures,
  type ServiceTarget,
} from './erlang-c.js';
import { digamma, lnGamma, lnIncompleteGammaSeries } from './special-functions.js';

/**
 * Erlang A measures for N ≥ 1 agents.
 *
 * - `serviceLevel` is P(W ≤ T) over all offered contacts, W being the time actually spent waiting:
 *   contacts answered within T plus those that hung up within T, divided by all offered — formula
 *   F1 of the contact-centre notes §2.2 and the P{W > t} of Mandelbaum & Zeltyn (2005).
 *   Callers who hang up after T count as failures. As patience grows it tends to Erlang C's
 *   1 − C·e^(−(N−A)T/AHT), and it is never below Erlang C's value for the same N, so Erlang A
 *   never needs more agents than Erlang C. The stricter share "answered within T" (every hang-up a
 *   failure) is {@link erlangAAnsweredWithin}.
 * - `asaSeconds` is the mean wait of the contacts that are answered (abandoned ones excluded, as
 *   ASA is reported in practice); the mean wait over all offered contacts is
 *   abandonProbability × patienceSeconds (P(abandon) = θ·E[W]).
 * - `occupancy` is the carried load A·(1 − P(abandon)) divided by N.
 * - `patienceSeconds` may be Infinity: the result is then exactly {@link erlangCMeasures}.
 */
export function erlangAMeasures(
  agents: number,
  arrivalsPerSecond: number,
  ahtSeconds: number,
  patienceSeconds: number,
  targetSeconds: number,
): QueueMeasures {
  requireArguments(agents, arrivalsPerSecond, ahtSeconds, patienceSeconds);
  requireNonNegative('targetSeconds', targetSeconds);
  const traffic = arrivalsPerSecond * ahtSeconds;
  if (patienceSeconds === Infinity)
    return erlangCMeasures(agents, traffic, ahtSeconds, targetSeconds);
  const chain = solveChain(
    agents,
    arrivalsPerSecond,
    ahtSeconds,
    patienceSeconds,
    erlangB(agents, traffic),
  );
  return measures(chain, targetSeconds);
}

/**
 * Under Erlang A, the share of offered contacts answered within `targetSeconds` (every hang-up a
 * failure, whenever it happens: formula F3 of the notes §2.2). This is what pyworkforce's
 * `ErlangA.service_level` reports; it is at most {@link erlangAMeasures}' `serviceLevel`.
 */
export function erlangAAnsweredWithin(
  agents: number,
  arrivalsPerSecond: number,
  ahtSeconds: number,
  patienceSeconds: number,
  targetSeconds: number,
): number {
  requireArguments(agents, arrivalsPerSecond, ahtSeconds, patienceSeconds);
  requireNonNegative('targetSeconds', targetSeconds);
  const traffic = arrivalsPerSecond * ahtSeconds;
  if (patienceSeconds === Infinity)
    return erlangCMeasures(agents, traffic, ahtSeconds, targetSeconds).serviceLevel;
  const chain = solveChain(
    agents,
    arrivalsPerSecond,
    ahtSeconds,
    patienceSeconds,
    erlangB(agents, traffic),
  );
  if (chain.empty) return 1;
  const { x, y, lnPiN } = chain;
  const theta = 1 / patienceSeconds;
  const lnLate =
    lnPiN +
    Math.log(x / (x + 1)) -
    (x + 1) * theta * targetSeconds -
    y * Math.expm1(-theta * targetSeconds) +
    lnIncompleteGammaSeries(x + 1, y * Math.exp(-theta * targetSeconds));
  const answeredLate = Math.min(Math.exp(lnLate), chain.waitProbability - chain.abandonProbability);
  return clamp01(1 - chain.abandonProbability - answeredLate);
}

/**
 * The smallest N ≥ 1 whose Erlang A service level (as in {@link erlangAMeasures}) ≥
 * target.percent/100 AND occupancy ≤ maxOccupancy; undefined when no N up to the search bound
 * (as for Erlang C) meets it, in particular for 100 % with any traffic.
 */
export function erlangAAgents(
  arrivalsPerSecond: number,
  ahtSeconds: number,
  patienceSeconds: number,
  target: ServiceTarget,
  maxOccupancy: number,
): QueueMeasures | undefined {
  requireArguments(1, arrivalsPerSecond, ahtSeconds, patienceSeconds);
  const traffic = arrivalsPerSecond * ahtSeconds;
  if (patienceSeconds === Infinity)
    return searchStaffing(traffic, target, maxOccupancy, (n) =>
      erlangCMeasures(n, traffic, ahtSeconds, target.seconds),
    );
  // The search skips the answered callers' mean wait (the one measure that needs every state);
  // the N found gets it afterwards, from the same chain, so its other figures do not change.
  let found: { n: number; b: number } | undefined;
  const result = searchStaffing(traffic, target, maxOccupancy, (n, b) => {
    found = { n, b };
    return measures(
      solveChain(n, arrivalsPerSecond, ahtSeconds, patienceSeconds, b, false),
      target.seconds,
    );
  });
  if (!result || !found) return result;
  const chain = solveChain(found.n, arrivalsPerSecond, ahtSeconds, patienceSeconds, found.b, true);
  return { ...result, asaSeconds: chain.answeredWaitSeconds };
}

function requireArguments(
  agents: number,
  arrivalsPerSecond: number,
  ahtSeconds: number,
  patienceSeconds: number,
): void {
  requireCount('agents', agents);
  if (agents < 1) throw new RangeError(`agents must be at least 1 under Erlang A, got ${agents}`);
  requireNonNegative('arrivalsPerSecond', arrivalsPerSecond);
  requirePositive('ahtSeconds', ahtSeconds);
  if (!(patienceSeconds > 0))
    throw new RangeError(`patienceSeconds must be > 0 (Infinity allowed), got ${patienceSeconds}`);
}

/** The stationary chain's measures, plus what the waiting-time tails need. */
interface Chain {
  agents: number;
  traffic: number;
  patienceSeconds: number;
  /** No arrivals: nothing ever waits. */
  empty: boolean;
  x: number;
  y: number;
  /** ln π_N, the probability that all N agents are busy and nobody waits. */
  lnPiN: number;
  waitProbability: number;
  abandonProbability: number;
  /** E[W | answered], seconds. */
  answeredWaitSeconds: number;
}

function solveChain(
  agents: number,
  arrivalsPerSecond: number,
  ahtSeconds: number,
  patienceSeconds: number,
  b: number,
  withAsa = true,
): Chain {
  const traffic = arrivalsPerSecond * ahtSeconds;
  const x = (agents * patienceSeconds) / ahtSeconds;
  const y = arrivalsPerSecond * patienceSeconds;
  const base = { agents, traffic, patienceSeconds, x, y };
  if (arrivalsPerSecond === 0) {
    const none = { waitProbability: 0, abandonProbability: 0, answeredWaitSeconds: 0 };
    return { ...base, ...none, empty: true, lnPiN: -Infinity };
  }
  // Σ_j w_j = G(x, y); a caller finding j queued hangs up with probability (j+1)/(x+j+1), and
  // Σ_j w_j·(j+1)/(x+j+1) = (1 − x/y)·G + x/y. When y ≥ x (N ≤ A: a long queue, many states)
  // both terms are positive and the closed form is exact and cheap; when y < x it would subtract
  // nearly equal numbers, and the sums (then short) are taken term by term instead.
  const sums = y < x || withAsa ? queueSums(x, y) : undefined;
  const closed = sums === undefined || y >= x;
  const lnQueued = closed ? lnIncompleteGammaSeries(x, y) : sums.lnMode + Math.log(sums.total);
  const abandonShare = closed
    ? 1 - x / y + (x / y) * Math.exp(-lnQueued)
    : sums.abandoning / sums.total;
  // π_N·Σ w_j + Σ_{k<N} π_k = 1 with Σ_{k<N} π_k = π_N·(1−B)/B; divided through by π_N·Σ w_j/B:
  const scale = (1 - b) * Math.exp(-lnQueued) + b;
  const waitProbability = b / scale;
  const abandonProbability = waitProbability * abandonShare;
  const answeredWait =
    sums === undefined ? NaN : (waitProbability * sums.answeredWait * patienceSeconds) / sums.total;
  return {
    ...base,
    empty: false,
    lnPiN: Math.log(b) - lnQueued - Math.log(scale),
    waitProbability,
    abandonProbability,
    answeredWaitSeconds: answeredWait / (1 - abandonProbability),
  };
}

function measures(chain: Chain, targetSeconds: number): QueueMeasures {
  const { agents, traffic, waitProbability, abandonProbability } = chain;
  const common = {
    agents,
    traffic,
    waitProbability,
    abandonProbability,
    asaSeconds: chain.answeredWaitSeconds,
    occupancy: Math.min(1, (traffic * (1 - abandonProbability)) / agents),
  };
  if (chain.empty) return { ...common, serviceLevel: 1 };
  const { x, y, lnPiN } = chain;
  const theta = 1 / chain.patienceSeconds;
  // P(W > T); at T = 0 it is P(wait) itself, taken as such so that SL(0) = 1 − P(wait) exactly.
  const waitedLonger =
    targetSeconds === 0
      ? waitProbability
      : Math.exp(
          lnPiN -
            (x + 1) * theta * targetSeconds -
            y * Math.expm1(-theta * targetSeconds) +
            lnIncompleteGammaSeries(x, y * Math.exp(-theta * targetSeconds)),
        );
  return { ...common, serviceLevel: clamp01(1 - Math.min(waitedLonger, waitProbability)) };
}

/** Below this share of the sum so far (with the rest of the tail bounded) a term is dropped. */
const tiny = 1e-17;
/** Up to this many terms, logs and reciprocals are summed one by one rather than by Γ and ψ. */
const directTerms = 1000;

/**
 * Sums over the queue's states j ≥ 0 with weights w_j = Π_{k=1..j} y/(x+k), all relative to the
 * largest weight (at j* = ⌊y − x⌋ when y > x, else 0), walking down and up from it while the
 * terms still count. Returns ln w_{j*} and:
 * - total = Σ w_j / w_{j*};
 * - abandoning = Σ w_j·(j+1)/(x+j+1) / w_{j*} (a caller finding j queued hangs up with
 *   probability (j+1)/(x+j+1));
 * - answeredWait = Σ w_j·x/(x+j+1)·h_j / w_{j*}, with h_j = Σ_{k=1..j+1} 1/(x+k), so that
 *   h_j/θ is that caller's mean wait given an answer and x/(x+j+1) its chance of one.
 */
function queueSums(
  x: number,
  y: number,
): { lnMode: number; total: number; abandoning: number; answeredWait: number } {
  const mode = y > x ? Math.floor(y - x) : 0;
  let lnRising = 0; // Σ_{k=1..mode} ln(x+k)
  let harmonic = 0; // h_mode
  if (mode < directTerms) {
    for (let k = 1; k <= mode; k++) lnRising += Math.log(x + k);
    for (let k = 1; k <= mode + 1; k++) harmonic += 1 / (x + k);
  } else {
    lnRising = lnGamma(x + mode + 1) - lnGamma(x + 1);
    harmonic = digamma(x + mode + 2) - digamma(x + 1);
  }
  const lnMode = mode === 0 ? 0 : mode * Math.log(y) - lnRising;
  let total = 0;
  let abandoning = 0;
  let answeredWait = 0;
  const add = (j: number, w: number, h: number): void => {
    total += w;
    abandoning += (w * (j + 1)) / (x + j + 1);
    answeredWait += ((w * x) / (x + j + 1)) * h;
  };
  add(mode, 1, harmonic);
  // Downwards the ratio w_(j−1)/w_j = (x+j)/y falls as j falls, so the rest is at most w·r/(1−r).
  let w = 1;
  let h = harmonic;
  for (let j = mode - 1; j >= 0; j--) {
    w *= (x + j + 1) / y;
    h -= 1 / (x + j + 2);
    add(j, w, h);
    const r = (x + j) / y;
    if (r < 1 && (w * r) / (1 - r) < tiny * total) break;
  }
  // Upwards the ratio w_(j+1)/w_j = y/(x+j+1) < 1 falls too: same bound.
  w = 1;
  h = harmonic;
  for (let j = mode + 1; ; j++) {
    w *= y / (x + j);
    h += 1 / (x + j + 1);
    add(j, w, h);
    const r = y / (x + j + 1);
    if (r < 1 && (w * r) / (1 - r) < tiny * total) break;
  }
  return { lnMode, total, abandoning, answeredWait };
}

function clamp01(value: number): number {
  return Math.min(1, Math.max(0, value));
}
