import type { Ranking } from '../model/ranking.js';

/** One vendor's rank and score under every method of a comparison. */
export interface MethodComparisonVendor {
  id: string;
  name: string;
  eligible: boolean;
  /** Competition rank per method id; null when ineligible. */
  ranks: Record<string, number | null>;
  /** 0–100 score per method id. */
  scores: Record<string, number>;
}

/** The same vendors ranked under several decision methods (`rank --all-methods`). */
export interface MethodComparison {
  criteriaSet: Ranking['criteriaSet'];
  missing: Ranking['missing'];
  /** `--weights` overrides every method ranked with (empty for the set's own weights). */
  weightOverrides: Ranking['weightOverrides'];
  /** Vendor files `--skip-invalid` left out of every ranking (empty when none were). */
  skipped: Ranking['skipped'];
  /** Method ids, the ordering method first. */
  methods: string[];
  /** The method whose ranks order the vendors. */
  orderedBy: string;
  /** Eligible vendors by their rank under `orderedBy` (ties by id), then the ineligible ones. */
  vendors: MethodComparisonVendor[];
  /** The vendors ranked first under each method (several when tied). */
  winners: Record<string, string[]>;
  /**
   * The methods that give no verdict: every eligible vendor (two or more) ties under them (e.g.
   * weighted-product zeroing everyone), by method id, with the score they tie at.
   */
  noVerdict: Record<string, number>;
  /**
   * True when every method that gives a verdict ranks the same vendor(s) first, and at least
   * one method gives one (so at least one vendor is eligible).
   */
  sameWinner: boolean;
}

/**
 * Puts rankings of the same vendors under different methods side by side. `rankings[0]` is the
 * ordering method; every ranking must hold the same vendors.
 */
export function compareMethods(rankings: readonly [Ranking, ...Ranking[]]): MethodComparison {
  const first = rankings[0];
  const byMethod = rankings.map((r) => new Map(r.vendors.map((v) => [v.id, v])));
  const vendors = first.vendors.map((v): MethodComparisonVendor => {
    const ranks: Record<string, number | null> = {};
    const scores: Record<string, number> = {};
    rankings.forEach((r, k) => {
      const mine = byMethod[k]?.get(v.id);
      ranks[r.method] = mine?.rank ?? null;
      scores[r.method] = mine?.score ?? 0;
    });
    return { id: v.id, name: v.name, eligible: v.eligible, ranks, scores };
  });
  const winners: Record<string, string[]> = {};
  for (const r of rankings)
    winners[r.method] = r.vendors
      .filter((v) => v.rank === 1)
      .map((v) => v.id)
      .sort();
  const noVerdict: Record<string, number> = {};
  for (const r of rankings) {
    const eligible = r.vendors.filter((v) => v.eligible);
    // ranks come from the one tie predicate (`tiesWith`): all first means all tie with the top
    if (eligible.length > 1 && eligible.every((v) => v.rank === 1))
      noVerdict[r.method] = Math.max(...eligible.map((v) => v.score));
  }
  const key = (ids: string[] | undefined): string => (ids ?? []).join(' ');
  const decided = rankings.filter((r) => !Object.hasOwn(noVerdict, r.method));
  const firstWinners = winners[decided[0]?.method ?? first.method] ?? [];
  return {
    criteriaSet: first.criteriaSet,
    missing: first.missing,
    weightOverrides: first.weightOverrides,
    skipped: first.skipped,
    methods: rankings.map((r) => r.method),
    orderedBy: first.method,
    vendors,
    winners,
    noVerdict,
    sameWinner:
      decided.length > 0 &&
      firstWinners.length > 0 &&
      decided.every((r) => key(winners[r.method]) === key(firstWinners)),
  };
}

/** The comparison narrowed to the vendors in `ids` (what `--top`/`--pareto` kept), order kept. */
export function comparisonOf(c: MethodComparison, ids: Iterable<string>): MethodComparison {
  const keep = new Set(ids);
  return { ...c, vendors: c.vendors.filter((v) => keep.has(v.id)) };
}
