import type { MissingPolicy, Ranking } from '../core/model/ranking.js';
import type { SensitivityResult, VendorAcceptability } from '../core/model/sensitivity.js';
import { formatPercent } from './numbers.js';
import { groupedNumber } from '../core/number-text.js';

/** What every `sensitivity` format renders: the simulation and the ranking it started from. */
export interface SensitivityModel {
  result: SensitivityResult;
  /** The base ranking's head: the set, `--weights` overrides, missing policy, skipped files. */
  ranking: Pick<Ranking, 'criteriaSet' | 'weightOverrides' | 'missing' | 'skipped'>;
  /** The leader under the stated weights (`a, b (tied)`; null when no vendor is eligible). */
  leader: string | null;
  /** The top-level categories (and included sets): id, stated global weight, criterion ids. */
  groups: readonly { id: string; weight: number; criteria: readonly string[] }[];
}

/** One row of the central-weights block: a vendor's typical winning weights per top-level group. */
export interface CentralWeightsRow {
  /** Vendor id, or null for the stated weights' row. */
  vendor: string | null;
  /** Per top-level group, in `groups` order: the summed central weight of its criteria. */
  weights: number[];
  /** The SMAA-2 confidence factor (null for the stated row or a vendor never first). */
  confidence: number | null;
  /**
   * How many draws the mean is over (the vendor's rank-1 draws; null for the stated row): a
   * central weight vector from 3 draws says little, and the reader must see that.
   */
  draws: number | null;
}

/**
 * SMAA-2's central weight vectors, summed per top-level group, for the vendors that rank first
 * in some draw (`pRank1` > 0), the stated weights first: "the weights under which each vendor
 * typically wins". Empty when no vendor but one ever ranks first (nothing to contrast).
 */
export function centralWeightRows(m: SensitivityModel): CentralWeightsRow[] {
  const winners = m.result.vendors.filter((v) => v.centralWeights !== null && v.pRank1 > 0);
  if (winners.length < 2) return [];
  return [
    { vendor: null, weights: m.groups.map((g) => g.weight), confidence: null, draws: null },
    ...winners.map((v) => ({
      vendor: v.id,
      weights: m.groups.map((g) =>
        g.criteria.reduce((s, id) => s + (v.centralWeights?.[id] ?? 0), 0),
      ),
      confidence: v.confidence,
      draws: Math.round(v.pRank1 * m.result.iterations),
    })),
  ];
}

/** A row's label: `stated`, or `puente-contact wins (2,040 draws)`. */
export function centralWeightsLabel(row: CentralWeightsRow): string {
  if (row.vendor === null) return 'stated';
  const n = row.draws ?? 0;
  return `${row.vendor} wins (${formatCount(n)} ${n === 1 ? 'draw' : 'draws'})`;
}

/**
 * The sentence under the central-weights block; the confidence factor is explained only when
 * answers are ranges (with point answers it is 1 for every vendor shown, and not shown).
 */
export function centralWeightsNote(r: SensitivityResult): string {
  const note =
    "central weights (SMAA-2): each group's mean weight over the draws in which that vendor ranks first, the weights under which it typically wins";
  return r.uncertainAnswers > 0
    ? `${note}; confidence: the share of answer draws in which it ranks first at those weights`
    : note;
}

/** A count for reading, with thousands separators: `10,000`. */
export function formatCount(n: number): string {
  // by hand for whole numbers (`groupedNumber`): toLocaleString's first call loads the ICU
  // locale data, ~7 ms of a `sensitivity` run
  return Number.isSafeInteger(n) && !Object.is(n, -0)
    ? groupedNumber(n)
    : n.toLocaleString('en-US');
}

/** The settings, as every text format states them: `10,000 draws, spread 0.2, seed 1`. */
export function settingsText(r: Pick<SensitivityResult, 'iterations' | 'spread' | 'seed'>): string {
  return `${formatCount(r.iterations)} ${r.iterations === 1 ? 'draw' : 'draws'}, spread ${r.spread}, seed ${r.seed}`;
}

/**
 * The one-sentence answer: who ranks first how often.
 * `northwind-cx ranks first in 81.2% of 10,000 draws (spread 0.2, seed 1)`
 */
export function sensitivityHeadline(r: SensitivityResult): string {
  const leader = r.vendors.find((v) => v.eligible);
  const settings = `(spread ${r.spread}, seed ${r.seed})`;
  const draws = `${formatCount(r.iterations)} ${r.iterations === 1 ? 'draw' : 'draws'}`;
  if (!leader) return `no vendor is eligible, so none is ranked in ${draws} ${settings}`;
  // a tie for first under the stated weights: name every tied vendor, not just the first listed
  const tied = r.vendors.filter((v) => v.eligible && v.baseRank === 1);
  const best = r.vendors.reduce((a, v) => (v.pRank1 > a.pRank1 ? v : a), leader);
  const first =
    tied.length > 1
      ? `${listText(tied.map((v) => v.id))} tie for first under the stated weights; they rank first in ${listText(tied.map((v) => formatPercent(v.pRank1)))} of ${draws} ${settings}`
      : `${leader.id} ranks first in ${formatPercent(leader.pRank1)} of ${draws} ${settings}`;
  // the base leader is not always the most frequent first: then say who is
  if (best !== leader && !tied.includes(best))
    return `${first}; ${best.id} ranks first more often, in ${formatPercent(best.pRank1)}`;
  return first;
}

/** `a, b and c`. */
function listText(items: readonly string[]): string {
  return items.length < 2
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

/**
 * What `rank --robustness`'s P(rank 1) column is, with its settings, one sentence:
 * `P(rank 1): the share of 10,000 weight draws (spread 0.2, seed 1) in which the vendor ranks first`
 */
export function robustnessLine(
  r: Pick<SensitivityResult, 'iterations' | 'spread' | 'seed'>,
): string {
  return `P(rank 1): the share of ${formatCount(r.iterations)} weight draws (spread ${r.spread}, seed ${r.seed}) in which the vendor ranks first; see \`vendor-eval sensitivity\``;
}

/** A vendor's P(rank 1) cell: a percentage, `—` without one (ineligible). */
export function pRank1Text(
  robustness: { pRank1: ReadonlyMap<string, number> },
  id: string,
): string {
  const p = robustness.pRank1.get(id);
  return p === undefined ? '—' : formatPercent(p);
}

/** The number of ranks shown: the eligible vendors. */
export function rankCount(r: SensitivityResult): number {
  return r.vendors.find((v) => v.eligible)?.shares.length ?? 0;
}

/** A rank figure for reading: `—` for an ineligible vendor. */
export function rankText(x: number | null, digits = 0): string {
  return x === null ? '—' : x.toFixed(digits);
}

/** `P5–P95` as one cell: `1–3`, or just `1` when both are the same. */
export function percentileText(v: VendorAcceptability): string {
  if (v.rankP5 === null || v.rankP95 === null) return '—';
  return v.rankP5 === v.rankP95 ? String(v.rankP5) : `${v.rankP5}–${v.rankP95}`;
}

/**
 * The notes under the table: how the weights were drawn, what the columns mean, and what was
 * drawn besides (weight ranges, uncertain answers).
 */
export function sensitivityNotes(r: SensitivityResult, missing: MissingPolicy): string[] {
  // as `rank` states it in its title: how unanswered criteria were scored
  const how = `method ${r.method}, unanswered ${missing === 'exclude' ? 'left out' : 'score 0'}`;
  const notes = [
    r.spread === 0
      ? r.rangedWeights.length
        ? `spread 0: groups without ranges keep their stated weights (${settingsText(r)}, ${how})`
        : `spread 0: every draw uses the stated weights (${settingsText(r)}, ${how})`
      : `each draw moves every group's weights around the stated ones (Dirichlet, spread ${r.spread}: a weight w varies by about ${r.spread}·√(w(1−w))); ${settingsText(r)}, ${how}`,
    'a cell is the share of draws in which the vendor takes that rank; tied vendors share a rank; P5–P95: the 5th to 95th percentile rank',
  ];
  if (r.rangedWeights.length)
    notes.push(`weights drawn uniformly within their ranges: ${r.rangedWeights.join(', ')}`);
  if (r.uncertainAnswers)
    notes.push(
      `${r.uncertainAnswers} ${r.uncertainAnswers === 1 ? 'answer is a range' : 'answers are ranges'}, drawn in every draw too`,
    );
  if (r.vendors.some((v) => !v.eligible))
    notes.push('ineligible vendors (knocked out) are never ranked');
  return notes;
}
