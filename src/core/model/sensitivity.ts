/**
 * What `sensitivity` finds: how often each vendor takes each rank when the weights (and the
 * uncertain answers) are drawn many times, and which single weight change would change the
 * leader. The JSON of `sensitivity --format json` is made from this (SPEC "sensitivity --format
 * json"); `rank --robustness` and `check`'s `minRobustness` read `pRank1` from the same figures.
 */

/** How the draws were made: enough to reproduce them byte for byte. */
export interface SimulationSettings {
  iterations: number;
  seed: number;
  /** `--spread s`: Dirichlet(κ·w) per sibling group with κ = 1/s² − 1; 0 keeps the stated weights. */
  spread: number;
}

/** One vendor's rank acceptability over the draws (SMAA-2, Lahdelma & Salminen 2001). */
export interface VendorAcceptability {
  id: string;
  name: string;
  /** The vendor's rank under the stated weights (null: ineligible, never ranked). */
  baseRank: number | null;
  eligible: boolean;
  /** Share of draws in which the vendor ranks first (ties share the rank). */
  pRank1: number;
  /** Mean rank over the draws; null for an ineligible vendor (never ranked), as the four below. */
  meanRank: number | null;
  rankMin: number | null;
  rankMax: number | null;
  /** 5th and 95th percentile of the vendor's rank over the draws (nearest-rank rule). */
  rankP5: number | null;
  rankP95: number | null;
  /**
   * Share of draws at each rank: `shares[r − 1]` is the share at rank r, for r = 1 … the number of
   * eligible vendors. Sums to 1 per vendor (and, with no ties, per rank over the vendors).
   */
  shares: number[];
  /**
   * SMAA-2 central weight vector: the mean global weight of every criterion (by id) over the
   * draws in which the vendor ranks first; null when it never does.
   */
  centralWeights: Record<string, number> | null;
  /**
   * SMAA-2 confidence factor: the share of answer draws in which the vendor ranks first when the
   * weights are its central weight vector; null when it never ranks first.
   */
  confidence: number | null;
}

/**
 * The smallest one-at-a-time change of a node's global weight (the others rescaled
 * proportionally) that changes the leader (SPEC: `criterion`, `weight`, `newWeight`,
 * `newLeader`). Nodes that cannot change the leader have none.
 */
export interface TippingPoint {
  /** The criterion's id (in `tippingPoints`) or the category's id (in `categoryTippingPoints`). */
  id: string;
  /** The node's global weight as stated. */
  weight: number;
  /** The global weight at which another vendor takes the lead. */
  newWeight: number;
  /**
   * The vendor that leads (or shares the lead) just beyond `newWeight`: of several, the one
   * ahead there, then the first by id.
   */
  newLeader: string;
  /** The leader under the stated weights (a tie for first: `a, b (tied)`). */
  leader: string;
}

/**
 * `rank --robustness`: each eligible vendor's P(rank 1) from the simulation, and the settings it
 * was made with (the figure `check`'s `minRobustness` judges).
 */
export interface RankRobustness extends SimulationSettings {
  /** P(rank 1) by vendor id; ineligible vendors have none. */
  pRank1: ReadonlyMap<string, number>;
}

/** Everything `sensitivity` reports. */
export interface SensitivityResult extends SimulationSettings {
  method: string;
  /** Per vendor, in the order of the base ranking (ineligible vendors last). */
  vendors: VendorAcceptability[];
  /** One per criterion that can change the leader, smallest relative change first. */
  tippingPoints: TippingPoint[];
  /** The same for every category and included set, at every depth. */
  categoryTippingPoints: TippingPoint[];
  /** Ids of the nodes whose weight is a range (`weight: {min, max}`), drawn uniformly. */
  rangedWeights: string[];
  /** How many answers are ranges (`value: {min, max}` or `{low, mode, high}`), drawn too. */
  uncertainAnswers: number;
}
