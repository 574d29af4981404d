import { makeThemes, type Themes } from '../ui/theme.js';
import type { CliContext } from './context.js';

const made = new WeakMap<CliContext, Themes>();

/**
 * The stdout and stderr themes of a run, built once per run (per context) from the colour
 * decision: `--color`/`--no-color`, NO_COLOR, FORCE_COLOR and whether each stream is a terminal.
 * This module loads chalk, so commands import it only when they render, and main only on the
 * error path: `--help` never loads it.
 */
export function themesOf(ctx: CliContext, color: boolean | undefined): Themes {
  let themes = made.get(ctx);
  if (!themes) {
    themes = makeThemes({
      stdoutIsTTY: ctx.stdoutIsTTY,
      stderrIsTTY: ctx.stderrIsTTY,
      env: ctx.env,
      flag: color,
    });
    made.set(ctx, themes);
  }
  return themes;
}
