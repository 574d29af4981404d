/**
 * `consensus --independence`: for each evaluator's file of a vendor that two or more evaluators
 * scored, whether it was committed before its author could have seen another evaluator's scores
 * of the same vendor, judged from the git history.
 */

/**
 * `independent`: committed before any other evaluator's file of the vendor was in git (or in the
 * same commit as it); `not-independent`: another evaluator's file was already committed (in the
 * file's history, or earlier on another branch); `uncommitted`: its answers are not committed as
 * they are now; `unknown`: not in a git repository.
 */
export type IndependenceStatus = 'independent' | 'not-independent' | 'uncommitted' | 'unknown';

/** Why a file counts as uncommitted. */
export type UncommittedReason =
  /** Never committed with answers (untracked, only staged, or committed only blank). */
  | 'not-committed'
  /** Committed, but changed in the working tree or the index since. */
  | 'modified'
  /** The file lies outside the git repository. */
  | 'outside-repository';

/** Another evaluator's file that was committed before this one. */
export interface SeenFile {
  evaluator: string;
  file: string;
  /** The commit that first held its answers. */
  commit: string;
  /** That commit's author time, ISO 8601 in UTC (`2026-03-01T10:00:00Z`). */
  committedAt: string;
  /**
   * True when that commit is an ancestor of this file's commit (it was in the history the
   * evaluator worked on); false when it is only earlier, on another line of history.
   */
  inHistory: boolean;
}

/** One evaluator's file of a vendor, judged. */
export interface FileIndependence {
  vendor: string;
  evaluator: string;
  /** The file as shown (relative to the working directory). */
  file: string;
  status: IndependenceStatus;
  /** The first commit holding the file's answers; null when there is none (or no repository). */
  commit: string | null;
  /** That commit's author time, ISO 8601 in UTC; null with `commit`. */
  committedAt: string | null;
  /** For `not-independent`: the other evaluators' files committed before it, earliest first. */
  sawFrom: SeenFile[];
  /** For `uncommitted`: why. */
  reason?: UncommittedReason | undefined;
}

/** Everything `--independence` reports. */
export interface IndependenceResult {
  /** False outside a git repository: every file is then `unknown`. */
  repository: boolean;
  /** Per vendor (in the order given), per evaluator file. */
  files: FileIndependence[];
}
