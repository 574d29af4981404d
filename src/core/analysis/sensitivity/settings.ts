/**
 * The simulation's settings and their limits, in one small module: the CLI reads them to parse
 * and default its options without loading the engine.
 */
import type { SimulationSettings } from '../../model/sensitivity.js';

/** The most draws a run may make (`--iterations`). */
export const maxIterations = 1_000_000;

/**
 * The settings `sensitivity`, `rank --robustness` and `check`'s `minRobustness` use unless told
 * otherwise (SPEC): 10,000 draws, spread 0.2, seed 1.
 */
export const defaultSimulation: Readonly<SimulationSettings> = {
  iterations: 10_000,
  spread: 0.2,
  seed: 1,
};

/** Whether `spread` is one `--spread` accepts: a number in [0, 1) (κ = 1/s² − 1 > 0). */
export function isSpread(spread: number): boolean {
  return Number.isFinite(spread) && spread >= 0 && spread < 1;
}
