/** What decides whether a stream gets colour. */
export interface ColorInputs {
  isTTY: boolean;
  env: Readonly<Record<string, string | undefined>>;
  /** `--color` (true), `--no-color` (false) or neither (undefined). */
  flag: boolean | undefined;
}

/**
 * Colour on or off for one stream: `--color`/`--no-color` decide first; otherwise off for a
 * non-empty `NO_COLOR`, `FORCE_COLOR=0`, `TERM=dumb` or a stream that is not a terminal, on for
 * `FORCE_COLOR=1..3`. (chalk alone ignores NO_COLOR, so the decision is made here.)
 */
export function useColor({ isTTY, env, flag }: ColorInputs): boolean {
  // A flag on the command line beats the environment (no-color.org: arguments override NO_COLOR).
  if (flag !== undefined) return flag;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  const force = env.FORCE_COLOR;
  if (force === '0' || force === 'false') return false;
  if (force !== undefined && force !== '') return true;
  if (env.TERM === 'dumb') return false;
  return isTTY;
}
