/**
 * Writes every alternative's score (input order) under `weights` (global, criterion order) into
 * `scores`: a method's `score(input).scores` for a fixed matrix, recomputed from the weights
 * alone.
 */
export type Kernel = (weights: ArrayLike<number>, scores: Float64Array) => void;
