/**
 * The decision record (`vendor-eval report`): everything a selection committee and an auditor
 * read, computed once and shared by every format (HTML with charts, GitHub-flavoured markdown).
 * Plain data: figures unrounded, text unescaped (each format escapes for its own medium).
 */
import type { Ranking, VendorResult, WeightOverride } from '../../core/model/ranking.js';
import type { SensitivityResult, TippingPoint } from '../../core/model/sensitivity.js';
import type { CriteriaSet } from '../../core/model/types.js';
import type { Comparison } from '../compare-rows.js';
import type { ExplainRow } from '../explain-rows.js';
import type { CentralWeightsRow } from '../sensitivity-model.js';

/** The whole record, in the order a committee reads it. */
export interface DecisionRecord {
  /** `Decision record: Customer service outsourcing`. */
  title: string;
  /** The ranking every section is made from (with `robustness` when it was computed). */
  ranking: Ranking;
  /** The set it was scored under (answers for reading, weight sources). */
  set: CriteriaSet;
  /** 1. The decision at a glance. */
  glance: Glance;
  /** 3. Each vendor's score split over the top-level categories (the stacked bars). */
  split: CategorySplit;
  /** 4. Each vendor's 0–100 figure per top-level category (the small multiples). */
  profiles: CategoryProfile[];
  /** 5. Score against monthly cost, when the set has a demand and the vendors price it. */
  valueMap?: ValueMap | undefined;
  /** 6. Rank acceptability, central weights (when `--robustness` was asked for). */
  robustness?: RobustnessSection | undefined;
  /** One weight moved at a time: the smallest change that hands the lead to another vendor. */
  tippingPoints: TippingPoints;
  /** 7. The top two side by side (absent with fewer than two vendors). */
  topTwo?: TopTwo | undefined;
  /** 8. Every vendor's answers, evidence and notes, in ranking order. */
  vendors: VendorSection[];
  /**
   * False with `--no-answers`: each vendor keeps its facts (score, knock-outs, missing, evidence
   * count) but not its table of every answer, so the markdown fits a pull-request comment; the
   * vendors section says so.
   */
  answerTables: boolean;
  /** 9. Where every input and weight came from. */
  provenance: Provenance;
}

/** The decision at a glance: the facts of the headline, as figures. */
export interface Glance {
  /** The eligible vendors ranked first (several when tied); empty when none is eligible. */
  leaders: VendorResult[];
  /** The best eligible vendor after the leaders; undefined when there is none. */
  runnerUp?: VendorResult | undefined;
  /** Leader's score − runner-up's, in score points (undefined without a runner-up or when tied). */
  margin?: number | undefined;
  eligible: number;
  total: number;
  /** The vendors knocked out, in ranking order. */
  ineligible: VendorResult[];
  /** The vendors with unanswered criteria. */
  incomplete: VendorResult[];
  /** The leader's P(rank 1) and the settings, when `--robustness` was asked for (one leader). */
  robustness?: { pRank1: number; iterations: number; spread: number; seed: number } | undefined;
  /** The leader's cost, and the cheapest eligible vendor's, when the vendors are costed. */
  cost?:
    | {
        currency: string | null;
        leaderMonthly: number | null;
        leaderContract: number | null;
        cheapest: { id: string; name: string; monthly: number; contract: number } | undefined;
      }
    | undefined;
  /** Plain-text sentences stating the above, in order (each format escapes and styles them). */
  sentences: string[];
}

/** One vendor's bar: a segment per top-level category, adding up to the score. */
export interface SplitBar {
  id: string;
  name: string;
  rank: number | null;
  eligible: boolean;
  score: number;
  /** One per top-level category, in `CategorySplit.categories` order; score points, ≥ 0. */
  segments: number[];
}

/** The stacked-bar decomposition of every vendor's score by top-level category. */
export interface CategorySplit {
  categories: { id: string; name: string; weight: number }[];
  /** In ranking order. */
  bars: SplitBar[];
  /**
   * True when the segments are the method's own per-criterion points summed per category
   * (weighted-sum); false when the score does not split into category points under the method
   * and each bar is divided in proportion to the category's weight × its category figure.
   */
  exact: boolean;
  /** One sentence saying what a segment is, under the method. */
  basis: string;
}

/** One vendor's small multiple: its category figures (0–100, null when not scored). */
export interface CategoryProfile {
  id: string;
  name: string;
  rank: number | null;
  eligible: boolean;
  /** In `CategorySplit.categories` order. */
  scores: (number | null)[];
}

/** One vendor on the value map. */
export interface ValuePoint {
  id: string;
  name: string;
  score: number;
  monthly: number;
  contract: number;
  eligible: boolean;
  /** No other eligible costed vendor scores at least as high for no more money, and better on one. */
  onFront: boolean;
}

/** Score against monthly cost, with the Pareto front (higher score, lower cost). */
export interface ValueMap {
  currency: string | null;
  /** Every costed vendor, in ranking order. */
  points: ValuePoint[];
  /** Ids on the front, from the cheapest up. */
  front: string[];
  /** Vendors without a cost (no `pricing`), named so the chart's absence of them is stated. */
  uncosted: string[];
}

/** Rank acceptability and SMAA-2 central weights, from the simulation. */
export interface RobustnessSection {
  result: SensitivityResult;
  /** Top-level groups: id, name, stated global weight, criterion ids. */
  groups: { id: string; name: string; weight: number; criteria: string[] }[];
  /** The central-weights rows (empty when only one vendor ever ranks first). */
  centralWeights: CentralWeightsRow[];
}

/** The tipping points, categories first (every depth), then criteria. */
export interface TippingPoints {
  /** The leader under the stated weights (`a, b (tied)`; null when no vendor is eligible). */
  leader: string | null;
  categories: TippingPoint[];
  criteria: TippingPoint[];
}

/** One top-level category of the top-two comparison. */
export interface TopTwoCategory {
  id: string;
  name: string;
  weight: number;
  /** Each side's category figure (0–100 under the method; null when not scored). */
  a: number | null;
  b: number | null;
  /** The category's part of a.score − b.score: the sum of its criteria's parts. */
  difference: number;
}

/** The top two side by side: category subtotals and the criteria that decide the difference. */
export interface TopTwo {
  comparison: Comparison;
  categories: TopTwoCategory[];
  /** The rows that decide the difference: largest |part| first, up to ten, none that are 0. */
  deciding: Comparison['rows'];
}

/** Evidence quality of a vendor's answers. */
export interface EvidenceCount {
  /** Answered criteria with evidence cited. */
  cited: number;
  /** Answered criteria without evidence, where the set does not require it. */
  notCited: number;
  /** Answered criteria whose `evidence: required` has none. */
  requiredMissing: number;
}

/** One vendor's section: every criterion's answer, utility, evidence, note. */
export interface VendorSection {
  vendor: VendorResult;
  /** `explain`'s rows, in criterion order. */
  rows: ExplainRow[];
  evidence: EvidenceCount;
  /** Each evaluator file's author; a moderator named by a `moderated` answer. */
  evaluators: string[];
  moderators: string[];
}

/** Where the children of one group took their weights from. */
export interface WeightSource {
  /** The group's id (the set's id for the top level). */
  id: string;
  name: string;
  /** Depth below the set (0: the top level). */
  depth: number;
  /** `direct` (as written), `ahp`, `roc`, `swing`, `entropy`, `critic`. */
  method: string;
  /** AHP only: the consistency ratio, whether it is ≤ 0.1, and the random-index table used. */
  cr?: number | undefined;
  consistent?: boolean | undefined;
  riTable?: string | undefined;
  /** AHP only: how many comparisons were written, and how many were filled in by completion. */
  comparisons?: { given: number; completed: number } | undefined;
  /** Ids of nodes below with a weight range (`weight: {min, max}`; the middle is used). */
  ranges: string[];
}

/** One input file and its SHA-256. */
export interface InputFileHash {
  /** As shown (relative to the working directory). */
  file: string;
  sha256: string;
}

/** Provenance: enough to reproduce the record and to audit it. */
export interface Provenance {
  set: {
    id: string;
    name: string;
    version: number | string | undefined;
    file: string;
    builtin: boolean;
  };
  method: { id: string; name: string; summary: string; options: Record<string, unknown> };
  missing: Ranking['missing'];
  weightSources: WeightSource[];
  weightOverrides: WeightOverride[];
  skipped: Ranking['skipped'];
  /** Evaluators per vendor (vendor id → names; `(no evaluator)` for a file without `evaluator:`). */
  evaluators: {
    vendor: string;
    evaluators: string[];
    panel: number;
    /** How many of the vendor's answers a moderator set, and who (sorted, each once). */
    moderated: number;
    moderators: string[];
  }[];
  toolVersion: string;
  /** When the record was made: ISO 8601 (from SOURCE_DATE_EPOCH when set, for reproducible builds). */
  generatedAt: string;
  /** SHA-256 of the `sha256sum` listing (`<sha256>  <file>` lines, files sorted by name); and each file's own. */
  inputHash: { algorithm: 'sha256'; digest: string; files: InputFileHash[] };
  /** The command line that made the record, as typed after `vendor-eval`. */
  command: string;
}
