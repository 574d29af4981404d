/**
 * Erlang C (M/M/N): how many agents a live queue needs when callers wait as long as it takes.
 * Formulas as in the contact-centre notes §4.1 (Call Centre Helper, the R package ErlangC,
 * pyworkforce); docs/methods/erlang.md explains them in plain words.
 *
 * These are pure maths on already-checked figures: an argument outside its documented range is a
 * bug in the caller, reported by a RangeError, never a message for the buyer.
 */
import { requireCount, requireFraction, requireNonNegative, requirePositive } from './arguments.js';

/**
 * Erlang B blocking probability by the stable recursion B(0)=1, B(k)=A·B(k−1)/(k+A·B(k−1)); no
 * factorials, fine at 1,000+ agents (it underflows to 0 only where the true value is below
 * ~1e-308). `agents` is a whole number ≥ 0, `traffic` (erlangs) ≥ 0.
 */
export function erlangB(agents: number, traffic: number): number {
  requireCount('agents', agents);
  requireNonNegative('traffic', traffic);
  let b = 1;
  for (let k = 1; k <= agents; k++) b = nextErlangB(b, k, traffic);
  return b;
}

/** One step of the Erlang B recursion: B(k) from B(k−1), so a search over N costs O(N) in all. */
export function nextErlangB(previous: number, k: number, traffic: number): number {
  const carried = traffic * previous;
  return carried / (k + carried);
}

/**
 * Erlang C probability that an arrival waits (N agents, A erlangs); 1 when N ≤ A (the queue grows
 * without end). From Erlang B: C = N·B/(N − A·(1−B)).
 */
export function erlangC(agents: number, traffic: number): number {
  requireCount('agents', agents);
  requireNonNegative('traffic', traffic);
  if (agents <= traffic) return 1;
  return erlangCFromB(agents, traffic, erlangB(agents, traffic));
}

function erlangCFromB(agents: number, traffic: number, b: number): number {
  return (agents * b) / (agents - traffic * (1 - b));
}

/** One staffing level's measures for a queue. */
export interface QueueMeasures {
  /** N, the agents on the line (taking contacts, not counting shrinkage). */
  agents: number;
  /** A = arrivals per second × AHT (erlangs). */
  traffic: number;
  /** P(wait > 0): the share of offered contacts that find every agent busy. */
  waitProbability: number;
  /** Share of offered contacts answered within the target seconds, 0..1 (see each model for abandons). */
  serviceLevel: number;
  /** Average speed of answer in seconds: the mean wait of the contacts that are answered. */
  asaSeconds: number;
  /** Share of agent time busy with contacts: A/N for Erlang C; carried load/N for Erlang A. */
  occupancy: number;
  /** Share of offered contacts that hang up before an answer: 0 under Erlang C. */
  abandonProbability: number;
}

/**
 * Erlang C measures for N agents: P(wait) = C(N, A), service level 1 − C·e^(−(N−A)·T/AHT), ASA
 * C·AHT/(N−A), occupancy A/N. When N ≤ A the queue grows without end: everyone waits, the service
 * level is 0, the ASA is Infinity and agents are busy all the time (occupancy 1). With no traffic
 * nobody waits: service level 1, ASA 0, occupancy 0.
 */
export function erlangCMeasures(
  agents: number,
  traffic: number,
  ahtSeconds: number,
  targetSeconds: number,
): QueueMeasures {
  requireCount('agents', agents);
  requireNonNegative('traffic', traffic);
  requirePositive('ahtSeconds', ahtSeconds);
  requireNonNegative('targetSeconds', targetSeconds);
  return measuresFromB(agents, traffic, ahtSeconds, targetSeconds, erlangB(agents, traffic));
}

function measuresFromB(
  agents: number,
  traffic: number,
  ahtSeconds: number,
  targetSeconds: number,
  b: number,
): QueueMeasures {
  const base = { agents, traffic, abandonProbability: 0 };
  if (traffic === 0) {
    return { ...base, waitProbability: 0, serviceLevel: 1, asaSeconds: 0, occupancy: 0 };
  }
  if (agents <= traffic) {
    return { ...base, waitProbability: 1, serviceLevel: 0, asaSeconds: Infinity, occupancy: 1 };
  }
  const c = erlangCFromB(agents, traffic, b);
  const spare = agents - traffic;
  return {
    ...base,
    waitProbability: c,
    serviceLevel: 1 - c * Math.exp((-spare * targetSeconds) / ahtSeconds),
    asaSeconds: (c * ahtSeconds) / spare,
    occupancy: traffic / agents,
  };
}

/** A service-level target: `percent` of contacts answered within `seconds`. */
export interface ServiceTarget {
  /** 0..100. */
  percent: number;
  /** ≥ 0. */
  seconds: number;
}

/**
 * The largest agent count a staffing search tries: ceil(A) + 50·√A + 500, and at least enough
 * agents for the occupancy cap (A / maxOccupancy). Square-root staffing needs about A + β·√A
 * agents (Halfin & Whitt 1981; Borst, Mandelbaum & Reiman 2004), and β = 5 already makes
 * P(wait) ≈ 3·10⁻⁷, so 50·√A + 500 leaves a wide margin for any target short of 100 %.
 */
export function staffingSearchBound(traffic: number, maxOccupancy: number): number {
  const byService = Math.ceil(traffic) + Math.ceil(50 * Math.sqrt(traffic)) + 500;
  return Math.max(byService, Math.ceil(traffic / maxOccupancy) + 1);
}

/**
 * The smallest N > A whose service level ≥ target.percent/100 AND occupancy ≤ maxOccupancy;
 * undefined when no N up to the search bound ({@link staffingSearchBound}) meets it, in particular
 * for 100 % with any traffic (the model's service level never reaches 1). One pass of the Erlang B
 * recursion serves the whole search, so it costs O(N) however large the centre.
 * `maxOccupancy` is in (0, 1].
 */
export function erlangCAgents(
  traffic: number,
  ahtSeconds: number,
  target: ServiceTarget,
  maxOccupancy: number,
): QueueMeasures | undefined {
  requireNonNegative('traffic', traffic);
  requirePositive('ahtSeconds', ahtSeconds);
  return searchStaffing(traffic, target, maxOccupancy, (n, b) =>
    n <= traffic ? undefined : measuresFromB(n, traffic, ahtSeconds, target.seconds, b),
  );
}

/**
 * The staffing search both queue models share: N = 1, 2, … up to the search bound, carrying the
 * Erlang B recursion along, until `measureAt(N, B(N, A))` meets the service level and the
 * occupancy cap; undefined for 100 % with any traffic, or when no N within the bound does.
 */
export function searchStaffing(
  traffic: number,
  target: ServiceTarget,
  maxOccupancy: number,
  measureAt: (agents: number, erlangB: number) => QueueMeasures | undefined,
): QueueMeasures | undefined {
  requireTarget(target);
  requireFraction('maxOccupancy', maxOccupancy);
  const wanted = target.percent / 100;
  if (wanted >= 1 && traffic > 0) return undefined;
  const bound = staffingSearchBound(traffic, maxOccupancy);
  let b = 1;
  for (let n = 1; n <= bound; n++) {
    b = nextErlangB(b, n, traffic);
    const measures = measureAt(n, b);
    if (measures && measures.serviceLevel >= wanted && measures.occupancy <= maxOccupancy)
      return measures;
  }
  return undefined;
}

/** Checks a service-level target's figures (percent 0..100, seconds ≥ 0). */
export function requireTarget(target: ServiceTarget): void {
  requireNonNegative('target.seconds', target.seconds);
  requireFraction('target.percent / 100', target.percent / 100, true);
}
