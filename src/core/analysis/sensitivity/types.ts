/**
 * The seams of the sensitivity simulation: a seeded random source, and samplers that draw one
 * sibling group's weights or the uncertain cells of the decision matrix. The engine
 * (`simulate.ts`) drives them; each kind of uncertainty is one sampler.
 */

/** A seeded source of uniform numbers: the same seed gives the same sequence on every machine. */
export interface Random {
  /** A uniform number in [0, 1). */
  next(): number;
}

/**
 * Draws one sibling group's local weights into `out` (one per child, in child order), summing
 * to 1. No allocation per call: the simulation calls it once per group per draw.
 */
export type GroupSampler = (rng: Random, out: Float64Array) => void;

/**
 * Redraws the uncertain cells of the decision matrix for one draw. The matrices are row-major
 * (`[vendor * criteria + criterion]`), NaN for an unanswered cell under `--missing exclude`;
 * `utilities` are the 0–1 judgements, `performance` the raw figures (as in `MethodAlternative`).
 * Cells the sampler does not own are left as they are.
 */
export interface MatrixSampler {
  /** How many answers are ranges (for the output to state). */
  readonly uncertainAnswers: number;
  /**
   * The vendors (rows) whose cells a draw may change; the others' rows stay as they are.
   * Unstated: any row may change.
   */
  readonly rows?: readonly number[] | undefined;
  draw(rng: Random, utilities: Float64Array, performance: Float64Array): void;
}
